import { describe, expect, it } from 'vitest';
import { tagTime } from './index.ts';
import { input, resources } from './undatedText.testHelper.ts';
import { timexesOf } from './oneSentence.testHelper.ts';

/**
 * Forms of dates the press uses that the tagger once missed (found by probing typical news sentences in every
 * language): a weekday phrase with the date after it, a weekday of the previous or next week, "no próximo dia 4",
 * "am 4.12.", "this past weekend".
 *
 * A deictic weekday phrase ("ce mardi", "este domingo", "this Tuesday") followed at once by the date it names is one
 * expression, the date with its weekday: the weekday is what tells the year. [lang, text, expression].
 */
const cases: Array<[string, string, string]> = [
  ['fr', 'Ce mardi 4 décembre, le président a inauguré le musée.', 'Ce mardi 4 décembre'],
  ['es', 'El papa dedicó este domingo, 7 de noviembre, el altar.', 'este domingo, 7 de noviembre'],
  ['en', 'This Tuesday, 4 December, the president opened the museum.', 'This Tuesday, 4 December'],
  ['it', 'Questo martedì 12 novembre il sindaco ha parlato.', 'Questo martedì 12 novembre'],
  ['pt', 'Nesta terça-feira, 4 de dezembro, o presidente inaugurou o museu.', 'Nesta terça-feira, 4 de dezembro'],
];

describe('a weekday phrase and the date after it are one expression', () => {
  it.each(cases)('%s: %s', (lang, text, phrase) => {
    const found = tagTime(input(text, lang), resources).timexes.map((t) => [text.slice(t.start, t.end), t.symbol.kind, 'dow' in t.symbol ? t.symbol.dow : undefined]);
    expect(found).toEqual([[phrase, 'date', expect.any(Number)]]);
  });

  it('resolves to the date, whose weekday it checks', () => {
    expect(timexesOf('fr', 'Ce mardi 4 décembre, le président a inauguré le musée.', '2012-12-04').map((t) => t.value)).toEqual(['2012-12-04']);
  });

  it('a weekday and a date further apart stay two expressions', () => {
    const text = 'Ce mardi, le président a inauguré le musée, fermé depuis le 4 décembre.';
    expect(tagTime(input(text, 'fr'), resources).timexes.map((t) => text.slice(t.start, t.end))).toEqual(['Ce mardi', 'depuis le 4 décembre']);
  });
});

describe('a weekday of the previous or next week ("vorige week dinsdag", "am Dienstag nächster Woche")', () => {
  // DCT 2024-12-18 is a Wednesday: last week's Tuesday is the 10th, next week's the 24th.
  it.each([
    ['nl', 'De stemming is volgende week dinsdag.', 'volgende week dinsdag', '2024-12-24'],
    ['nl', 'Hij trad vorige week dinsdag af.', 'vorige week dinsdag', '2024-12-10'],
    ['de', 'Die Abstimmung ist am Dienstag nächster Woche.', 'am Dienstag nächster Woche', '2024-12-24'],
    ['de', 'Er trat am Dienstag der vergangenen Woche zurück.', 'am Dienstag der vergangenen Woche', '2024-12-10'],
    ['en', 'He resigned on Tuesday of last week.', 'on Tuesday of last week', '2024-12-10'],
    ['en', 'The vote is on Tuesday next week.', 'on Tuesday next week', '2024-12-24'],
  ])('%s: %s', (lang, text, phrase, value) => {
    expect(timexesOf(lang, text, '2024-12-18').map((t) => [t.text, t.value])).toEqual([[phrase, value]]);
  });
});

describe('pt "no próximo dia 4": the next 4th, "no último dia 4" the last', () => {
  it.each([
    ['A votação será no próximo dia 4.', 'no próximo dia 4', '2025-01-04'],
    ['Chegou no último dia 4.', 'no último dia 4', '2024-12-04'],
  ])('%s', (text, phrase, value) => {
    expect(timexesOf('pt', text, '2024-12-18').map((t) => [t.text, t.value])).toEqual([[phrase, value]]);
  });
});

