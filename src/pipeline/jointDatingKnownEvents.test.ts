import { describe, expect, it } from 'vitest';
import { analyseArticle, assembleTimeline, loadResources } from './index.ts';
import { knownEventMatch, W_CROSS, W_KNOWN } from './stages/jointDating.ts';
import { compileKnownEvents, type KnownEventData } from './events/resources.ts';
import type { KnownEvent } from './events/types.ts';
import type { MentionCandidate } from './events/index.ts';
import type { SourceArticle } from './types.ts';
import type { Timeline } from '../model/timeline.ts';
import { EVENT_TYPES } from '../model/timeline.ts';

const resources = loadResources();
const table = resources.events.knownEvents ?? [];
const gazetteer = resources.events.gazetteer;

const source = (id: string, lang: string, text: string, published: string | null = null): SourceArticle => ({
  id, file: `${id}.txt`, text, title: null, url: null, published: published ? { value: published, precision: 'day' } : null, lang, meta: {}, warnings: [],
});
const build = (folder: SourceArticle[]): Timeline => assembleTimeline(folder.map((s) => analyseArticle(s, resources)), [], resources);
const article = (t: Timeline, id: string) => t.articles.find((a) => a.id === id)!;
const entry = (id: string): KnownEvent => table.find((e) => e.id === id)!;
/** The date an article gets from its own text alone (pass 1, no folder). */
const alone = (s: SourceArticle) => analyseArticle(s, resources).article.published;

const mention = (over: Partial<MentionCandidate>): MentionCandidate => ({
  article: 'x', sentence: 0, start: 0, end: 0, quote: '', timex: null, status: 'occurred',
  date: { value: '2001-01-01', precision: 'day', start: '2001-01-01', end: '2001-01-01' },
  type: 'visit', participants: [], place: null, lang: 'en', participantIds: [], people: [], affiliations: [], placeId: null, placeCountry: null, published: null,
  ...over,
});

describe('the table of well-known dated events (gazetteer/events.json)', () => {
  it('is broad: at least 80 sure entries of many kinds and regions, 2018–2025, few on North Korea–Russia', () => {
    expect(table.length).toBeGreaterThanOrEqual(80);
    const types = new Set(table.map((e) => e.type));
    for (const t of ['summit', 'visit', 'meeting', 'treaty', 'forum', 'parade', 'launch', 'call', 'other']) expect(types.has(t as KnownEvent['type'])).toBe(true);
    const regions = new Set(table.flatMap((e) => e.regions));
    for (const r of ['asia', 'europe', 'americas', 'middle-east', 'africa']) expect(regions.has(r)).toBe(true);
    for (const e of table) {
      expect(EVENT_TYPES).toContain(e.type);
      expect(e.date.start >= '2018-01-01' && e.date.end <= '2025-12-31' && e.date.start <= e.date.end).toBe(true);
    }
    // A handful on North Korea–Russia: bilateral meetings, plus two parades that both attended among others.
    const nkRu = table.filter((e) => e.countries.includes('KP') && e.countries.includes('RU'));
    expect(nkRu.filter((e) => e.countries.length === 2).length).toBeLessThanOrEqual(5);
    expect(nkRu.length).toBeLessThanOrEqual(6);
  });

  it('names participants and places by gazetteer id where the gazetteer knows them', () => {
    const singapore = entry('trump-kim-2018-singapore');
    expect(singapore).toMatchObject({ people: ['donald-trump', 'kim-jong-un'], place: 'singapore-city', placeKind: 'city', date: { start: '2018-06-12', end: '2018-06-12' } });
    expect(singapore.hosts).toContain('SG');
    expect(entry('trump-2025-asia-trip')).toMatchObject({ place: 'asia', placeKind: 'region', hosts: ['JP', 'KR', 'MY'] });
  });

  it('compiles month spans, skips entries not marked sure, and rejects malformed ones', () => {
    const data: KnownEventData[] = [
      { id: 'a', name: 'A', type: 'summit', participants: ['vladimir-putin'], start: '2020-02', sure: true },
      { id: 'b', name: 'B', type: 'summit', participants: ['vladimir-putin'], start: '2020-02-03' },
    ];
    const out = compileKnownEvents(gazetteer, [{ data, source: 't' }]);
    expect(out.map((e) => [e.id, e.date.start, e.date.end])).toEqual([['a', '2020-02-01', '2020-02-29']]);
    expect(() => compileKnownEvents(gazetteer, [{ data: [{ id: 'c', name: 'C', type: 'party' as never, start: '2020-01-01', sure: true }], source: 't' }])).toThrow(/unknown event type/);
    expect(() => compileKnownEvents(gazetteer, [{ data: [{ id: 'd', name: 'D', type: 'summit', start: '2020-13-01', sure: true }], source: 't' }])).toThrow(/start\/end/);
  });

  it('weighs its anchors below anchors from real articles', () => {
    expect(W_KNOWN).toBeLessThan(W_CROSS);
    expect(W_KNOWN).toBeGreaterThan(0.5);
  });
});

