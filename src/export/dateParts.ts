/**
 * Contract date intervals in the coarser vocabularies of other formats (TimelineJS date objects, ISO dates of
 * reduced precision) and back. Formats that only know year / month / day get the interval's two ends at the
 * finest unit the precision justifies, so "September 2023" never becomes a false "1 September 2023".
 */
import { addDays, isoWeekOf, isoWeekday } from '../model/calendar.ts';
import { timexInterval } from '../model/timexValue.ts';
import type { DateInterval, IsoDay, Precision } from '../model/timeline.ts';

export type Granularity = 'day' | 'month' | 'year';

/** Vague intervals keep their days: they are the pipeline's best bounds, and no coarser unit is more honest. */
const GRANULARITY: Record<Precision, Granularity> = {
  day: 'day', week: 'day', month: 'month', season: 'month', quarter: 'month', year: 'year', vague: 'day',
};

export function granularityOf(precision: Precision): Granularity {
  return GRANULARITY[precision];
}

/** `2023-09-04` at month granularity is `2023-09`, at year granularity `2023`. */
export function truncateDay(day: IsoDay, granularity: Granularity): string {
  return granularity === 'day' ? day : granularity === 'month' ? day.slice(0, 7) : day.slice(0, 4);
}

/** The interval's first and last day at its granularity (equal for a single day, month or year). */
export function intervalEnds(date: DateInterval): { start: string; end: string; granularity: Granularity } {
  const granularity = granularityOf(date.precision);
  return { start: truncateDay(date.start, granularity), end: truncateDay(date.end, granularity), granularity };
}

const SEASON_BY_START_MONTH: Record<number, string> = { 3: 'SP', 6: 'SU', 9: 'FA', 12: 'WI' };
const QUARTER_BY_START_MONTH: Record<number, number> = { 1: 1, 4: 2, 7: 3, 10: 4 };

/** Months from `a` to `b` (both `YYYY-MM…`). */
function monthsBetween(a: IsoDay, b: IsoDay): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/**
 * The contract interval from `first` to `last`, recognising the shapes exports write as plain intervals: a
 * Monday-to-Sunday run of days is an ISO week, three months starting in Mar/Jun/Sep/Dec a season, three months
 * starting in Jan/Apr/Jul/Oct a quarter, January to December of one year that year. Anything else stays a range
 * (`value` "a/b", precision of its first end, like `timexRangeInterval`). Null when the ends are out of order.
 */
export function intervalBetween(first: DateInterval, last: DateInterval): DateInterval | null {
  if (first.start > last.end || first.start > last.start) return null;
  if (first.value === last.value) return first;
  if (first.precision === 'day' && last.precision === 'day'
    && isoWeekday(first.start) === 1 && addDays(first.start, 6) === last.end) {
    return timexInterval(isoWeekOf(first.start));
  }
  if (first.precision === 'month' && last.precision === 'month' && monthsBetween(first.start, last.start) === 2) {
    const startMonth = Number(first.start.slice(5, 7)), year = first.start.slice(0, 4);
    if (SEASON_BY_START_MONTH[startMonth]) return timexInterval(`${year}-${SEASON_BY_START_MONTH[startMonth]}`);
    if (QUARTER_BY_START_MONTH[startMonth]) return timexInterval(`${year}-Q${QUARTER_BY_START_MONTH[startMonth]}`);
  }
  if (first.precision === 'month' && last.precision === 'month' && first.start.slice(5, 7) === '01'
    && last.start.slice(5, 7) === '12' && first.start.slice(0, 4) === last.start.slice(0, 4)) {
    return timexInterval(first.start.slice(0, 4));
  }
  return { value: `${first.value}/${last.value}`, precision: first.precision, start: first.start, end: last.end };
}
