import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../model/calendar.ts';
import { documentEvidence, tagTime } from './index.ts';
import { input, resources } from './undatedText.testHelper.ts';

/**
 * A month named without a year in a past clause is a past month, and not the current one ("im Juni", written in June,
 * would be "diesen Monat"), unless the text names a part of it that is over: "Anfang Juni" (early June) said after
 * the 10th of June, "Mitte Juni" after the 20th.
 */
function monthCost(text: string, lang: string, day: string): number {
  const tagged = tagTime(input(text, lang), resources);
  const c = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.find((k) => k.why.includes('a month named without a year'));
  const d = new Date(`${day}T00:00:00Z`);
  return c!.cost({ n: dayNumber(day), y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, dom: d.getUTCDate(), dow: ((d.getUTCDay() + 6) % 7) + 1 });
}

describe('"early June" can be past in June itself, once its start is over', () => {
  it.each([
    ['de', 'Die Kanzlerin hatte Anfang Juni für den Kurswechsel geworben.'],
    ['fr', 'Le gouvernement avait annoncé début juin son plan.'],
    ['en', 'The chancellor had campaigned in early June for the change.'],
  ])('%s: %s', (lang, text) => {
    expect(monthCost(text, lang, '2011-06-30')).toBe(0);
    expect(monthCost(text, lang, '2011-06-05')).toBe(1.5);
    expect(monthCost(text, lang, '2011-07-05')).toBe(0);
  });

  it('mid-June is over from the 21st', () => {
    expect(monthCost('Die Kanzlerin hatte Mitte Juni geworben.', 'de', '2011-06-25')).toBe(0);
    expect(monthCost('Die Kanzlerin hatte Mitte Juni geworben.', 'de', '2011-06-15')).toBe(1.5);
  });

  it('a plain past month is still not the current one', () => {
    expect(monthCost('Die Kanzlerin hatte im Juni geworben.', 'de', '2011-06-30')).toBe(1.5);
  });
});
