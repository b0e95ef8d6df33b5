import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { syntheticTimeline } from '../../../scripts/bench/syntheticTimeline.ts';
import { summariseEvent } from '../../model/timelineIndex.ts';
import { occupiedExtent, scaleGeometry } from './markGeometry.ts';
import { fitDomain, layoutZoom, linearPixels, maxZoomScale } from './timelineDomain.ts';
import { describeEvents, itemLookup, layoutTimeline, placeEvents, visibleItems, type TimelineItem, type TimelineLayout } from './timelineLayout.ts';

const WIDTH = 1200, MAX_LANES = 9, INSET = 4;
const events = syntheticTimeline({ events: 20_000, seed: 3 }).events.map((e) => summariseEvent(e, 0));
const domain = fitDomain(events);
const base = scaleUtc().domain(domain).range([16, WIDTH - 16]);
const placed = placeEvents(describeEvents(events, () => 'en'), (ms) => base(ms));
const maxScale = maxZoomScale(domain);
const layoutAt = (k: number) => layoutTimeline(placed, k, INSET, k * WIDTH - INSET, { maxLanes: MAX_LANES, allowClusters: k < maxScale });
const eventsIn = (items: readonly TimelineItem[]) => items.reduce((n, item) => n + (item.kind === 'event' ? 1 : item.members.length), 0);

/** Every item whose drawing reaches into [from, to], found the slow way. */
const reaching = (layout: TimelineLayout, from: number, to: number) => layout.items.filter((item) => {
  const { left, right } = occupiedExtent(item.geometry);
  return right >= from && left <= to;
});

function overlapsInLanes(items: readonly TimelineItem[]): boolean {
  const byLane = new Map<number, Array<{ left: number; right: number }>>();
  for (const item of items) byLane.set(item.lane, [...(byLane.get(item.lane) ?? []), occupiedExtent(item.geometry)]);
  return [...byLane.values()].some((extents) => extents.sort((a, b) => a.left - b.left).some((e, i) => i > 0 && e.left < extents[i - 1].right));
}

describe('a timeline of 20,000 events', () => {
  it('lists each cluster\'s members by first day (ties in centre order) and keys it by the first', () => {
    const layout = layoutAt(1);
    const clusters = layout.items.filter((item) => item.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(10);
    const centreRank = new Map(placed.described.map((d, i) => [d.event.id, i]));
    for (const cluster of clusters) {
      const members = cluster.members;
      // The same order as sorting the members' events (taken in centre order) by their first ISO day, stably.
      const expected = [...members].sort((a, b) => centreRank.get(a.id)! - centreRank.get(b.id)!)
        .sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
      expect(members.map((m) => m.id)).toEqual(expected.map((m) => m.id));
      expect(cluster.key).toBe(`cluster:${members[0].id}`);
      expect(cluster.memberIds).toBe(members.map((m) => m.id).join(' '));
    }
  });

  it('zoomed out, shows every event in at most nine lanes of counted clusters', () => {
    const layout = layoutAt(1);
    expect(layout.clustered).toBe(true);
    expect(layout.laneCount).toBeLessThanOrEqual(MAX_LANES);
    expect(eventsIn(layout.items)).toBe(20_000);
    expect(layout.items.length).toBeLessThan(500);
    expect(overlapsInLanes(layout.items)).toBe(false);
  });

  for (const k of [64, layoutZoom(maxScale * 0.5, maxScale), maxScale]) {
    it(`at zoom ${Math.round(k)}, puts in the DOM only what a screen shows, and all of it`, () => {
      const layout = layoutAt(k);
      expect(eventsIn(layout.items)).toBe(20_000);
      expect(overlapsInLanes(layout.items)).toBe(false);
      // The busiest screen of the whole timeline, and one in a quiet stretch.
      const screens = Array.from({ length: Math.ceil(k * WIDTH / WIDTH) }, (_, i) => i * WIDTH);
      const counts = screens.map((from) => visibleItems(layout, from, from + WIDTH).length);
      const busiest = screens[counts.indexOf(Math.max(...counts))];
      for (const from of [busiest, screens[counts.indexOf(Math.min(...counts))]]) {
        const shown = visibleItems(layout, from, from + WIDTH);
        expect(shown.map((item) => item.key)).toEqual(reaching(layout, from, from + WIDTH).map((item) => item.key));
        // A screen holds a bounded number of marks, whatever the size of the timeline: 40 lanes of them at most
        // (all the way in, a busy day stacks more lanes than a screen is tall; the timeline draws the ones in view).
        const inView = visibleItems(layout, from, from + WIDTH, [0, 39]);
        expect(inView.every((item) => item.lane < 40)).toBe(true);
        expect(inView.map((item) => item.key)).toEqual(shown.filter((item) => item.lane < 40).map((item) => item.key));
        expect(inView.length).toBeLessThanOrEqual(40 * (WIDTH / 12));
        if (layout.laneCount <= MAX_LANES) expect(shown.length).toBeLessThanOrEqual(MAX_LANES * (WIDTH / 12));
      }
    });
  }

  it('zoomed in from its level, marks only move apart: no two marks of a lane start to overlap', () => {
    const layout = layoutAt(8);
    const scaled = layout.items.map((item) => ({ ...item, geometry: scaleGeometry(item.geometry, Math.SQRT2, INSET) }));
    expect(overlapsInLanes(scaled)).toBe(false);
  });

  it('finds the item of every event, in a cluster or on its own', () => {
    const layout = layoutAt(16);
    const lookup = itemLookup(layout);
    for (const event of events.filter((_, i) => i % 997 === 0)) {
      const item = lookup.itemOf(lookup.keyOfEvent(event.id)!)!;
      expect(item.kind === 'event' ? [item.event.id] : item.members.map((m) => m.id)).toContain(event.id);
      expect(layout.items[lookup.indexOf(item.key)]).toBe(item);
    }
  });
});

describe('linearPixels', () => {
  it('places instants exactly where the d3 time scale does', () => {
    const scale = scaleUtc().domain([new Date(Date.UTC(1989, 11, 1)), new Date(Date.UTC(2026, 1, 3))]).range([16, 1264]);
    const x = linearPixels(scale.domain() as [Date, Date], scale.range() as [number, number]);
    for (const ms of [Date.UTC(1989, 11, 1), Date.UTC(2001, 8, 11), Date.UTC(2023, 5, 30, 12), Date.UTC(2026, 1, 3), Date.UTC(1970, 0, 1)]) {
      expect(x(ms)).toBe(scale(ms));
    }
  });
});

describe('describeEvents', () => {
  it('counts sources and languages as describeSupport does, and packs the length of the label and count drawn', async () => {
    const { describeSupport, supportLabel } = await import('../format/eventNames.ts');
    const { markLabel } = await import('./markGeometry.ts');
    const langs = ['en', 'de', 'en', 'fr', 'ru'];
    const langOf = (id: string) => langs[Number(id.replace(/\D/g, '')) % langs.length];
    const sample = events.slice(0, 2000).map((e, i) => (i % 7 === 3 ? { ...e, sourceCount: 1 } : i % 11 === 5 ? { ...e, articles: [...e.articles, 'a1', 'a6', 'a2'] } : e));
    for (const [i, d] of describeEvents(sample, langOf).entries()) {
      const support = describeSupport(sample[i], langOf);
      expect([d.sources, d.languages]).toEqual([support.sources, support.languages]);
      expect(d.count).toBe(` (${supportLabel(support)})`);
      expect(d.labelLength).toBe(markLabel(sample[i].title).length + d.count.length);
    }
  });
});
