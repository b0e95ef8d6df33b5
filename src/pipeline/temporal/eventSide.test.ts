import { describe, expect, it } from 'vitest';
import { documentEvidence, tagTime } from './index.ts';
import { compileNewsEvents } from './newsEvents.ts';
import { input, resources as base } from './undatedText.testHelper.ts';

// A made-up event, so that no real one's data decides these tests.
const resources = {
  ...base,
  newsEvents: compileNewsEvents([['test.json', { events: [
    { id: 'harbour-games', kind: 'sport', when: ['2030-07-12/2030-07-28'], sure: true, names: {
      en: ['Harbour Games'], de: ['Hafenspiele', 'Hafenspielen'], ru: ['Портовые игры', 'Портовых игр'], pl: ['Igrzyska Portowe', 'Igrzysk Portowych'],
    } },
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
