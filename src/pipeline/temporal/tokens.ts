/**
 * Word tokens of one sentence (never a whole text: Intl.Segmenter word mode is not linear on long strings).
 * Han and kana runs are split into single characters, and digit runs are split from letters, so that
 * "2023年9月" and "2023년" give the same tokens however ICU's dictionary segments them.
 */
import type { Token } from './types.ts';
import { segmenterFor } from '../stages/segmenters.ts';

export const APOSTROPHES = /[\u2019\u02bc\u2018`\u00b4]/g;
export const MARKS = /\p{M}/gu;
export const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** ASCII digits and the full-width ones Japanese and Chinese text often uses ("３月"). */
const FULL_WIDTH_ZERO = 0xff10;
const isDigit = (c: number) => (c >= 48 && c <= 57) || (c >= FULL_WIDTH_ZERO && c <= FULL_WIDTH_ZERO + 9);
/** A run of digits in ASCII: "３" reads as 3. */
const asciiDigits = (raw: string) => String.fromCharCode(...Array.from(raw, (ch) => { const c = ch.charCodeAt(0); return c >= FULL_WIDTH_ZERO ? c - FULL_WIDTH_ZERO + 48 : c; }));
export const NEEDS_SPLIT = /[0-9\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
export const NON_ASCII = /[^\x00-\x7f]/;
const isSpace = (s: string) => { const c = s.charCodeAt(0); return (c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0xfeff) && s.trim() === ''; };

/** Lower case, NFC, one apostrophe. Applied identically to lexicon phrases and to text tokens. */
export function normalizeToken(s: string): string {
  const lower = s.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFC').replace(APOSTROPHES, "'") : lower.replace(APOSTROPHES, "'");
}

/** Diacritic-less form (NFD minus combining marks); ł and ø stay as they are. */
export function foldToken(norm: string): string {
  if (!NON_ASCII.test(norm)) return norm;
  return norm.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** What a token's text alone decides. */
interface TokenForms {
  /** Offset of the piece in its segment, and its length. */
  offset: number;
  length: number;
  norm: string;
  fold: string;
  digits: boolean;
  cap: boolean;
}

function forms(raw: string, offset: number): TokenForms {
  let digits = raw.length > 0 && raw.length <= 8;
  for (let i = 0; digits && i < raw.length; i++) if (!isDigit(raw.charCodeAt(i))) digits = false;
  const norm = digits ? asciiDigits(raw) : normalizeToken(raw);
  // Folding only matters for the longer words that are looked up folded (see match.ts).
  const first = raw.charAt(0);
  const cap = first !== first.toLowerCase() || ELIDED_CAPITAL.test(raw);
  return { offset, length: raw.length, norm, fold: norm.length >= 5 ? foldToken(norm) : norm, digits, cap };
}

/** A capital after an elided article ("l'Albania", "d'Haïti", "dell'Emilia"): the word itself is capitalised. */
export const ELIDED_CAPITAL = /^\p{Ll}{1,4}['\u2019\u02bc]\p{Lu}/u;

/** Splits one segment at digit/non-digit boundaries and into single CJK characters. */
function splitSegment(seg: string): TokenForms[] {
  if (!NEEDS_SPLIT.test(seg)) return [forms(seg, 0)];
  const out: TokenForms[] = [];
  let runStart = 0;
  let runKind = -1; // 0 = digit, 1 = other
  const flush = (end: number) => {
    if (end > runStart) out.push(forms(seg.slice(runStart, end), runStart));
    runStart = end;
  };
  for (let i = 0; i < seg.length; ) {
    const cp = seg.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ch = seg.slice(i, i + len);
    if (CJK.test(ch)) {
      flush(i);
      out.push(forms(ch, i));
      runStart = i + len;
      runKind = -1;
    } else {
      const kind = isDigit(cp) ? 0 : 1;
      if (runKind !== -1 && kind !== runKind) flush(i);
      runKind = kind;
    }
    i += len;
  }
  flush(seg.length);
  return out;
}

/**
 * Token forms by segment text. Normalising (lower case, NFC, folding) was most of the tokeniser's time, and news
 * text repeats its words, so each distinct segment is split and normalised once. Bounded: cleared when full.
 */
const SEGMENTS_LIMIT = 50_000;
const segmentForms = new Map<string, TokenForms[]>();

function pushSegment(seg: string, base: number, out: Token[]): void {
  let pieces = segmentForms.get(seg);
  if (!pieces) {
    if (segmentForms.size >= SEGMENTS_LIMIT) segmentForms.clear();
    pieces = splitSegment(seg);
    segmentForms.set(seg, pieces);
  }
  for (const p of pieces) {
    const start = base + p.offset;
    out.push({ norm: p.norm, fold: p.fold, start, end: start + p.length, digits: p.digits, cap: p.cap });
  }
}

/**
 * Words are runs of letters, marks and digits (with inner apostrophes: "all'inizio", "quest'anno"); every other
 * non-space character is a token of its own. `scanWords` finds exactly this regex's matches; the regex itself is
 * the reference its test compares against.
 */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*|\S/gu;
/** Scripts written without spaces that are not split per character: only ICU's dictionaries find their words. */
export const DICTIONARY_SCRIPTS = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const enum CharClass { Unknown = 0, Word, Space, Other }
/** Class of each BMP code point, filled in as characters are first seen (one regex test each, ever). */
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, CharClass>();

function classify(cp: number): CharClass {
  const c = String.fromCodePoint(cp);
  return WORD_CHAR.test(c) ? CharClass.Word : SPACE_CHAR.test(c) ? CharClass.Space : CharClass.Other;
}

function classOf(cp: number): CharClass {
  if (cp < 0x10000) return bmpClasses[cp] || (bmpClasses[cp] = classify(cp));
  let k = astralClasses.get(cp);
  if (k === undefined) astralClasses.set(cp, (k = classify(cp)));
  return k;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/**
 * Calls `visit(from, to)` for every match of WORD in `s`, in order, without running the regex: a character-class
 * scan with no match objects (the regex's match arrays were a large share of the tagger's allocations).
 */
export function scanWords(s: string, visit: (from: number, to: number) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const cp = s.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k === CharClass.Space) { i += len; continue; }
    if (k === CharClass.Other) { visit(i, i + len); i += len; continue; }
    let j = i + len;
    for (;;) {
      while (j < n) {
        const c = s.codePointAt(j)!;
        if (classOf(c) !== CharClass.Word) break;
        j += c > 0xffff ? 2 : 1;
      }
      // An inner apostrophe joins the next run of word characters: "all'inizio".
      if (j + 1 < n && isApostrophe(s.charCodeAt(j)) && classOf(s.codePointAt(j + 1)!) === CharClass.Word) { j++; continue; }
      break;
    }
    visit(i, j);
    i = j;
  }
}

/** Tokens of `text.slice(start, end)` with offsets into `text`; whitespace is dropped, punctuation kept. */
export function tokenize(text: string, start: number, end: number, lang: string): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  if (DICTIONARY_SCRIPTS.test(slice)) {
    for (const { segment, index } of segmenterFor(lang, 'word').segment(slice)) {
      if (!isSpace(segment)) pushSegment(segment, start + index, out);
    }
    return out;
  }
  scanWords(slice, (from, to) => pushSegment(slice.slice(from, to), start + from, out));
  return out;
}

/** Tokens of a lexicon phrase, as plain normalised strings. */
export function phraseTokens(phrase: string, lang: string): string[] {
  return tokenize(phrase, 0, phrase.length, lang).map((t) => t.norm);
}
