import { describe, expect, it } from 'vitest';
import { dateOf } from './undatedText.testHelper.ts';

/**
 * News is written soon after what it reports, so the latest day a text names is where the recency prior counts
 * from. A day older than a year or month the text names later is no such report: the text is from that year or
 * after it, and nothing says how soon. It used to be dated to the first days of that year ("2003-01").
 */
describe('a reported day older than a later year the text names does not date the text to that year\'s start', () => {
  it.each([
    ['it', "L'acqua alta del 4 novembre 1966 resta la più grave. I lavori della barriera sono cominciati nel 2003."],
    ['en', 'The flood of 4 November 1966 is still the worst on record. Work on the barrier began in 2003.'],
    ['de', 'Das Hochwasser vom 4. November 1966 bleibt das schlimmste. Der Bau der Sperre begann im März 2003.'],
    ['pl', 'Powódź z 4 listopada 1966 roku pozostaje najgorsza. Budowa zapory ruszyła w 2003 roku.'],
  ])('%s: undated', (lang, text) => {
    expect(dateOf(text, lang)).toBeNull();
  });

  it.each([
    ['it', "L'acqua alta del 4 novembre 2003 è stata la più grave. I lavori della barriera erano cominciati nel 1999."],
    ['en', 'The storm hit the coast on 4 November 2003. Work on the barrier had begun in 1999.'],
  ])('%s: a reported day later than the years named still dates the text (named in full in the lead: that day)', (lang, text) => {
    expect(dateOf(text, lang)).toEqual({ value: '2003-11-04', precision: 'day' });
  });
});
