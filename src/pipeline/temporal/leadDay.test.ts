import { describe, expect, it } from 'vitest';
import { dateOf } from './undatedText.testHelper.ts';

/**
 * A lead that names the reported day in full ("On Sunday, 8 June 2008, …") is most likely a report of that day: the
 * recency prior rises faster over the days after it than after a date named later in the text, so the document is
 * that day, not "some day of that week" (a month).
 */
describe('the lead names the reported day in full: the report is of that day', () => {
  it.each([
    ['pl', 'Niedziela, 8 czerwca 2008 roku, przejdzie do historii polskiego sportu. Kierowca wygrał wyścig w Montrealu. Kibice świętowali do rana.'],
    ['en', 'On Sunday, 8 June 2008, the driver won the race in Montreal. Fans celebrated until dawn. The team owner praised the mechanics.'],
    ['de', 'Am Sonntag, dem 8. Juni 2008, gewann der Fahrer das Rennen in Montreal. Die Fans feierten bis zum Morgen.'],
    ['fr', "Le dimanche 8 juin 2008, le pilote a remporté la course à Montréal. Les supporters ont fêté jusqu'à l'aube."],
  ])('%s: %s', (lang, text) => {
    expect(dateOf(text, lang)).toEqual({ value: '2008-06-08', precision: 'day' });
  });

  it('the same date named after the lead is background as before: some day soon after it', () => {
    const text = 'The driver won the race in Montreal. Fans celebrated until dawn. The team owner praised the mechanics. The next race is in France. His first podium came on 8 June 2008.';
    expect(dateOf(text, 'en')).toEqual({ value: '2008-06', precision: 'month' });
  });
});
