/**
 * The overview strip's ticks as few rectangles: each event is a short bar on one of ROWS rows (the first row free
 * at its start, else the one that frees soonest), and touching bars of one row and one style merge into one run.
 * However many events, the strip stays a few hundred elements: at 50,000 events it reads as density, as it should.
 */
import type { PlacedEvents } from './timelineLayout.ts';
import { statusStyle, type StatusStyle } from './statusStyle.ts';

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
  // Placed events are in order of their centres; the rows fill by left edge.
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => start[a] - start[b] || end[a] - end[b]);
  const rowEnd = new Float64Array(MINIMAP_ROWS).fill(-Infinity);
  const open = new Map<string, MinimapTick>();
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
    const runKey = `${row}:${style}`;
    const run = open.get(runKey);
    if (run && x0 <= run.x + run.width + MERGE_GAP) {
      run.width = Math.max(run.width, x1 - run.x);
    } else {
      const tick = { x: x0, width: x1 - x0, row, style };
      ticks.push(tick);
      open.set(runKey, tick);
    }
  }
  return ticks;
}
