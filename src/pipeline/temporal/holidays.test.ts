import { describe, expect, it } from 'vitest';
import holidayData from '../../resources/lang/und/holidays.json' with { type: 'json' };
import { analyseTime, loadTemporalResources } from './index.ts';
import { easterSunday, holidayDay, ruleDay, rulesFor } from './holidays.ts';

const resources = loadTemporalResources();

const tag = (lang: string, text: string, dct: string) =>
  analyseTime({ text, sentences: [[0, text.length]], lang, published: { value: dct, precision: 'day' } }, resources).timexes;
const values = (lang: string, text: string, dct: string) => tag(lang, text, dct).map((t) => t.value);

/** [lang, sentence, DCT, expected values in text order] */
type Case = [lang: string, text: string, dct: string, values: string[]];

const cases: Case[] = [
  // Past tense → latest occurrence on or before the DCT; future → next one; a year in the sentence wins.
  ['en', 'Thousands marched on Independence Day in Washington.', '2023-09-13', ['2023-07-04']],
  ['en', 'The shops will close for Christmas.', '2023-09-13', ['2023-12-25']],
  ['en', 'Churches were full at Easter 2024.', '2024-09-13', ['2024-03-31']],
  ['en', 'He said on Halloween and again on Valentine\u2019s Day that he was tired.', '2023-09-13', ['2022-10-31', '2023-02-14']],
  ['de', 'Am Tag der Deutschen Einheit sprach der Bundespräsident.', '2023-11-13', ['2023-10-03']],
  ['de', 'Zu Weihnachten wird die Familie verreisen.', '2023-09-13', ['2023-12-25']],
  ['de', 'Am Internationalen Frauentag demonstrierten viele.', '2023-09-13', ['2023-03-08']],
  ['fr', 'Le président a parlé à Noël.', '2024-01-13', ['2023-12-25']],
  ['fr', 'Le défilé a eu lieu pour la fête nationale.', '2023-09-13', ['2023-07-14']],
  ['es', 'El Día de la Independencia de México fue festivo.', '2023-10-01', ['2023-09-16']],
  ['es', 'En Navidad la ciudad se iluminó.', '2024-01-10', ['2023-12-25']],
  ['it', 'La Festa della Repubblica è stata celebrata a Roma.', '2023-09-13', ['2023-06-02']],
  ['it', 'Il corteo si è svolto il Primo Maggio.', '2023-09-13', ['2023-05-01']],
  ['pt', 'O Dia do Trabalhador foi celebrado em Lisboa.', '2023-09-13', ['2023-05-01']],
  ['pt', 'No Dia da Independência houve um desfile no Brasil.', '2023-09-13', ['2023-09-07']],
  ['pl', 'W Święto Niepodległości odbył się marsz.', '2023-11-20', ['2023-11-11']],
  ['pl', 'Na Boże Narodzenie prezydent wygłosił orędzie.', '2024-01-10', ['2023-12-25']],
  ['sq', 'Dita e Pavarësisë u festua në Tiranë.', '2023-12-10', ['2023-11-28']],
  ['sq', 'Krishtlindjet u festuan në qytet.', '2024-01-02', ['2023-12-25']],
  ['ru', 'В День Победы в Москве прошёл парад.', '2023-09-13', ['2023-05-09']],
  ['ru', 'На Рождество патриарх провёл службу.', '2024-01-20', ['2024-01-07']],
  ['uk', 'У День Незалежності президент виступив.', '2023-09-13', ['2023-08-24']],
  ['uk', 'На Різдво в Києві відбулася служба.', '2024-01-10', ['2023-12-25']],
  ['uk', 'На Різдво 2022 року в Києві відбулася служба.', '2024-01-10', ['2022-01-07']],
  ['ko', '광복절에 대통령이 연설했다.', '2023-09-13', ['2023-08-15']],
  ['ko', '북한은 태양절을 맞아 행사를 열었다.', '2023-05-13', ['2023-04-15']],
  ['ja', '憲法記念日に首相が発言した。', '2023-09-13', ['2023-05-03']],
  ['ja', 'クリスマスに家族が集まった。', '2024-01-05', ['2023-12-25']],
  ['zh', '国庆节期间游客众多。', '2023-11-13', ['2023-10-01']],
  ['zh', '元旦当天发表了讲话。', '2023-09-13', ['2023-01-01']],
  ['nl', 'Op Koningsdag was het druk in Amsterdam.', '2023-09-13', ['2023-04-27']],
  ['nl', 'Met Kerstmis gaat de familie op reis.', '2023-09-13', ['2023-12-25']],
  // Movable feasts: Orthodox Easter in Russia, US Thanksgiving vs Canada.
  ['ru', 'На Пасху прошли службы.', '2023-05-01', ['2023-04-16']],
  ['en', 'Families gathered for Thanksgiving.', '2023-12-01', ['2023-11-23']],
  ['en', 'Thanksgiving in Canada was quiet.', '2023-11-30', ['2023-10-09']],
];

