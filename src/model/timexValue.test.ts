import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeekday } from './calendar.ts';
import { timexInterval, timexRangeInterval } from './timexValue.ts';

describe('timexInterval', () => {
  it.each([
    ['2023-09-04', 'day', '2023-09-04', '2023-09-04'],
    ['2023-W35', 'week', '2023-08-28', '2023-09-03'],
    ['2020-W53', 'week', '2020-12-28', '2021-01-03'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2024-FA', 'season', '2024-09-01', '2024-11-30'],
    ['2023-WI', 'season', '2023-12-01', '2024-02-29'],
    ['2023-Q3', 'quarter', '2023-07-01', '2023-09-30'],
    ['2019', 'year', '2019-01-01', '2019-12-31'],
  ])('timexInterval(%j) is a %s from %s to %s', (value, precision, start, end) => {
    expect(timexInterval(value)).toEqual({ value, precision, start, end });
  });

  it('has no interval for vague references and durations', () => {
    expect(timexInterval('PAST_REF')).toBeNull();
    expect(timexInterval('P5Y')).toBeNull();
  });

  it('joins a range into one interval', () => {
    expect(timexRangeInterval('2023-09-10', '2023-09-13')).toEqual({ value: '2023-09-10/2023-09-13', precision: 'day', start: '2023-09-10', end: '2023-09-13' });
  });
});

describe('calendar', () => {
  it('isoWeekOf handles year boundaries', () => {
    expect(isoWeekOf('2023-09-04')).toBe('2023-W36');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('isoWeekday counts Monday as 1', () => {
    expect(isoWeekday('2023-09-04')).toBe(1);
    expect(isoWeekday('2025-10-26')).toBe(7);
  });
});
