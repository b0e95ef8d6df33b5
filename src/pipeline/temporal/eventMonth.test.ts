/**
 * "Last month, at the G20 summit in Hangzhou": a relative month beside a named event says the event fell in that
 * month, so the document is from the month after it (before it, for "next month").
 */
import { describe, expect, it } from 'vitest';
import { analyseTime, loadTemporalResources } from './index.ts';
import { segmentSentences } from '../stages/sentences.ts';

const resources = loadTemporalResources();
const dateOf = (text: string, lang: string) => {
  const r = analyseTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
  return r.published && { value: r.published.value, precision: r.published.precision };
};

describe('a relative month beside a named event', () => {
  it.each([
    ['en', 'Last month, at the G20 summit in Hangzhou, the leaders agreed on a statement. Talks continue.', '2016-10'],
    ['nl', 'Vorige maand, tijdens het EK voetbal in Oostenrijk en Zwitserland, zaten de cafés nog vol.', '2008-07'],
  ])('%s: %s → %s', (lang, text, month) => {
    expect(dateOf(text, lang)).toEqual({ value: month, precision: 'month' });
  });
});
