import { describe, expect, it } from 'vitest';
import type { Mention, TimelineEvent } from '../../model/timeline.ts';
import { summariseEvent, type ArticleSummary } from '../../model/timelineIndex.ts';
import { NO_FILTERS, facetCounts, filterEvents, hasActiveFilters, prepareEvents } from './filterEvents.ts';

const date = { value: '2023-09', precision: 'month' as const, start: '2023-09-01', end: '2023-09-30' };
const mention = (article: string, quote: string): Mention => ({ article, sentence: 0, start: 0, end: quote.length, quote, timex: null, status: 'occurred', date });
const event = (id: string, over: Partial<TimelineEvent>): TimelineEvent => ({
  id, type: 'meeting', title: id, participants: [], place: null, date, status: 'occurred', mentions: [], conflicts: [], ...over,
});
const articles = new Map<string, ArticleSummary>([
  ['pl1', { id: 'pl1', lang: 'pl' } as ArticleSummary],
  ['pt1', { id: 'pt1', lang: 'pt' } as ArticleSummary],
]);
const events = [
  event('a', { title: 'Kim Jong Un and Vladimir Putin meet', participants: ['Kim Jong Un', 'Vladimir Putin'], place: 'Vladivostok',
    mentions: [mention('pl1', 'Spotkanie w zeszłym tygodniu w Władywostoku'), mention('pt1', 'Kim poderia viajar')] }),
  event('b', { type: 'visit', status: 'planned', title: 'Sergei Shoigu visits Pyongyang', participants: ['Sergei Shoigu'], mentions: [mention('pt1', 'Shoigu visitou')] }),
  event('c', { type: 'statement', title: 'John Kirby issues a statement', participants: ['John Kirby'], mentions: [mention('pl1', 'Kirby powiedział')] }),
];
// The site's index has no quotes: the search gets them once their mentions have loaded.
const prepared = prepareEvents(events.map((e) => summariseEvent(e, 0)), articles, new Map(events.map((e) => [e.id, e.mentions])));
const ids = (filters: Partial<typeof NO_FILTERS>) => filterEvents(prepared, { ...NO_FILTERS, ...filters }).map((e) => e.id);

describe('filterEvents', () => {
  it('no filters: everything', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
  });
  it('search covers titles, participants, places and quotes, without diacritics', () => {
    expect(ids({ q: 'wladywostoku' })).toEqual(['a']);
    expect(ids({ q: 'VLADIVOSTOK' })).toEqual(['a']);
    expect(ids({ q: 'powiedzial' })).toEqual(['c']);
    expect(ids({ q: 'shoigu pyongyang' })).toEqual(['b']);
    expect(hasActiveFilters({ ...NO_FILTERS, q: 'x' })).toBe(true);
  });
  it('facets: any value within a facet, all facets together', () => {
    expect(ids({ types: ['meeting', 'visit'] })).toEqual(['a', 'b']);
    expect(ids({ langs: ['pl'] })).toEqual(['a', 'c']);
    expect(ids({ langs: ['pl'], statuses: ['occurred'], participants: ['John Kirby'] })).toEqual(['c']);
    expect(ids({ articles: ['pt1'] })).toEqual(['a', 'b']);
  });
  it('facet counts ignore their own facet but apply the others', () => {
    const counts = facetCounts(prepared, { ...NO_FILTERS, types: ['visit'], langs: ['pl'] });
    expect(counts.types.get('meeting')).toBe(1);
    expect(counts.types.get('visit')).toBe(0);
    expect(counts.types.get('statement')).toBe(1);
    expect(counts.langs.get('pt')).toBe(1);
    expect(counts.langs.get('pl')).toBe(0);
  });
});
