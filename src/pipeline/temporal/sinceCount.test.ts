import { describe, expect, it } from 'vitest';
import { analyseTime, documentEvidence, tagTime } from './index.ts';
import { compileNewsEvents } from './newsEvents.ts';
import { input, resources as base } from './undatedText.testHelper.ts';

// A made-up flood on 14 March 2031, named in every language below, so that no real event's data decides these tests.
const resources = {
  ...base,
  newsEvents: compileNewsEvents([['test.json', { events: [
    { id: 'harbour-flood', kind: 'disaster', when: ['2031-03-14'], sure: true, names: {
      en: ['Harbour floods'], de: ['Hafenhochwasser'], fr: ['inondations du port'], es: ['inundaciones del puerto'], it: ['alluvione del porto'],
      pt: ['cheias do porto'], pl: ['powodzi w porcie', 'powódź w porcie'], sq: ['përmbytjet në port'], ru: ['наводнения в порту', 'наводнение в порту'],
      uk: ['повені в порту', 'повінь у порту'], nl: ['havenoverstroming'], ja: ['港湾洪水'], ko: ['항구 홍수'], zh: ['港口洪灾'],
    } },
  ] }]]),
};

const dateOf = (text: string, lang: string) => {
  const p = analyseTime(input(text, lang), resources).published;
  return p && { value: p.value, precision: p.precision };
};

describe('a count since a named event, in the present, dates the document that far after it', () => {
  it.each([
    ['en', 'A year after the Harbour floods, the town is still rebuilding.', '2032-03'],
    ['en', 'Six months after the Harbour floods, the town is still rebuilding.', '2031-09'],
    ['de', 'Ein Jahr nach dem Hafenhochwasser baut die Stadt noch immer auf.', '2032-03'],
    ['fr', 'Un an après les inondations du port, la ville se reconstruit.', '2032-03'],
    ['es', 'A un año de las inundaciones del puerto, la ciudad se reconstruye.', '2032-03'],
    ['es', 'Seis meses después de las inundaciones del puerto, la ciudad se reconstruye.', '2031-09'],
    ['pt', 'Um ano depois das cheias do porto, a cidade reconstrói-se.', '2032-03'],
    ['pl', 'Rok po powodzi w porcie miasto wciąż się odbudowuje.', '2032-03'],
    ['sq', 'Një vit pas përmbytjet në port, qyteti ende rindërtohet.', '2032-03'],
    ['ru', 'Спустя год после наводнения в порту город всё ещё восстанавливается.', '2032-03'],
    ['uk', 'Через рік після повені в порту місто досі відбудовується.', '2032-03'],
    ['nl', 'Een jaar na de havenoverstroming bouwt de stad nog steeds op.', '2032-03'],
    ['ja', '港湾洪水から1年、町は今も復興の途上にある。', '2032-03'],
    ['ko', '항구 홍수 발생 1년, 도시는 여전히 복구 중이다.', '2032-03'],
    ['ko', '항구 홍수 이후 6개월, 도시는 여전히 복구 중이다.', '2031-09'],
    ['zh', '港口洪灾发生一年后，城市仍在重建。', '2032-03'],
    ['zh', '港口洪灾6个月后，城市仍在重建。', '2031-09'],
  ])('%s: %s', (lang, text, value) => {
    expect(dateOf(text, lang)).toEqual({ value, precision: 'month' });
  });

  it('a week after is the day a week on, give or take two', () => {
    const p = analyseTime(input('A week after the Harbour floods, the town is still rebuilding.', 'en'), resources).published!;
    expect(p.window).toEqual(['2031-03-19', '2031-03-23']);
  });

  it('not in a past narrative ("three days after the floods, he died"): the count is the story\'s, not the document\'s', () => {
    const text = 'Three days after the Harbour floods, the mayor resigned.';
    const t = tagTime(input(text, 'en'), resources);
    expect(t.named.map((h) => h.since)).toEqual([undefined]);
    expect(documentEvidence(text, t.timexes, null, t.named).constraints.some((c) => c.why.includes('after the event'))).toBe(false);
  });
});
