/**
 * "Last month, at the G20 summit in Hangzhou": a relative month beside a named event says the event fell in that
 * month, so the document is from the month after it (before it, for "next month"). "Yesterday" in the lead is the
 * day of the event the next sentence names, when neither sentence names another day or event.
 */
import { describe, expect, it } from 'vitest';
import { dateOf, input, resources } from './undatedText.testHelper.ts';
import { analyseTime, documentEvidence, tagTime } from './index.ts';
import { segmentSentences } from '../stages/sentences.ts';

describe('a relative month beside a named event', () => {
  it.each([
    ['en', 'Last month, at the G20 summit in Hangzhou, the leaders agreed on a statement. Talks continue.', '2016-10'],
    ['nl', 'Vorige maand, tijdens het EK voetbal in Oostenrijk en Zwitserland, zaten de cafés nog vol.', '2008-07'],
  ])('%s: %s → %s', (lang, text, month) => {
    expect(dateOf(text, lang)).toEqual({ value: month, precision: 'month' });
  });
});

describe('"yesterday" in the lead, the event named in the next sentence', () => {
  it.each([
    ['nl', 'Advocaat Derk Wiersum is gisteren voor zijn woning in Amsterdam doodgeschoten. De moord op Derk Wiersum schokt de advocatuur.', '2019-09-19'],
    ['pl', 'Nobel dla Olgi Tokarczuk! Szwedzka Akademia ogłosiła wczoraj laureatów.', '2019-10-11'],
  ])('%s: %s → %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });

  it('en: not when the sentence with the name names a day of its own', () => {
    // "On Tuesday" is the day of the murder; "yesterday" is the funeral's, so the two are not one day.
    const text = 'Thousands attended the funeral yesterday. The murder of Derk Wiersum on Tuesday shocked the country.';
    const r = analyseTime({ text, sentences: segmentSentences(text, 'en'), lang: 'en', published: null }, resources);
    expect(r.published?.evidence.filter((e) => e.includes('"yesterday" is')) ?? []).toEqual([]);
  });
});

describe('months of last year', () => {
  it('zh: of "去年9月" and "去年11月", only the later says how recent the document is', () => {
    const text = '天宫一号于去年9月发射升空，去年11月与神舟八号完成对接。';
    const tagged = tagTime({ text, sentences: segmentSentences(text, 'zh'), lang: 'zh', published: null }, resources);
    const recent = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.map((k) => k.why).filter((why) => why.includes("previous year's"));
    expect(recent).toEqual(['"去年11月" (the previous year\'s) is most likely a recent month']);
  });
});

describe('"today" in a present-tense clause', () => {
  it('pt: is the state now, not the day of the event named beside it', () => {
    // With the Brumadinho dam named beside it, "hoje" in "o que se vê hoje é" was read as the collapse's day.
    const present = 'Em Brumadinho, o que se vê hoje na barragem da mina Córrego do Feijão é uma cicatriz marrom.';
    const r = analyseTime(input(present, 'pt'), resources);
    expect(r.published?.evidence.filter((e) => e.startsWith('"hoje" is')) ?? []).toEqual([]);
  });
});
