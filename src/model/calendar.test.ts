/** The calendar's direct arithmetic must agree with Date everywhere, including where it hands over to Date. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayFromNumber, dayNumber, daysInMonth, isoWeekOf, isoWeekday } from './calendar.ts';

const DAY_MS = 86_400_000;
const viaDate = {
  dayNumber: (day: string) => { const [y, m, d] = day.split('-').map(Number); return Math.round(Date.UTC(y, m - 1, d) / DAY_MS); },
  dayFromNumber: (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10),
  daysInMonth: (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(),
};

describe('calendar', () => {
  it('agrees with Date on every day from 1800 to 2200', () => {
    const from = viaDate.dayNumber('1800-01-01'), to = viaDate.dayNumber('2200-12-31');
    for (let n = from; n <= to; n++) {
      const day = viaDate.dayFromNumber(n);
      if (dayFromNumber(n) !== day || dayNumber(day) !== n) throw new Error(`${n}: ${dayFromNumber(n)} / ${day}, ${dayNumber(day)}`);
    }
  });

  it('agrees with Date on any day number, including the ends of its direct range and non-integers', () => {
    const edges = [-682_988, -682_987, -682_986, 2_932_895, 2_932_896, 2_932_897, 0, -1, 0.5, -0.5, 1e6 + 0.25];
    for (const n of edges) expect(dayFromNumber(n)).toBe(viaDate.dayFromNumber(n));
    fc.assert(fc.property(fc.integer({ min: -3_000_000, max: 2_932_896 }), (n) => {
      expect(dayFromNumber(n)).toBe(viaDate.dayFromNumber(n));
    }), { numRuns: 5000 });
  });

  it('agrees with Date on any date string: two-digit years, month and day overflow, malformed text', () => {
    const samples = ['0050-01-01', '0099-12-31', '0100-01-01', '0000-01-01', '2023-00-10', '2023-13-01', '2023-02-30', '2024-02-29',
      '2023-09-00', '2023-09-99', '2023-09', '2023', '2023-W35', '', 'x', '2023-9-1', '+02023-01-01', '9999-12-31', '2023-09-1x'];
    for (const s of samples) expect(Object.is(dayNumber(s), viaDate.dayNumber(s)), s).toBe(true);
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    fc.assert(fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
      const s = `${y}-${m}-${d}`;
      expect(Object.is(dayNumber(s), viaDate.dayNumber(s))).toBe(true);
    }), { numRuns: 5000 });
  });

  it('agrees with Date on month lengths, including months out of range and two-digit years', () => {
    for (let y = 0; y <= 2500; y++) for (let m = -1; m <= 14; m++) if (daysInMonth(y, m) !== viaDate.daysInMonth(y, m)) throw new Error(`${y}-${m}`);
    for (const [y, m] of [[2023.5, 2], [2024, 2.5], [NaN, 2], [2024, NaN], [-400, 2], [1e5, 2]]) {
      expect(Object.is(daysInMonth(y, m), viaDate.daysInMonth(y, m))).toBe(true);
    }
  });

  it('still counts weekdays and ISO weeks', () => {
    expect(isoWeekday('2023-09-11')).toBe(1);
    expect(isoWeekday('2023-09-17')).toBe(7);
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2023-09-13')).toBe('2023-W37');
  });
});
