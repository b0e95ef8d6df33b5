/**
 * Sentence spans with Intl.Segmenter. Segmenting sentences stays linear on long input (word segmentation of one
 * long string does not), so every later word-level stage works per sentence, and no sentence is longer than
 * MAX_SENTENCE_CHARS.
 */

import { segmenterFor } from './segmenters.ts';
import { intlMonthNames } from '../temporal/intlMonths.ts';
import { timed } from '../run/stageTimings.ts';

export const MAX_SENTENCE_CHARS = 2000;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680;

/** Trims whitespace from a span's ends; returns null when nothing is left. */
function trimSpan(text: string, start: number, end: number): [number, number] | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? [start, end] : null;
}

/** Splits an over-long span at the last space before the cap (or hard at the cap), keeping offsets exact. */
function splitLong(text: string, span: [number, number], out: Array<[number, number]>): void {
  let [start, end] = span;
  while (end - start > MAX_SENTENCE_CHARS) {
    let cut = start + MAX_SENTENCE_CHARS;
    const floor = start + MAX_SENTENCE_CHARS / 2;
    while (cut > floor && !isSpace(text.charCodeAt(cut))) cut--;
    if (cut <= floor) cut = start + MAX_SENTENCE_CHARS;
    // Never cut a surrogate pair in half.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    const head = trimSpan(text, start, cut);
    if (head) out.push(head);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push([start, end]);
}

/** Longest block handed to Intl.Segmenter at once. */
const MAX_BLOCK_CHARS = 16_000;

/**
 * Blocks of text to segment separately. Iterating Intl.Segmenter's segments over one long string is not linear
 * (measured on Node 20: 4,000 short lines in one string took 10 s, the same lines one by one 0.1 s). A line break
 * always ends a sentence for ICU (UAX #29 rule SB4), so lines are segmented one at a time; a line longer than
 * MAX_BLOCK_CHARS (scraped junk, not prose) is cut at a space.
 */
function segmentationBlocks(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    end = end < 0 ? text.length : end + 1;
    while (end - start > MAX_BLOCK_CHARS) {
      let cut = start + MAX_BLOCK_CHARS;
      while (cut > start + MAX_BLOCK_CHARS / 2 && !isSpace(text.charCodeAt(cut))) cut--;
      if (cut <= start + MAX_BLOCK_CHARS / 2) cut = start + MAX_BLOCK_CHARS;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
      blocks.push([start, cut]);
      start = cut;
    }
    blocks.push([start, end]);
    start = end;
  }
  return blocks;
}

/** A day number with an ordinal dot at the end of a segment: "am 13." of "am 13. September", "13." of "13. września". */
const ORDINAL_DAY_END = /(?:^|[^\p{L}\p{N}])\d{1,2}\.$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;

/**
 * True when the segmenter broke a sentence after an ordinal day ("am 13. September"): German, Polish, Czech,
 * Nordic and other languages write day numbers with a dot, which ICU takes for a full stop.
 */
function isOrdinalBreak(text: string, previous: [number, number], next: [number, number]): boolean {
  return ORDINAL_DAY_END.test(text.slice(Math.max(previous[0], previous[1] - 4), previous[1]))
    && STARTS_WITH_LETTER.test(text.slice(next[0], next[0] + 2))
    && !/\n/.test(text.slice(previous[1], next[0]));
}

/** A short word and its full stop at the end of a segment: "Sept." of "on Sept. 13, 2023". */
const ABBREVIATION_END = /(?:^|[^\p{L}])(\p{L}{3,5})\.$/u;
const STARTS_WITH_DIGIT = /^\d/;
const monthNameMemo = new Map<string, string[]>();

/** The language's full month names (formatting and stand-alone forms), lower case. */
function monthNames(lang: string): string[] {
  let names = monthNameMemo.get(lang);
  if (!names) {
    try {
      names = [...new Set(intlMonthNames(lang).filter(([, , abbreviated]) => !abbreviated).map(([name]) => name.toLowerCase()))];
    } catch {
      names = []; // A language tag Intl rejects: no names, no joins.
    }
    monthNameMemo.set(lang, names);
  }
  return names;
}

