/**
 * Where an event mark goes on a time scale: a point for day-precise events, a band over the whole span otherwise,
 * and which side its label takes. Pure functions of the event and the scale.
 */
import type { TimelineEvent } from '../../model/timeline.ts';
import { addDays } from '../../model/calendar.ts';
import { utcDate } from '../../model/dateLabels.ts';

export type TimeScale = (d: Date) => number;

export const POINT_RADIUS = 6;
export const MIN_BAND_WIDTH = 8;
export const LABEL_GAP = 6;
/** Average glyph width of the 12 px label font; a measured width is not available without layout. */
const CHAR_WIDTH = 6.6;
export const MAX_LABEL_CHARS = 38;

export interface MarkGeometry {
  kind: 'point' | 'band';
  /** Shape edges in pixels (for a point: centre ± radius). */
  x0: number;
  x1: number;
  /** Beside the shape, or inside a band that is wider than its label (a long span seen up close). */
  labelSide: 'left' | 'right' | 'inside';
  /** Where the label text starts (inside) or touches the shape (left, right). */
  labelX: number;
  /** How many characters of label fit on that side (the whole label when it fits). */
  labelChars: number;
  labelWidth: number;
  /** The shape keeps its pixel width at any zoom (points, and bands widened to stay visible). */
  fixedWidth?: boolean;
}

export function isPointEvent(event: Pick<TimelineEvent, 'date'>): boolean {
  return event.date.precision === 'day' && event.date.start === event.date.end;
}

/** The title as drawn beside a mark, shortened to a readable length. */
export function markLabel(title: string): string {
  return truncate(title, MAX_LABEL_CHARS);
}

