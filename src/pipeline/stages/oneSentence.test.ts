/**
 * isOneSentence is a shortcut past Intl.Segmenter: whenever it says a line is one sentence, Intl must agree, in
 * every locale (Greek ends questions with ";").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmenterFor } from './segmenters.ts';
import { isOneSentence, segmentSentences } from './sentences.ts';

const LOCALES = ['und', 'en', 'el', 'pl', 'de', 'fr', 'pt', 'sq', 'ru', 'ko', 'ja', 'zh', 'th', 'ar', 'hy', 'tr'];
const intlSegments = (text: string, lang: string) => [...segmenterFor(lang, 'sentence').segment(text)].map((s) => s.segment);

const PIECES = ['a', 'Bob', 'tom', 'Ż', 'ж', '한국', '12', ' ', '  ', '\t', '\u00a0', ',', ';', ':', '-', '–', '—', '"', "'", '(', ')', '[', ']', '«', '»', '“', '”', '’',
  '.', '!', '?', '…', '‼', '\u2024', '\u037e', '。', '？', '\u0301', '\u00ad', '\u200b', '\u2028', '\r', '\n', '\r\n', '\v', 'U.S.', 'ok.', 'e.g. x', '3.5'];
const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 25 }).map((p) => p.join(''));

describe('isOneSentence', () => {
  it('is only true where Intl.Segmenter finds exactly one sentence', () => {
    fc.assert(fc.property(line, fc.constantFrom(...LOCALES), (text, lang) => {
      if (isOneSentence(text, 0, text.length)) expect(intlSegments(text, lang)).toEqual([text]);
    }), { numRuns: 4000 });
  });

  it('never passes a character that can end a sentence (checked one by one against Intl)', () => {
    const probes = (c: string) => [`x${c} Bob`, `x${c}y`, `Tom${c} Bob`, `1${c} 2`];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (!probes(c).every((p) => isOneSentence(p, 0, p.length))) continue;
      // Hangul syllables are one class: every 50th stands for the block.
      if (code >= 0xac00 && code <= 0xd7a3 && code % 50) continue;
      for (const lang of ['und', 'el']) for (const p of probes(c)) if (intlSegments(p, lang).length !== 1) throw new Error(`U+${code.toString(16)} ends a sentence in ${lang}`);
    }
  });

  it('takes the common line of news: words, then a full stop and a line break', () => {
    for (const text of ['O líder poderia fazer a viagem já este mês, segundo a fonte.\n', 'Путин сказал: «нет».\r\n', 'Headline without a stop', '"Quoted," he asked (twice)!\n']) {
      expect(isOneSentence(text, 0, text.length), text).toBe(true);
    }
    for (const text of ['One. Two.\n', 'Ask; Greek.\n', 'e.g. here\n', 'a\u2028b\n', 'a\rb\n']) expect(isOneSentence(text, 0, text.length), text).toBe(false);
  });

  it('gives the same sentences as Intl alone', () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }).map((ls) => ls.join('\n')), fc.constantFrom(...LOCALES), (text, lang) => {
      const viaIntl: string[] = [];
      for (const l of text.split(/(?<=\n)/)) for (const s of intlSegments(l, lang)) if (s.trim()) viaIntl.push(s.trim());
      // segmentSentences also joins ordinal days and splits over-long sentences; these lines have neither.
      const spans = segmentSentences(text, lang).map(([s, e]) => text.slice(s, e));
      if (!/\d[.]/.test(text)) expect(spans.join('|')).toBe(viaIntl.join('|'));
    }), { numRuns: 1000 });
  });
});
