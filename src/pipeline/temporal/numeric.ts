/**
 * Numeric date formats, the only regexes of the tagger. Each is linear: fixed-width digit runs, one
 * literal separator, no nested or adjacent optional quantifiers. Unicode-aware boundaries by lookaround.
 */
import { isValidDay } from '../../model/calendar.ts';
import type { TimexSymbol } from './types.ts';

/** Also the date of an ISO date-time ("2023-09-13T10:12:00Z", a page's time stamp). */
export const ISO_DATE = /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?!(?!T\d{2}:)[\p{L}\p{N}])/gu;
export const ISO_MONTH = /(?<![\p{L}\p{N}-])(\d{4})-(\d{2})(?![\p{L}\p{N}-])/gu;
export const YMD = /(?<![\p{L}\p{N}.])(\d{4})[./](\d{1,2})[./](\d{1,2})(?![\p{L}\p{N}])/gu;
export const DOTTED = /(?<![\p{L}\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{L}\p{N}])/gu;
export const SLASHED = /(?<![\p{L}\p{N}/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{L}\p{N}])/gu;
/** "13-09-2023": how Intl writes a short date in nl (and many pages in other day-first locales). */
export const DASHED = /(?<![\p{L}\p{N}./-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\p{L}\p{N}-])/gu;
/** "am 4.12.": a day and a month with a dot after each and no year, where the locale writes them so (de, fi, nb). */
export const DAY_MONTH_DOTTED = /(?<![\p{L}\p{N}.])(\d{1,2})\.(\d{1,2})\.(?![\p{L}\p{N}])/gu;
/** A crawler's date field at the very start of a text (" date 2023-09"). */
export const METADATA = /^\s{0,8}date (\d{4})(-\d{2}){0,2}(?![\p{L}\p{N}-])/u;

export interface NumericMatch {
  start: number; end: number; symbol: TimexSymbol;
  /** Counts only after a preposition ("am 4.12."): alone, "4.12." is as often a section or a score. */
  needsPrefix?: boolean;
}

const inYears = (y: number) => y >= 1900 && y <= 2099;

function dateSymbol(y: number, m: number, d: number): TimexSymbol | null {
  return inYears(y) && isValidDay(y, m, d) ? { kind: 'date', year: y, month: m, day: d } : null;
}

/**
 * Day and month in the locale's order; the other order only when the locale's is no date ("13/09/2023" in an
 * English article from a day-first country), since then nothing is ambiguous.
 */
function inLocaleOrder(m: RegExpExecArray, dayFirst: boolean): TimexSymbol | null {
  const [day, month] = dayFirst ? [+m[1], +m[2]] : [+m[2], +m[1]];
  return dateSymbol(+m[3], month, day) ?? dateSymbol(+m[3], day, month);
}

/** Every numeric format has a four-digit year: without a run of four digits, no regex needs to run. */
function hasFourDigits(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) { if (++run === 4) return true; } else run = 0;
  }
  return false;
}

/** Adds the matches of `re` in `slice` (at offset `from`) that make a date and overlap no earlier match. */
function collect(re: RegExp, slice: string, from: number, out: NumericMatch[], build: (m: RegExpExecArray) => TimexSymbol | null): void {
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const symbol = build(m);
    if (symbol && !out.some((o) => start < o.end && o.start < end)) out.push({ start, end, symbol });
  }
}

/** Numeric dates in `text.slice(from, to)`; `dayFirst` decides 03/04/2023 (from the locale's Intl pattern). */
export function matchNumeric(text: string, from: number, to: number, dayFirst: boolean, dottedDayMonth = false): NumericMatch[] {
  const out: NumericMatch[] = [];
  if (!hasFourDigits(text, from, to)) return dottedDayMonth ? dayMonths(text.slice(from, to), from, out) : out;
  const slice = text.slice(from, to);
  collect(ISO_DATE, slice, from, out, (m) => dateSymbol(+m[1], +m[2], +m[3]));
  collect(YMD, slice, from, out, (m) => dateSymbol(+m[1], +m[2], +m[3]));
  collect(DOTTED, slice, from, out, (m) => dateSymbol(+m[3], +m[2], +m[1]));
  collect(SLASHED, slice, from, out, (m) => inLocaleOrder(m, dayFirst));
  collect(DASHED, slice, from, out, (m) => inLocaleOrder(m, dayFirst));
  collect(ISO_MONTH, slice, from, out, (m) => (inYears(+m[1]) && +m[2] >= 1 && +m[2] <= 12 ? { kind: 'date', year: +m[1], month: +m[2] } : null));
  return dottedDayMonth ? dayMonths(slice, from, out) : out.sort((a, b) => a.start - b.start);
}

/** Adds the "4.12." day-months (any year: a leap year, so that 29.2. counts) to `out`, sorted. */
function dayMonths(slice: string, from: number, out: NumericMatch[]): NumericMatch[] {
  if (slice.indexOf('.') < 0) return out;
  const before = out.length;
  collect(DAY_MONTH_DOTTED, slice, from, out, (m) => (isValidDay(2000, +m[2], +m[1]) ? { kind: 'date', month: +m[2], day: +m[1] } : null));
  for (let i = before; i < out.length; i++) out[i].needsPrefix = true;
  return out.sort((a, b) => a.start - b.start);
}

/** The metadata token at the start of a text, if any: its span and stated date. */
export function matchMetadata(text: string): { start: number; end: number; value: string; precision: 'day' | 'month' | 'year' } | null {
  const m = METADATA.exec(text.slice(0, 40));
  if (!m) return null;
  const start = m[0].indexOf('date');
  const value = m[0].slice(start + 5);
  const parts = value.split('-').map(Number);
  if (!inYears(parts[0])) return null;
  if (parts.length >= 2 && (parts[1] < 1 || parts[1] > 12)) return null;
  if (parts.length === 3 && !isValidDay(parts[0], parts[1], parts[2])) return null;
  return { start, end: m[0].length, value, precision: parts.length === 3 ? 'day' : parts.length === 2 ? 'month' : 'year' };
}
