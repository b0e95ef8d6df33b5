/**
 * The word-segment scanner must give exactly Intl.Segmenter's segments: same spans, same word-likeness, for any
 * text and any language, including the characters where it has to hand over to Intl.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmenterFor } from '../stages/segmenters.ts';
import { forEachWordSegment } from './wordSegments.ts';

type Segment = [start: number, end: number, wordLike: boolean];

function fromIntl(text: string, lang: string): Segment[] {
  const out: Segment[] = [];
  for (const s of segmenterFor(lang, 'word').segment(text)) if (s.segment.trim()) out.push([s.index, s.index + s.segment.length, s.isWordLike === true]);
  return out;
}

function fromScanner(text: string, lang: string, start = 0, end = text.length): Segment[] {
  const out: Segment[] = [];
  forEachWordSegment(text, start, end, lang, (s, e, w) => out.push([s - start, e - start, w]));
  return out;
}

/** Pieces around every rule the scanner relies on, and every kind of character it must leave to Intl. */
const PIECES = [
  'a', 'Z', 'é', 'ł', 'ß', 'Ž', 'ǅ', 'ª', 'µ', 'º', 'ø', 'Ё', 'ж', 'ї', 'Ґ', '북', '한', '은', '1', '0', '9',
  ' ', '  ', '\t', '\n', '\r\n', '\f', '\v', '\u00a0', '\u2009', '\u3000', '\u202f', '\u2028', '\ufeff', '\u200b', '\u200c', '\u200d', '\u00ad',
  '.', ',', ';', ':', "'", '’', '‘', 'ʼ', '·', '`', '´', '"', '“', '”', '„', '«', '»', '‹', '›', '-', '–', '—', '…', '!', '?', '(', ')', '[', ']',
  '/', '\\', '&', '%', '$', '€', '£', '#', '*', '+', '=', '@', '_', '~', '^', '|', '°', '±', '×', '÷', '§', '¶', '¿', '¡', '©', '®', '™', '№',
  '\u0301', '\u0308', '\u20e3', '\ufe0f', '\uff9e', '\u1100', '\u302e',
  '日本', '北京', 'ひらがな', 'カタカナ', 'ภาษาไทย', 'ພາສາລາວ', 'ខ្មែរ', 'α', 'Ω', 'שלום', 'ש"ע', 'عربى', '١٢', 'ー', 'ｶﾞ',
  '🚀', '👍🏽', '🇰🇵', '🇰', '👨‍👩‍👧', '2️⃣', '\ud800', '\udc00',
  'U.S.', '1,000', '3.5', '12:30', "l’Ucraina", "can't", 'SHBA-ja', 'e.g.', 'Jake’a', 'x_y', 'F-16',
];

const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const anyText = fc.oneof(pieceText, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 30 }));
const LANGS = ['und', 'en', 'de', 'fr', 'it', 'pl', 'pt', 'sq', 'ru', 'uk', 'ko', 'ja', 'zh', 'nl', 'es', 'fi', 'sv', 'th'];

describe('forEachWordSegment', () => {
  it('gives exactly the segments of Intl.Segmenter', () => {
    fc.assert(fc.property(anyText, fc.constantFrom(...LANGS), (text, lang) => {
      expect(fromScanner(text, lang)).toEqual(fromIntl(text, lang));
    }), { numRuns: 3000 });
  });

  it('segments a span of a longer text as Intl segments that span alone', () => {
    fc.assert(fc.property(pieceText, pieceText, pieceText, fc.constantFrom(...LANGS), (before, span, after, lang) => {
      const text = before + span + after;
      expect(fromScanner(text, lang, before.length, before.length + span.length)).toEqual(fromIntl(span, lang));
    }), { numRuns: 1000 });
  });

  it('makes words of letters and digits only when it segments by itself (no apostrophe to split)', () => {
    fc.assert(fc.property(pieceText, (text) => {
      forEachWordSegment(text, 0, text.length, 'en', (s, e, wordLike, fromIntl) => {
        if (wordLike && !fromIntl) expect(text.slice(s, e)).toMatch(/^[\p{L}\p{Nd}]+$/u);
      });
    }), { numRuns: 1000 });
  });

  it('splits plain text itself: words, numbers and marks', () => {
    expect(fromScanner('Putin (70) said: «no».', 'en')).toEqual([
      [0, 5, true], [6, 7, false], [7, 9, true], [9, 10, false], [11, 15, true], [15, 16, false], [17, 18, false], [18, 20, true], [20, 21, false], [21, 22, false],
    ]);
  });

  it('leaves joined words to Intl', () => {
    expect(fromScanner("U.S. l’Ucraina 1,000 a\u0301", 'en')).toEqual([[0, 3, true], [3, 4, false], [5, 14, true], [15, 20, true], [21, 23, true]]);
  });
});
