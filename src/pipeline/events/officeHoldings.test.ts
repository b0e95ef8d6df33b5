import { describe, expect, it } from 'vitest';
import { loadResources } from '../index.ts';
import { segmentSentences } from '../stages/sentences.ts';
import { officeHoldings, sentenceTexts } from './officeHoldings.ts';

const { events } = loadResources();

/** [person, office, the title and name as written] for each titled person of a one-language text. */
function holdings(lang: string, text: string): Array<[string, string, string]> {
  const texts = sentenceTexts(text, segmentSentences(text, lang), lang, events);
  return officeHoldings(texts, lang, events).map((o) => [o.person, o.role, text.slice(o.start, o.end)]);
}

describe('people named with the title of an office they held', () => {
  it.each([
    ['en', 'French President Emmanuel Macron arrived in Warsaw.', [['emmanuel-macron', 'head_of_state', 'President Emmanuel Macron']]],
    ['pl', 'Decyzja należy do prezydenta Andrzeja Dudy.', [['andrzej-duda', 'head_of_state', 'prezydenta Andrzeja Dudy']]],
    ['ko', '박근혜 대통령은 오늘 청와대를 떠났다.', [['park-geun-hye', 'head_of_state', '박근혜 대통령은']]],
  ] as const)('%s: a title before the name, or after it as Korean writes it', (lang, text, expected) => {
    expect(holdings(lang, text)).toEqual(expected);
  });

  it.each([
    ['es', 'El presidente del Gobierno, José Luis Rodríguez Zapatero, visitó hoy la ciudad.', [['jose-luis-rodriguez-zapatero', 'head_of_government', 'presidente del Gobierno, José Luis Rodríguez Zapatero']]],
    ['it', 'Il presidente del Consiglio, Mario Draghi, ha parlato alla Camera.', [['mario-draghi', 'head_of_government', 'presidente del Consiglio, Mario Draghi']]],
    ['ru', 'Глава правительства Михаил Мишустин провёл совещание.', [['mikhail-mishustin', 'head_of_government', 'Глава правительства Михаил Мишустин']]],
    ['pl', 'Szef rządu Donald Tusk przemawiał w Sejmie.', [['donald-tusk', 'head_of_government', 'Szef rządu Donald Tusk']]],
  ] as const)('%s: "head of the government" in the words of the language is the prime minister, not the president', (lang, text, expected) => {
    expect(holdings(lang, text)).toEqual(expected);
  });

  it.each([
    ['en', 'Former French president Emmanuel Macron arrived in Warsaw.'],
    ['pl', 'Spotkał się z byłym prezydentem Andrzejem Dudą.'],
    ['ko', '김대중 전 대통령의 묘소를 찾았다.'],
    ['ru', 'Первый вице-премьер Дмитрий Медведев победил на выборах.'],
  ])('%s: "former", "then", "vice" make it an office not held at the time', (lang, text) => {
    expect(holdings(lang, text)).toEqual([]);
  });

  it('needs the title to be one the person held: a prime minister called president is no evidence', () => {
    expect(holdings('pl', 'Prezydent Donald Tusk przemawiał w Sejmie.')).toEqual([]);
    expect(holdings('pl', 'Premier Donald Tusk przemawiał w Sejmie.')).toEqual([['donald-tusk', 'head_of_government', 'Premier Donald Tusk']]);
  });

  it('gives every term of the office, and only of that office', () => {
    const texts = sentenceTexts('Premier Donald Tusk przemawiał.', [[0, 31]], 'pl', events);
    expect(officeHoldings(texts, 'pl', events)[0].terms).toEqual([['2007-11', '2014-09'], ['2023-12', null]]);
  });
});
