import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../model/calendar.ts';
import { decide, documentEvidence, info, recencyCost, type DayInfo } from './documentDate.ts';
import { analyseTime, loadTemporalResources, tagTime } from './index.ts';
import { segmentSentences } from '../stages/sentences.ts';

const from = dayNumber('2023-09-01');
const to = dayNumber('2023-09-30');
// Two equally good days (the 4th and the 5th), every other day far worse.
const twoDays = (d: DayInfo) => (d.n === dayNumber('2023-09-04') || d.n === dayNumber('2023-09-05') ? 0 : 5);
// Three equally good days: the middle is unambiguous.
const threeDays = (d: DayInfo) => (d.n >= dayNumber('2023-09-04') && d.n <= dayNumber('2023-09-06') ? 0 : 5);
const none = () => [];

describe('decide: the point of a document-date window', () => {
  it('takes the earlier of two middle days by default (recency: news is written soon after what it reports)', () => {
    const doc = decide(from, to, twoDays, null, [], none);
    expect(doc.window).toEqual(['2023-09-04', '2023-09-05']);
    expect(doc.published).toMatchObject({ value: '2023-09-04', precision: 'day' });
    expect(doc.dct).toBe('2023-09-04');
  });

  it('takes the later of two middle days for a follow-up report (lateMiddle)', () => {
    const doc = decide(from, to, twoDays, null, [], none, { spread: true, lateMiddle: true });
    expect(doc.window).toEqual(['2023-09-04', '2023-09-05']);
    expect(doc.published).toMatchObject({ value: '2023-09-05', precision: 'day' });
    expect(doc.dct).toBe('2023-09-05');
  });

  it('takes the cheapest day of a window of a few days when one is strictly the cheapest', () => {
    // The 4th is best, the 5th and 6th close behind: the middle (the 5th) would be a day the evidence likes less.
    const doc = decide(from, to, (d) => (d.n === dayNumber('2023-09-04') ? 0 : d.n <= dayNumber('2023-09-06') && d.n > dayNumber('2023-09-04') ? 0.3 : 5), null, [], none);
    expect(doc.window).toEqual(['2023-09-04', '2023-09-06']);
    expect(doc.published).toMatchObject({ value: '2023-09-04', precision: 'day' });
    expect(doc.dct).toBe('2023-09-04');
  });

  it('is not moved by lateMiddle when the window has one middle day', () => {
    expect(decide(from, to, threeDays, null, [], none).dct).toBe('2023-09-05');
    expect(decide(from, to, threeDays, null, [], none, { spread: true, lateMiddle: true }).dct).toBe('2023-09-05');
  });
});

describe('decide with a floor: the scan stops where no later day can matter', () => {
  const span = [dayNumber('2022-01-01'), dayNumber('2024-12-31')] as const;
  // A recency prior from the range start plus evidence that likes two days: the second is later and dearer.
  const evidence = (d: DayInfo) => (d.n === dayNumber('2022-01-20') ? 0 : d.n === dayNumber('2022-03-01') ? 0.01 : 0.5);
  const floor = (n: number) => recencyCost(n - span[0]);
  const counted = () => {
    let calls = 0;
    return { cost: (d: DayInfo) => { calls++; return floor(d.n) + evidence(d); }, calls: () => calls };
  };

  for (const options of [{}, { rivals: true }, { spread: true }, { spread: true, lateMiddle: true }]) {
    it(`decides as the full scan does, with fewer days costed (${JSON.stringify(options)})`, () => {
      const full = counted();
      const pruned = counted();
      const expected = decide(span[0], span[1], full.cost, null, [], none, options);
      const actual = decide(span[0], span[1], pruned.cost, null, [], none, { ...options, floor });
      expect(actual).toEqual(expected);
      expect(full.calls()).toBe(span[1] - span[0] + 1);
      expect(pruned.calls()).toBeLessThan(full.calls() / 2);
    });
  }

  it('costs the first day even when the floor is already high there (the best so far starts at it)', () => {
    const late = (n: number) => 1 + floor(n);
    const expected = decide(span[0], span[1], (d) => late(d.n), null, [], none);
    expect(decide(span[0], span[1], (d) => late(d.n), null, [], none, { floor: late })).toEqual(expected);
    expect(expected.window).toEqual(['2022-01-01', '2022-01-07']);
  });
});

