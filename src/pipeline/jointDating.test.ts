import { describe, expect, it } from 'vitest';
import { analyseArticle, assembleTimeline, extractTimeline, loadResources } from './index.ts';
import type { SourceArticle } from './types.ts';
import type { Timeline } from '../model/timeline.ts';
import { MAX_CANDIDATES } from './stages/jointDating.ts';

const resources = loadResources();

const source = (id: string, lang: string, text: string, published: string | null = null): SourceArticle => ({
  id, file: `${id}.txt`, text, title: null, url: null, published: published ? { value: published, precision: 'day' } : null, lang, meta: {}, warnings: [],
});
const build = (folder: SourceArticle[]): Timeline => assembleTimeline(folder.map((s) => analyseArticle(s, resources)), [], resources);
const article = (t: Timeline, id: string) => t.articles.find((a) => a.id === id)!;
const timex = (t: Timeline, id: string, text: string) => article(t, id).timexes.find((x) => x.text === text)?.value;

// A firm English report (metadata day, Tuesday 2024-03-12) and a Spanish one (2024-03-13) of a Monday meeting.
const en = source('a-en', 'en', 'Ukrainian President Volodymyr Zelensky met Chinese President Xi Jinping in Beijing on Monday, officials said. The two leaders discussed grain exports.', '2024-03-12');
const es = source('d-es', 'es', 'El presidente ucraniano Volodímir Zelenski se reunió el lunes en Pekín con Xi Jinping, según fuentes oficiales.', '2024-03-13');
// A German article that names no month or year: "last week" the same meeting, "on Thursday" a statement.
const de = source('b-de', 'de', 'Der ukrainische Präsident Wolodymyr Selenskyj hat sich letzte Woche in Peking mit Xi Jinping getroffen. Am Donnerstag sagte Kremlsprecher Dmitri Peskow, Moskau beobachte die Gespräche genau.');
// A wrong co-reference candidate: an earlier meeting of the same two people, firmly dated.
const fr = source('c-fr', 'fr', 'Le président ukrainien Volodymyr Zelensky a rencontré Xi Jinping à Pékin le 30 mai 2022, a annoncé Kiev.', '2022-06-01');
// Unrelated: other people, other events.
const ja = source('e-en', 'en', 'Japanese Prime Minister Fumio Kishida visited Washington on 10 April 2024 and met President Joe Biden.', '2024-04-11');

describe('joint (cross-article) document dating', () => {
  it('dates an article without calendar evidence by an event it shares with a firmly dated one (two articles)', () => {
    const t = build([es, de]);
    const p = article(t, 'b-de').published!;
    expect(p).toMatchObject({ value: '2024-03-21', precision: 'day', source: 'inferred' });
    expect(p.window[0] <= '2024-03-21' && p.window[1] >= '2024-03-21').toBe(true);
    expect(p.evidence.some((e) => e.includes('other articles date the same event') && e.includes('d-es'))).toBe(true);
    expect(timex(t, 'b-de', 'letzte Woche')).toBe('2024-W11');
    expect(timex(t, 'b-de', 'Am Donnerstag')).toBe('2024-03-21');
    // Pass 2 re-extracts the article: its events now have dates and the no-date warning is gone.
    expect(t.events.some((e) => e.mentions.some((m) => m.article === 'b-de'))).toBe(true);
    expect(t.warnings.some((w) => w.article === 'b-de' && w.code === 'no-document-date')).toBe(false);
  });

  it('reports a window, not a day, when the shared event is only dated to a few days around a week boundary', () => {
    // "officials said on Monday" dates the meeting to that Monday or the two days before: "last week" stays open.
    const p = article(build([en, de]), 'b-de').published!;
    expect(p.precision).toBe('month');
    expect(p.window[0] <= '2024-03-14' && p.window[1] >= '2024-03-21').toBe(true);
  });

  it('outvotes a wrong co-reference candidate (three and four articles)', () => {
    for (const folder of [[en, de, es, fr], [fr, de, en, es]]) {
      const t = build(folder);
      expect(article(t, 'b-de').published).toMatchObject({ value: '2024-03-21', precision: 'day' });
    }
  });

  it('reports the whole span when one right and one wrong candidate tie (three articles)', () => {
    const p = article(build([es, de, fr]), 'b-de').published!;
    expect(p.precision).not.toBe('day');
    expect(p.window[0] <= '2022-06-02' && p.window[1] >= '2024-03-21').toBe(true);
  });

  it('leaves articles with a metadata day alone', () => {
    const t = build([en, de, es, fr]);
    for (const [id, day] of [['a-en', '2024-03-12'], ['d-es', '2024-03-13'], ['c-fr', '2022-06-01']]) {
      expect(article(t, id).published).toMatchObject({ value: day, source: 'metadata' });
    }
  });

  it('is not changed by an unrelated article, and is independent of input order', () => {
    const base = build([en, de, es, fr]);
    const more = build([ja, fr, es, de, en]);
    for (const id of ['a-en', 'b-de', 'c-fr', 'd-es']) expect(article(more, id).published).toEqual(article(base, id).published);
    const ids = (t: Timeline) => t.events.filter((e) => e.mentions.some((m) => m.article !== 'e-en')).map((e) => e.id).sort();
    expect(ids(more)).toEqual(ids(base));
  });

  it('keeps an article undated when nothing it reports is dated elsewhere', () => {
    const t = build([ja, de]);
    expect(article(t, 'b-de').published).toBeNull();
  });

  it('does not date by a statement of the same country on another subject (countries alone, something against)', () => {
    const firm = source('s-en', 'en', 'China said on Tuesday that its troops had held a military exercise near the border with India.', '2011-06-28');
    const feature = source('t-en', 'en', 'China said in June that it would tighten the rules for bike-sharing companies, after a year of rapid growth in the cities.');
    expect(article(build([firm, feature]), 't-en').published).toBeNull();
  });

  it('does not date by an event that recurs in more than MAX_CANDIDATES reports elsewhere (it names no one event)', () => {
    // The same two leaders meeting on as many different days as there are reports: "last week" cannot tell which.
    const fmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const recurring = Array.from({ length: MAX_CANDIDATES + 1 }, (_, i) => {
      const day = new Date(Date.UTC(2019, 0, 1 + 5 * i));
      const next = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
      return source(`r-${i}`, 'en', `Volodymyr Zelensky met Xi Jinping in Beijing on ${fmt.format(day)}, officials said.`, next);
    });
    const p = article(build([es, de, ...recurring]), 'b-de').published;
    expect(p?.evidence.some((e) => e.includes('other articles date the same event')) ?? false).toBe(false);
    expect(p?.value).not.toBe('2024-03-21');
  });
});

