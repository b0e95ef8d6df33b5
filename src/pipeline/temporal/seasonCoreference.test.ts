import { describe, expect, it } from 'vitest';
import { documentEvidence, info, tagTime } from './index.ts';
import { dayNumber } from '../../model/calendar.ts';
import { timexesOf } from './oneSentence.testHelper.ts';
import { compileNewsEvents } from './newsEvents.ts';
import { input, resources as base } from './undatedText.testHelper.ts';

// A made-up summer event, so that no real one's data decides these tests.
const resources = {
  ...base,
  newsEvents: compileNewsEvents([['test.json', { events: [
    { id: 'harbour-games', kind: 'sport', when: ['2030-07-12/2030-07-28'], sure: true, names: {
      en: ['Harbour Games'], sq: ['Lojërat e Portit'], de: ['Hafenspiele', 'Hafenspielen'], fr: ['Jeux du Port'], ru: ['Портовые игры', 'Портовых играх'],
    } },
  ] }]]),
};

const why = (text: string, lang: string) => {
  const t = tagTime(input(text, lang), resources);
  return documentEvidence(text, t.timexes, null, t.named).constraints.map((c) => c.why);
};

describe('a relative season beside a named event in one sentence is that event\'s season', () => {
  it.each([
    ['en', 'Next summer the team will compete at the Harbour Games.', 'year before it'],
    ['sq', 'Në verën e ardhshme, ekipi do të jetë në Lojërat e Portit.', 'year before it'],
    ['de', 'Im nächsten Sommer tritt das Team bei den Hafenspielen an.', 'year before it'],
    ['fr', "L'été prochain, l'équipe sera aux Jeux du Port.", 'year before it'],
    ['en', 'Last summer the team won four medals at the Harbour Games.', 'year after it'],
    ['ru', 'Прошлым летом команда выступила на Портовых играх.', 'year after it'],
  ])('%s: %s', (lang, text, side) => {
    expect(why(text, lang).some((w) => w.includes('is the season of') && w.endsWith(side))).toBe(true);
  });

  const seasonCost = (text: string) => {
    const t = tagTime(input(text, 'en'), resources);
    const c = documentEvidence(text, t.timexes, null, t.named).constraints.find((k) => k.why.includes('is the season of'))!;
    return (day: string) => c.cost(info(dayNumber(day)));
  };

  it('"next summer" puts the document in the year of seasons before the event\'s summer', () => {
    const cost = seasonCost('Next summer the team will compete at the Harbour Games.');
    expect(['2029-06-01', '2029-09-15', '2030-01-10', '2030-05-31'].map(cost)).toEqual([0, 0, 0, 0]);
    expect(['2029-05-31', '2030-06-01', '2028-08-01'].map(cost)).toEqual([1, 1, 1]);
  });

  it('"last summer" puts it in the year of seasons after', () => {
    const cost = seasonCost('Last summer the team won four medals at the Harbour Games.');
    expect(['2030-09-01', '2031-03-01', '2031-08-31'].map(cost)).toEqual([0, 0, 0]);
    expect(['2030-08-15', '2031-09-01'].map(cost)).toEqual([1, 1]);
  });

  it('a season in another sentence than the event is not read as its season', () => {
    expect(why('Next summer the squad will rest. The Harbour Games were a success.', 'en').some((w) => w.includes('is the season of'))).toBe(false);
  });
});

describe('"next summer" and its kin in languages that lacked them', () => {
  it.each([
    ['de', 'Im nächsten Sommer tritt das Team in Frankreich an.', 'Im nächsten Sommer', '2025-SU'],
    ['de', 'Im kommenden Frühjahr beginnt der Bau.', 'Im kommenden Frühjahr', '2025-SP'],
    ['pl', 'Przyszłego lata drużyna zagra we Francji.', 'Przyszłego lata', '2025-SU'],
    ['uk', 'Наступної весни почнеться будівництво.', 'Наступної весни', '2025-SP'],
    ['nl', 'Volgende zomer speelt het team in Frankrijk.', 'Volgende zomer', '2025-SU'],
    ['nl', 'Komend voorjaar begint de bouw.', 'Komend voorjaar', '2025-SP'],
    ['ru', 'Следующей весной начнётся строительство.', 'Следующей весной', '2025-SP'],
  ])('%s: %s', (lang, text, phrase, value) => {
    expect(timexesOf(lang, text, '2024-10-10').find((t) => t.text === phrase)?.value).toBe(value);
  });
});