describe.each([...new Set(cases.map((c) => c[0]))])('holidays in %s', (lang) => {
  it.each(cases.filter((c) => c[0] === lang).map(([, text, dct, vs]) => ({ text, dct, vs })))('$text (DCT $dct) → $vs', ({ text, dct, vs }) => {
    expect(values(lang, text, dct)).toEqual(vs);
  });
});

describe('the observing country comes from the sentence', () => {
  it.each<[string, string, string, string]>([
    ['en', 'Russia marked Victory Day with a parade on Red Square.', '2023-09-13', '2023-05-09'],
    ['en', 'North Korea marked Victory Day with a parade in Pyongyang.', '2023-09-13', '2023-07-27'],
    ['en', 'China will hold a military parade for Victory Day.', '2025-08-20', '2025-09-03'],
    ['en', 'France celebrated Victory Day with a ceremony.', '2023-09-13', '2023-05-08'],
    ['en', 'Ukraine celebrated Independence Day under fire.', '2023-09-13', '2023-08-24'],
    ['en', 'India celebrated Independence Day with a speech by the prime minister.', '2023-09-13', '2023-08-15'],
    ['de', 'Die Ukraine feierte am Tag des Sieges eine Andacht.', '2024-06-01', '2024-05-08'],
    ['ru', 'В Северной Корее отметили День Победы.', '2023-09-13', '2023-07-27'],
    ['pt', 'Shoigu visitou Pyongyang em julho para o 70º aniversário do fim da Guerra da Coreia – comemorado na Coreia do Norte como o “Dia da Vitória”.', '2023-09-04', '2023-07-27'],
    ['ru', 'В России отметили Рождество.', '2024-01-20', '2024-01-07'],
    ['en', 'Christmas in France was quiet.', '2024-01-20', '2023-12-25'],
  ])('%s: %s', (lang, text, dct, value) => {
    const ts = tag(lang, text, dct);
    expect(ts.some((t) => t.value === value && t.precision === 'day' && t.type === 'DATE')).toBe(true);
  });

  it('the nearest observing country wins; one that does not observe the holiday is skipped', () => {
    // Russia is farther from "Victory Day" than North Korea; the US has no Victory Day of its own.
    const text = 'After talks in Russia, the US envoy saw North Korea mark Victory Day.';
    expect(values('en', text, '2023-09-13')).toEqual(['2023-07-27']);
  });

  it('without an observing country in the sentence or for the language it stays vague', () => {
    expect(values('en', 'Veterans gathered for Victory Day.', '2023-09-13')).toEqual(['PAST_REF']);
    expect(values('en', 'Veterans will gather for Victory Day.', '2023-09-13')).toEqual(['FUTURE_REF']);
  });

  it('an anniversary in the sentence gives the year, and the year in the sentence beats the document date', () => {
    expect(values('en', 'In 2015, Russia held its biggest Victory Day parade.', '2023-09-13')).toEqual(['2015', '2015-05-09']);
  });

  it('spans take the prepositions the tagger attaches', () => {
    expect(tag('en', 'Russia held a parade on Victory Day.', '2023-09-13').map((t) => t.text)).toEqual(['on Victory Day']);
    expect(tag('de', 'Am Tag der Deutschen Einheit sprach er.', '2023-11-13').map((t) => t.text)).toEqual(['Am Tag der Deutschen Einheit']);
  });
});

