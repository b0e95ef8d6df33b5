/**
 * Calendar-day arithmetic on ISO strings. Days are computed in UTC so that no time zone can shift a date.
 */
import type { IsoDay } from './timeline.ts';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO day (UTC, proleptic Gregorian). */
export function dayNumber(day: IsoDay): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dayFromNumber(n: number): IsoDay {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayFromNumber(dayNumber(day) + days);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: IsoDay): number {
  return ((dayNumber(day) + 3) % 7 + 7) % 7 + 1;
}

export function daysInMonth(year: number, month: number): number {
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
