import { describe, expect, it } from 'vitest';
import { documentEvidence, info, tagTime } from './index.ts';
import { compileNewsEvents } from './newsEvents.ts';
import { dateOf, input, resources as base } from './undatedText.testHelper.ts';
import { dayNumber } from '../../model/calendar.ts';

// A made-up event, so that no real one's data decides these tests.
const resources = {
  ...base,
  newsEvents: compileNewsEvents([['test.json', { events: [
    { id: 'harbour-games', kind: 'sport', when: ['2030-07-12/2030-07-28'], sure: true, names: {
      en: ['Harbour Games'], de: ['Hafenspiele', 'Hafenspielen'], ru: ['Портовые игры', 'Портовых игр'], pl: ['Igrzyska Portowe', 'Igrzysk Portowych'],
    } },
    { id: 'harbour-cup', kind: 'sport', when: ['2022-06-10/2022-07-10', '2026-06-11/2026-07-19', '2030-06-08/2030-07-21'], sure: true, names: {
      en: ['Harbour Cup'], ru: ['Портовый кубок', 'Портового кубка'],
    } },
    { id: 'harbour-cup-lisbon', kind: 'sport', when: ['2030-06-08/2030-07-21'], sure: true, names: {
      en: ['Harbour Cup in Lisbon'], ru: ['Портового кубка в Лиссабоне'],
    } },
    { id: 'lisbon-treaty-day', kind: 'politics', when: ['2029-12-01'], sure: true, names: { en: ['Harbour Cup Treaty of Lisbon'] } },
    { id: 'harbour-prize-2029', kind: 'culture', when: ['2029-10-10'], sure: true, names: { es: ['Premio del Puerto'], ko: ['하버상'], ja: ['港湾賞'] } },
  ] }]]),
};

const hits = (text: string, lang: string) => tagTime(input(text, lang), resources).named.map((h) => ({ tense: h.tense, noSide: h.noSide === true }));
const evidence = (text: string, lang: string) => {
  const tagged = tagTime(input(text, lang), resources);
  return documentEvidence(text, tagged.timexes, null, tagged.named).constraints.map((c) => c.why);
};

describe('a named event whose clause is about something else says nothing of the document\'s side of it', () => {
  it.each([
    ['en', 'Nobody expected it. The city won the right to host the Harbour Summer Games in 2023, after a long campaign.'],
    ['en', 'The city was chosen in 2023, when the committee voted for the Harbour bid and its Games.'],
    ['ru', 'Никто не ожидал. Город получил право провести Портовые летние игры в 2023 году.'],
    ['pl', 'Nikt się nie spodziewał. Miasto otrzymało prawo organizacji Igrzysk letnich Portowych w 2023 roku.'],
  ])('%s: a name matched word by word in a past clause dated before the event: "%s"', (lang, text) => {
    expect(hits(text, lang)).toEqual([{ tense: 'unknown', noSide: true }]);
    expect(evidence(text, lang).some((why) => why.includes('has happened'))).toBe(false);
  });

  it('an exact name keeps its tense beside earlier years (a list of editions)', () => {
    expect(hits('At the finals of 2022 and 2026 and at the Harbour Games the team lost its first match.', 'en')).toEqual([{ tense: 'past', noSide: false }]);
  });

  it.each([
    ['en', 'After the Harbour Games, the stadium will be turned into flats.'],
    ['de', 'Nach den Hafenspielen wird das Stadion zu Wohnungen umgebaut werden.'],
    ['ru', 'После Портовых игр стадион будет перестроен под жильё.'],
  ])('%s: "after" the event in a future clause: "%s"', (lang, text) => {
    expect(hits(text, lang)).toEqual([{ tense: 'unknown', noSide: true }]);
    expect(evidence(text, lang).some((why) => why.includes('has happened'))).toBe(false);
  });

  it.each([
    ['en', 'After the Harbour Games, the stadium was turned into flats.', 'past'],
    ['en', 'The Harbour Games of 2030 were a success, the organisers said in 2031.', 'past'],
    ['en', 'The city, chosen in 2023, will host the Harbour Games.', 'future'],
    ['ru', 'После Портовых игр стадион перестроили под жильё.', 'past'],
  ])('%s: keeps the side the text gives: "%s"', (lang, text, tense) => {
    expect(hits(text, lang)).toEqual([{ tense, noSide: false }]);
  });

  it('the event\'s own dating stays where the clause is about it', () => {
    expect(evidence('After the Harbour Games, the stadium was turned into flats.', 'en').some((why) => why.includes('has happened'))).toBe(true);
  });
});

