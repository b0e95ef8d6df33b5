/**
 * Axis ticks whose labels adapt to the zoom level: years, then months, then days. The level comes from the
 * spacing of the ticks d3 chose, so labels never repeat ("Sep", "Sep") or drop the year the reader needs.
 */
import { utcFormat } from 'd3';

const DAY_MS = 86_400_000;
const year = utcFormat('%Y');
const month = utcFormat('%b');
const monthWithYear = utcFormat('%b %Y');
const day = utcFormat('%-d %b');
const dayWithYear = utcFormat('%-d %b %Y');

export type TickLevel = 'year' | 'month' | 'day';

export function tickLevel(ticks: readonly Date[]): TickLevel {
  if (ticks.length < 2) return 'day';
  const step = (ticks[1].getTime() - ticks[0].getTime()) / DAY_MS;
  if (step >= 360) return 'year';
  if (step >= 27) return 'month';
  return 'day';
}

/** Labels for a tick list: the year is repeated on the first tick and wherever it changes. */
export function formatTicks(ticks: readonly Date[]): string[] {
  const level = tickLevel(ticks);
  return ticks.map((t, i) => {
    const yearChanged = i === 0 || ticks[i - 1].getUTCFullYear() !== t.getUTCFullYear();
    if (level === 'year') return year(t);
    if (level === 'month') return yearChanged ? monthWithYear(t) : month(t);
    return yearChanged ? dayWithYear(t) : day(t);
  });
}
