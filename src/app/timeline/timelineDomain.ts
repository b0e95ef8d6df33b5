/** The first view of the timeline: all events, with a margin so edge marks are not cut. */
import type { TimelineEvent } from '../../model/timeline.ts';
import { dayFromNumber, dayNumber } from '../../model/calendar.ts';
import { utcDate } from '../../model/dateLabels.ts';
import { fitsEvents, type PlacementColumns } from '../../model/eventPlacement.ts';

const DAY_MS = 86_400_000;
/** Narrowest view allowed when zoomed all the way in. */
export const MIN_VISIBLE_DAYS = 5;

/**
 * [first, last) instants that fit every event, padded by 5% (at least two weeks) on both sides. `shipped`: the
 * placement columns the index shipped for exactly these events, if any (their days, already numbered).
 */
export function fitDomain(events: readonly Pick<TimelineEvent, 'date'>[], shipped?: PlacementColumns): [Date, Date] {
  if (events.length === 0) {
    const today = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1));
    return [today, new Date(today.getTime() + 365 * DAY_MS)];
  }
  let first: number, last: number;
  if (fitsEvents(shipped, events.length)) {
    const { firstDay, days } = shipped;
    first = Infinity;
    last = -Infinity;
    for (let i = 0; i < firstDay.length; i++) {
      first = Math.min(first, firstDay[i]);
      last = Math.max(last, firstDay[i] + days[i] - 1);
    }
  } else {
    // ISO days compare as strings in time order: only the extremes are numbered.
    first = dayNumber(events.reduce((min, e) => (e.date.start < min ? e.date.start : min), events[0].date.start));
    last = dayNumber(events.reduce((max, e) => (e.date.end > max ? e.date.end : max), events[0].date.end));
  }
  const pad = Math.max(14, Math.round((last - first + 1) * 0.05));
  return [utcDate(dayFromNumber(first - pad)), utcDate(dayFromNumber(last + pad + 1))];
}

/** How far one can zoom in: until MIN_VISIBLE_DAYS fill the plot. */
export function maxZoomScale([start, end]: readonly [Date, Date]): number {
  return Math.max(1, (end.getTime() - start.getTime()) / DAY_MS / MIN_VISIBLE_DAYS);
}

/** ISO day of an instant on the scale (UTC). */
export function isoDayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Zoom factors between two re-layouts: in between, marks only move (see `scaleGeometry`). */
export const LAYOUT_ZOOM_STEP = Math.SQRT2;

/**
 * The zoom the marks are laid out for at zoom `k`: the nearest step at or below it, so a layout made once serves
 * every zoom up to the next step (neighbours only move apart as one zooms in). All the way in is its own level.
 */
export function layoutZoom(k: number, maxScale: number): number {
  if (k >= maxScale * 0.999) return maxScale;
  if (k <= 1) return 1;
  return LAYOUT_ZOOM_STEP ** Math.floor(Math.log(k) / Math.log(LAYOUT_ZOOM_STEP) + 1e-9);
}

/**
 * The pixels of a two-point linear scale (such as the timeline's d3 time scale) as one plain function, the same
 * arithmetic d3 does (normalise, then interpolate): placing every event on load calls it twice per event, and a
 * d3 scale call is several nested calls, slow while the page's code is still cold.
 */
export function linearPixels(domain: readonly [Date | number, Date | number], range: readonly [number, number]): (ms: number) => number {
  const d0 = +domain[0], span = +domain[1] - d0;
  const [r0, r1] = range;
  if (!span) return () => (r0 + r1) / 2;
  return (ms) => { const t = (ms - d0) / span; return r0 * (1 - t) + r1 * t; };
}
