/** The loaded index with its lookups by id: what the app's components read through context (no React here). */
import type { ArticleBrief, EventSummary, TimelineIndex } from '../../model/timelineIndex.ts';

export interface TimelineData {
  index: TimelineIndex;
  eventsById: ReadonlyMap<string, EventSummary>;
  articlesById: ReadonlyMap<string, ArticleBrief>;
}

/** Items by id, filled in a plain loop: no [id, item] pair per item (this runs over every event before the first paint). */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/**
 * Items by id, the map built when first asked: the first paint needs no event or article by id (a deep link's
 * event is looked up after it; the index ships the languages of each event's articles), and building one is
 * 10,000 insertions at 10,000 events in code still cold.
 */
function lazyById<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  let built: Map<string, T> | undefined;
  const map = () => (built ??= byId(items));
  return {
    get: (key) => map().get(key),
    has: (key) => map().has(key),
    get size() { return map().size; },
    forEach: (callback, thisArg) => map().forEach(callback, thisArg),
    entries: () => map().entries(),
    keys: () => map().keys(),
    values: () => map().values(),
    [Symbol.iterator]: () => map()[Symbol.iterator](),
  };
}

const indexed = new WeakMap<TimelineIndex, TimelineData>();

/** The index with its lookups, made once per index (the entry makes them ahead of the app's first render). */
export function indexTimeline(index: TimelineIndex): TimelineData {
  let data = indexed.get(index);
  if (!data) indexed.set(index, data = { index, eventsById: lazyById(index.events), articlesById: lazyById(index.articles) });
  return data;
}
