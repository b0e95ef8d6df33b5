// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatDateInterval, formatDay, formatShortDay, formatTimexValue } from './dateLabels.ts';

describe('date labels', () => {
  it('formatDateInterval(day) says the full day with its year', () => {
    expect(formatDateInterval({ value: '2023-09-13', start: '2023-09-13', end: '2023-09-13' })).toBe('13 September 2023');
  });
  it('formatDateInterval(week) says "week of" and the Monday', () => {
    expect(formatDateInterval({ value: '2023-W35', start: '2023-08-28', end: '2023-09-03' })).toBe('week of 28 Aug 2023');
  });
  it('formatDateInterval(month) says month and year', () => {
    expect(formatDateInterval({ value: '2023-09', start: '2023-09-01', end: '2023-09-30' })).toBe('September 2023');
  });
  it('formatDateInterval(year) says the year only', () => {
    expect(formatDateInterval({ value: '2019', start: '2019-01-01', end: '2019-12-31' })).toBe('2019');
  });
  it('seasons, quarters and decades are words', () => {
    expect(formatTimexValue('2024-FA')).toBe('autumn 2024');
    expect(formatTimexValue('2023-WI')).toBe('winter 2023–24');
    expect(formatTimexValue('2023-Q3')).toBe('Q3 2023');
    expect(formatTimexValue('201X')).toBe('the 2010s');
  });
  it('ranges are shortened when both ends share a month or a year', () => {
    expect(formatDateInterval({ value: '2023-09-10/2023-09-13', start: '2023-09-10', end: '2023-09-13' })).toBe('10–13 September 2023');
    expect(formatDateInterval({ value: '2023-07/2023-08', start: '2023-07-01', end: '2023-08-31' })).toBe('July – August 2023');
    expect(formatDateInterval({ value: '2024-FA/2025-10', start: '2024-09-01', end: '2025-10-31' })).toBe('autumn 2024 – October 2025');
  });
  it('vague values fall back to the days the pipeline chose', () => {
    expect(formatDateInterval({ value: 'PAST_REF', start: '2023-07-01', end: '2023-09-04' })).toBe('between 1 Jul 2023 and 4 Sep 2023');
    expect(formatDateInterval({ value: 'PRESENT_REF', start: '2023-09-04', end: '2023-09-04' })).toBe('4 September 2023');
  });
  it('non-calendar values give null', () => {
    expect(formatTimexValue('P5Y')).toBeNull();
    expect(formatTimexValue('FUTURE_REF')).toBeNull();
  });
});

/** Runs `check` with the process time zone set to `zone` (V8 re-reads TZ when it changes). */
function inTimeZone(zone: string, check: () => void) {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try { check(); } finally { process.env.TZ = previous; }
}

describe.each(['Pacific/Honolulu', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kathmandu'])('in time zone %s', (zone) => {
  it('labels for 2023-09-01 never become August or 2 September', () => {
    inTimeZone(zone, () => {
      expect(new Date(Date.UTC(2023, 8, 1)).getTimezoneOffset()).not.toBe(0); // the zone really applies
      expect(formatDay('2023-09-01')).toBe('1 September 2023');
      expect(formatShortDay('2023-09-01')).toBe('1 Sep 2023');
      expect(formatDateInterval({ value: '2023-09', start: '2023-09-01', end: '2023-09-30' })).toBe('September 2023');
      expect(formatDateInterval({ value: '2023', start: '2023-01-01', end: '2023-12-31' })).toBe('2023');
      expect(formatDateInterval({ value: '2024-01-01', start: '2024-01-01', end: '2024-01-01' })).toBe('1 January 2024');
    });
  });
});
