/**
 * Finding the event to merge with: by words of its title (any order; case and accents ignored, as in the filter
 * search), nearest in date first, because two reports of one event that the machine kept apart are usually close
 * in time.
 */
import type { EventSummary } from '../../model/timelineIndex.ts';
import { foldText, matchesTerms, queryTerms } from '../filters/foldText.ts';

const dayOf = (event: EventSummary) => Date.parse(event.date.start);

/**
 * Up to `limit` events other than `event` whose title or id holds every word of `query`, nearest in date first
 * (ties by title, then id). An empty query lists the nearest events.
 */
export function findEvents(events: readonly EventSummary[], event: EventSummary, query: string, limit = 8): EventSummary[] {
  const terms = queryTerms(query);
  const at = dayOf(event);
  return events
    .filter((e) => e.id !== event.id && matchesTerms(foldText(`${e.title} ${e.id}`), terms))
    .map((e) => ({ e, distance: Math.abs(dayOf(e) - at) }))
    .sort((a, b) => a.distance - b.distance || a.e.title.localeCompare(b.e.title, 'en') || (a.e.id < b.e.id ? -1 : 1))
    .slice(0, limit)
    .map(({ e }) => e);
}
