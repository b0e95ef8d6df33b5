/**
 * Where an event mark goes on a time scale: a point for day-precise events, a band over the whole span otherwise,
 * and which side its label takes. Pure functions of the event and the scale.
 */
import type { TimelineEvent } from '../../model/timeline.ts';
import { addDays } from '../../model/calendar.ts';
import { utcDate } from '../format/dateLabels.ts';

export type TimeScale = (d: Date) => number;

export const POINT_RADIUS = 6;
export const MIN_BAND_WIDTH = 8;
export const LABEL_GAP = 6;
/** Average glyph width of the 12 px label font; a measured width is not available without layout. */
const CHAR_WIDTH = 6.3;
export const MAX_LABEL_CHARS = 42;

export interface MarkGeometry {
  kind: 'point' | 'band';
  /** Shape edges in pixels (for a point: centre ± radius). */
  x0: number;
  x1: number;
  labelSide: 'left' | 'right';
  labelWidth: number;
}

export function isPointEvent(event: Pick<TimelineEvent, 'date'>): boolean {
  return event.date.precision === 'day' && event.date.start === event.date.end;
}

/** The label drawn beside a mark: the title, shortened, and the number of sources. */
export function markLabel(title: string): string {
  return title.length > MAX_LABEL_CHARS ? `${title.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : title;
}

export function estimateTextWidth(text: string): number {
  return Math.ceil(text.length * CHAR_WIDTH);
}

/** Geometry of one mark; the label flips left when it would run past `plotRight`. */
export function markGeometry(event: Pick<TimelineEvent, 'date'>, x: TimeScale, labelText: string, plotRight: number): MarkGeometry {
  const start = x(utcDate(event.date.start));
  // Bands cover the whole last day: the end is exclusive midnight after `date.end`.
  const end = x(utcDate(addDays(event.date.end, 1)));
  const labelWidth = estimateTextWidth(labelText);
  if (isPointEvent(event)) {
    const centre = (start + end) / 2;
    const x0 = centre - POINT_RADIUS, x1 = centre + POINT_RADIUS;
    return { kind: 'point', x0, x1, labelWidth, labelSide: x1 + LABEL_GAP + labelWidth > plotRight ? 'left' : 'right' };
  }
  let x0 = start, x1 = end;
  if (x1 - x0 < MIN_BAND_WIDTH) {
    const centre = (x0 + x1) / 2;
    x0 = centre - MIN_BAND_WIDTH / 2;
    x1 = centre + MIN_BAND_WIDTH / 2;
  }
  return { kind: 'band', x0, x1, labelWidth, labelSide: x1 + LABEL_GAP + labelWidth > plotRight ? 'left' : 'right' };
}

/** Pixel extent of shape plus label, for lane packing. */
export function occupiedExtent(g: MarkGeometry): { left: number; right: number } {
  return g.labelSide === 'right'
    ? { left: g.x0, right: g.x1 + LABEL_GAP + g.labelWidth }
    : { left: g.x0 - LABEL_GAP - g.labelWidth, right: g.x1 };
}
