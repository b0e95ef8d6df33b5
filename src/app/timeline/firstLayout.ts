/**
 * The timeline's first layout, made ahead: the page's entry (src/main.tsx) runs it as soon as the index is
 * unpacked, while the app's code (React, D3, the components) is still being fetched and compiled, time in which
 * the page has nothing else to do. The timeline's first render then finds its described, placed and laid-out
 * events made, for exactly its inputs (the same events, lookups, width and domain); for any other input (a
 * filter from a deep link, a plot of another width) it makes its own, as always. No React or D3 here: this
 * code is part of the entry.
 */
import { shippedPlacement, type EventSummary } from '../../model/timelineIndex.ts';
import type { TimelineData } from '../data/indexTimeline.ts';
import { describeEvents, layoutTimeline, placeEvents, type DescribedEvent, type PlacedEvents, type TimelineLayout } from './timelineLayout.ts';
import { fitDomain, linearPixels, maxZoomScale } from './timelineDomain.ts';

/** Beyond this many lanes, dense periods are shown as counted clusters. */
export const MAX_LANES = 9;
/** Pixels between the plot's edges and the ends of the time range at zoom 1. */
export const SIDE_MARGIN = 16;
/** Content pixels left free at both ends of the plot. */
export const PLOT_INSET = 4;

/** The pixel range of the base scale (zoom 1) on a plot `width` pixels wide. */
export function baseRange(width: number): [number, number] {
  return [SIDE_MARGIN, Math.max(SIDE_MARGIN + 1, width - SIDE_MARGIN)];
}

interface Ahead {
  events: readonly EventSummary[];
  articlesById: TimelineData['articlesById'];
  width: number;
  domain: [Date, Date];
  described: DescribedEvent[];
  placed: PlacedEvents;
  layout: TimelineLayout;
}

let ahead: Ahead | null = null;

/** Describes, places and lays out every event of `data` for a plot `width` pixels wide, at zoom 1. */
export function layOutAhead(data: TimelineData, width: number): void {
  const events = data.index.events;
  if (events.length === 0 || width <= 0) return;
  const { articlesById } = data;
  const shipped = shippedPlacement(events);
  const domain = fitDomain(events, shipped);
  const described = describeEvents(events, (id) => articlesById.get(id)?.lang ?? 'und', shipped);
  const placed = placeEvents(described, linearPixels(domain, baseRange(width)), shipped);
  const allowClusters = 1 < maxZoomScale(domain) * 0.999;
  const layout = layoutTimeline(placed, 1, PLOT_INSET, width - PLOT_INSET, { maxLanes: MAX_LANES, allowClusters });
  ahead = { events, articlesById, width, domain, described, placed, layout };
}

/** What was made ahead for these inputs, or undefined. */
export const domainAhead = (events: readonly EventSummary[]) => (ahead?.events === events ? ahead.domain : undefined);

export const describedAhead = (events: readonly EventSummary[], articlesById: TimelineData['articlesById']) =>
  (ahead?.events === events && ahead.articlesById === articlesById ? ahead.described : undefined);

export const placedAhead = (described: readonly DescribedEvent[], domain: readonly [Date, Date], width: number) =>
  (ahead?.described === described && ahead.domain === domain && ahead.width === width ? ahead.placed : undefined);

export const layoutAhead = (placed: PlacedEvents, k: number, width: number, allowClusters: boolean) =>
  (ahead?.placed === placed && k === 1 && ahead.width === width
    && allowClusters === (1 < maxZoomScale(ahead.domain) * 0.999) ? ahead.layout : undefined);
