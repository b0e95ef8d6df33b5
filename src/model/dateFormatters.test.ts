import { describe, expect, it } from 'vitest';
import { dateFormatter, type DateFields } from './dateFormatters.ts';

const FIELD_SETS: DateFields[] = [
  { year: 'numeric' }, { month: 'short' }, { month: 'long' }, { month: 'short', year: 'numeric' }, { month: 'long', year: 'numeric' },
  { day: 'numeric', month: 'short' }, { day: 'numeric', month: 'short', year: 'numeric' }, { day: 'numeric', month: 'long', year: 'numeric' },
];
/** Every month, single- and double-digit days, a year with fewer than four digits and the last day of a year. */
const DATES = [
  ...Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2023, m, m === 1 ? 28 : 1 + m * 2))),
  new Date(Date.UTC(1999, 11, 31)), new Date(Date.UTC(2024, 1, 29)),
];

describe('date formatters', () => {
  it.each(['en-GB', 'en-US', 'en', 'EN-gb'])('write %s dates exactly as Intl does, for every field set the app uses', (locale) => {
    for (const fields of FIELD_SETS) {
      const intl = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...fields });
      expect(DATES.map((d) => dateFormatter(locale, fields).format(d)), JSON.stringify(fields)).toEqual(DATES.map((d) => intl.format(d)));
    }
  });
  it('other locales go through Intl', () => {
    const d = new Date(Date.UTC(2023, 8, 13));
    expect(dateFormatter('de-DE', { day: 'numeric', month: 'long', year: 'numeric' }).format(d)).toBe('13. September 2023');
    expect(dateFormatter('fr', { month: 'long', year: 'numeric' }).format(d)).toBe('septembre 2023');
  });
  it('an invalid language tag falls back to British English', () => {
    expect(dateFormatter('not a locale!', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(2023, 8, 13)))).toBe('13 September 2023');
  });
  it('days are calendar days in UTC whatever the time zone of the process', () => {
    const previous = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try {
      expect(dateFormatter('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(Date.UTC(2023, 8, 1)))).toBe('1 Sept 2023');
    } finally { process.env.TZ = previous; }
  });
  it('a formatter is made once per locale and field set', () => {
    expect(dateFormatter('en-GB', { month: 'long' })).toBe(dateFormatter('en-GB', { month: 'long' }));
    expect(dateFormatter('de', { month: 'long' })).toBe(dateFormatter('de', { month: 'long' }));
  });
});