describe('decide with rivals: readings the evidence cannot tell apart', () => {
  const span = [dayNumber('2022-01-01'), dayNumber('2024-12-31')] as const;
  const at = (...days: string[]) => new Set(days.map(dayNumber));

  it('two equally good days a year apart leave the document undated', () => {
    const good = at('2022-05-14', '2023-05-13');
    const doc = decide(span[0], span[1], (d) => (good.has(d.n) ? 0 : 1), null, [], none, { rivals: true });
    expect(doc.published).toBeNull();
  });

  it('a reading a year away that is only slightly worse (a tiny slope) still leaves the year open', () => {
    const doc = decide(span[0], span[1], (d) => (d.n === dayNumber('2024-05-11') ? 0 : d.n === dayNumber('2022-05-14') ? 0.02 : 1), null, [], none, { rivals: true });
    expect(doc.published).toBeNull();
  });

  it('equally good days within one year give that year', () => {
    const good = at('2023-03-06', '2023-06-12', '2023-10-02');
    const doc = decide(span[0], span[1], (d) => (good.has(d.n) ? 0 : 1), null, [], none, { rivals: true });
    expect(doc.published).toMatchObject({ value: '2023', precision: 'year' });
  });

  it('a clearly best day stays the answer', () => {
    const doc = decide(span[0], span[1], (d) => (d.n === dayNumber('2023-09-04') ? 0 : d.n === dayNumber('2023-09-11') ? 0.4 : 1), null, [], none, { rivals: true });
    expect(doc.published).toMatchObject({ value: '2023-09-04', precision: 'day' });
  });
});

describe('document date from a same-day expression in apposition to a full date', () => {
  const resources = loadTemporalResources();
  const dateOf = (text: string, lang: string) => {
    const r = analyseTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
    return r.published && { value: r.published.value, precision: r.published.precision };
  };

  it.each([
    ['it', 'Il nuovo ponte è stato inaugurato questa sera, lunedì 3 agosto 2020, alla presenza del presidente. Il vecchio era crollato nel 2018.'],
    ['en', 'The new bridge was opened this evening, Monday 3 August 2020, by the president. The old one collapsed in 2018.'],
    ['pt', 'A nova ponte foi inaugurada nesta noite, 3 de agosto de 2020, pelo presidente. A antiga desabou em 2018.'],
  ])('%s: the text names its own day', (lang, text) => {
    expect(dateOf(text, lang)).toEqual({ value: '2020-08-03', precision: 'day' });
  });

  it.each([
    ['fr', 'Le second tour a eu lieu le dimanche 24 avril 2022. Ce lundi, le président a réuni ses proches pour préparer les élections législatives de juin.'],
    ['pt', 'O segundo turno foi no domingo, 24 de abril de 2022. Nesta segunda-feira, o presidente reuniu a equipe para preparar as eleições de junho.'],
  ])('%s: a month that dates a noun ("les élections de juin") is not a past month the document follows', (lang, text) => {
    // Read with the clause's past tense, "de juin" put the document after June (the first Monday of July).
    expect(dateOf(text, lang)).toEqual({ value: '2022-04-25', precision: 'day' });
  });

  it.each([
    ['en', 'The talks were held on 27 April 2018. The summit will take place next month, in June.', 'The talks were held on 27 April 2018. The summit will take place next month or in June.'],
    ['de', 'Die Gespräche fanden am 27. April 2018 statt. Der Gipfel soll nächsten Monat, im Juni, stattfinden.', 'Die Gespräche fanden am 27. April 2018 statt. Der Gipfel soll nächsten Monat oder im Juni stattfinden.'],
    ['ko', '2018년 4월 27일 회담이 열렸다. 정상회담은 다음 달 6월에 열릴 예정이다.', '2018년 4월 27일 회담이 열렸다. 정상회담은 다음 달 또는 6월 초 열릴 예정이다.'],
  ])('%s: "next month, in June" fixes the month before June; "next month or in June" offers two months and fixes none', (lang, same, alternatives) => {
    expect(dateOf(same, lang)).toEqual({ value: '2018-05', precision: 'month' });
    expect(dateOf(alternatives, lang)?.value).not.toBe('2018-05');
  });

  it('does not take a full date for the document day when the same-day word is elsewhere in the sentence', () => {
    // "tonight" is the day of the speech, not the 2018 collapse: the explicit date stays a lower bound only.
    const date = dateOf('The president speaks tonight about the bridge that collapsed on 14 August 2018.', 'en');
    expect(date?.value).not.toBe('2018-08-14');
  });
});