/**
 * True when the segmenter broke a sentence after an abbreviated month ("On Dec. 7, 1941, Japan attacked": ICU ends
 * a sentence at "Dec." when the next letter is a capital): the short word is the start of one of the language's
 * month names (from Intl) and the next segment starts with a number.
 */
function isMonthAbbreviationBreak(text: string, previous: [number, number], next: [number, number], lang: string): boolean {
  const word = ABBREVIATION_END.exec(text.slice(Math.max(previous[0], previous[1] - 8), previous[1]))?.[1];
  if (!word || !STARTS_WITH_DIGIT.test(text.slice(next[0], next[0] + 1)) || /\n/.test(text.slice(previous[1], next[0]))) return false;
  const lower = word.toLowerCase();
  return monthNames(lang).some((name) => name.length > lower.length && name.startsWith(lower));
}

/**
 * Characters that never end a sentence, in any locale (no UAX #29 STerm, ATerm or paragraph separator; ";" is a
 * question mark in Greek): Latin, Cyrillic, Hangul, digits, spaces and common punctuation. sentences.test.ts checks
 * every one of them against Intl.Segmenter.
 */
const NEVER_ENDS = new Uint8Array(0x10000);
for (const [from, to] of [[0x20, 0x7e], [0xa0, 0x24f], [0x400, 0x52f], [0x2010, 0x2027], [0x2030, 0x205e], [0xac00, 0xd7a3]]) NEVER_ENDS.fill(1, from, to + 1);
for (const c of '\t') NEVER_ENDS[c.charCodeAt(0)] = 1;
for (const c of '!.?;\u2024\u203c\u203d\u2047\u2048\u2049') NEVER_ENDS[c.charCodeAt(0)] = 0;
const TERMINAL = new Set([...'.!?'].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'"\')]»”’'].map((c) => c.charCodeAt(0)));

/**
 * True when Intl.Segmenter returns `text[start, end)` as a single sentence: characters that never end one, then at
 * most a final run of full stops, question or exclamation marks and closing quotes or brackets, spaces and a line
 * break (UAX #29 SB9–SB11 keep such a tail with its sentence). Most lines of news are one sentence, and this scan
 * is much cheaper than a trip through Intl.
 */
export function isOneSentence(text: string, start: number, end: number): boolean {
  let p = end;
  if (p > start && text.charCodeAt(p - 1) === 10) p--;
  if (p > start && text.charCodeAt(p - 1) === 13) p--;
  while (p > start && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
  while (p > start && (TERMINAL.has(text.charCodeAt(p - 1)) || CLOSING.has(text.charCodeAt(p - 1)))) p--;
  for (let i = start; i < p; i++) if (!NEVER_ENDS[text.charCodeAt(i)]) return false;
  return true;
}

/** `[start, end)` UTF-16 spans of the sentences of `text`, trimmed, whitespace-only ones dropped. */
export const segmentSentences = timed('sentences', (text: string, lang: string = 'und'): Array<[number, number]> => {
  const joined: Array<[number, number]> = [];
  const segmenter = segmenterFor(lang, 'sentence');
  const add = (start: number, end: number) => {
    const span = trimSpan(text, start, end);
    if (!span) return;
    const previous = joined[joined.length - 1];
    if (previous && (isOrdinalBreak(text, previous, span) || isMonthAbbreviationBreak(text, previous, span, lang))) previous[1] = span[1];
    else joined.push(span);
  };
  for (const [blockStart, blockEnd] of segmentationBlocks(text)) {
    if (isOneSentence(text, blockStart, blockEnd)) add(blockStart, blockEnd);
    else for (const { index, segment } of segmenter.segment(text.slice(blockStart, blockEnd))) add(blockStart + index, blockStart + index + segment.length);
  }
  const spans: Array<[number, number]> = [];
  for (const span of joined) splitLong(text, span, spans);
  return spans;
});
