import { describe, expect, it } from 'vitest';
import { analyseTime, documentEvidence, tagTime } from './index.ts';
import { compileNewsEvents } from './newsEvents.ts';
import { input, resources as base } from './undatedText.testHelper.ts';

// Made-up events, so that no real one's data decides these tests: a flood whose names hold its date, and a summit.
const resources = {
  ...base,
  newsEvents: compileNewsEvents([['test.json', { events: [
    { id: 'harbour-flood', kind: 'disaster', when: ['2031-03-14'], sure: true, names: {
      en: ['14 March floods', 'Harbour floods'], fr: ['inondations du 14 mars'], de: ['Hochwasser vom 14. März'], es: ['inundaciones del 14 de marzo'],
    } },
    { id: 'harbour-summit', kind: 'politics', when: ['2031-03-14'], sure: true, names: { en: ['Harbour Summit'] } },
  ] }]]),
};

const tagged = (text: string, lang: string) => tagTime(input(text, lang), resources);
const evidence = (text: string, lang: string) => {
  const t = tagged(text, lang);
  return documentEvidence(text, t.timexes, null, t.named).constraints.map((c) => c.why);
};

describe('a date inside an event\'s name is part of the name, not an expression of its own', () => {
  it.each([
    ['en', 'Insurers said they would raise premiums after the 14 March floods.', '14 March floods'],
    ['fr', 'Les assureurs ont relevé leurs primes après les inondations du 14 mars.', 'inondations du 14 mars'],
    ['de', 'Die Versicherer erhöhten nach dem Hochwasser vom 14. März ihre Prämien.', 'Hochwasser vom 14. März'],
    ['es', 'Las aseguradoras subieron sus primas tras las inundaciones del 14 de marzo.', 'inundaciones del 14 de marzo'],
  ])('%s: "%s"', (lang, text, name) => {
    const t = tagged(text, lang);
    expect(t.named.map((h) => text.slice(h.start, h.end))).toEqual([name]);
    expect(t.timexes.map((x) => text.slice(x.start, x.end))).toEqual([]);
  });

  it('a date beside the name, outside it, is still tagged', () => {
    const text = 'Insurers met on 2 April to discuss the Harbour floods.';
    expect(tagged(text, 'en').timexes.map((x) => text.slice(x.start, x.end))).toEqual(['on 2 April']);
  });
});

describe('a disaster, an attack or a death is named only once it has happened', () => {
  it('bounds the document even in a future clause, where "after" says nothing of a summit\'s side', () => {
    const flood = 'The airline said it would cut flights after the Harbour floods.';
    expect(tagged(flood, 'en').named.map((h) => h.noSide === true)).toEqual([true]);
    expect(evidence(flood, 'en')).toContain('"Harbour floods" (2031-03-14) has happened: the document is not older');
    const summit = 'The airline said it would cut flights after the Harbour Summit.';
    expect(evidence(summit, 'en').some((why) => why.includes('Harbour Summit'))).toBe(false);
  });

  it('is past even where the clause is in the future tense', () => {
    const text = 'The Harbour floods will be remembered for decades.';
    expect(tagged(text, 'en').named.map((h) => h.tense)).toEqual(['future']);
    const why = evidence(text, 'en');
    expect(why).toContain('"Harbour floods" (2031-03-14) has happened: the document is not older');
    expect(why.some((w) => w.includes('still to come'))).toBe(false);
  });
});

describe('the recency prior counts from the lower bound at the earliest', () => {
  it('an event named late, that has happened, is a reported day later than the dates the text recounts', () => {
    // Before, recency counted from 1986: every day of a year after the floods cost about the same, and the text was undated.
    const text = 'The plant was built in the 1970s. An accident struck it on 26 April 1986. Work on a cover began in May 1995. ' +
      'The staff gathered in the hall, where a ceremony marked the Harbour floods, and the minister spoke to them.';
    const t = tagTime(input(text, 'en'), resources);
    const window = analyseTime(input(text, 'en'), resources).published?.window;
    expect(t.named.map((h) => h.id)).toEqual(['harbour-flood']);
    expect(window).toEqual(['2031-03-14', '2031-03-20']);
  });
});