describe('matching a mention with a table entry', () => {
  const trumpAsia = mention({ type: 'visit', participantIds: ['donald-trump'], people: ['donald-trump'], affiliations: ['US'], placeId: 'asia' });

  it('a named trip to a region matches the trip to that region, not a visit to one country of it', () => {
    expect(knownEventMatch(trumpAsia, entry('trump-2025-asia-trip'), gazetteer)).toBeGreaterThan(0);
    expect(knownEventMatch(trumpAsia, entry('trump-2019-japan-state-visit'), gazetteer)).toBe(0);
    expect(knownEventMatch(trumpAsia, entry('trump-kim-2018-singapore'), gazetteer)).toBe(0);
  });

  it('another region, another event kind or a person who does not take part makes it another event', () => {
    expect(knownEventMatch({ ...trumpAsia, placeId: 'europe' }, entry('trump-2025-asia-trip'), gazetteer)).toBe(0);
    expect(knownEventMatch({ ...trumpAsia, type: 'call' }, entry('trump-2025-asia-trip'), gazetteer)).toBe(0);
    const withXi = mention({ type: 'meeting', participantIds: ['donald-trump', 'xi-jinping'], people: ['donald-trump', 'xi-jinping'], placeId: 'singapore-city', placeCountry: 'SG' });
    expect(knownEventMatch(withXi, entry('trump-kim-2018-singapore'), gazetteer)).toBe(0);
  });

  it('a person out of office at the time is not in the delegation', () => {
    // Sanae Takaichi became prime minister in October 2025: not the host of Trump's 2019 state visit.
    const m = mention({ type: 'meeting', participantIds: ['donald-trump', 'sanae-takaichi'], people: ['donald-trump', 'sanae-takaichi'], placeId: 'tokyo', placeCountry: 'JP' });
    expect(knownEventMatch(m, entry('trump-2019-japan-state-visit'), gazetteer)).toBe(0);
    expect(knownEventMatch({ ...m, participantIds: ['donald-trump', 'shinzo-abe'], people: ['donald-trump', 'shinzo-abe'] }, entry('trump-2019-japan-state-visit'), gazetteer)).toBeGreaterThan(0);
  });

  it('two leaders who attended a summit, meeting in another city, are not the summit', () => {
    const m = mention({ type: 'meeting', participantIds: ['fumio-kishida', 'olaf-scholz'], people: ['fumio-kishida', 'olaf-scholz'], placeId: 'berlin', placeCountry: 'DE' });
    expect(knownEventMatch(m, entry('g7-2022-elmau'), gazetteer)).toBe(0);
  });
});

