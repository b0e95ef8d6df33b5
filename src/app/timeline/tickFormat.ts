/**
 * Axis ticks whose labels adapt to the zoom level (years, then months, then days) in the site's date locale when
 * its settings choose one, else in the viewer's locale. The level comes from the spacing of the ticks d3 chose, so
 * labels never repeat ("Sep", "Sep") or drop the year the reader needs. Ticks are UTC midnights (calendar days),
 * so they are formatted in UTC.
 */
import { siteDateLocale } from '../../model/dateLabels.ts';
import { dateFormatter, type DateFields, type DateFormatter } from '../../model/dateFormatters.ts';

const DAY_MS = 86_400_000;

export type TickLevel = 'year' | 'month' | 'day';

export function tickLevel(ticks: readonly Date[]): TickLevel {
  if (ticks.length < 2) return 'day';
  const step = (ticks[1].getTime() - ticks[0].getTime()) / DAY_MS;
  if (step >= 360) return 'year';
  if (step >= 27) return 'month';
  return 'day';
}

/** The viewer's locale for axis labels (the rest of the UI is in English). */
export function viewerLocale(): string | undefined {
  return typeof navigator !== 'undefined' ? navigator.language || undefined : undefined;
}

type Formats = Record<'year' | 'month' | 'monthWithYear' | 'day' | 'dayWithYear', DateFormatter>;
const cache = new Map<string, Formats>();

function formatsFor(locale: string | undefined): Formats {
  const key = locale ?? '';
  let formats = cache.get(key);
  if (!formats) {
    const f = (fields: DateFields) => dateFormatter(locale, fields);
    formats = {
      year: f({ year: 'numeric' }),
      month: f({ month: 'short' }),
      monthWithYear: f({ month: 'short', year: 'numeric' }),
      day: f({ day: 'numeric', month: 'short' }),
      dayWithYear: f({ day: 'numeric', month: 'short', year: 'numeric' }),
    };
    cache.set(key, formats);
  }
  return formats;
}

/** Labels for a tick list: the year is repeated on the first tick and wherever it changes. */
export function formatTicks(ticks: readonly Date[], locale: string | undefined = siteDateLocale() ?? viewerLocale()): string[] {
  const level = tickLevel(ticks);
  const formats = formatsFor(locale);
  return ticks.map((t, i) => {
    const yearChanged = i === 0 || ticks[i - 1].getUTCFullYear() !== t.getUTCFullYear();
    if (level === 'year') return formats.year.format(t);
    if (level === 'month') return (yearChanged ? formats.monthWithYear : formats.month).format(t);
    return (yearChanged ? formats.dayWithYear : formats.day).format(t);
  });
}
