import { describe, expect, it } from 'vitest';
import { dateOf, named } from './undatedText.testHelper.ts';

/**
 * A commemoration names an old event beside "yesterday": the event is remembered, not reported, so the document is
 * not the day after it (`anniversaryCues` in lang/<iso>/temporal.json mark such sentences; a count of years on from
 * the event does too: NamedEventHit.recalled). Where the text says which anniversary, that day is the one "yesterday" names.
 */
describe('"yesterday" in a commemoration is no day of the old event', () => {
  it.each([
    ['de', 'Gestern jährte sich die deutsche Wiedervereinigung zum 35. Mal. In Berlin feierten Tausende.', '1990-10-04'],
    ['ko', '어제 한중 수교 33주년 기념식이 열렸다.', '1992-08-25'],
    ['it', 'Ieri a Palermo si è ricordata la strage di Capaci, 33 anni dopo.', '1992-05-24'],
    ['fr', 'Hier, la France a commémoré les attentats du 13 novembre 2015 au Bataclan.', '2015-11-14'],
    ['nl', 'Gisteren werd de moord op Pim Fortuyn herdacht in Hilversum.', '2002-05-07'],
    ['es', 'Ayer se conmemoró el aniversario de los atentados del 11 de marzo en Atocha.', '2004-03-12'],
  ])('%s: %s', (lang, text, eventDayAfter) => {
    expect(named(text, lang).length).toBeGreaterThan(0);
    expect(dateOf(text, lang)?.value).not.toBe(eventDayAfter);
  });
});

/** `referenceCues`: an event named as the point a comparison counts from ("the deadliest since …") is no report of it. */
describe('"yesterday" beside "since X" is no day of X', () => {
  it.each([
    ['en', "Yesterday's shooting was the deadliest since Sandy Hook.", 'sandy-hook-shooting-2012', '2012-12-15'],
    ['de', 'Das gestrige Beben war das schwerste seit dem Tōhoku-Erdbeben.', 'tohoku-earthquake-tsunami-2011', '2011-03-12'],
  ])('%s: %s', (lang, text, id, eventDayAfter) => {
    expect(named(text, lang).find((h) => h.id === id)?.recalled).toBe(true);
    expect(dateOf(text, lang)?.value).not.toBe(eventDayAfter);
  });

  it('en: the report of the shooting itself is still dated by "yesterday"', () => {
    expect(dateOf('The Sandy Hook shooting yesterday left 26 dead.', 'en')).toEqual({ value: '2012-12-15', precision: 'day' });
  });
});

describe('"yesterday" and the anniversary the text counts: the anniversary is yesterday', () => {
  it.each([
    ['en', 'Yesterday marked the 35th anniversary of German reunification, celebrated across the country.', '2025-10-04'],
    ['de', 'Gestern wurde der 35. Jahrestag der deutschen Wiedervereinigung gefeiert.', '2025-10-04'],
    ['ja', '昨日、阪神・淡路大震災から30年の追悼式が行われた。', '2025-01-18'],
    ['zh', '昨天是香港回归祖国28周年纪念日。', '2025-07-02'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('a report of the event itself still takes "yesterday"', () => {
  it('de: no anniversary word, no count of years', () => {
    expect(dateOf('Die deutsche Wiedervereinigung wurde gestern in Berlin gefeiert.', 'de')).toEqual({ value: '1990-10-04', precision: 'day' });
  });
});