describe('a past range bounds the document by its last part', () => {
  const resources = loadTemporalResources();
  it.each([
    ['en', 'He led the party from 2015 to 2021.', '2021-01-01'],
    ['de', 'Von 2015 bis 2021 führte er die Partei.', '2021-01-01'],
    ['fr', 'Du 10 au 13 septembre 2023, le forum a réuni des milliers de personnes.', '2023-09-13'],
  ])('%s: %s', (lang, text, earliest) => {
    const tagged = tagTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
    const past = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.filter((k) => k.why.includes('explicit past date'));
    expect(past).toHaveLength(1);
    const day = dayNumber(earliest);
    expect(past[0].cost(info(day - 1))).toBeGreaterThan(0);
    expect(past[0].cost(info(day))).toBe(0);
  });
});

describe('a weekend puts the document on it or just after', () => {
  const resources = loadTemporalResources();
  const weekendCost = (lang: string, text: string) => {
    const tagged = tagTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
    const found = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.filter((k) => k.why.includes('weekend'));
    expect(found).toHaveLength(1);
    return (day: string) => found[0].cost(info(dayNumber(day)));
  };

  it.each([
    ['en', 'Over the weekend, the talks broke down.'],
    ['de', 'Am Wochenende scheiterten die Gespräche.'],
    ['pl', 'W weekend rozmowy zostały zerwane.'],
  ])('%s: past tense, the weekend itself or the Monday after', (lang, text) => {
    const cost = weekendCost(lang, text);
    // 2024-03-09 is a Saturday.
    for (const day of ['2024-03-09', '2024-03-10', '2024-03-11']) expect(cost(day)).toBe(0);
    expect(cost('2024-03-14')).toBeGreaterThan(cost('2024-03-12'));
  });

  it('"last weekend" is read from the week after it', () => {
    const cost = weekendCost('en', 'Last weekend, the talks broke down.');
    expect(cost('2024-03-11')).toBe(0);
    expect(cost('2024-03-16')).toBeGreaterThan(0);
  });
});

describe("last month's day next to an event that began on that day", () => {
  const resources = loadTemporalResources();
  it('puts the document in the month after the event began', () => {
    const text = '先月13日に開幕した大阪・関西万博には多くの人が訪れている。';
    const tagged = tagTime({ text, sentences: segmentSentences(text, 'ja'), lang: 'ja', published: null }, resources);
    const found = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.filter((k) => k.why.includes('is the day of'));
    expect(found).toHaveLength(1);
    expect(found[0].cost(info(dayNumber('2025-05-20')))).toBe(0);
    expect(found[0].cost(info(dayNumber('2025-11-20')))).toBeGreaterThan(0);
  });
});

describe('a future date with its day is near when it is weeks ahead, in whichever month', () => {
  const resources = loadTemporalResources();
  const futureCost = (lang: string, text: string) => {
    const tagged = tagTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
    const found = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.filter((k) => k.why.includes('upcoming'));
    expect(found).toHaveLength(1);
    return (day: string) => found[0].cost(info(dayNumber(day)));
  };

  it.each([
    ['de', 'Die konstituierende Sitzung des neuen Bundestags soll am 26. Oktober stattfinden.'],
    ['en', 'The new parliament will meet for the first time on 26 October.'],
  ])('%s: four weeks ahead in the next month costs what a date later this month does', (lang, text) => {
    const cost = futureCost(lang, text);
    expect(cost('2021-09-27')).toBe(cost('2021-10-04'));
    expect(cost('2021-09-27')).toBe(0);
    // Two months ahead is less likely, and the day itself or a day after it means next year's.
    expect(cost('2021-08-20')).toBeGreaterThan(0);
    expect(cost('2021-10-26')).toBe(1);
    expect(cost('2021-10-28')).toBe(1);
  });
});

