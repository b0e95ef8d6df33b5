/**
 * Contract dates as EDTF (Extended Date/Time Format, ISO 8601-2 profile of the Library of Congress), the date
 * column of the CSV exports, and back.
 *
 * Forms written (all EDTF level 0/1 except the qualified season, level 2):
 *   day `2023-09-04`, month `2023-09`, year `2019`, decade `201X`,
 *   week -> its days `2023-08-28/2023-09-03` (EDTF has no week form),
 *   season -> season code `2024-23` (21 spring, 22 summer, 23 autumn, 24 winter; the year is the TIMEX year, so
 *   `2023-24` is the winter that starts in December 2023, as the pipeline's `2023-WI`),
 *   quarter -> its months `2023-07/2023-09` (read everywhere, unlike level-2 codes 33-36),
 *   range -> `2023-09-10/2023-09-13` (weeks and seasons inside a range become days and months),
 *   vague -> the pipeline's bounding days, qualified approximate `~`.
 *
 * Qualifiers. `?` (uncertain) and `~` (approximate) qualify the date, not whether the event happened. We still
 * mark the date `?` for planned / expected / possible / alleged events: the date is a claim (a forecast, a
 * rumour, an accusation) that nothing has confirmed yet, which is EDTF's "uncertain", not "approximate": a
 * planned date is exact, just unverified. `~` is kept for dates that are really estimates (vague precision).
 * Both together give `%`. Occurred, ongoing and denied events carry no qualifier: their dates are reported as
 * fact (a denial disputes the event, not when it was said to be).
 */
import { isValidDay } from '../model/calendar.ts';
import { timexInterval } from '../model/timexValue.ts';
import type { DateInterval, EventStatus } from '../model/timeline.ts';
import { intervalBetween } from './dateParts.ts';

const UNCERTAIN_STATUSES: ReadonlySet<EventStatus> = new Set(['planned', 'expected', 'possible', 'alleged']);

const EDTF_SEASON: Record<string, string> = { SP: '21', SU: '22', FA: '23', WI: '24' };
const TIMEX_SEASON: Record<string, string> = { '21': 'SP', '22': 'SU', '23': 'FA', '24': 'WI' };

type Qualifier = '' | '?' | '~' | '%';

function qualifierFor(date: DateInterval, status?: EventStatus): Qualifier {
  const uncertain = status !== undefined && UNCERTAIN_STATUSES.has(status);
  const approximate = date.precision === 'vague';
  return uncertain && approximate ? '%' : uncertain ? '?' : approximate ? '~' : '';
}

/** A single TIMEX value as EDTF endpoints: [first, last] (equal for a single EDTF date). */
function edtfEnds(value: string): [string, string] | null {
  const interval = timexInterval(value);
  if (!interval) return null;
  switch (interval.precision) {
    case 'day': case 'month': return [value, value];
    case 'year': return [value, value]; // `2019` and decades `201X` are EDTF as they are
    case 'week': return [interval.start, interval.end];
    case 'season': return [`${value.slice(0, 4)}-${EDTF_SEASON[value.slice(5)]}`, `${value.slice(0, 4)}-${EDTF_SEASON[value.slice(5)]}`];
    case 'quarter': return [interval.start.slice(0, 7), interval.end.slice(0, 7)];
    default: return null;
  }
}

/** Endpoint usable inside an interval: seasons become their first or last month (plain dates read everywhere). */
function rangeEnd(value: string, side: 'start' | 'end'): string | null {
  const interval = timexInterval(value);
  if (!interval) return null;
  if (interval.precision === 'season') return (side === 'start' ? interval.start : interval.end).slice(0, 7);
  const ends = edtfEnds(value);
  return ends && (side === 'start' ? ends[0] : ends[1]);
}

function joinInterval(first: string, last: string, q: Qualifier): string {
  return first === last ? `${first}${q}` : `${first}${q}/${last}${q}`;
}

/** Trusts the value only when it denotes exactly the interval's days (else the days are the truth). */
function valueEnds(date: DateInterval): [string, string] | null {
  const [head, tail, extra] = date.value.split('/');
  if (extra !== undefined) return null;
  const first = timexInterval(head);
  const last = tail === undefined ? first : timexInterval(tail);
  if (!first || !last || first.start !== date.start || last.end !== date.end) return null;
  if (tail === undefined) return edtfEnds(head);
  const a = rangeEnd(head, 'start'), b = rangeEnd(tail, 'end');
  return a && b ? [a, b] : null;
}

/** The contract date as EDTF, qualified by the event status (see the module comment for the mapping). */
export function toEdtf(date: DateInterval, status?: EventStatus): string {
  const q = qualifierFor(date, status);
  const ends = date.precision === 'vague' ? null : valueEnds(date);
  if (ends) return joinInterval(ends[0], ends[1], q);
  return joinInterval(date.start, date.end, q);
}

export interface ParsedEdtf {
  date: DateInterval;
  /** The strongest qualifier seen on either end. */
  uncertain: boolean;
  approximate: boolean;
}

const EDTF_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const EDTF_SEASON_DATE = /^(\d{4})-(2[1-4])([?~%])?$/;
const EDTF_DECADE = /^(\d{3})X([?~%])?$/;

function parseEdtfDate(text: string): { date: DateInterval; qualifier: string } | null {
  let m: RegExpExecArray | null;
  if ((m = EDTF_SEASON_DATE.exec(text))) {
    const date = timexInterval(`${m[1]}-${TIMEX_SEASON[m[2]]}`);
    return date && { date, qualifier: m[3] ?? '' };
  }
  if ((m = EDTF_DECADE.exec(text))) {
    const date = timexInterval(`${m[1]}X`);
    return date && { date, qualifier: m[2] ?? '' };
  }
  if ((m = EDTF_DATE.exec(text))) {
    const value = [m[1], m[2], m[3]].filter(Boolean).join('-');
    const date = timexInterval(value);
    // timexInterval accepts 2023-13 and 2023-02-31 syntactically.
    if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) return null;
    if (!date || (m[3] && !isRealDay(value))) return null;
    return { date, qualifier: m[4] ?? '' };
  }
  return null;
}

function isRealDay(day: string): boolean {
  const [y, mo, d] = day.split('-').map(Number);
  return isValidDay(y, mo, d);
}

/**
 * Reads the EDTF forms `toEdtf` writes (and plain ISO dates): a date, a season, a decade, or an interval of two
 * of them. Null for anything else (open intervals `..`, unspecified digits other than a decade, times).
 */
export function fromEdtf(text: string): ParsedEdtf | null {
  const parts = text.trim().split('/');
  if (parts.length > 2 || parts.some((part) => part === '')) return null;
  const parsed = parts.map(parseEdtfDate);
  if (parsed.some((part) => part === null)) return null;
  const [first, last] = parsed as Array<{ date: DateInterval; qualifier: string }>;
  const date = last ? intervalBetween(first.date, last.date) : first.date;
  if (!date) return null;
  const qualifiers = parsed.map((part) => part!.qualifier).join('');
  return { date, uncertain: /[?%]/.test(qualifiers), approximate: /[~%]/.test(qualifiers) };
}
