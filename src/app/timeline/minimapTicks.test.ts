import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../../model/timelineIndex.ts';
import { minimapTicks, tickPaths } from './minimapTicks.ts';
import { describeEvents, placeEvents } from './timelineLayout.ts';

const DAY = 86_400_000;
const event = (id: string, start: string, end: string, status: EventSummary['status'] = 'occurred'): EventSummary => ({
  id, title: id, type: 'other', status, date: { value: start === end ? start : `${start}/${end}`, start, end, precision: 'day' },
  participants: [], place: null, articles: ['a'], mentionChunk: 0,
} as unknown as EventSummary);
/** One pixel per day from 2020-01-01. */
const x = (ms: number) => (ms - Date.UTC(2020, 0, 1)) / DAY;
const ticksOf = (events: EventSummary[]) => minimapTicks(placeEvents(describeEvents(events, () => 'en'), x));

describe('minimap ticks', () => {
  it('merges touching bars of one style on one row into a run, and starts a new run after a gap', () => {
    // Each one-day bar is drawn 2 px wide (a day is 1 px here); a bar one pixel after the last merges into its run.
    const ticks = ticksOf([event('a', '2020-01-01', '2020-01-01'), event('b', '2020-01-04', '2020-01-04'), event('c', '2020-01-20', '2020-01-20')]);
    expect(ticks).toEqual([
      { x: 0, width: 5, row: 0, style: 'filled' },
      { x: 19, width: 2, row: 0, style: 'filled' },
    ]);
  });

  it('puts overlapping bars on the next free row, and keeps styles apart', () => {
    const ticks = ticksOf([event('long', '2020-01-01', '2020-01-10'), event('inside', '2020-01-05', '2020-01-05', 'planned')]);
    expect(ticks).toEqual([
      { x: 0, width: 10, row: 0, style: 'filled' },
      { x: 4, width: 2, row: 1, style: 'outlined' },
    ]);
  });

  it('fills rows by left edge whatever order the events were placed in (by centre)', () => {
    // "wide" has the later centre but the earlier start: it takes row 0.
    const ticks = ticksOf([event('short', '2020-01-03', '2020-01-03'), event('wide', '2020-01-01', '2020-01-09')]);
    expect(ticks.find((t) => t.x === 0)?.row).toBe(0);
    expect(ticks.find((t) => t.x === 2)?.row).toBe(1);
  });

  it('with every row busy, uses the row that frees soonest', () => {
    const rows = ['2020-01-30', '2020-01-10', '2020-01-20', '2020-01-25'].map((end, i) => event(`r${i}`, `2020-01-0${i + 1}`, end));
    const ticks = ticksOf([...rows, event('late', '2020-01-06', '2020-01-06', 'planned')]);
    expect(ticks.map((t) => t.row)).toEqual([0, 1, 2, 3, 1]);
    expect(ticks.find((t) => t.style === 'outlined')?.row).toBe(1);
  });
});

describe('tick paths', () => {
  it('draw each style as one path of rectangles, row by row', () => {
    const paths = tickPaths([
      { x: 0, width: 5, row: 0, style: 'filled' },
      { x: 19.123, width: 2, row: 1, style: 'filled' },
      { x: 4, width: 2, row: 0, style: 'outlined' },
    ]);
    expect(paths).toEqual([
      { style: 'filled', d: 'M0 6h5v5h-5zM19.12 13h2v5h-2z' },
      { style: 'outlined', d: 'M4 6h2v5h-2z' },
    ]);
  });
});

describe('described events', () => {
  it('know their label length without building the label, for short and long titles and any support', () => {
    const long = 'A title that is a good deal longer than any label drawn beside a mark';
    const events = [
      { ...event('short', '2020-01-01', '2020-01-01'), title: 'Short' },
      { ...event('long', '2020-01-01', '2020-01-01'), title: long, articles: ['a', 'b'] },
      { ...event('copies', '2020-01-01', '2020-01-01'), articles: ['a'], sourceCount: 2 },
    ] as EventSummary[];
    for (const d of describeEvents(events, (id) => (id === 'a' ? 'en' : 'de'))) expect(d.labelLength).toBe(d.label.length + d.count.length);
    const [short, longer] = describeEvents(events, (id) => (id === 'a' ? 'en' : 'de'));
    expect(short.count).toBe(' (1 source)');
    expect(longer.count).toBe(' (2 sources, 2 languages)');
    expect(longer.label.length).toBeLessThan(long.length);
    expect(longer.name).toContain('2 sources in 2 languages');
  });
});
