/**
 * "Cent ans après … en 1923", "Minęło 20 lat od … 2004 roku": a number of years counted from a year named beside it
 * gives the document's year. Numbers written as words (tens and a hundred) count as digits do, in every language.
 */
import { describe, expect, it } from 'vitest';
import { dateOf, resources } from './undatedText.testHelper.ts';
import { analyseTime } from './index.ts';
import { segmentSentences } from '../stages/sentences.ts';

describe('years counted from a named year date the document', () => {
  it.each([
    ['en', 'Fifty years after the coup of 1973, the country remembers its dead.', '2023'],
    ['en', 'A hundred years after the bridge opened in 1924, engineers say it needs repairs.', '2024'],
    ['de', 'Dreißig Jahre nach der Gründung des Vereins im Jahr 1989 feiert die Stadt.', '2019'],
    ['fr', "Cent ans après l'arrêté qui a interdit la baignade, en 1923, la ville rouvre le fleuve.", '2023'],
    ['es', 'Cincuenta años después del golpe de 1973, el país recuerda a sus víctimas.', '2023'],
    ['it', 'Cento anni dopo la marcia su Roma del 1922, il paese discute ancora.', '2022'],
    ['pt', 'Cinquenta anos depois da revolução de 1974, o país celebra a liberdade.', '2024'],
    ['pl', 'Minęło dwadzieścia lat od wejścia Polski do Unii w 2004 roku.', '2024'],
    ['pl', 'Po 20 latach od wejścia do Unii w 2004 roku rząd podsumował zmiany.', '2024'],
    ['sq', 'Pas njëzet vjet nga lufta e vitit 1999, qyteti feston.', '2019'],
    ['ru', 'Спустя 30 лет после аварии 1986 года станцию закрыли окончательно.', '2016'],
    // Not the dissolution of the USSR: it is a dated event in the data (nineties.json), and a count since an event gives the month.
    ['ru', 'Через двадцать лет после денежной реформы 1991 года страна изменилась.', '2011'],
    ['uk', 'Через 30 років після аварії 1986 року світ згадав жертв.', '2016'],
    ['nl', 'Vijftig jaar na de watersnood van 1953 herdenkt Zeeland de slachtoffers.', '2003'],
  ])('%s: %s → %s', (lang, text, year) => {
    expect(dateOf(text, lang)).toEqual({ value: year, precision: 'year' });
  });

  it('fr: the counted year stays a candidate when an event still to come bounds the document ("l\'an prochain" before the Games)', () => {
    const text = "Cent ans après l'arrêté qui a interdit la baignade dans la Seine, en 1923, Paris veut y faire nager des athlètes l'an prochain. Lors des Jeux de Paris, les épreuves auront lieu au pont Alexandre-III.";
    expect(dateOf(text, 'fr')).toEqual({ value: '2023', precision: 'year' });
  });

  it.each([
    // An age is no count from the year beside it ("seventy" counts no years here), nor is a plan "in five years".
    ['en', 'The singer, who recorded her first album in 1975, turned seventy this week.'],
    ['ru', 'Через 5 лет после реформы 2014 года страна проведёт выборы.'],
    ['en', 'Five years after the 2014 reform, the country will hold new elections.'],
    // A series narrowed to the article's edition by its cues counts from another edition: the first World Cup
    // Korea played, 48 years before this one, is not the 2002 World Cup the article is about.
    ['ko', '히딩크 감독이 이끄는 한국 대표팀은 월드컵 8강전에서 승리했다. 48년 전 처음 월드컵 무대에 선 뒤 본선에서 단 한 번도 이기지 못했던 한국 축구가 새 역사를 썼다.'],
  ])('%s: no count of years in "%s"', (lang, text) => {
    const r = analyseTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
    expect(r.published?.evidence.filter((e) => e.includes('the present is')) ?? []).toEqual([]);
  });
});

describe('a count as long as the range of years beside it is that range\'s length, not years since', () => {
  it.each([
    ['pt', 'Guterres fez campanha com a experiência de dez anos como alto-comissário para os Refugiados, entre 2005 e 2015.'],
    ['en', 'She ran the agency for ten years, from 2005 to 2015, before she stood for the post.'],
  ])('%s: %s', (lang, text) => {
    // Read as ten years since 2005 (or 2015), the text was dated 2015 (2025).
    expect(dateOf(text, lang)).toBeNull();
  });

  it('a count of another length beside the range still counts from it', () => {
    expect(dateOf('Thirty years after the war of 1991 to 1995, the town rebuilt its bridge.', 'en')?.value).toBe('2021');
  });
});
