/**
 * Intl.Segmenter word segments of a sentence, found without Intl where the answer is certain.
 *
 * Why: iterating Intl.Segmenter's segments was the single largest cost of the event stage (an object per segment
 * and a trip into ICU for each). Most news text is plain words, digits and punctuation between spaces, where the
 * Unicode word-break rules (UAX #29) give an answer this scanner can read off directly: a run of letters and digits
 * is one word, a space or a lone punctuation mark is one segment. Every other space-delimited chunk (other scripts,
 * combining marks, emoji, "U.S.", "1,000", "l’Ucraina") is handed to Intl.Segmenter as it is, so the result is
 * exactly Intl's. `wordSegments.test.ts` checks that on random text against Intl itself.
 */
import { segmenterFor } from '../stages/segmenters.ts';

/** Character classes, for the BMP code units the scanner decides by itself. */
const enum Kind {
  /** Anything else: the chunk containing it goes to Intl.Segmenter. */
  Other = 0,
  /** Breaks on both sides and is never part of a segment that has text (dropped by the caller). */
  Space,
  /** UAX #29 ALetter: joins letters and digits into one word. */
  Letter,
  /** UAX #29 Numeric (ASCII digits only). */
  Digit,
  /** Hangul syllables: a word of their own, but ICU breaks between them and Latin letters or digits. */
  Hangul,
  /** A mark that is always a segment of its own (UAX #29 class Other, not pictographic). */
  Mark,
  /** MidLetter / MidNum / MidNumLet / Single_Quote: its own segment, unless between two word characters. */
  Mid,
}

const KINDS = new Uint8Array(0x10000);
const set = (kind: Kind, chars: string) => { for (const c of chars) KINDS[c.charCodeAt(0)] = kind; };
const range = (kind: Kind, from: number, to: number) => KINDS.fill(kind, from, to + 1);
// Newlines, tab and no-break space; other Unicode spaces stay Other (some join or attach to what follows).
set(Kind.Space, ' \t\n\r\f\v\u00a0');
range(Kind.Letter, 0x41, 0x5a);
range(Kind.Letter, 0x61, 0x7a);
set(Kind.Letter, '\u00aa\u00b5\u00ba');
range(Kind.Letter, 0xc0, 0xd6);
range(Kind.Letter, 0xd8, 0xf6);
range(Kind.Letter, 0xf8, 0x24f); // Latin-1 letters, Latin Extended-A and -B
range(Kind.Letter, 0x400, 0x481); // Cyrillic (0x482 is a sign, 0x483–0x489 combining marks)
range(Kind.Letter, 0x48a, 0x52f);
range(Kind.Hangul, 0xac00, 0xd7a3);
range(Kind.Digit, 0x30, 0x39);
set(Kind.Mark, '!"#$%&()*+-/<=>?@[\\]^`{|}~\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00ab\u00ac\u00af\u00b0\u00b1\u00b4\u00b6\u00bb\u00bf\u00d7\u00f7\u2013\u2014\u201c\u201d\u201e\u2026\u2039\u203a');
set(Kind.Mid, '.,;:\'\u00b7\u2018\u2019');

const isWordChar = (k: number) => k === Kind.Letter || k === Kind.Digit || k === Kind.Hangul;

/** A chunk may go to Intl on its own only if Intl would break before it anyway: not a mark that attaches to the space before (UAX #29 WB4). */
const BREAKS_BEFORE = /^[\p{L}\p{Nd}\p{P}]/u;
const ATTACHING_LETTERS = /^[\uff9e\uff9f]/;

/**
 * Receives one segment `[start, end)` (offsets into the text), whether Intl calls it word-like, and whether it came
 * from Intl (else the scanner's words hold only letters and digits: no apostrophe, no mark).
 */
export type SegmentVisitor = (start: number, end: number, wordLike: boolean, fromIntl: boolean) => void;

/** Intl's segments of one chunk (no spaces of ours inside), skipping whitespace-only ones. */
function intlChunk(text: string, start: number, end: number, lang: string, visit: SegmentVisitor): void {
  for (const seg of segmenterFor(lang, 'word').segment(text.slice(start, end))) {
    if (seg.segment.trim()) visit(start + seg.index, start + seg.index + seg.segment.length, seg.isWordLike === true, true);
  }
}

/** True when the scanner can segment `text[start, end)` by itself: plain word characters and marks only. */
function isPlainChunk(text: string, start: number, end: number): boolean {
  let prev: number = Kind.Space;
  for (let i = start; i < end; i++) {
    const k = KINDS[text.charCodeAt(i)];
    if (k === Kind.Other) return false;
    // "U.S", "1,000", "l’Ucraina", "a:b": a Mid character may join its neighbours; leave that to Intl.
    if (k === Kind.Mid && isWordChar(prev) && i + 1 < end && isWordChar(KINDS[text.charCodeAt(i + 1)])) return false;
    // Hangul next to Latin letters or digits ("2023년"): ICU's own rules, left to Intl.
    if ((k === Kind.Hangul) !== (prev === Kind.Hangul) && isWordChar(k) && isWordChar(prev)) return false;
    prev = k;
  }
  return true;
}

/**
 * Calls `visit` for every segment of `text[start, end)` that Intl.Segmenter (word granularity, `lang`) would give
 * and whose text is not all whitespace, in order: the same spans and the same `isWordLike`.
 */
export function forEachWordSegment(text: string, start: number, end: number, lang: string, visit: SegmentVisitor): void {
  // A chunk Intl must see together with the space before it: segment the whole span with Intl (rare).
  for (let i = start; i < end; i++) {
    if (KINDS[text.charCodeAt(i)] !== Kind.Space) continue;
    const next = i + 1;
    if (next < end && KINDS[text.charCodeAt(next)] === Kind.Other) {
      const c = text.slice(next, next + 2);
      if (!BREAKS_BEFORE.test(c) || ATTACHING_LETTERS.test(c)) { intlChunk(text, start, end, lang, visit); return; }
    }
  }
  let i = start;
  while (i < end) {
    if (KINDS[text.charCodeAt(i)] === Kind.Space) { i++; continue; }
    let chunkEnd = i + 1;
    while (chunkEnd < end && KINDS[text.charCodeAt(chunkEnd)] !== Kind.Space) chunkEnd++;
    if (!isPlainChunk(text, i, chunkEnd)) {
      intlChunk(text, i, chunkEnd, lang, visit);
      i = chunkEnd;
      continue;
    }
    while (i < chunkEnd) {
      if (isWordChar(KINDS[text.charCodeAt(i)])) {
        let j = i + 1;
        while (j < chunkEnd && isWordChar(KINDS[text.charCodeAt(j)])) j++;
        visit(i, j, true, false);
        i = j;
      } else {
        visit(i, i + 1, false, false);
        i++;
      }
    }
  }
}
