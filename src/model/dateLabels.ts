/**
 * Dates in words at their real precision ("13 September 2023", "week of 28 Aug 2023", "September 2023", "2019").
 * Every date here is a calendar day, so all formatting runs in UTC: no viewer time zone can move a day.
 */
import { dateFormatter } from './dateFormatters.ts';
import { timexInterval } from './timexValue.ts';
import type { DateInterval, IsoDay, Precision } from './timeline.ts';

const LOCALE = 'en-GB';
let siteLocale: string | undefined;

/** The locale of date labels: en-GB unless the site settings (dateline.settings.json "locale") choose another. */
export function setDateLocale(locale?: string): void {
  siteLocale = locale;
}

// Formatters are made when a label first needs one (dateFormatters.ts says why), in the locale current then.
const labelLocale = () => siteLocale ?? LOCALE;
const dayLong = () => dateFormatter(labelLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
const dayShort = () => dateFormatter(labelLocale(), { day: 'numeric', month: 'short', year: 'numeric' });
const monthYear = () => dateFormatter(labelLocale(), { month: 'long', year: 'numeric' });
const monthOnly = () => dateFormatter(labelLocale(), { month: 'long' });

/** The locale the site settings chose for date labels, if any (the axis otherwise follows the viewer's). */
export const siteDateLocale = (): string | undefined => siteLocale;

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** Midnight UTC of an ISO day, the only way calendar days become `Date`s in the app. */
export function utcDate(day: IsoDay): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** "13 September 2023". */
export const formatDay = (day: IsoDay): string => dayLong().format(utcDate(day));
/** "28 Aug 2023" (English short months, without the dot some locales add). */
export const formatShortDay = (day: IsoDay): string => dayShort().format(utcDate(day)).replace('Sept', 'Sep');

/** Words for one TIMEX value, or null when it is not a calendar value (PAST_REF, durations). */
export function formatTimexValue(value: string): string | null {
  const interval = timexInterval(value);
  if (!interval) return null;
  switch (interval.precision) {
    case 'day': return formatDay(interval.start);
    case 'week': return `week of ${formatShortDay(interval.start)}`;
    case 'month': return monthYear().format(utcDate(interval.start));
    case 'season': {
      const [, year, season] = /^(\d{4})-(\w\w)$/.exec(value)!;
      return season === 'WI' ? `winter ${year}–${String(Number(year) + 1).slice(2)}` : `${SEASONS[season]} ${year}`;
    }
    case 'quarter': return `Q${value.slice(-1)} ${value.slice(0, 4)}`;
    case 'year': return /X$/.test(value) ? `the ${value.slice(0, 3)}0s` : value;
    default: return null;
  }
}

/** "10 September 2023 – 13 September 2023", shortened when both ends share a month or year. */
function formatRange(first: DateInterval, last: DateInterval): string {
  const a = formatTimexValue(first.value)!, b = formatTimexValue(last.value)!;
  if (first.precision === 'day' && last.precision === 'day' && first.start.slice(0, 7) === last.start.slice(0, 7)) {
    return `${Number(first.start.slice(8))}–${formatDay(last.start)}`;
  }
  if (first.precision === 'month' && last.precision === 'month' && first.start.slice(0, 4) === last.start.slice(0, 4)) {
    return `${monthOnly().format(utcDate(first.start))} – ${b}`;
  }
  return `${a} – ${b}`;
}

/** An interval of days in words, at the precision its value states. */
export function formatDateInterval(date: Pick<DateInterval, 'value' | 'start' | 'end'>): string {
  const [head, tail] = date.value.split('/');
  const first = timexInterval(head);
  const last = tail ? timexInterval(tail) : null;
  if (first && last) return formatRange(first, last);
  if (first && !tail) return formatTimexValue(head)!;
  // Vague or unparseable values: say the days the pipeline settled on.
  if (date.start === date.end) return formatDay(date.start);
  return `between ${formatShortDay(date.start)} and ${formatShortDay(date.end)}`;
}

/** "September 2023", "March–May 2023", "November 2022 – February 2023": the months from one day to another. */
export function formatMonthSpan(first: IsoDay, last: IsoDay): string {
  const a = utcDate(first), b = utcDate(last);
  if (first.slice(0, 7) === last.slice(0, 7)) return monthYear().format(a);
  if (first.slice(0, 4) === last.slice(0, 4)) return `${monthOnly().format(a)}–${monthYear().format(b)}`;
  return `${monthYear().format(a)} – ${monthYear().format(b)}`;
}

const PRECISION_WORDS: Record<Precision, string> = {
  day: 'exact day', week: 'week', month: 'month', season: 'season', quarter: 'quarter', year: 'year', vague: 'approximate',
};

/** "known to the month" style note used next to a date label. */
export function precisionInWords(precision: Precision): string {
  return PRECISION_WORDS[precision];
}
