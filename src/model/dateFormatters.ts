/**
 * Calendar-day formatters (always in UTC), created on first use and cached by locale and fields.
 *
 * Why not simply `new Intl.DateTimeFormat` at start-up: the first Intl object a page creates loads ICU's locale
 * data, which costs 100 ms or more of main thread before the first paint. English (`en`, `en-GB`, `en-US`, the
 * default site locale and most viewers') is written from a table instead, field for field what Intl writes for
 * the few field sets the app uses; any other locale goes through Intl, created when first asked for.
 */
import { MONTHS_LONG, MONTHS_SHORT_GB, MONTHS_SHORT_US } from './englishDateNames.ts';

/** The fields of a date label: the subsets of day, month and year the app writes. */
export interface DateFields {
  day?: 'numeric';
  month?: 'long' | 'short';
  year?: 'numeric';
}

export interface DateFormatter {
  format(date: Date): string;
}

/** Locale used when the one asked for is not a valid language tag. */
const FALLBACK_LOCALE = 'en-GB';

type EnglishVariant = 'gb' | 'us';

/** Which table English tags use ('en' alone is US English in CLDR); null for any other locale. */
function englishVariant(locale: string | undefined): EnglishVariant | null {
  switch (locale?.toLowerCase()) {
    case 'en-gb': return 'gb';
    case 'en': case 'en-us': return 'us';
    default: return null;
  }
}

/** The English formatter for these fields; null when a field set has no table pattern (Intl then does it). */
function englishFormatter(variant: EnglishVariant, { day, month, year }: DateFields): DateFormatter | null {
  if (day && !month) return null;
  const months = month === 'long' ? MONTHS_LONG : variant === 'gb' ? MONTHS_SHORT_GB : MONTHS_SHORT_US;
  const monthOf = (d: Date) => months[d.getUTCMonth()];
  if (!month) return year ? { format: (d) => String(d.getUTCFullYear()) } : null;
  if (!day) return { format: year ? (d) => `${monthOf(d)} ${d.getUTCFullYear()}` : monthOf };
  if (variant === 'gb') return { format: year ? (d) => `${d.getUTCDate()} ${monthOf(d)} ${d.getUTCFullYear()}` : (d) => `${d.getUTCDate()} ${monthOf(d)}` };
  return { format: year ? (d) => `${monthOf(d)} ${d.getUTCDate()}, ${d.getUTCFullYear()}` : (d) => `${monthOf(d)} ${d.getUTCDate()}` };
}

function intlFormatter(locale: string | undefined, fields: DateFields): DateFormatter {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...fields });
  } catch {
    // Not a valid language tag (a typo in the settings, an odd navigator.language): the default locale instead.
    return dateFormatter(FALLBACK_LOCALE, fields);
  }
}

const cache = new Map<string, DateFormatter>();

/** A formatter of UTC calendar days in `locale` (undefined: the runtime's default) with these fields. */
export function dateFormatter(locale: string | undefined, fields: DateFields): DateFormatter {
  const key = `${locale ?? ''}|${fields.day ?? ''}|${fields.month ?? ''}|${fields.year ?? ''}`;
  let formatter = cache.get(key);
  if (!formatter) {
    const variant = englishVariant(locale);
    formatter = (variant && englishFormatter(variant, fields)) || intlFormatter(locale, fields);
    cache.set(key, formatter);
  }
  return formatter;
}