describe('agreement of two expressions that date one event inside an article', () => {
  it('"last month" and a month named without a year, for the same meeting, make the document date agree', () => {
    // Alone in its folder; the month named without a year and "no mês passado" name the same meeting.
    const pt = source('f-pt', 'pt', 'O ministro visitou Moscovo na segunda-feira, após a reunião entre os líderes no mês passado, em 2024. ' +
      'Xi Jinping e Vladimir Putin reuniram-se em Pequim em maio, depois de um desfile militar.');
    const t = build([pt]);
    const p = article(t, 'f-pt').published!;
    expect(p.value.startsWith('2024-06')).toBe(true);
    expect(timex(t, 'f-pt', 'no mês passado')).toBe('2024-05');
  });

  it('two reports of one kind of event that agree on no day (this launch "on the 21st", the first one "on 21 October last year") leave the text\'s own date alone', () => {
    // They once cost the same on every day, which drowned the text's own margins: a year-wide window for the day.
    const ko = source('g-ko', 'ko', '누리호 2차 발사 성공\n\n한국형 발사체 누리호가 두 번째 도전 만에 위성을 목표 궤도에 올려놓는 데 성공했다.\n\n' +
      '누리호는 21일 오후 4시 고흥 나로우주센터에서 발사됐다.\n\n누리호는 지난해 10월 21일 1차 발사 때 위성을 궤도에 올리지 못했다.');
    const own = analyseArticle(ko, resources).article.published!;
    const p = article(build([ko]), 'g-ko').published!;
    expect([own.value, own.precision]).toEqual(['2022-06-21', 'day']);
    expect([p.value, p.precision, p.window]).toEqual(['2022-06-21', 'day', ['2022-06-21', '2022-06-21']]);
  });
});

const seedTimeline = await extractTimeline(new URL('../../seeds', import.meta.url).pathname);

describe('joint dating on the seed folder (no metadata given)', () => {
  const t = seedTimeline;
  const dates = Object.fromEntries(t.articles.map((a) => [a.id.slice(0, 3), a.published]));
  it('dates every seed inside the gold month, and 000, 002 on the gold day', () => {
    expect(dates['000']?.value).toBe('2023-09-04');
    expect(dates['002']?.value).toBe('2023-09-11');
    expect(dates['002']?.source).toBe('inferred');
    expect(dates['003']!.window[0] <= '2023-09-05' && dates['003']!.window[1] >= '2023-09-04').toBe(true);
    expect(dates['001']?.value.startsWith('2023-09')).toBe(true);
    // 004 shares nothing with the others; its two names of one meeting ("no mês passado", "em setembro") agree.
    expect(dates['004']?.value.startsWith('2025-10')).toBe(true);
  });
});