describe('document dating by well-known events', () => {
  it('dates a single-article folder by a table entry (English)', () => {
    // (Biden's visit to Kyiv, once the example here, is now in the news-event data: its text alone dates it.)
    const en = source('modi-en', 'en', 'Narendra Modi met Joe Biden at the White House on Thursday during his state visit to the United States.');
    expect(alone(en)).toBeNull();
    const p = article(build([en]), 'modi-en').published!;
    expect(p).toMatchObject({ value: '2023-06-22', precision: 'day', source: 'inferred' });
    expect(p.evidence.some((e) => e.includes('well-known event') && e.includes('modi-2023-us-state-visit'))).toBe(true);
  });

  it('dates a single-article folder by a table entry (German, Spanish) and resolves its expressions', () => {
    for (const [lang, text, when] of [
      ['de', 'Donald Trump und Kim Jong Un haben sich am Dienstag in Singapur getroffen.', 'am Dienstag'],
      ['es', 'El presidente Donald Trump y el líder norcoreano Kim Jong Un se reunieron el martes en Singapur.', 'el martes'],
    ] as const) {
      const t = build([source(`sg-${lang}`, lang, text)]);
      expect(article(t, `sg-${lang}`).published).toMatchObject({ value: '2018-06-12', precision: 'day' });
      expect(article(t, `sg-${lang}`).timexes.find((x) => x.text === when)?.value).toBe('2018-06-12');
    }
  });

  it('a planned event puts the document before it', () => {
    const en = source('hanoi-en', 'en', 'Donald Trump will meet Kim Jong Un in Hanoi next week, the White House said on Tuesday.');
    const p = article(build([en]), 'hanoi-en').published!;
    expect(p.window[1] < '2019-02-27').toBe(true);
    expect(p.window[0] >= '2019-02-17').toBe(true);
  });

  it('an ongoing trip puts the document within it or just after it (French)', () => {
    const fr = source('asie-fr', 'fr', 'Le président américain Donald Trump, en visite en Asie, a rencontré mercredi à Tokyo la Première ministre japonaise Sanae Takaichi.');
    const p = article(build([fr]), 'asie-fr').published!;
    expect(p.window[0] >= '2025-10-26' && p.window[1] <= '2025-11-01').toBe(true);
  });

  it('leaves an article whose mentions match no entry as its own text dates it', () => {
    for (const s of [
      source('none-1', 'en', 'Fumio Kishida met Olaf Scholz in Berlin on Monday.'),
      source('none-2', 'en', 'Donald Trump and Kim Jong Un spoke by phone on Tuesday.'),
      source('none-3', 'en', 'Donald Trump met Xi Jinping in Singapore on Tuesday, a year after the talks of 12 March 2019.'),
    ]) expect(article(build([s]), s.id).published).toEqual(alone(s));
  });

  it('a wrong partial match (same person, another kind of event or region) does not win', () => {
    // Trump's visit to Europe is none of his Asian trips; a phone call is not a summit.
    // "In March 2025" dates the text itself (a bare year alone is background and dates nothing).
    const s = source('wrong-en', 'en', 'In March 2025, on Tuesday, Donald Trump visited Europe. Donald Trump and Kim Jong Un spoke by phone on Monday.');
    const t = build([s]);
    expect(article(t, 'wrong-en').published).toEqual(alone(s));
    expect(article(t, 'wrong-en').published!.evidence.some((e) => e.includes('well-known event'))).toBe(false);
  });

  it('a real article in the folder outweighs the table', () => {
    // Another article firmly dates a (fictional) Modi–Biden meeting at the White House on 2024-05-09 (a Thursday).
    const firm = source('firm-en', 'en', 'Narendra Modi met Joe Biden at the White House on Thursday, officials said.', '2024-05-10');
    const en = source('modi-en', 'en', 'Narendra Modi met Joe Biden at the White House on Thursday during his state visit to the United States.');
    const p = article(build([firm, en]), 'modi-en').published!;
    expect(p.window[0] <= '2024-05-09' && p.window[1] >= '2024-05-09').toBe(true);
  });
});
