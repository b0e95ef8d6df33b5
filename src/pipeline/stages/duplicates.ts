/**
 * Near-identical articles: the same agency story on several sites, or one article saved twice.
 *
 * MinHash over word 5-shingles (case- and accent-folded words, so markup-free reformatting does not matter), with
 * 128 hash functions, then locality-sensitive hashing: the signature is cut into 32 bands of 4 rows and only
 * articles that share a band are compared, so the work stays near-linear (100,000 articles compare only the few
 * pairs that share a band, not five billion). A pair is a duplicate when its estimated Jaccard similarity is at
 * least 0.8 (a band catches such pairs with probability > 0.9999; pairs below 0.3 are rarely even compared).
 *
 * Written here rather than taken from npm: the `minhash` package (0.0.9) is unmaintained, untyped and would still
 * need the banding, the folding and the grouping below, which are most of the code.
 * Pure and deterministic: every article of a group points at the first one in input order (`duplicateOf`).
 */
import type { TimelineEvent } from '../../model/timeline.ts';
import { timed } from '../run/stageTimings.ts';

export const SHINGLE_WORDS = 5;
export const HASHES = 128;
export const BANDS = 32;
const ROWS = HASHES / BANDS;
export const DUPLICATE_SIMILARITY = 0.8;
/** Texts shorter than this (in words) are compared whole: too short to tell a copy from a stock phrase. */
const MIN_WORDS = 12;

/** fnv1a of words[from..to) joined by single spaces, without building the string (one per shingle adds up). */
function fnv1aWords(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const word = words[w];
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** murmur3's finaliser: a cheap, well-mixed 32-bit hash of a 32-bit value. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, one per hash function (a small LCG: same seeds on every machine, every run). */
const SEEDS = (() => {
  const seeds = new Uint32Array(HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    seeds[i] = x;
  }
  return seeds;
})();

export function words(text: string): string[] {
  const folded = text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
  // The runs of WORD_CHAR, found by a scan over a per-code-point class table: the same matches as a global
  // /[\p{L}\p{N}]+/gu (its test compares them), without the regex engine's cost per character.
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; ) {
    const cp = folded.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isWordChar(cp)) { if (start < 0) start = i; }
    else if (start >= 0) { out.push(folded.slice(start, i)); start = -1; }
    i += width;
  }
  if (start >= 0) out.push(folded.slice(start));
  return out;
}

const COMBINING_MARKS = /\p{M}/gu;
/** A letter or a number: what words are made of. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per BMP code point: 0 not yet seen, 1 word character, 2 other (filled in as characters are first met). */
const bmpWordChars = new Uint8Array(0x10000);

function isWordChar(cp: number): boolean {
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let k = bmpWordChars[cp];
  if (k === 0) bmpWordChars[cp] = k = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

/** The MinHash signature of a text, or null for a text without words. */
export function signature(text: string): Uint32Array | null {
  const w = words(text);
  if (!w.length) return null;
  const shingles = new Set<number>();
  if (w.length < MIN_WORDS) shingles.add(fnv1aWords(w, 0, w.length));
  else for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) shingles.add(fnv1aWords(w, i, i + SHINGLE_WORDS));
  // Four hash functions at a time over a typed array of the shingles: the running minima stay in registers and
  // each shingle is loaded once per four functions.
  const values = Uint32Array.from(shingles);
  const sig = new Uint32Array(HASHES);
  for (let k = 0; k < HASHES; k += 4) {
    const s0 = SEEDS[k], s1 = SEEDS[k + 1], s2 = SEEDS[k + 2], s3 = SEEDS[k + 3];
    let m0 = 0xffffffff, m1 = 0xffffffff, m2 = 0xffffffff, m3 = 0xffffffff;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const h0 = mix(v ^ s0), h1 = mix(v ^ s1), h2 = mix(v ^ s2), h3 = mix(v ^ s3);
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    sig[k] = m0;
    sig[k + 1] = m1;
    sig[k + 2] = m2;
    sig[k + 3] = m3;
  }
  return sig;
}

/** An article to compare: its signature when pass 1 worked it out (on a worker thread), else its text. */
export type DuplicateCandidate = { id: string } & ({ signature: Uint32Array | null } | { text: string });

const signatureOf = (a: DuplicateCandidate) => ('signature' in a ? a.signature : signature(a.text));

/** Share of equal rows: an estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/**
 * A band's bucket key: the band number and its rows as 16-bit character pairs (one short string per band, a
 * third of the length of the rows in base 36, and no number formatting: 32 bands of every article add up).
 */
function bandKey(sig: Uint32Array, band: number): string {
  const at = band * ROWS;
  let key = String.fromCharCode(band);
  for (let r = at; r < at + ROWS; r++) key += String.fromCharCode(sig[r] >>> 16, sig[r] & 0xffff);
  return key;
}

/**
 * Near-identical articles: a map from each copy's id to the id of the first article (input order) of its group.
 * Articles not in the map are originals or have no copy.
 */
export const findDuplicates = timed('duplicates', (articles: readonly DuplicateCandidate[]): Map<string, string> => {
  const sigs = articles.map(signatureOf);
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const buckets = new Map<string, number[]>();
  // Pairs already compared, as j × n + i (j < i): numbers, not strings, as a large folder compares thousands.
  const compared = new Set<number>();
  const n = articles.length;
  sigs.forEach((sig, i) => {
    if (!sig) return;
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const bucket = buckets.get(key);
      if (!bucket) { buckets.set(key, [i]); continue; }
      for (const j of bucket) {
        if (find(i) === find(j)) continue;
        const pair = j * n + i;
        if (compared.has(pair)) continue;
        compared.add(pair);
        // Lower index becomes the root, so a group's root is its first article in input order.
        if (similarity(sig, sigs[j]!) >= DUPLICATE_SIMILARITY) {
          const [ri, rj] = [find(i), find(j)];
          if (ri < rj) parent[rj] = ri; else parent[ri] = rj;
        }
      }
      // A large bucket of one stock text: keep it bounded (every member is already in one group or compared).
      if (bucket.length < 64) bucket.push(i);
    }
  });
  const out = new Map<string, string>();
  articles.forEach((a, i) => {
    const root = find(i);
    if (root !== i) out.set(a.id, articles[root].id);
  });
  return out;
});

/** Marks copies (`article.duplicateOf`) and counts them once in each event's `sourceCount` (set only when lower). */
export function markDuplicates<A extends { id: string; duplicateOf?: string }, T extends { articles: A[]; events: TimelineEvent[] }>(timeline: T, duplicates: ReadonlyMap<string, string>): T {
  if (!duplicates.size) return timeline;
  const articles = timeline.articles.map((a) => (duplicates.has(a.id) ? { ...a, duplicateOf: duplicates.get(a.id)! } : a));
  const events = timeline.events.map((e) => {
    const distinct = new Set(e.mentions.map((m) => m.article));
    const sources = new Set([...distinct].map((id) => duplicates.get(id) ?? id));
    return sources.size < distinct.size ? { ...e, sourceCount: sources.size } : e;
  });
  return { ...timeline, articles, events };
}