describe('no spurious holidays', () => {
  it.each<[string, string]>([
    ['en', 'It was a day of victory for the team.'],
    ['en', 'The independence of the judiciary is at stake.'],
    ['en', 'Victory came after a long day.'],
    ['en', 'Independence was declared and the day ended.'],
    ['en', 'They celebrated a victory day after day.'],
    ['pt', 'Foi o dia da vitória do time.'],
    ['pt', 'A independência do país foi proclamada.'],
    ['ru', 'Это был день победы нашей команды.'],
    ['de', 'Es war ein Tag des Sieges für die Mannschaft.'],
    ['fr', 'Noël Mamère a répondu au ministre.'],
    ['it', 'Natale Rossi ha parlato ai giornalisti.'],
    ['pl', 'To był dzień zwycięstwa drużyny.'],
    ['es', 'Fue el día de la victoria del equipo.'],
  ])('%s: %s', (lang, text) => {
    expect(values(lang, text, '2023-09-13')).toEqual([]);
  });
});

describe('calendar maths', () => {
  it('Western and Orthodox Easter', () => {
    expect([2023, 2024, 2025].map((y) => easterSunday(y, 'western'))).toEqual(['2023-04-09', '2024-03-31', '2025-04-20']);
    expect([2023, 2024, 2025].map((y) => easterSunday(y, 'orthodox'))).toEqual(['2023-04-16', '2024-05-05', '2025-04-20']);
  });
  it('nth and last weekday of a month', () => {
    expect(ruleDay({ month: 11, weekday: 4, nth: 4 }, 2023)).toBe('2023-11-23');
    expect(ruleDay({ month: 5, weekday: 1, nth: -1 }, 2024)).toBe('2024-05-27');
    expect(ruleDay({ month: 9, weekday: 1, nth: 1 }, 2023)).toBe('2023-09-04');
  });
  it("a country's own rules apply in their years, the '*' rule otherwise (Ukraine's Christmas moved in 2023)", () => {
    const obs = [
      { countries: ['*'], rule: { month: 12, day: 25 } },
      { countries: ['UA'], rule: { month: 1, day: 7, until: 2022 } },
    ];
    expect(holidayDay(rulesFor(obs, 'UA'), 2022)).toBe('2022-01-07');
    expect(holidayDay(rulesFor(obs, 'UA'), 2023)).toBe('2023-12-25');
    expect(holidayDay(rulesFor(obs, 'FR'), 2022)).toBe('2022-12-25');
  });
});

describe('holiday data', () => {
  const data = holidayData as unknown as { holidays: Record<string, { observed: unknown[]; names: Record<string, string[]> }> };
  it('every holiday has observances and names', () => {
    for (const [id, h] of Object.entries(data.holidays)) {
      expect(h.observed.length, id).toBeGreaterThan(0);
      expect(Object.values(h.names).flat().length, id).toBeGreaterThan(0);
    }
  });
  it('the core holidays have names in the main languages', () => {
    for (const id of ['christmas', 'victory-day', 'independence-day', 'labour-day', 'womens-day', 'valentines-day', 'new-years-day']) {
      for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'ru', 'uk', 'ko', 'ja', 'zh', 'nl']) {
        expect(data.holidays[id].names[lang]?.length, `${id} ${lang}`).toBeGreaterThan(0);
      }
    }
  });
  it('no name is a single common word: one-token names are capitalised or in a caseless script', () => {
    for (const h of Object.values(data.holidays)) {
      for (const list of Object.values(h.names)) {
        for (const n of list) {
          const name = n.replace(/^~/, '');
          if (!name.includes(' ')) expect(name.charAt(0) !== name.charAt(0).toLowerCase() || name.charAt(0).toLowerCase() === name.charAt(0).toUpperCase(), name).toBe(true);
        }
      }
    }
  });
});