describe('"am 4.12.": a numeric day and month where the locale writes them so (Intl: de "4.12.")', () => {
  it.each([
    ['de', 'Die Sitzung fand am 4.12. statt.', [['am 4.12.', '2024-12-04']]],
    ['de', 'Die Kommission tagte zuletzt am 29.2. in Brüssel.', [['am 29.2.', '2024-02-29']]],
    // Without a preposition "4.12." is as often a section or a score; other locales write "4/12" or "12/4".
    ['de', 'Siehe Abschnitt 4.12. im Bericht.', []],
    ['fr', 'Il est parti le 4.12.', []],
    ['en', 'He left on 4.12.', []],
  ])('%s: %s', (lang, text, expected) => {
    expect(timexesOf(lang as string, text as string, '2024-12-18').map((t) => [t.text, t.value])).toEqual(expected);
  });
});

describe('en "this past weekend", "this past Sunday", "this past week"', () => {
  it.each([
    ['This past weekend thousands marched.', 'This past weekend', '2024-12-14'],
    ['This past Sunday the vote was held.', 'This past Sunday', '2024-12-15'],
    ['This past week was busy.', 'This past week', '2024-W50'],
  ])('%s', (text, phrase, value) => {
    expect(timexesOf('en', text, '2024-12-18').map((t) => [t.text, t.value])).toEqual([[phrase, value]]);
  });
});

describe('page time stamps: "13-09-2023", "2023-09-13T10:12", short months the press writes ("13 sep 2023")', () => {
  it.each([
    ['nl', 'Gepubliceerd 13-09-2023, 10:12', '13-09-2023', '2023-09-13'],
    ['it', 'Il 13-09-2023 il consiglio ha votato.', 'Il 13-09-2023', '2023-09-13'],
    // A locale that puts the month first still reads a day-first date when no other reading is a date.
    ['en', 'Posted 13/09/2023 by the newsroom.', '13/09/2023', '2023-09-13'],
    ['en', 'Posted 09/13/2023 by the newsroom.', '09/13/2023', '2023-09-13'],
    ['en', 'Posted 03/04/2023 by the newsroom.', '03/04/2023', '2023-03-04'],
    ['fr', 'Publié le 03/04/2023 à 10h12.', 'le 03/04/2023', '2023-04-03'],
    ['en', 'Posted 2023-09-13T10:12:00Z.', '2023-09-13', '2023-09-13'],
    ['es', 'Publicado el 13 sep 2023 a las 10:12.', 'el 13 sep 2023', '2023-09-13'],
    ['nl', 'Op 13 sept. 2023 kwam hij aan.', 'Op 13 sept. 2023', '2023-09-13'],
    ['de', 'Stand: 13. Mrz 2023', '13. Mrz 2023', '2023-03-13'],
    ['fr', 'Mis à jour le 13 fév 2023.', 'le 13 fév 2023', '2023-02-13'],
    ['it', 'Aggiornato il 13 sett 2023.', 'il 13 sett 2023', '2023-09-13'],
    ['ru', 'Обновлено 13 сен 2023.', '13 сен 2023', '2023-09-13'],
  ])('%s: %s', (lang, text, phrase, value) => {
    expect(timexesOf(lang, text, '2024-12-18').map((t) => [t.text, t.value])).toEqual([[phrase, value]]);
  });

  it.each([
    // Not dates: a score or a code with dashes, a range of years, a date-time glued to more letters.
    ['nl', 'Het werd 13-09-20234 in de finale.'],
    ['en', 'The fund ran from 1990-1995.'],
    ['en', 'Reference 2023-09-13Tx9 was filed.'],
  ])('%s: %s has none', (lang, text) => {
    expect(timexesOf(lang, text, '2024-12-18').filter((t) => /\d{1,2}[-/]\d{1,2}[-/]\d{4}|T/.test(t.text))).toEqual([]);
  });
});
