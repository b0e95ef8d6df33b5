/**
 * The part of placing events on the timeline that no plot width changes: each event's first day and length in
 * days, the number of languages its articles are in, and the events' order by centre. The site's build works it
 * out for the whole index and ships it with the index (`PackedIndex.placement`), so that the page does not parse
 * twenty thousand ISO days, look up the languages of every article and sort ten thousand centres before its first
 * paint; the page works out the same itself for any other list of events (a filter), with the same functions.
 */
import type { EventSummary } from './timelineIndex.ts';
import { dayNumber } from './calendar.ts';

export interface PlacementColumns {
  /** Day number (days since 1970-01-01) of each event's first day, in the events' order. */
  firstDay: number[];
  /** Days each event covers, its first and last included. */
  days: number[];
  /** Distinct languages of each event's articles (as `describeSupport` counts them). */
  languages: number[];
  /** Positions of the events in order of their centres (the middle of first and last day), ties in given order. */
  centreOrder: number[];
}

/** Distinct languages of an event's articles, without building the list of them. */
export function languageCount(articles: readonly string[], langOf: (articleId: string) => string): number {
  // One article (most events) has one language and needs no lookup.
  if (articles.length === 1) return 1;
  if (articles.length > 8) return new Set(articles.map(langOf)).size;
  const seen: string[] = [];
  for (const id of articles) {
    const lang = langOf(id);
    if (!seen.includes(lang)) seen.push(lang);
  }
  return seen.length;
}

/**
 * Positions in order of centre: first day plus exclusive end, in whole days, so that the order is exact (the sum of
 * two pixel positions could tie or swap by a rounding error) and the same at every width.
 */
export function centreOrder(firstDay: ArrayLike<number>, days: ArrayLike<number>): number[] {
  const n = firstDay.length;
  const centre = new Float64Array(n), order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    centre[i] = 2 * firstDay[i] + days[i];
    order[i] = i;
  }
  // (An Array sorts with a comparator faster than a typed array does in V8.)
  return order.sort((a, b) => centre[a] - centre[b] || a - b);
}

/** First days and lengths of the events, read from their ISO days. */
export function eventDays(events: readonly Pick<EventSummary, 'date'>[]): Pick<PlacementColumns, 'firstDay' | 'days'> {
  const n = events.length;
  const firstDay = new Array<number>(n), days = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const { start, end } = events[i].date;
    firstDay[i] = dayNumber(start);
    days[i] = dayNumber(end) - firstDay[i] + 1;
  }
  return { firstDay, days };
}

export function placementColumns(events: readonly Pick<EventSummary, 'date' | 'articles'>[], langOf: (articleId: string) => string): PlacementColumns {
  const { firstDay, days } = eventDays(events);
  return { firstDay, days, languages: events.map((e) => languageCount(e.articles, langOf)), centreOrder: centreOrder(firstDay, days) };
}

/** Whether `columns` can describe a list of `n` events (a build of another version may ship none, or another shape). */
export function fitsEvents(columns: PlacementColumns | undefined, n: number): columns is PlacementColumns {
  return columns !== undefined && columns.firstDay?.length === n && columns.days?.length === n
    && columns.languages?.length === n && columns.centreOrder?.length === n;
}
