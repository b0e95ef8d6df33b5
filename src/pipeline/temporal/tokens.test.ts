/** The tagger's word scanner must find exactly what its reference regex (WORD) finds, on any text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD, scanWords, tokenize } from './tokens.ts';

const viaRegex = (s: string) => [...s.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
const viaScan = (s: string) => {
  const out: number[][] = [];
  scanWords(s, (from, to) => out.push([from, to]));
  return out;
};

const PIECES = ['a', 'Ż', '1', '٣', '年', '월', 'e\u0301', "'", '’', 'ʼ', '‘', '`', ' ', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', '\t', '\n',
  '.', '-', '/', ',', '🚀', '👍🏽', '𝐀', '𠀀', '\ud800', '\udc00', 'ภาษา', 'ש', '"'];

describe('scanWords', () => {
  it('finds exactly the matches of WORD', () => {
    const text = fc.oneof(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(fc.property(text, (s) => { expect(viaScan(s)).toEqual(viaRegex(s)); }), { numRuns: 5000 });
  });

  it('keeps inner apostrophes and splits digits from letters', () => {
    expect(tokenize("dall'11 settembre 2023년", 0, 25, 'it').map((t) => t.norm)).toEqual(["dall'", '11', 'settembre', '2023', '년']);
  });
});