/** Characters that `truncate` strips before its ellipsis: the regular expression's `[\s,.;:–-]`, as char codes. */
function strippedBeforeEllipsis(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a
    || code === 0x2013 || code === 0x2d || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `markLabel(title).length` without building the label: a layout needs only the length, for every event, before
 * the first paint (the label itself is built for the marks drawn).
 */
export function markLabelLength(title: string): number {
  const chars = MAX_LABEL_CHARS;
  if (title.length <= chars) return title.length;
  const headLength = Math.max(1, chars - 1);
  const space = title.lastIndexOf(' ', headLength - 1);
  let end = space > 0 ? space : headLength;
  while (end > 0 && strippedBeforeEllipsis(title.charCodeAt(end - 1))) end--;
  return end + 1;
}

/** Shortens at a word boundary, so every visible word is a whole word of the accessible name (WCAG 2.5.3). */
function truncate(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const head = text.slice(0, Math.max(1, chars - 1));
  const space = head.lastIndexOf(' ');
  return `${(space > 0 ? head.slice(0, space) : head).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Title and source count shortened together to `chars` characters: the title gives way first. */
export function fitLabel(title: string, count: string, chars: number): { title: string; count: string } {
  if (title.length + count.length <= chars) return { title, count };
  const titleRoom = chars - count.length;
  if (titleRoom >= 8) return { title: truncate(title, titleRoom), count };
  return { title: truncate(title, Math.max(4, chars)), count: '' };
}

export function estimateTextWidth(chars: number): number {
  return Math.ceil(chars * CHAR_WIDTH);
}

/**
 * Geometry of one mark. The label goes right of the shape, or left when only the left has room, or on the roomier
 * side shortened to fit when neither has (narrow screens).
 */
export function markGeometry(event: Pick<TimelineEvent, 'date'>, x: TimeScale, labelLength: number, plotLeft: number, plotRight: number): MarkGeometry {
  // Bands cover the whole last day: the end is exclusive midnight after `date.end`.
  return geometryAt(isPointEvent(event), x(utcDate(event.date.start)), x(utcDate(addDays(event.date.end, 1))), labelLength, plotLeft, plotRight);
}

/** The same from the pixels of the first day's start and the last day's (exclusive) end. */
export function geometryAt(point: boolean, start: number, end: number, labelLength: number, plotLeft: number, plotRight: number): MarkGeometry {
  const out = new MarkGeometries(1);
  out.set(0, point, start, end, labelLength, plotLeft, plotRight);
  return out.get(0);
}

const SIDES = ['right', 'left', 'inside'] as const;

/**
 * Many geometries as columns of numbers: a layout of 50,000 marks per zoom level without 50,000 objects (the
 * garbage they make costs more than the maths). `get` builds the object of one mark when it is drawn.
 */
export class MarkGeometries {
  readonly x0: Float64Array;
  readonly x1: Float64Array;
  /** Extent of shape plus label (for lane packing). */
  readonly left: Float64Array;
  readonly right: Float64Array;
  private readonly labelX: Float64Array;
  private readonly labelChars: Int32Array;
  private readonly labelWidth: Float64Array;
  /** Bits: 1 point, 2 fixed width; side index in bits 2-3. */
  private readonly flags: Uint8Array;

  constructor(size: number) {
    this.x0 = new Float64Array(size);
    this.x1 = new Float64Array(size);
    this.left = new Float64Array(size);
    this.right = new Float64Array(size);
    this.labelX = new Float64Array(size);
    this.labelChars = new Int32Array(size);
    this.labelWidth = new Float64Array(size);
    this.flags = new Uint8Array(size);
  }

  set(i: number, point: boolean, start: number, end: number, labelLength: number, plotLeft: number, plotRight: number): void {
    let x0 = start, x1 = end, fixedWidth = point;
    if (point) {
      const centre = (start + end) / 2;
      x0 = centre - POINT_RADIUS;
      x1 = centre + POINT_RADIUS;
    } else if (x1 - x0 < MIN_BAND_WIDTH) {
      const centre = (x0 + x1) / 2;
      x0 = centre - MIN_BAND_WIDTH / 2;
      x1 = centre + MIN_BAND_WIDTH / 2;
      fixedWidth = true;
    }
    const fullWidth = estimateTextWidth(labelLength);
    // Parts of a band outside the plot do not take label room away.
    const roomRight = plotRight - (Math.max(x1, plotLeft) + LABEL_GAP);
    const roomLeft = Math.min(x0, plotRight) - LABEL_GAP - plotLeft;
    const visibleLeft = Math.max(x0, plotLeft), visibleRight = Math.min(x1, plotRight);
    let side: 0 | 1 | 2, labelChars: number, labelWidth: number, labelX: number;
    if (!point && fullWidth > roomRight && visibleRight - visibleLeft >= fullWidth + 2 * LABEL_GAP) {
      side = 2;
      labelChars = labelLength;
      labelWidth = fullWidth;
      labelX = visibleLeft + LABEL_GAP;
    } else {
      side = fullWidth <= roomRight || roomRight >= roomLeft ? 0 : 1;
      const room = side === 0 ? roomRight : roomLeft;
      labelChars = fullWidth <= room ? labelLength : Math.max(6, Math.floor(room / CHAR_WIDTH));
      labelWidth = estimateTextWidth(Math.min(labelLength, labelChars));
      labelX = side === 0 ? x1 + LABEL_GAP : x0 - LABEL_GAP;
    }
    this.x0[i] = x0;
    this.x1[i] = x1;
    this.left[i] = side === 1 ? x0 - LABEL_GAP - labelWidth : x0;
    this.right[i] = side === 0 ? x1 + LABEL_GAP + labelWidth : x1;
    this.labelX[i] = labelX;
    this.labelChars[i] = labelChars;
    this.labelWidth[i] = labelWidth;
    this.flags[i] = (point ? 1 : 0) | (fixedWidth ? 2 : 0) | (side << 2);
  }

  get(i: number): MarkGeometry {
    const flags = this.flags[i];
    return {
      kind: flags & 1 ? 'point' : 'band', x0: this.x0[i], x1: this.x1[i], labelSide: SIDES[flags >> 2],
      labelX: this.labelX[i], labelChars: this.labelChars[i], labelWidth: this.labelWidth[i], fixedWidth: (flags & 2) !== 0,
    };
  }
}

/**
 * A geometry laid out at one zoom, drawn at `ratio` times that zoom (the timeline re-lays out only at discrete
 * zoom levels). Time positions stretch; point radii, minimum band widths and labels keep their pixel size. The
 * label keeps its side: zoomed further in, neighbours only move apart, so nothing that fitted starts to overlap.
 */
export function scaleGeometry(g: MarkGeometry, ratio: number, plotLeft: number): MarkGeometry {
  if (ratio === 1) return g;
  const width = g.x1 - g.x0, centre = ((g.x0 + g.x1) / 2) * ratio;
  const x0 = g.fixedWidth ? centre - width / 2 : g.x0 * ratio, x1 = g.fixedWidth ? centre + width / 2 : g.x1 * ratio;
  const labelX = g.labelSide === 'right' ? x1 + LABEL_GAP : g.labelSide === 'left' ? x0 - LABEL_GAP : Math.max(x0, plotLeft) + LABEL_GAP;
  return { ...g, x0, x1, labelX };
}

/** Pixel extent of shape plus label, for lane packing. */
export function occupiedExtent(g: MarkGeometry): { left: number; right: number } {
  if (g.labelSide === 'right') return { left: g.x0, right: g.x1 + LABEL_GAP + g.labelWidth };
  if (g.labelSide === 'left') return { left: g.x0 - LABEL_GAP - g.labelWidth, right: g.x1 };
  return { left: g.x0, right: g.x1 };
}
