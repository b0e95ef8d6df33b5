/**
 * The overview strip's ticks as few rectangles: each event is a short bar on one of ROWS rows (the first row free
 * at its start, else the one that frees soonest), and touching bars of one row and one style merge into one run.
 * However many events, the strip stays a few hundred elements: at 50,000 events it reads as density, as it should.
 */
import type { TimelineEvent } from '../../model/timeline.ts';
import { dayEndMs, dayStartMs } from './timelineDomain.ts';
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

/** `x` maps milliseconds since the epoch to pixels (a d3 time scale does). */
export function minimapTicks(events: readonly Pick<TimelineEvent, 'date' | 'status'>[], x: (ms: number) => number): MinimapTick[] {
  const bars = events.map((e) => {
    const x0 = x(dayStartMs(e.date.start));
    return { x0, x1: Math.max(x0 + MIN_TICK_WIDTH, x(dayEndMs(e.date.end))), style: statusStyle(e.status) };
  }).sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  const rowEnd = new Array<number>(MINIMAP_ROWS).fill(-Infinity);
  const open = new Map<string, MinimapTick>();
  const ticks: MinimapTick[] = [];
  for (const bar of bars) {
    let row = rowEnd.findIndex((end) => end + MERGE_GAP <= bar.x0);
    if (row < 0) row = rowEnd.indexOf(Math.min(...rowEnd));
    rowEnd[row] = Math.max(rowEnd[row], bar.x1);
    const runKey = `${row}:${bar.style}`;
    const run = open.get(runKey);
    if (run && bar.x0 <= run.x + run.width + MERGE_GAP) {
      run.width = Math.max(run.width, bar.x1 - run.x);
    } else {
      const tick = { x: bar.x0, width: bar.x1 - bar.x0, row, style: bar.style };
      ticks.push(tick);
      open.set(runKey, tick);
    }
  }
  return ticks;
}
