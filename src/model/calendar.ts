/**
 * Calendar-day arithmetic on ISO strings. Days are computed in UTC so that no time zone can shift a date.
 */
import type { IsoDay } from './timeline.ts';

const DAY_MS = 86_400_000;

/*
 * Document dating and joint dating convert between days and ISO strings thousands of times per article, and going
 * through Date (and split/map/toISOString) showed in profiles. The common case (years 100–9999, months 1–12) is
 * computed directly with the civil-calendar formulas (H. Hinnant, "chrono-compatible low-level date algorithms");
 * anything else keeps Date's exact behaviour (two-digit years mean 19xx, month overflow rolls over, NaN stays NaN).
 * calendar.test.ts checks both paths against Date.
 */

/** Days from 1970-01-01 to year-month-day (month 1–12, day may overflow the month). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Value of the two ASCII digits at `at`, or -1. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48, b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days since 1970-01-01 for an ISO day (UTC, proleptic Gregorian). */
export function dayNumber(day: IsoDay): number {
  if (day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45) {
    const hi = twoDigits(day, 0), lo = twoDigits(day, 2), m = twoDigits(day, 5), d = twoDigits(day, 8);
    if (hi >= 1 && lo >= 0 && m >= 1 && m <= 12 && d >= 0) return daysFromCivil(hi * 100 + lo, m, d);
  }
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** First and last day numbers the direct path of dayFromNumber handles: 0100-01-01 and 9999-12-31. */
const FIRST_DIRECT_DAY = -682_987;
const LAST_DIRECT_DAY = 2_932_896;

export function dayFromNumber(n: number): IsoDay {
  if (Number.isInteger(n) && n >= FIRST_DIRECT_DAY && n <= LAST_DIRECT_DAY) {
    const z = n + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return isoDay(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
  }
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayFromNumber(dayNumber(day) + days);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: IsoDay): number {
  return ((dayNumber(day) + 3) % 7 + 7) % 7 + 1;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1];
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDay(year: number, month: number, day: number): IsoDay {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Monday of ISO week 1 of an ISO week-year. */
function isoWeekOneMonday(year: number): number {
  const jan4 = dayNumber(isoDay(year, 1, 4));
  return jan4 - (isoWeekday(isoDay(year, 1, 4)) - 1);
}

/** The ISO week (`2023-W35`) that contains a day. */
export function isoWeekOf(day: IsoDay): string {
  const n = dayNumber(day);
  const thursday = n - isoWeekday(day) + 4;
  const year = Number(dayFromNumber(thursday).slice(0, 4));
  const week = Math.floor((thursday - isoWeekOneMonday(year)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Monday and Sunday of an ISO week. */
export function isoWeekRange(year: number, week: number): [IsoDay, IsoDay] {
  const monday = isoWeekOneMonday(year) + (week - 1) * 7;
  return [dayFromNumber(monday), dayFromNumber(monday + 6)];
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
