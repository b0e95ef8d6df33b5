/**
 * Token-sequence lexicons: compiled once from data, matched per sentence with map look-ups only (no regexes, no
 * backtracking). A pattern is a space-separated list of literals; a trailing `*` makes a literal a prefix.
 */
import { tokenize } from './normalize.ts';
import type { PatternEntry, PatternIndex, Token } from './types.ts';

/** Inflected names may add at most this many letters to each token (Macron → Macronem, Scholz → Scholza). */
export const MAX_INFLECTION = 3;
/** Shortest name that may take an ending: three letters, or two Hangul syllables (북한은 = 북한 + 은). */
function minInflectable(s: string): number {
  return /[\uAC00-\uD7A3]/.test(s) ? 2 : 3;
}

let patternsAdded = 0;
/** Changes whenever a pattern is added to any index: caches of candidates built before are stale. */
export function lexiconVersion(): number {
  return patternsAdded;
}

export function emptyIndex<T>(field: 'norm' | 'lower' = 'norm'): PatternIndex<T> {
  return { exact: new Map(), prefix: new Map(), prefixLengths: [], field };
}

/** Folded tokens of one data form, with prefix flags; `lang` picks the word segmenter (Korean, Japanese). */
export function compileForm(form: string, lang: string, field: 'norm' | 'lower' = 'norm'): Array<{ text: string; prefix: boolean }> {
  const out: Array<{ text: string; prefix: boolean }> = [];
  for (const piece of form.trim().split(/\s+/)) {
    const prefix = piece.endsWith('*');
    const body = prefix ? piece.slice(0, -1) : piece;
    const words = tokenize(body, 0, body.length, lang).filter((t) => t.word);
    words.forEach((w, i) => out.push({ text: w[field], prefix: prefix && i === words.length - 1 }));
  }
  return out;
}

export function addPattern<T>(index: PatternIndex<T>, form: string, lang: string, value: T, inflect = false): void {
  const tokens = compileForm(form, lang, index.field);
  if (!tokens.length) return;
  index.candidates = undefined;
  patternsAdded++;
  const entry: PatternEntry<T> = { tokens, value, inflect: inflect || undefined };
  const first = tokens[0];
  const map = first.prefix ? index.prefix : index.exact;
  const list = map.get(first.text);
  if (list) list.push(entry);
  else map.set(first.text, [entry]);
  if (first.prefix && !index.prefixLengths.includes(first.text.length)) {
    index.prefixLengths.push(first.text.length);
    index.prefixLengths.sort((a, b) => a - b);
  }
}

export function buildIndex<T>(forms: readonly string[] | undefined, lang: string, value: T, field: 'norm' | 'lower' = 'norm'): PatternIndex<T> {
  const index = emptyIndex<T>(field);
  for (const f of forms ?? []) addPattern(index, f, lang, value);
  return index;
}

function tokenMatches(word: string, lit: { text: string; prefix: boolean }, inflect: boolean): boolean {
  if (word === lit.text) return true;
  if (lit.prefix) return word.startsWith(lit.text);
  return inflect && lit.text.length >= minInflectable(lit.text) && word.length - lit.text.length <= MAX_INFLECTION && word.startsWith(lit.text);
}

export interface PatternMatch<T> {
  entry: PatternEntry<T>;
  /** Word-token indices [first, last]. */
  first: number;
  last: number;
}

/** The entries whose first literal can match word `w`: exact, inflected (a stem of `w`), then prefix entries. */
function firstWordCandidates<T>(index: PatternIndex<T>, w: string): ReadonlyArray<PatternEntry<T>> {
  const candidates: Array<PatternEntry<T>> = [];
  const exact = index.exact.get(w);
  if (exact) candidates.push(...exact);
  for (let k = 1; k <= MAX_INFLECTION && w.length - k >= minInflectable(w); k++) {
    const list = index.exact.get(w.slice(0, -k));
    if (list) for (const e of list) if (e.inflect) candidates.push(e);
  }
  for (const len of index.prefixLengths) {
    if (len > w.length) break;
    const list = index.prefix.get(w.slice(0, len));
    if (list) candidates.push(...list);
  }
  return candidates.length ? candidates : NO_CANDIDATES;
}

