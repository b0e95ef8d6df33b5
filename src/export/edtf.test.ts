import { describe, expect, it } from 'vitest';
import { timexInterval, timexRangeInterval } from '../model/timexValue.ts';
import type { DateInterval, EventStatus } from '../model/timeline.ts';
import { fromEdtf, toEdtf } from './edtf.ts';

const d = (value: string, end?: string): DateInterval => timexRangeInterval(value, end)!;

describe('toEdtf', () => {
  it.each([
    ['2023-09-04', undefined, '2023-09-04'],
    ['2023-09', undefined, '2023-09'],
    ['2019', undefined, '2019'],
    ['201X', undefined, '201X'],
    ['2023-W35', undefined, '2023-08-28/2023-09-03'],
    ['2024-SP', undefined, '2024-21'],
    ['2024-SU', undefined, '2024-22'],
    ['2024-FA', undefined, '2024-23'],
    ['2023-WI', undefined, '2023-24'],
    ['2023-Q3', undefined, '2023-07/2023-09'],
    ['2023-09-10', '2023-09-13', '2023-09-10/2023-09-13'],
    ['2023-07', '2023-08', '2023-07/2023-08'],
    ['2023-W35', '2023-W36', '2023-08-28/2023-09-10'],
    ['2024-SU', '2024-FA', '2024-06/2024-11'],
  ])('%s%s -> %s', (value, end, expected) => {
    expect(toEdtf(d(value, end))).toBe(expected);
  });

  it('qualifies dates of unconfirmed events as uncertain, not approximate', () => {
    const uncertain: EventStatus[] = ['planned', 'expected', 'possible', 'alleged'];
    for (const status of uncertain) expect(toEdtf(d('2023-09'), status)).toBe('2023-09?');
    for (const status of ['occurred', 'ongoing', 'denied'] as EventStatus[]) expect(toEdtf(d('2023-09'), status)).toBe('2023-09');
    expect(toEdtf(d('2023-09-10', '2023-09-13'), 'expected')).toBe('2023-09-10?/2023-09-13?');
    expect(toEdtf(d('2024-FA'), 'possible')).toBe('2024-23?');
  });

  it('writes vague dates as their bounding days, approximate', () => {
    const vague: DateInterval = { value: 'PAST_REF', precision: 'vague', start: '2023-01-01', end: '2023-06-30' };
    expect(toEdtf(vague)).toBe('2023-01-01~/2023-06-30~');
    expect(toEdtf(vague, 'expected')).toBe('2023-01-01%/2023-06-30%');
  });

  it('trusts the days over a value that does not match them', () => {
    expect(toEdtf({ value: '2023-09', precision: 'month', start: '2023-09-01', end: '2023-10-31' })).toBe('2023-09-01/2023-10-31');
    expect(toEdtf({ value: 'garbage', precision: 'day', start: '2023-09-01', end: '2023-09-01' })).toBe('2023-09-01');
  });
});

describe('fromEdtf', () => {
  it.each([
    '2023-09-04', '2023-09', '2019', '201X', '2023-W35', '2024-SP', '2024-FA', '2023-WI', '2023-Q3', '2023-Q4',
  ])('round-trips %s', (value) => {
    const date = timexInterval(value)!;
    expect(fromEdtf(toEdtf(date))?.date).toEqual(date);
    expect(fromEdtf(toEdtf(date, 'expected'))).toMatchObject({ date, uncertain: true, approximate: false });
  });

  it('round-trips ranges', () => {
    const range = d('2023-09-10', '2023-09-13');
    expect(fromEdtf(toEdtf(range))?.date).toEqual(range);
  });

  it('reads qualifiers', () => {
    expect(fromEdtf('2023-09~')).toMatchObject({ uncertain: false, approximate: true });
    expect(fromEdtf('2023-09%')).toMatchObject({ uncertain: true, approximate: true });
  });

  it.each(['', '2023-13', '2023-02-30', '2023-09/2023-08', '23-09', '2023-09-04T10:00', '../2023', '2023-25', 'a/b/c'])(
    'rejects %j',
    (text) => expect(fromEdtf(text)).toBeNull(),
  );
});