describe('recurring events: the edition the text means', () => {
  const tagged = (text: string, lang: string) => tagTime(input(text, lang), resources).named;

  it.each([
    ['en', 'Lisbon before the Harbour Cup. The opening of the Harbour Cup in Lisbon is less than a year away.'],
    ['ru', 'Лиссабон перед Портовым кубком. До открытия Портового кубка в Лиссабоне осталось меньше года.'],
  ])('%s: a series\' bare name beside an edition of it named in the same words is that edition', (lang, text) => {
    expect(tagged(text, lang).map((h) => h.id)).toEqual(['harbour-cup-lisbon']);
  });

  it('keeps the series when the article names no edition of it, or only an event of another kind', () => {
    expect(tagged('Lisbon before the Harbour Cup. Fans are waiting.', 'en').map((h) => h.id)).toEqual(['harbour-cup']);
    expect(tagged('Lisbon before the Harbour Cup. Fans recalled the Harbour Cup Treaty of Lisbon.', 'en').map((h) => h.id)).toEqual(['harbour-cup', 'lisbon-treaty-day']);
  });

  it('a series still to come beside a year still to come that one occurrence starts in is that occurrence', () => {
    const [hit] = tagged('Nobody doubts it. In 2026 the stadium will host Harbour Cup matches.', 'en');
    expect(hit.id).toBe('harbour-cup');
    expect(hit.occurrences.map((o) => o.from)).toEqual([dayNumber('2026-06-11')]);
  });

  it('a past clause\'s year may be an earlier edition: no narrowing ("for the first time since 2022")', () => {
    const [hit] = tagged('Nobody doubts it. For the first time since 2022, the team won the Harbour Cup.', 'en');
    expect(hit.occurrences.length).toBe(3);
  });

  it('a future year no occurrence starts in leaves the series whole', () => {
    const [hit] = tagged('Nobody doubts it. In 2027 the stadium will host Harbour Cup matches.', 'en');
    expect(hit.occurrences.length).toBe(3);
  });
});

describe('an event the lead names both ahead and past is past', () => {
  // "X will receive the prize" (the ceremony) in the headline, "the Academy announced on the 10th" (the
  // announcement) in the lead: the past report is the news; read as still to come, the text was dated before it.
  it.each([
    ['ko', '한국 작가가 처음으로 노벨문학상을 받는다. 스웨덴 한림원은 10일 올해 노벨문학상 수상자로 Han Kang을 선정했다고 발표했다.'],
  ])('%s: %s', (lang, text) => {
    expect(dateOf(text, lang)).toEqual({ value: '2024-10-10', precision: 'day' });
  });
});

describe('a day written beside a series\' name is the day of the occurrence meant', () => {
  const occurrences = (text: string, lang: string) => tagTime(input(text, lang), resources).named.filter((h) => h.id === 'harbour-cup').map((h) => h.occurrences.length);
  it.each([
    ['en', 'Fans travelled to the Harbour Cup on 20 July.'],
    ['en', 'The 20 July Harbour Cup final drew a record crowd.'],
    ['ru', 'Болельщики приехали на финал Портового кубка 20 июля.'],
  ])('%s: a day only one occurrence spans names it: %s', (lang, text) => {
    expect(occurrences(text, lang)).toEqual([1]);
  });

  it.each([
    ['en', 'Fans travelled to the Harbour Cup on 20 June.', 3],
    ['en', 'Fans travelled to the Harbour Cup on 1 July.', 3],
    ['en', 'The Harbour Cup was a success. The mayor resigned on 20 July after a long dispute over the stadium budget.', 3],
  ])('%s: a day every occurrence spans, or one far from the name, leaves the series whole: %s', (lang, text, n) => {
    expect(occurrences(text, lang)).toEqual([n]);
  });

  it('dates the text after that occurrence (a real series: the Spanish general election of 20 November 2011)', () => {
    expect(dateOf('Rajoy ganó las elecciones generales de España del 20 de noviembre. El PP logró la mayoría absoluta.', 'es')?.value.slice(0, 7)).toBe('2011-11');
  });
});

describe('a day of the month beside a reported event is the event\'s day', () => {
  // Without it, "10 December" still to come (most likely within a month) dated the text 10 November.
  it.each([
    ['es', 'El jurado anunció el día 10 el ganador del Premio del Puerto. La ceremonia se celebrará el 10 de diciembre.'],
    ['ja', '審査委員会は10日、港湾賞の受賞者を発表した。授賞式は12月10日に開かれる。'],
    ['ko', '심사위원회는 10일 하버상 수상자를 발표했다. 시상식은 12월 10일 열릴 예정이다.'],
  ])('%s: %s', (lang, text) => {
    const tagged = tagTime(input(text, lang), resources);
    const { constraints } = documentEvidence(text, tagged.timexes, null, tagged.named);
    const cost = (day: string) => constraints.reduce((sum, c) => sum + c.cost(info(dayNumber(day))), 0);
    expect(cost('2029-10-10')).toBeLessThan(cost('2029-11-10'));
    expect(constraints.some((c) => c.why.includes('is the day of'))).toBe(true);
  });
});

describe('a headline without a tense cue leaves the side to the first mention that has one', () => {
  it('en: "Lisbon gets the Harbour Games" above "Lisbon will host the Harbour Games": still to come', () => {
    const text = 'Lisbon gets the Harbour Games\n\nLisbon will host the Harbour Games after a vote of the committee today.';
    const why = evidence(text, 'en');
    expect(why.some((w) => w.includes('has happened'))).toBe(false);
    expect(why.some((w) => w.includes('still to come'))).toBe(true);
  });

  it('en: a past lead still makes it past', () => {
    const text = 'Lisbon and the Harbour Games\n\nThe Harbour Games ended in Lisbon with a record crowd.';
    expect(evidence(text, 'en').some((w) => w.includes('has happened'))).toBe(true);
  });
});
