/**
 * Which events the filters let through, and how many events each filter value would give (facet counts).
 * Pure functions: the timeline, the list view and the filter panel all read the same result.
 */
import type { Mention } from '../../model/timeline.ts';
import type { ArticleBrief, EventSummary } from '../../model/timelineIndex.ts';
import { foldText, matchesTerms, queryTerms } from './foldText.ts';

export interface Filters {
  q: string;
  types: string[];
  statuses: string[];
  langs: string[];
  articles: string[];
  participants: string[];
}

export type FacetName = Exclude<keyof Filters, 'q'>;
export const FACETS: readonly FacetName[] = ['participants', 'types', 'statuses', 'langs', 'articles'];

export const NO_FILTERS: Filters = { q: '', types: [], statuses: [], langs: [], articles: [], participants: [] };

export function hasActiveFilters(filters: Filters): boolean {
  return filters.q.trim() !== '' || FACETS.some((facet) => filters[facet].length > 0);
}

/** An event prepared for filtering: its facet values and its folded search text, computed once. */
export interface FilterableEvent {
  event: EventSummary;
  values: Record<FacetName, readonly string[]>;
  /** Folded on first search, not on load: folding every quote of a large archive takes a while. */
  readonly searchText: string;
}

class Filterable implements FilterableEvent {
  #searchText: string | undefined;
  constructor(readonly event: EventSummary, readonly values: Record<FacetName, readonly string[]>, private readonly mentions: readonly Mention[]) {}
  get searchText(): string {
    const { event } = this;
    return (this.#searchText ??= foldText([
      event.title, event.type.replace('_', ' '), event.place ?? '', ...event.participants,
      ...this.mentions.map((m) => m.quote),
    ].join(' \u0001 ')));
  }
}

/**
 * Facet values of every event; the search covers titles, types, places and participants, and the quotes too once
 * `mentionsById` has them (the site loads the mentions on the first search, not on load).
 */
export function prepareEvents(events: readonly EventSummary[], articlesById: ReadonlyMap<string, Pick<ArticleBrief, 'lang'>>, mentionsById?: ReadonlyMap<string, readonly Mention[]>): FilterableEvent[] {
  return events.map((event) => {
    const { articles } = event;
    const langs = [...new Set(articles.map((id) => articlesById.get(id)?.lang ?? 'und'))];
    return new Filterable(event, { participants: event.participants, types: [event.type], statuses: [event.status], langs, articles }, mentionsById?.get(event.id) ?? []);
  });
}

function passes(item: FilterableEvent, filters: Filters, terms: readonly string[], skip?: FacetName): boolean {
  if (terms.length > 0 && !matchesTerms(item.searchText, terms)) return false;
  return FACETS.every((facet) => {
    const wanted = filters[facet];
    return facet === skip || wanted.length === 0 || item.values[facet].some((v) => wanted.includes(v));
  });
}

export function filterEvents(items: readonly FilterableEvent[], filters: Filters): EventSummary[] {
  const terms = queryTerms(filters.q);
  return items.filter((item) => passes(item, filters, terms)).map((item) => item.event);
}

/**
 * For each facet, how many events each value would show with every *other* filter applied (so ticking a value
 * never makes its own count drop to the current total). Values are listed even when their count is 0.
 */
export function facetCounts(items: readonly FilterableEvent[], filters: Filters): Record<FacetName, Map<string, number>> {
  return Object.fromEntries(FACETS.map((facet) => [facet, facetValueCounts(items, filters, facet)])) as Record<FacetName, Map<string, number>>;
}

/** The counts of one facet (the filter panel asks only for the facets that are open). */
export function facetValueCounts(items: readonly FilterableEvent[], filters: Filters, facet: FacetName): Map<string, number> {
  const terms = queryTerms(filters.q);
  const counts = new Map<string, number>();
  for (const item of items) {
    const through = passes(item, filters, terms, facet);
    for (const value of item.values[facet]) counts.set(value, (counts.get(value) ?? 0) + (through ? 1 : 0));
  }
  return counts;
}
