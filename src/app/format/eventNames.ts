/** Words for events: status, source counts and the accessible name of a timeline mark. */
import type { EventStatus, TimelineEvent } from '../../model/timeline.ts';
import { formatDateInterval } from './dateLabels.ts';

/** Number of distinct articles that report an event (several sentences of one article count once). */
export function countSources(event: Pick<TimelineEvent, 'mentions'>): number {
  return new Set(event.mentions.map((m) => m.article)).size;
}

export function sourcesInWords(n: number): string {
  return n === 1 ? '1 source' : `${n} sources`;
}

const STATUS_WORDS: Record<EventStatus, string> = {
  occurred: 'occurred', planned: 'planned', expected: 'expected', possible: 'possible',
  alleged: 'alleged', denied: 'denied', ongoing: 'ongoing',
};

export function statusInWords(status: EventStatus): string {
  return STATUS_WORDS[status] ?? status;
}

/** "Kim Jong Un and Vladimir Putin meet in Russia, September 2023, expected, 4 sources". */
export function eventAccessibleName(event: Pick<TimelineEvent, 'title' | 'date' | 'status' | 'mentions'>): string {
  return `${event.title}, ${formatDateInterval(event.date)}, ${statusInWords(event.status)}, ${sourcesInWords(countSources(event))}`;
}
