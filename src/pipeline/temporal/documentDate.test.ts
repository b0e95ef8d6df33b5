import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../model/calendar.ts';
import { decide, type DayInfo } from './documentDate.ts';

const from = dayNumber('2023-09-01');
const to = dayNumber('2023-09-30');
// Two equally good days (the 4th and the 5th), every other day far worse.
const twoDays = (d: DayInfo) => (d.n === dayNumber('2023-09-04') || d.n === dayNumber('2023-09-05') ? 0 : 5);
// Three equally good days: the middle is unambiguous.
const threeDays = (d: DayInfo) => (d.n >= dayNumber('2023-09-04') && d.n <= dayNumber('2023-09-06') ? 0 : 5);
const none = () => [];

describe('decide: the point of a document-date window', () => {
  it('takes the earlier of two middle days by default (recency: news is written soon after what it reports)', () => {
    const doc = decide(from, to, twoDays, null, [], none);
    expect(doc.window).toEqual(['2023-09-04', '2023-09-05']);
    expect(doc.published).toMatchObject({ value: '2023-09-04', precision: 'day' });
    expect(doc.dct).toBe('2023-09-04');
  });

  it('takes the later of two middle days for a follow-up report (lateMiddle)', () => {
    const doc = decide(from, to, twoDays, null, [], none, true, true);
    expect(doc.window).toEqual(['2023-09-04', '2023-09-05']);
    expect(doc.published).toMatchObject({ value: '2023-09-05', precision: 'day' });
    expect(doc.dct).toBe('2023-09-05');
  });

  it('is not moved by lateMiddle when the window has one middle day', () => {
    expect(decide(from, to, threeDays, null, [], none).dct).toBe('2023-09-05');
    expect(decide(from, to, threeDays, null, [], none, true, true).dct).toBe('2023-09-05');
  });
});
