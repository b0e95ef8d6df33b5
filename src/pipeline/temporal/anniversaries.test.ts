import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseTime, loadTemporalResources } from './index.ts';
import { phraseTokens } from './tokens.ts';
import { segmentSentences } from '../stages/sentences.ts';

const resources = loadTemporalResources();
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'sq', 'ru', 'uk', 'ko', 'ja', 'zh', 'nl'];
const langData = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../resources/lang/${lang}/temporal.json`, import.meta.url), 'utf8')) as {
    patterns: Array<{ slots: string }>; events?: Record<string, string[]>;
  };

/** [lang, sentence, values in text order ([] = nothing may be tagged)]. The DCT never matters for an anniversary. */
type Case = [lang: string, text: string, values: string[]];

const cases: Case[] = [
  ['en', 'Veterans gathered in Normandy to mark the 80th anniversary of the D-Day landings.', ['2024-06-06']],
  ['en', "Leaders met in Washington for NATO's 75th anniversary.", ['2024-04-04']],
  ['en', 'Survivors attended ceremonies for the 80th anniversary of the liberation of Auschwitz.', ['2025-01-27']],
  ['en', 'Kyiv marked three years since the full-scale invasion.', ['2025-02-24']],
  ['en', 'The 30th anniversary of German reunification was celebrated in Potsdam.', ['2020-10-03']],
  ['en', 'The D-Day landings changed the course of the war.', []],
  ['en', 'NATO foreign ministers discussed the liberation of Auschwitz.', []],
  ['de', 'Zum 80. Jahrestag der Landung in der Normandie kamen Veteranen nach Frankreich.', ['2024-06-06']],
  ['de', 'Die Stadt feierte 35 Jahre Mauerfall mit einem Konzert.', ['2024-11-09']],
  ['de', 'Am 80. Jahrestag der Befreiung von Auschwitz sprach der Bundespräsident.', ['2025-01-27']],
  ['de', 'Der 75. Jahrestag des Überfalls auf Polen wurde in Warschau begangen.', ['2014-09-01']],
  ['de', 'Der Mauerfall veränderte Europa.', []],
  ['fr', 'Les cérémonies du 80e anniversaire du Débarquement ont eu lieu en Normandie.', ['2024-06-06']],
  ['fr', 'Paris a commémoré les 10 ans des attentats du 13-Novembre.', ['2025-11-13']],
  ['fr', "Le 60e anniversaire du traité de l'Élysée a été célébré à Paris.", ['2023-01-22']],
  ['fr', "Le 80ème anniversaire de la libération d'Auschwitz a réuni des survivants.", ['2025-01-27']],
  ['fr', 'Le 80e anniversaire du débarquement de Provence a été célébré à Toulon.', ['2024-08-15']],
  ['fr', 'Le débarquement a changé le cours de la guerre.', []],
  ['es', 'Madrid recordó el 20 aniversario del 11-M con un minuto de silencio.', ['2024-03-11']],
  ['es', 'Se cumplen 80 años del desembarco de Normandía.', ['2024-06-06']],
  ['es', 'El 35º aniversario de la caída del muro de Berlín se celebró en Alemania.', ['2024-11-09']],
  ['es', 'El desembarco de Normandía cambió la guerra.', []],
  ['it', "L'Italia celebra l'80° anniversario della Liberazione.", ['2025-04-25']],
  ['it', 'Sono passati 80 anni dallo sbarco in Normandia.', ['2024-06-06']],
  ['it', 'Il 30° anniversario del genocidio in Ruanda è stato ricordato a Kigali.', ['2024-04-07']],
  ['it', "Nel 75° anniversario dell'Onu il segretario generale ha parlato.", ['2020-10-24']],
  ['it', 'Lo sbarco in Normandia fu decisivo.', []],
  ['pt', 'Portugal celebrou os 50 anos do 25 de Abril.', ['2024-04-25']],
  ['pt', 'O 80.º aniversário do desembarque na Normandia foi assinalado em França.', ['2024-06-06']],
  ['pt', 'A cerimónia do 75º aniversário da fundação da NATO decorreu em Washington.', ['2024-04-04']],
  ['pt', 'A Revolução dos Cravos mudou Portugal.', []],
  ['pl', 'W 80. rocznicę powstania warszawskiego w stolicy zawyły syreny.', ['2024-08-01']],
  ['pl', 'Obchody 85. rocznicy wybuchu II wojny światowej odbyły się na Westerplatte.', ['2024-09-01']],
  ['pl', '45-lecie Porozumień Sierpniowych świętowano w Gdańsku.', ['2025-08-31']],
  ['pl', 'Historycy badają dzieje powstania warszawskiego.', []],
  ['sq', 'Kosova shënoi 16-vjetorin e pavarësisë së Kosovës.', ['2024-02-17']],
  ['sq', 'Shqipëria feston 112-vjetorin e Pavarësisë së Shqipërisë.', ['2024-11-28']],
  ['sq', 'Me rastin e 80-vjetorit të Çlirimit të Shqipërisë u mbajt një paradë.', ['2024-11-29']],
  ['sq', 'Përvjetori i 25-të i çlirimit të Kosovës u shënua në Prishtinë.', ['2024-06-12']],
  ['sq', 'Pavarësia e Kosovës u shpall në Prishtinë.', []],
  ['ru', 'В Москве отметили 80-летие Победы.', ['2025-05-09']],
  ['ru', 'К 30-летию распада СССР вышел документальный фильм.', ['2021-12-26']],
  ['ru', 'В 80-ю годовщину высадки в Нормандии ветераны собрались во Франции.', ['2024-06-06']],
  ['ru', 'Исполнилось 3 года со дня начала СВО.', ['2025-02-24']],
  ['ru', 'Распад СССР изменил карту мира.', []],
  ['uk', 'Україна відзначила 33-тю річницю незалежності.', ['2024-08-24']],
  ['uk', 'У 80-ті роковини звільнення Аушвіцу президент виступив у Польщі.', ['2025-01-27']],
  // Ukraine dates the occupation of Crimea from 20 February 2014, the annexation treaty from 18 March.
  ['uk', '10-ті роковини окупації Криму відзначили в Києві.', ['2024-02-20']],
  ['uk', '10-ті роковини анексії Криму відзначили в Києві.', ['2024-03-18']],
  ['uk', 'Минуло 3 роки від початку повномасштабного вторгнення.', ['2025-02-24']],
  ['uk', 'Незалежність України проголосили у Києві.', []],
  ['ko', '정부는 광복 80주년 경축식을 열었다.', ['2025-08-15']],
  ['ko', '노르망디 상륙작전 80주년 기념식이 프랑스에서 열렸다.', ['2024-06-06']],
  ['ko', '6·25전쟁 75주년을 맞아 참전용사들이 모였다.', ['2025-06-25']],
  ['ko', '제80주년 광복절 경축식이 열렸다.', ['2025-08-15']],
  ['ko', '노르망디 상륙작전은 전쟁의 흐름을 바꿨다.', []],
  ['ko', '노예 해방 160주년을 기념했다.', []],
  ['ja', '終戦80年の節目に首相が談話を発表した。', ['2025-08-15']],
  ['ja', '阪神大震災から30年を迎えた。', ['2025-01-17']],
  ['ja', '東日本大震災から14年となった。', ['2025-03-11']],
  ['ja', 'NATO創設75周年の首脳会議が開かれた。', ['2024-04-04']],
  // Japan dates the Pearl Harbor attack 8 December (Tokyo time).
  ['ja', '真珠湾攻撃から80年を迎えた。', ['2021-12-08']],
  ['ja', '東日本大震災の被災地を訪れた。', []],
  // China commemorates the victory on 3 September.
  ['zh', '中国举行纪念抗战胜利80周年大会。', ['2025-09-03']],
  ['zh', '诺曼底登陆80周年纪念活动在法国举行。', ['2024-06-06']],
  ['zh', '庆祝香港回归祖国27周年。', ['2024-07-01']],
  ['zh', '北约成立75周年峰会在华盛顿举行。', ['2024-04-04']],
  ['zh', '诺曼底登陆改变了战争进程。', []],
  ['nl', 'Veteranen kwamen bijeen voor de 80e verjaardag van D-Day.', ['2024-06-06']],
  ['nl', 'Het is 35 jaar na de val van de Muur.', ['2024-11-09']],
  ['nl', 'De 75ste verjaardag van de NAVO werd gevierd in Washington.', ['2024-04-04']],
  ['nl', 'De val van de Muur veranderde Europa.', []],
];

const values = (lang: string, text: string) =>
  analyseTime({ text, sentences: [[0, text.length]], lang, published: { value: '2024-06-10', precision: 'day' } }, resources)
    .timexes.map((t) => (t.endValue ? `${t.value}/${t.endValue}` : t.value));

describe.each(LANGS)('%s anniversaries', (lang) => {
  const own = cases.filter((c) => c[0] === lang);
  it('has at least three dated sentences and one negative', () => {
    expect(own.filter((c) => c[2].length).length).toBeGreaterThanOrEqual(3);
    expect(own.some((c) => !c[2].length)).toBe(true);
  });
  it.each(own.map(([, text, vs]) => ({ text, vs, label: vs.length ? vs.join(', ') : 'nothing' })))(
    `${lang}: '$text' is $label`,
    ({ text, vs }) => {
      expect(values(lang, text)).toEqual(vs);
    },
  );
});

describe('anniversary data', () => {
  it('every anniversary is a valid ISO date or year', () => {
    for (const [id, date] of resources.anniversaries) {
      expect(date, id).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      if (date.length === 10) expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), id).toBe(date);
    }
  });
  it.each(LANGS)('%s: every event id has a date, every name is lower case and short enough to match', (lang) => {
    const data = langData(lang);
    expect(data.patterns.some((p) => p.slots.includes('{event}'))).toBe(true);
    for (const [id, names] of Object.entries(data.events ?? {})) {
      expect(resources.anniversaries.has(id), `${lang} ${id}`).toBe(true);
      for (const n of names) {
        expect(n, `${lang} ${id}`).toBe(n.toLowerCase());
        // match.ts reads at most 6 tokens for an event name (CJK: one token per character).
        expect(phraseTokens(n, lang).length, `${lang} ${id}: ${n}`).toBeLessThanOrEqual(6);
      }
    }
  });
});

describe('an anniversary dates the document', () => {
  it('en: the 80th anniversary of D-Day plus "on Thursday" gives 2024-06-06', () => {
    const text = 'Veterans returned to Omaha Beach on Thursday for the 80th anniversary of the D-Day landings.';
    const r = analyseTime({ text, sentences: segmentSentences(text, 'en'), lang: 'en', published: null }, resources);
    expect(r.published).toMatchObject({ value: '2024-06-06', source: 'inferred' });
  });

  it('en: an anniversary "this year" is not the day of the text: with nothing else to place "Thursday", no date', () => {
    // 2024-06-06 is a Thursday; without "this year" the text is dated on the anniversary itself (test above). Here
    // any Thursday of 2024 (or later) fits, so the evidence decides nothing.
    const text = 'Veterans met the president on Thursday. This year, the 80th anniversary of the D-Day landings, more of them travel.';
    const r = analyseTime({ text, sentences: segmentSentences(text, 'en'), lang: 'en', published: null }, resources);
    expect(r.published).toBeNull();
  });
});