describe('"this month" still to come and the dates ahead', () => {
  const resources = loadTemporalResources();
  const found = (lang: string, text: string) => {
    const tagged = tagTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
    return documentEvidence(text, tagged.timexes, null, tagged.named).constraints.filter((k) => k.why.includes('the month of the dates still to come'));
  };

  it('it: a trip this month and a forum from 10 to 13 September put the document in September', () => {
    const cs = found('it', 'Il presidente si recherà in Russia questo mese. Il forum si terrà dal 10 al 13 settembre.');
    expect(cs).toHaveLength(1);
    expect(cs[0].cost(info(dayNumber('2023-09-05')))).toBe(0);
    expect(cs[0].cost(info(dayNumber('2023-08-28')))).toBeGreaterThan(0);
  });

  it('says nothing when the dates ahead fall in two months, or when "this month" is past', () => {
    expect(found('en', 'The president will travel to Russia this month. Talks are due on 10 September and on 2 October.')).toEqual([]);
    expect(found('en', 'Prices rose this month. The board will meet on 10 September.')).toEqual([]);
  });
});

describe('"last September" is the latest September before the document, however long ago', () => {
  const resources = loadTemporalResources();
  it('es: costs nothing eleven months on, and little in September itself (then it is a year back)', () => {
    const text = 'Las jugadoras que el pasado septiembre renunciaron volvieron al equipo.';
    const tagged = tagTime({ text, sentences: segmentSentences(text, 'es'), lang: 'es', published: null }, resources);
    const found = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.filter((k) => k.why.includes('latest such month'));
    expect(found).toHaveLength(1);
    expect(found[0].cost(info(dayNumber('2023-08-20')))).toBe(0);
    expect(found[0].cost(info(dayNumber('2023-10-01')))).toBe(0);
    expect(found[0].cost(info(dayNumber('2023-09-20')))).toBeGreaterThan(0);
    expect(found[0].cost(info(dayNumber('2023-09-20')))).toBeLessThan(0.5);
  });

  it('en: "last August" does not overrule "earlier this month" and an August date', () => {
    // Written in August, "last August" is the August a year back: rarer than in September, but said.
    const text = 'A ferry sank early this morning off the coast. The company had been sold last August. The minister visited the port earlier this month, on Tuesday 12 August 1997.';
    const r = analyseTime({ text, sentences: segmentSentences(text, 'en'), lang: 'en', published: null }, resources);
    expect(r.published?.value).toBe('1997-08');
  });
});

describe('a date without a year named with a past verb', () => {
  const resources = loadTemporalResources();
  it('en: a few days ahead it may be a plan called off, weeks ahead hardly', () => {
    const text = 'The government cancelled the celebrations of 28 November.';
    const tagged = tagTime({ text, sentences: segmentSentences(text, 'en'), lang: 'en', published: null }, resources);
    const found = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.filter((k) => k.why.includes('is recent'));
    expect(found).toHaveLength(1);
    const cost = (day: string) => found[0].cost(info(dayNumber(day)));
    expect(cost('2019-11-30')).toBeLessThan(cost('2019-11-26'));
    expect(cost('2019-11-26')).toBeLessThan(cost('2019-11-10'));
    expect(cost('2019-11-10')).toBe(1);
  });
});

describe('a weekday after "since"', () => {
  const resources = loadTemporalResources();
  // "Sinds zondag is de wet van kracht": written in the days after that Sunday, not on it (then it would say "today").
  it.each([
    ['en', 'Since Sunday, same-sex couples have been able to marry.'],
    ['de', 'Seit Sonntag dürfen gleichgeschlechtliche Paare heiraten.'],
    ['fr', 'Depuis dimanche, les couples de même sexe peuvent se marier.'],
    ['nl', 'Sinds zondag mogen paren van hetzelfde geslacht trouwen.'],
  ])('%s: %s', (lang, text) => {
    const tagged = tagTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
    const found = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.filter((k) => k.why.includes('since a weekday'));
    expect(found).toHaveLength(1);
    // 2001-04-01 is a Sunday.
    const cost = (day: string) => found[0].cost(info(dayNumber(day)));
    expect(cost('2001-04-02')).toBe(0);
    expect(cost('2001-04-01')).toBeGreaterThan(cost('2001-04-07'));
    expect(cost('2001-04-07')).toBeLessThan(0.35);
  });

  it('en: "on Sunday" is still the day itself or just after', () => {
    const text = 'On Sunday, same-sex couples married in Amsterdam.';
    const tagged = tagTime({ text, sentences: segmentSentences(text, 'en'), lang: 'en', published: null }, resources);
    expect(tagged.timexes.map((t) => t.since ?? false)).toEqual([false]);
  });
});

