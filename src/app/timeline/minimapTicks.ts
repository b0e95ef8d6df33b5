/**
 * The overview strip's ticks as few rectangles: each event is a short bar on one of ROWS rows (the first row free
 * at its start, else the one that frees soonest), and touching bars of one row and one style merge into one run.
 * However many events, the strip stays a few hundred elements: at 50,000 events it reads as density, as it should.
 */
import type { PlacedEvents } from './timelineLayout.ts';
import { LEGEND, statusStyle, type StatusStyle } from './statusStyle.ts';

const STYLES: readonly StatusStyle[] = LEGEND.map((l) => l.style);

export const MINIMAP_ROWS = 4;
const MIN_TICK_WIDTH = 2;
/** Bars this close (pixels) on one row and of one style are drawn as one run. */
const MERGE_GAP = 1;

export interface MinimapTick {
  x: number;
  width: number;
  row: number;
  style: StatusStyle;
}

/**
 * The ticks of events already placed on the base scale (the timeline's own `placeEvents`, so the strip costs no
 * second pass over every event's dates: it runs just after the first paint, where a long task delays the page's
 * first response).
 */
export function minimapTicks(placed: Pick<PlacedEvents, 'described' | 'start' | 'end'>): MinimapTick[] {
  const { start, end, described } = placed;
  const n = start.length;
  // Placed events are in order of their centres; the rows fill by left edge. (A plain Array sorts with a comparator
  // faster than a typed array in V8, and this runs in code still cold, just after the first paint.)
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => start[a] - start[b] || end[a] - end[b]);
  const rowEnd = new Float64Array(MINIMAP_ROWS).fill(-Infinity);
  // The open run of each row and style, by row * STYLES.length + style index: no key strings per event.
  const open = new Array<MinimapTick | undefined>(MINIMAP_ROWS * STYLES.length);
  const ticks: MinimapTick[] = [];
  for (let j = 0; j < n; j++) {
    const i = order[j];
    const x0 = start[i], x1 = Math.max(x0 + MIN_TICK_WIDTH, end[i]);
    let row = -1, soonest = 0;
    for (let r = 0; r < MINIMAP_ROWS; r++) {
      if (row < 0 && rowEnd[r] + MERGE_GAP <= x0) row = r;
      if (rowEnd[r] < rowEnd[soonest]) soonest = r;
    }
    if (row < 0) row = soonest;
    rowEnd[row] = Math.max(rowEnd[row], x1);
    const style = statusStyle(described[i].event.status);
    const runKey = row * STYLES.length + STYLES.indexOf(style);
    const run = open[runKey];
    if (run && x0 <= run.x + run.width + MERGE_GAP) {
      run.width = Math.max(run.width, x1 - run.x);
    } else {
      const tick = { x: x0, width: x1 - x0, row, style };
      ticks.push(tick);
      open[runKey] = tick;
    }
  }
  return ticks;
}

/** Top of the first row and the pitch and height of the rows, in pixels. */
export const TICK_TOP = 6;
export const ROW_PITCH = 7;
export const TICK_HEIGHT = 5;

/**
 * The ticks as one path per style ("M x y h w v 5 h -w z" per tick): a handful of elements however many ticks.
 * Drawn just after the first paint, hundreds of rects cost a long task of DOM work and layout; a few paths do not.
 */
export function tickPaths(ticks: readonly MinimapTick[]): Array<{ style: StatusStyle; d: string }> {
  const parts = new Map<StatusStyle, string[]>();
  for (const t of ticks) {
    const y = TICK_TOP + t.row * ROW_PITCH;
    let list = parts.get(t.style);
    if (!list) parts.set(t.style, (list = []));
    list.push(`M${round(t.x)} ${y}h${round(t.width)}v${TICK_HEIGHT}h${round(-t.width)}z`);
  }
  return [...parts].map(([style, list]) => ({ style, d: list.join('') }));
}

/** Two decimals are finer than any screen. */
const round = (n: number) => Math.round(n * 100) / 100;
