// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3';
import { layoutLanes, type LaneItem } from './layoutLanes.ts';
import { fitLabel, markGeometry, markLabel, occupiedExtent } from './markGeometry.ts';
import { formatTicks, tickLevel } from './tickFormat.ts';

const item = (id: string, left: number, right: number): LaneItem => ({ id, order: left, left, right });

function overlaps(items: LaneItem[], lanes: Map<string, number>, gap: number) {
  return items.some((a) => items.some((b) => a !== b && lanes.get(a.id) === lanes.get(b.id) && a.left < b.right + gap && b.left < a.right + gap));
}

describe('layoutLanes', () => {
  it('puts disjoint marks in one lane', () => {
    const { lanes, laneCount } = layoutLanes([item('a', 0, 10), item('b', 20, 30), item('c', 40, 50)]);
    expect(laneCount).toBe(1);
    expect([...lanes.values()]).toEqual([0, 0, 0]);
  });
  it('stacks overlapping marks and reuses freed lanes', () => {
    const { lanes, laneCount } = layoutLanes([item('a', 0, 100), item('b', 50, 150), item('c', 120, 200)]);
    expect(laneCount).toBe(2);
    expect(lanes.get('a')).toBe(0);
    expect(lanes.get('b')).toBe(1);
    expect(lanes.get('c')).toBe(0);
  });
  it('keeps the gap between neighbours', () => {
    expect(layoutLanes([item('a', 0, 10), item('b', 15, 30)], 8).laneCount).toBe(2);
    expect(layoutLanes([item('a', 0, 10), item('b', 18, 30)], 8).laneCount).toBe(1);
  });
  it('never lets two marks of a lane overlap, whatever the input order', () => {
    const items = Array.from({ length: 200 }, (_, i) => {
      const left = (i * 7919) % 1000;
      return { id: `e${i}`, order: left + 30, left, right: left + 20 + ((i * 31) % 180) };
    });
    const { lanes } = layoutLanes(items, 8);
    expect(overlaps(items, lanes, 8)).toBe(false);
    expect(layoutLanes([...items].reverse(), 8).lanes).toEqual(lanes);
  });
});

describe('markGeometry', () => {
  const x = scaleUtc().domain([new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2024, 0, 1))]).range([0, 365]);
  it('day-precise events are points, centred in their day', () => {
    const g = markGeometry({ date: { value: '2023-01-11', precision: 'day', start: '2023-01-11', end: '2023-01-11' } }, x, 10, 0, 1000);
    expect(g.kind).toBe('point');
    expect((g.x0 + g.x1) / 2).toBeCloseTo(10.5);
  });
  it('month-precise events are bands over the whole month', () => {
    const g = markGeometry({ date: { value: '2023-09', precision: 'month', start: '2023-09-01', end: '2023-09-30' } }, x, 10, 0, 1000);
    expect(g.kind).toBe('band');
    expect(g.x0).toBeCloseTo(243);
    expect(g.x1).toBeCloseTo(273);
  });
  it('labels flip left near the right edge and shrink when neither side has room', () => {
    const late = { date: { value: '2023-12-20', precision: 'day' as const, start: '2023-12-20', end: '2023-12-20' } };
    expect(markGeometry(late, x, 20, 0, 365).labelSide).toBe('left');
    const g = markGeometry(late, x, 200, 0, 365);
    expect(g.labelChars).toBeLessThan(200);
    expect(occupiedExtent(g).left).toBeGreaterThanOrEqual(-1);
  });
  it('shortened labels end on a whole word, and the source count goes last', () => {
    expect(markLabel('Kim Jong Un and Vladimir Putin meet in Russia near the border today')).toBe('Kim Jong Un and Vladimir Putin meet…');
    expect(fitLabel('Kim Jong Un and Vladimir Putin meet in Russia', ' (4 sources)', 30)).toEqual({ title: 'Kim Jong Un and…', count: ' (4 sources)' });
  });
});

describe('tick labels', () => {
  const ticks = (from: string, to: string, n: number) => scaleUtc().domain([new Date(from), new Date(to)]).ticks(n);
  it('are years when zoomed out', () => {
    const t = ticks('2018-07-01', '2026-04-01', 8);
    expect(tickLevel(t)).toBe('year');
    expect(formatTicks(t, 'en-GB')).toContain('2023');
  });
  it('are months, with the year where it changes, at medium zoom', () => {
    const labels = formatTicks(ticks('2023-06-15', '2024-03-01', 8), 'en-GB');
    expect(labels).toContain('Jan 2024');
    expect(labels[0]).toMatch(/^[A-Z][a-z]{2,3} 2023$/);
    expect(labels.some((l) => /^Sept?$/.test(l))).toBe(true);
  });
  it('are days when zoomed in', () => {
    const t = ticks('2023-09-01', '2023-09-20', 8);
    expect(tickLevel(t)).toBe('day');
    expect(formatTicks(t, 'en-GB')[0]).toMatch(/^\d+ Sept? 2023$/);
  });
  it('follow the viewer\'s locale, and never shift a day in any time zone', () => {
    const t = ticks('2023-09-01', '2023-09-20', 8);
    expect(formatTicks(t, 'de-DE')[0]).toMatch(/^\d+\. Sept?\. 2023$/);
    expect(formatTicks(t, 'en-US')[0]).toMatch(/^Sep \d+, 2023$/);
    const previous = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try { expect(formatTicks([new Date(Date.UTC(2023, 8, 1)), new Date(Date.UTC(2023, 8, 2))], 'en-GB')[0]).toMatch(/^1 Sept? 2023$/); }
    finally { process.env.TZ = previous; }
  });
});