const NO_CANDIDATES: ReadonlyArray<never> = [];
/**
 * Candidates by word, per index. Every word of every sentence is looked up in eight lexicons, each look-up slicing
 * the word for stems and prefixes; words repeat, so the answer is kept. Bounded (cleared when full), and dropped
 * when a pattern is added to the index.
 */
const CANDIDATES_LIMIT = 20_000;

/** The entries of `index` whose first literal can match word `w` (its `index.field` form). */
export function candidatesFor<T>(index: PatternIndex<T>, w: string): ReadonlyArray<PatternEntry<T>> {
  const memo = (index.candidates ??= new Map());
  let found = memo.get(w);
  if (!found) {
    if (memo.size >= CANDIDATES_LIMIT) memo.clear();
    found = firstWordCandidates(index, w);
    memo.set(w, found);
  }
  return found;
}

/** True when every literal of `entry` matches the words from `i` on. */
function entryMatches<T>(entry: PatternEntry<T>, field: 'norm' | 'lower', words: readonly Token[], i: number): boolean {
  const n = entry.tokens.length;
  if (i + n > words.length) return false;
  for (let k = 0; k < n; k++) if (!tokenMatches(words[i + k][field], entry.tokens[k], !!entry.inflect)) return false;
  return true;
}

/** Every pattern that matches starting at word `i` of `words`. */
export function matchAt<T>(index: PatternIndex<T>, words: readonly Token[], i: number): Array<PatternMatch<T>> {
  const out: Array<PatternMatch<T>> = [];
  for (const entry of candidatesFor(index, words[i][index.field])) {
    if (entryMatches(entry, index.field, words, i)) out.push({ entry, first: i, last: i + entry.tokens.length - 1 });
  }
  return out;
}

/**
 * Longest non-overlapping matches, left to right; `accept` can veto a match (a trigger missing its companion).
 * `candidatesAt(i)` gives candidatesFor(index, word i) when the caller has looked the words up already.
 */
export function matchAll<T>(
  index: PatternIndex<T>, words: readonly Token[], accept: (m: PatternMatch<T>) => boolean = () => true,
  candidatesAt?: (i: number) => ReadonlyArray<PatternEntry<T>>,
): Array<PatternMatch<T>> {
  const out: Array<PatternMatch<T>> = [];
  for (let i = 0; i < words.length; ) {
    // The first accepted match that ends furthest right.
    let best: PatternMatch<T> | null = null;
    for (const entry of candidatesAt ? candidatesAt(i) : candidatesFor(index, words[i][index.field])) {
      if (!entryMatches(entry, index.field, words, i)) continue;
      const m = { entry, first: i, last: i + entry.tokens.length - 1 };
      if (accept(m) && (!best || m.last > best.last)) best = m;
    }
    if (!best) { i++; continue; }
    out.push(best);
    i = best.last + 1;
  }
  return out;
}

/** Last word of the longest pattern of `index` that matches at word `i`; -1 when none does. `candidates` as in hasMatchAt. */
export function longestMatchAt<T>(index: PatternIndex<T>, words: readonly Token[], i: number, candidates = candidatesFor(index, words[i][index.field])): number {
  let last = -1;
  for (const entry of candidates) {
    if (entryMatches(entry, index.field, words, i)) last = Math.max(last, i + entry.tokens.length - 1);
  }
  return last;
}

/** True when some pattern of `index` matches at word `i`; `candidates` are candidatesFor(index, word i) if the caller has them. */
export function hasMatchAt<T>(index: PatternIndex<T>, words: readonly Token[], i: number, candidates = candidatesFor(index, words[i][index.field])): boolean {
  for (const entry of candidates) if (entryMatches(entry, index.field, words, i)) return true;
  return false;
}
