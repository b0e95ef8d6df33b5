/**
 * Reading TIMEX3-style values back as calendar intervals: the one place that knows how
 * `2023-W35`, `2024-FA` or `2019` map to inclusive ISO days.
 */
import { daysInMonth, isoDay, isoWeekRange } from './calendar.ts';
import type { DateInterval, IsoDay, Precision } from './timeline.ts';

/** Northern-hemisphere meteorological seasons; winter `YYYY-WI` runs December YYYY to February YYYY+1. */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** The inclusive day interval a calendar TIMEX value denotes, or null for vague values and durations. */
export function timexInterval(value: string): DateInterval | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    return { value, precision: 'day', start: value, end: value };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const [start, end] = isoWeekRange(Number(m[1]), Number(m[2]));
    return { value, precision: 'week', start, end };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = Number(m[1]), mo = Number(m[2]);
    return { value, precision: 'month', start: isoDay(y, mo, 1), end: isoDay(y, mo, daysInMonth(y, mo)) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = Number(m[1]);
    const [from, to] = SEASON_MONTHS[m[2]];
    const endYear = y + Math.floor((to - 1) / 12), endMonth = ((to - 1) % 12) + 1;
    return { value, precision: 'season', start: isoDay(y, from, 1), end: isoDay(endYear, endMonth, daysInMonth(endYear, endMonth)) };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = Number(m[1]), q = Number(m[2]);
    return { value, precision: 'quarter', start: isoDay(y, q * 3 - 2, 1), end: isoDay(y, q * 3, daysInMonth(y, q * 3)) };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    return { value, precision: 'year', start: `${value}-01-01`, end: `${value}-12-31` };
  }
  if ((m = /^(\d{3})X$/.exec(value))) {
    return { value, precision: 'year', start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  }
  return null;
}

/** Interval of a range timex (`value` .. `endValue`), falling back to the single value. */
export function timexRangeInterval(value: string, endValue?: string): DateInterval | null {
  const first = timexInterval(value);
  if (!first || !endValue) return first;
  const last = timexInterval(endValue);
  if (!last) return first;
  return { value: `${value}/${endValue}`, precision: first.precision, start: first.start, end: last.end };
}

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, season: 3, quarter: 3, year: 4, vague: 5 };

/** Orders precisions from finest (day) to coarsest (vague). */
export function comparePrecision(a: Precision, b: Precision): number {
  return PRECISION_RANK[a] - PRECISION_RANK[b];
}

export function intervalsOverlap(a: { start: IsoDay; end: IsoDay }, b: { start: IsoDay; end: IsoDay }): boolean {
  return a.start <= b.end && b.start <= a.end;
}
