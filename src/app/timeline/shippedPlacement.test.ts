/**
 * The placement columns the build ships with the index (src/model/eventPlacement.ts) must give the page exactly
 * what it would work out itself: the same descriptions, the same placement, the same domain, at any width.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { syntheticTimeline } from '../../../scripts/bench/syntheticTimeline.ts';
import { dayFromNumber, dayNumber } from '../../model/calendar.ts';
import type { Timeline, TimelineEvent } from '../../model/timeline.ts';
import { packIndex, shippedPlacement, splitTimeline, unpackIndex, type PackedIndex, type TimelineIndex } from '../../model/timelineIndex.ts';
import { isPointEvent } from './markGeometry.ts';
import { fitDomain, linearPixels, maxZoomScale } from './timelineDomain.ts';
import { describeEvents, layoutTimeline, placeEvents, type DescribedEvent, type PlacedEvents, type TimelineLayout } from './timelineLayout.ts';

/** The index as the page gets it: packed, sent as JSON, unpacked. */
const shippedIndex = (timeline: Timeline): TimelineIndex =>
  unpackIndex(JSON.parse(JSON.stringify(packIndex(splitTimeline(timeline).index))) as PackedIndex);

const langOfIn = (index: TimelineIndex) => {
  const langs = new Map(index.articles.map((a) => [a.id, a.lang]));
  return (id: string) => langs.get(id) ?? 'und';
};

const describedFacts = (described: readonly DescribedEvent[]) =>
  described.map((d) => ({ id: d.event.id, sources: d.sources, languages: d.languages, count: d.count, labelLength: d.labelLength }));
const placedFacts = (placed: PlacedEvents) => ({
  ids: placed.described.map((d) => d.event.id), point: [...placed.point], start: [...placed.start], end: [...placed.end], labelLength: [...placed.labelLength],
});

/** Everything the page works out from the shipped columns, and the same worked out without them (a copy of the list). */
function bothWays(index: TimelineIndex, width: number) {
  const events = index.events, copy = [...events];
  const shipped = shippedPlacement(events);
  expect(shipped).toBeDefined();
  expect(shippedPlacement(copy)).toBeUndefined();
  const langOf = langOfIn(index);
  const withColumns = { domain: fitDomain(events, shipped), described: describeEvents(events, langOf, shipped) };
  const without = { domain: fitDomain(copy), described: describeEvents(copy, langOf) };
  const x = linearPixels(withColumns.domain, [16, width - 16]);
  return {
    shipped: { domain: withColumns.domain, described: describedFacts(withColumns.described), placed: placedFacts(placeEvents(withColumns.described, x, shipped)) },
    computed: { domain: without.domain, described: describedFacts(without.described), placed: placedFacts(placeEvents(without.described, x)) },
  };
}

/**
 * Placement as the page did it before the columns: ISO days read per event, centres compared in pixels (so events
 * whose centres tie exactly could swap by a rounding error; now they keep their given order).
 */
function placedTheOldWay(described: readonly DescribedEvent[], x: (ms: number) => number): PlacedEvents {
  const n = described.length, DAY_MS = 86_400_000;
  const start = described.map((d) => x(dayNumber(d.event.date.start) * DAY_MS));
  const end = described.map((d) => x(dayNumber(d.event.date.end) * DAY_MS + DAY_MS));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (start[a] + end[a]) - (start[b] + end[b]) || a - b);
  return {
    described: order.map((i) => described[i]), point: Uint8Array.from(order, (i) => (isPointEvent(described[i].event) ? 1 : 0)),
    start: Float64Array.from(order, (i) => start[i]), end: Float64Array.from(order, (i) => end[i]), labelLength: Int32Array.from(order, (i) => described[i].labelLength),
    firstDay: Int32Array.from(order, (i) => dayNumber(described[i].event.date.start)),
  };
}

