/** The first view of the timeline: all events, with a margin so edge marks are not cut. */
import type { TimelineEvent } from '../../model/timeline.ts';
import { addDays, dayNumber } from '../../model/calendar.ts';
import { utcDate } from '../../model/dateLabels.ts';

const DAY_MS = 86_400_000;
/** Narrowest view allowed when zoomed all the way in. */
export const MIN_VISIBLE_DAYS = 5;

/** [first, last) instants that fit every event, padded by 5% (at least two weeks) on both sides. */
export function fitDomain(events: readonly Pick<TimelineEvent, 'date'>[]): [Date, Date] {
  if (events.length === 0) {
    const today = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1));
    return [today, new Date(today.getTime() + 365 * DAY_MS)];
  }
  const first = events.reduce((min, e) => (e.date.start < min ? e.date.start : min), events[0].date.start);
  const last = events.reduce((max, e) => (e.date.end > max ? e.date.end : max), events[0].date.end);
  const span = dayNumber(last) - dayNumber(first) + 1;
  const pad = Math.max(14, Math.round(span * 0.05));
  return [utcDate(addDays(first, -pad)), utcDate(addDays(last, pad + 1))];
}

/** How far one can zoom in: until MIN_VISIBLE_DAYS fill the plot. */
export function maxZoomScale([start, end]: readonly [Date, Date]): number {
  return Math.max(1, (end.getTime() - start.getTime()) / DAY_MS / MIN_VISIBLE_DAYS);
}

/** ISO day of an instant on the scale (UTC). */
export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