describe('a day of this, last or next month ("이달 3일", "지난달 21일", "오는 18일", "今月7日")', () => {
  const resources = loadTemporalResources();
  const constraint = (lang: string, text: string, part: string) => {
    const tagged = tagTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
    const found = documentEvidence(text, tagged.timexes, null, tagged.named).constraints.filter((k) => k.why.includes(part));
    expect(found).toHaveLength(1);
    return (day: string) => found[0].cost(info(dayNumber(day)));
  };

  it('ko: this month\'s 3rd, signed: the document is on or after the 3rd', () => {
    const cost = constraint('ko', '정부는 이달 3일 협상안에 서명했다.', 'a day of this month');
    expect(cost('1997-12-03')).toBe(0);
    expect(cost('1997-12-10')).toBe(0);
    expect(cost('1997-12-02')).toBe(1);
  });

  it('ja: this month\'s 20th, still ahead: the document is before it (a weaker cue)', () => {
    const cost = constraint('ja', '大会は今月20日に開幕する。', 'a day of this month, ahead');
    expect(cost('2020-04-10')).toBe(0);
    expect(cost('2020-04-25')).toBeGreaterThan(0);
    expect(cost('2020-04-25')).toBeLessThan(1);
  });

  it('ko: the coming 18th is most likely later this month', () => {
    const cost = constraint('ko', '대통령 선거는 오는 18일 치러진다.', 'later this month');
    expect(cost('1997-12-10')).toBe(0);
    expect(cost('1997-12-20')).toBeGreaterThan(0);
  });

  it('ko: the 31st of last month needs a last month with 31 days', () => {
    const cost = constraint('ko', '정부는 지난달 31일 발표했다.', 'previous month');
    expect(cost('2023-09-10')).toBe(0); // August has a 31st
    expect(cost('2023-10-10')).toBe(1); // September has not
  });
});

describe('an event named only in passing, in a text that names its own day, bounds the document softly', () => {
  const resources = loadTemporalResources();
  const happened = (text: string) => {
    const tagged = tagTime({ text, sentences: segmentSentences(text, 'en'), lang: 'en', published: null }, resources);
    const ev = documentEvidence(text, tagged.timexes, null, tagged.named);
    const k = ev.constraints.find((c) => c.why.includes('has happened'))!;
    return { before: k.cost(info(dayNumber('2010-03-01'))), after: k.cost(info(dayNumber('2010-09-01'))), lower: ev.range?.evidence[0] ?? '' };
  };

  it('en: named in the lead, a reported event is a hard lower bound', () => {
    const r = happened('The Deepwater Horizon oil spill has been stopped. Engineers worked for weeks. It rained.');
    expect([r.before, r.after]).toEqual([2, 0]);
  });

  it('en: named once after the lead of a text with its own day ("on Monday"), it is background: soft, and it does not set the range', () => {
    const r = happened('The harbour reopened on Monday after repairs that began on 3 March 2009. Ships queued. It rained. Fishermen compared it with the Deepwater Horizon oil spill.');
    expect([r.before, r.after]).toEqual([0.5, 0]);
    expect(r.lower).toContain('3 March 2009');
  });

  it('en: in a text with no day of its own, the same mention still bounds it hard (it may be all there is)', () => {
    const r = happened('The harbour reopened after repairs that began on 3 March 2009. Ships queued. It rained. Fishermen compared it with the Deepwater Horizon oil spill.');
    expect([r.before, r.after]).toEqual([2, 0]);
  });
});