/** What a layout draws: each item's kind, key, lane, geometry and events. */
const drawn = (layout: TimelineLayout) => layout.items.map((item) => ({
  kind: item.kind, key: item.key, lane: item.lane, geometry: item.geometry,
  events: item.kind === 'event' ? [item.event.id] : item.members.map((m) => m.id).sort(),
}));

describe('day numbers', () => {
  test.prop([fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })])('times a day in milliseconds are midnight UTC of the day (where placement puts a first day)', (y, m, d) => {
    const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    expect(dayNumber(day) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
  });
});

describe('placement shipped with the index', () => {
  const index = shippedIndex(syntheticTimeline({ events: 5_000, seed: 7 }));

  for (const width of [320, 1248, 4000]) {
    it(`gives the same descriptions, placement and domain as the page works out, at ${width} px`, () => {
      const { shipped, computed } = bothWays(index, width);
      expect(shipped).toEqual(computed);
    });
  }

  it('draws what the page drew before, at every zoom (days read per event, centres compared in pixels)', () => {
    const events = [...index.events];
    const described = describeEvents(events, langOfIn(index));
    const width = 1248, domain = fitDomain(events), x = linearPixels(domain, [16, width - 16]);
    const now = placeEvents(described, x), before = placedTheOldWay(described, x);
    for (const k of [1, 4, 32, maxZoomScale(domain)]) {
      const options = { maxLanes: 9, allowClusters: k < maxZoomScale(domain) };
      expect(drawn(layoutTimeline(now, k, 4, k * width - 4, options))).toEqual(drawn(layoutTimeline(before, k, 4, k * width - 4, options)));
    }
  });

  it('is left aside when the index is unpacked: the index has the contract\'s keys only', () => {
    const packed = packIndex(splitTimeline(syntheticTimeline({ events: 50, seed: 1 })).index);
    expect(packed.placement?.firstDay).toHaveLength(50);
    expect(Object.keys(unpackIndex(packed))).not.toContain('placement');
  });

  it('is not used for a list of another length (an index from an older build, a filter)', () => {
    const events = index.events.slice(1);
    const shipped = shippedPlacement(index.events);
    const langOf = langOfIn(index);
    expect(describedFacts(describeEvents(events, langOf, shipped))).toEqual(describedFacts(describeEvents(events, langOf)));
    expect(fitDomain(events, shipped)).toEqual(fitDomain(events));
  });

  // Random events: days from a few years, lengths from one day to a decade (same centres, ties, nested ranges),
  // one to five articles in up to three languages.
  const day = fc.integer({ min: dayNumber('1995-01-01'), max: dayNumber('1999-12-31') });
  const randomEvent = fc.record({
    first: day, length: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3650 })),
    precision: fc.constantFrom('day', 'month', 'year'), articles: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 5 }),
    title: fc.string({ maxLength: 90 }),
  });
  test.prop([fc.array(randomEvent, { minLength: 1, maxLength: 60 }), fc.integer({ min: 200, max: 3000 })])('agree for any events and width', (drawn, width) => {
    const articles = Array.from({ length: 10 }, (_, i) => ({
      id: `a${i}`, file: `a${i}.txt`, lang: ['en', 'fr', 'de'][i % 3], title: `a${i}`, url: null, published: null, text: 'x', sentences: [[0, 1]], timexes: [],
    }));
    const events: TimelineEvent[] = drawn.map((e, i) => {
      const start = dayFromNumber(e.first), end = dayFromNumber(e.first + e.length - 1);
      const date = { value: start, precision: e.precision, start, end } as TimelineEvent['date'];
      return {
        id: `e${i}`, type: 'meeting', title: e.title, participants: [], place: null, date, status: 'occurred', conflicts: [],
        mentions: e.articles.map((a) => ({ article: `a${a}`, sentence: 0, start: 0, end: 1, quote: 'x', timex: null, status: 'occurred', date })),
      } as TimelineEvent;
    });
    const { shipped, computed } = bothWays(shippedIndex({ schema: 'dateline/1', articles, events, warnings: [] } as unknown as Timeline), width);
    expect(shipped).toEqual(computed);
  });
});

