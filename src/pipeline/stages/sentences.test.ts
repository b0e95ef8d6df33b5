import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, segmentSentences } from './sentences.ts';

describe('segmentSentences', () => {
  it('returns trimmed [start, end) spans and drops whitespace-only segments', () => {
    const text = '  First one.  Second one!\n\n  \nThird?';
    const spans = segmentSentences(text);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['First one.', 'Second one!', 'Third?']);
  });

  it('does not split Polish abbreviations like "Płn."', () => {
    const text = 'Korea Płn. i Rosja rozmawiają. Drugie zdanie.';
    expect(segmentSentences(text, 'pl')).toHaveLength(2);
  });

  it('does not break after an ordinal day ("am 13. September", "13. września")', () => {
    const de = 'Das Treffen fand am 13. September 2023 statt. Danach reiste er ab.';
    expect(segmentSentences(de, 'de').map(([s, e]) => de.slice(s, e))).toEqual(['Das Treffen fand am 13. September 2023 statt.', 'Danach reiste er ab.']);
    const pl = 'Spotkanie odbyło się 13. września. Potem wyjechał.';
    expect(segmentSentences(pl, 'pl')).toHaveLength(2);
  });

  it.each([
    ['en', 'On Dec. 7, 1941, Japan attacked Pearl Harbor. Then more.', 'On Dec. 7, 1941, Japan attacked Pearl Harbor.'],
    ['de', 'Es geschah am 13. Sept. 2023 in Berlin. Dann mehr.', 'Es geschah am 13. Sept. 2023 in Berlin.'],
    ['ru', 'Это случилось 13 сент. 2023 Года назад. Потом ещё.', 'Это случилось 13 сент. 2023 Года назад.'],
  ])('%s: does not break after an abbreviated month before a number', (lang, text, first) => {
    expect(segmentSentences(text, lang).map(([s, e]) => text.slice(s, e))).toEqual([first, text.slice(first.length + 1)]);
  });

  it('still breaks after a short word that starts no month name', () => {
    const text = 'The envoy met Kim. 20 People were there.';
    const icu = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].length;
    expect(segmentSentences(text, 'en')).toHaveLength(icu);
  });

  it(`splits any sentence longer than ${MAX_SENTENCE_CHARS} characters, keeping offsets exact`, () => {
    const text = `${'word '.repeat(1500)}end.`;
    const spans = segmentSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const [s, e] of spans) expect(e - s).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(spans.map(([s, e]) => text.slice(s, e)).join(' ')).toBe(text.trim());
  });

  it('splits a long run with no spaces hard at the cap', () => {
    const spans = segmentSentences('x'.repeat(5000));
    expect(spans).toEqual([[0, 2000], [2000, 4000], [4000, 5000]]);
  });
});
