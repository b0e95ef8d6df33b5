/**
 * Word tokens of one sentence (never a whole text: Intl.Segmenter word mode is not linear on long strings).
 * Han and kana runs are split into single characters, and digit runs are split from letters, so that
 * "2023年9月" and "2023년" give the same tokens however ICU's dictionary segments them.
 */
import type { Token } from './types.ts';

const wordSegmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string): Intl.Segmenter {
  let s = wordSegmenters.get(lang);
  if (!s) {
    const ok = lang !== 'und' && Intl.Segmenter.supportedLocalesOf([lang]).length > 0;
    s = new Intl.Segmenter(ok ? lang : 'und', { granularity: 'word' });
    wordSegmenters.set(lang, s);
  }
  return s;
}

const APOSTROPHES = /[\u2019\u02bc\u2018`\u00b4]/g;
const MARKS = /\p{M}/gu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (s: string) => s.trim() === '';

/** Lower case, NFC, one apostrophe. Applied identically to lexicon phrases and to text tokens. */
export function normalizeToken(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
}

/** Diacritic-less form (NFD minus combining marks); ł and ø stay as they are. */
export function foldToken(norm: string): string {
  return norm.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

function push(out: Token[], raw: string, start: number): void {
  const norm = normalizeToken(raw);
  let digits = raw.length > 0;
  for (let i = 0; i < raw.length; i++) if (!isDigit(raw.charCodeAt(i))) { digits = false; break; }
  out.push({ norm, fold: foldToken(norm), start, end: start + raw.length, digits });
}

/** Splits one segment at digit/non-digit boundaries and into single CJK characters. */
function splitSegment(seg: string, base: number, out: Token[]): void {
  let runStart = 0;
  let runKind = -1; // 0 = digit, 1 = other
  const flush = (end: number) => {
    if (end > runStart) push(out, seg.slice(runStart, end), base + runStart);
    runStart = end;
  };
  for (let i = 0; i < seg.length; ) {
    const cp = seg.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ch = seg.slice(i, i + len);
    if (CJK.test(ch)) {
      flush(i);
      push(out, ch, base + i);
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
}

/** Tokens of `text.slice(start, end)` with offsets into `text`; whitespace is dropped, punctuation kept. */
export function tokenize(text: string, start: number, end: number, lang: string): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const { segment, index } of wordSegmenter(lang).segment(slice)) {
    if (isSpace(segment)) continue;
    splitSegment(segment, start + index, out);
  }
  return out;
}

/** Tokens of a lexicon phrase, as plain normalised strings. */
export function phraseTokens(phrase: string, lang: string): string[] {
  return tokenize(phrase, 0, phrase.length, lang).map((t) => t.norm);
}
