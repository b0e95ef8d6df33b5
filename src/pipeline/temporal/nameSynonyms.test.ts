import { describe, expect, it } from 'vitest';
import { compileNewsEvents, looseNamesFor, matchLooseNames } from './newsEvents.ts';
import { tokenize } from './tokens.ts';
import { dateOf, namedIds } from './undatedText.testHelper.ts';

/**
 * `eventNameSynonyms` (lang/<iso>/temporal.json): the press names a death by its verb ("Kofi Annan died", "Pim
 * Fortuyn doodgeschoten") where the data names it by its noun ("death of Kofi Annan", "moord op Pim Fortuyn"). A word
 * of a synonym group matches any other member. Kofi Annan died on 18 August 2018 (Elizabeth Taylor on 23 March 2011):
 * an undated report of it that says "yesterday" is from the next day. [lang, text, event id, document day].
 */
const reports: Array<[string, string, string, string]> = [
  ['en', 'Kofi Annan died yesterday in Bern after a short illness, his foundation said.', 'death-of-kofi-annan-2018', '2018-08-19'],
  ['de', 'Kofi Annan ist gestern nach kurzer Krankheit in Bern gestorben, teilte seine Stiftung mit.', 'death-of-kofi-annan-2018', '2018-08-19'],
  ['fr', 'Kofi Annan est mort hier à Berne des suites d’une courte maladie, a annoncé sa fondation.', 'death-of-kofi-annan-2018', '2018-08-19'],
  ['es', 'Kofi Annan murió ayer en Berna tras una breve enfermedad, informó su fundación.', 'death-of-kofi-annan-2018', '2018-08-19'],
  ['it', 'Kofi Annan è morto ieri a Berna dopo una breve malattia, ha reso noto la sua fondazione.', 'death-of-kofi-annan-2018', '2018-08-19'],
  ['pt', 'Kofi Annan morreu ontem em Berna após uma breve doença, informou a sua fundação.', 'death-of-kofi-annan-2018', '2018-08-19'],
  ['pl', 'Elizabeth Taylor zmarła wczoraj w Los Angeles w wieku 79 lat.', 'death-of-elizabeth-taylor-2011', '2011-03-24'],
  ['ru', 'Кофи Аннан умер вчера в Берне после непродолжительной болезни, сообщил его фонд.', 'death-of-kofi-annan-2018', '2018-08-19'],
  ['uk', 'Кофі Аннан помер вчора в Берні після нетривалої хвороби, повідомив його фонд.', 'death-of-kofi-annan-2018', '2018-08-19'],
  ['nl', 'Kofi Annan is gisteren na een kort ziekbed in Bern overleden, meldt zijn stichting.', 'death-of-kofi-annan-2018', '2018-08-19'],
  ['sq', 'Kofi Anani vdiq dje në Bern pas një sëmundjeje të shkurtër, njoftoi fondacioni i tij.', 'death-of-kofi-annan-2018', '2018-08-19'],
];

describe('a death named by its verb is the event the data names by its noun', () => {
  it.each(reports)('%s: %s', (lang, text, id, day) => {
    expect(namedIds(text, lang)).toContain(id);
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('synonym groups in the loose index', () => {
  const table = compileNewsEvents([['t.json', { events: [
    { id: 'x', kind: 'death', when: ['2010-05-05'], sure: true, names: { en: ['murder of John Doe'] } },
  ] }]], new Map(), new Map(), new Map([['en', [['murder', 'killed', 'dead', 'assassinat*']]]]));
  const index = looseNamesFor(table, 'en');
  const ids = (text: string) => matchLooseNames(tokenize(text, 0, text.length, 'en'), index).map((m) => m.id);

  it('any member stands for the name\'s word, whole or (with *) as a prefix', () => {
    expect(ids('The murder of John Doe shocked the town.')).toEqual(['x']);
    expect(ids('Nobody knew who killed John Doe.')).toEqual(['x']);
    expect(ids('The assassinated John Doe was buried.')).toEqual(['x']);
    // Loose matching outside the lead keeps the name's order.
    expect(ids('John Doe said the dog was killed.')).toEqual([]);
  });

  it('a member without * is a whole word: "deadline" is not "dead"', () => {
    expect(ids('The deadline John Doe set passed.')).toEqual([]);
  });
});
