import { describe, expect, it } from 'vitest';
import { tagTime } from './index.ts';
import { compileNewsEvents } from './newsEvents.ts';
import { input, resources as base } from './undatedText.testHelper.ts';

/**
 * News-event names are nouns of action ("inauguration du pont de Borvo"); leads and headlines use the verb ("a
 * inauguré le pont de Borvo", "Borvo-Brücke eröffnet"). With the language's `eventNameSuffixes`, the name's lower-case
 * word (German nouns too) is matched by its root. A made-up bridge, so that no real event's data decides these tests.
 */
const suffixes = new Map(Object.entries({
  en: ['ation', 'ing'], fr: ['ation', 'ure'], de: ['ung'], es: ['acion'], it: ['azione', 'ura'], pt: ['acao', 'ura'], pl: ['cie', 'enie'], ru: ['тие', 'ие'], uk: ['ття'],
  nl: ['ing'],
}));
const infixes = new Map(Object.entries({ de: ['ge'], nl: ['ge'] }));
const resources = {
  ...base,
  newsEvents: compileNewsEvents([['test.json', { events: [
    { id: 'borvo-bridge-opening', kind: 'technology', when: ['2031-05-20'], sure: true, names: {
      en: ['opening of the Borvo Bridge'], fr: ['inauguration du pont de Borvo'], de: ['Eröffnung der Borvo-Brücke'], es: ['inauguración del puente de Borvo'],
      it: ['inaugurazione del ponte di Borvo'], pt: ['inauguração da ponte de Borvo'], pl: ['otwarcie mostu Borvo'], ru: ['открытие моста Борво'], uk: ['відкриття мосту Борво'],
      nl: ['opening van de Borvobrug'],
    } },
    { id: 'borvo-tower-collapse', kind: 'disaster', when: ['2031-06-02'], sure: true, names: { de: ['Einsturz des Borvo-Turms'] } },
  ] }]], suffixes, infixes),
};

const found = (text: string, lang: string) => tagTime(input(text, lang), resources).named.map((h) => h.id);

describe('a verb finds the name\'s noun of action', () => {
  it.each([
    ['en', 'The mayor opened the Borvo Bridge on Tuesday.'],
    ['fr', 'Le président a inauguré mardi le pont de Borvo.'],
    ['de', 'Die Borvo-Brücke wurde am Dienstag eröffnet.'],
    ['es', 'El rey inauguró el martes el puente de Borvo.'],
    ['it', 'Il presidente ha inaugurato martedì il ponte di Borvo.'],
    ['pt', 'O presidente inaugurou na terça-feira a ponte de Borvo.'],
    ['pl', 'Most Borvo został otwarty we wtorek.'],
    ['ru', 'Мост Борво открыт во вторник.'],
    ['ru', 'Во вторник открылось движение по мосту Борво.'],
    ['nl', 'De Borvobrug is dinsdag geopend.'],
    ['uk', 'У вівторок відкрили рух мостом Борво.'],
  ])('%s: %s', (lang, text) => {
    expect(found(text, lang)).toEqual(['borvo-bridge-opening']);
  });

  it('de: a separable participle with its infix ("eingestürzt") finds the noun ("Einsturz")', () => {
    expect(found('Der Borvo-Turm ist am Dienstag eingestürzt.', 'de')).toEqual(['borvo-tower-collapse']);
  });

  it('the proper noun is still required', () => {
    expect(found('The mayor opened a new bridge on Tuesday.', 'en')).toEqual([]);
    expect(found('Le président a inauguré mardi un nouveau pont.', 'fr')).toEqual([]);
  });

  it('without the language\'s endings, the verb does not find the noun', () => {
    const plain = { ...base, newsEvents: compileNewsEvents([['test.json', { events: [
      { id: 'borvo-bridge-opening', kind: 'technology', when: ['2031-05-20'], sure: true, names: { fr: ['inauguration du pont de Borvo'] } },
    ] }]]) };
    expect(tagTime(input('Le président a inauguré mardi le pont de Borvo.', 'fr'), plain).named).toEqual([]);
  });
});
