/**
 * Everything the timeline draws for one zoom level, as plain data: event marks and counted clusters, each with its
 * lane. Pure (no DOM), so it can be tested and memoised on the zoom scale alone. Positions are in "content"
 * pixels (the base scale stretched by the zoom factor k); the timeline shifts them all with one translate, so a
 * pan re-renders no mark at all.
 *
 * Clusters: when the marks would need more than `maxLanes` lanes, neighbouring marks (centres within
 * CLUSTER_RADIUS pixels) are merged into one counted cluster, the biggest groups first, until the lanes fit.
 * Zooming in spreads the centres apart, so clusters split up by themselves.
 */
import type { TimelineEvent } from '../../model/timeline.ts';
import { clusterName, describeSupport, eventAccessibleName, supportLabel } from '../format/eventNames.ts';
import { layoutLanes } from './layoutLanes.ts';
import { LABEL_GAP, MIN_BAND_WIDTH, estimateTextWidth, fitLabel, markGeometry, markLabel, occupiedExtent, type MarkGeometry, type TimeScale } from './markGeometry.ts';

export const CLUSTER_RADIUS = 56;
export const MIN_CLUSTER_SIZE = 3;

export interface DescribedEvent {
  event: TimelineEvent;
  name: string;
  label: string;
  count: string;
  sources: number;
  languages: number;
}

export interface EventItem {
  kind: 'event';
  key: string;
  event: TimelineEvent;
  name: string;
  label: string;
  count: string;
  sources: number;
  geometry: MarkGeometry;
  lane: number;
}

export interface ClusterItem {
  kind: 'cluster';
  key: string;
  members: TimelineEvent[];
  name: string;
  label: string;
  geometry: MarkGeometry;
  lane: number;
}

export type TimelineItem = EventItem | ClusterItem;
type UnplacedItem = Omit<EventItem, 'lane'> | Omit<ClusterItem, 'lane'>;

export interface TimelineLayout {
  items: TimelineItem[];
  laneCount: number;
  clustered: boolean;
}

/** Names and labels depend only on the event: computed once per data set, not per zoom frame. */
export function describeEvents(events: readonly TimelineEvent[], langOf: (articleId: string) => string): DescribedEvent[] {
  return events.map((event) => {
    const support = describeSupport(event, langOf);
    return {
      event, name: eventAccessibleName(event, support), label: markLabel(event.title), count: ` (${supportLabel(support)})`,
      sources: support.sources, languages: support.languages,
    };
  });
}

function clusterGeometry(x0: number, x1: number, labelLength: number, plotLeft: number, plotRight: number): MarkGeometry {
  if (x1 - x0 < MIN_BAND_WIDTH * 2) {
    const centre = (x0 + x1) / 2;
    [x0, x1] = [centre - MIN_BAND_WIDTH, centre + MIN_BAND_WIDTH];
  }
  const width = Math.ceil(estimateTextWidth(labelLength) * 1.15); // the cluster label is bold
  const roomRight = plotRight - (x1 + LABEL_GAP);
  const labelSide = width <= roomRight ? 'right' : 'left';
  return { kind: 'band', x0, x1, labelSide, labelX: labelSide === 'right' ? x1 + LABEL_GAP : x0 - LABEL_GAP, labelChars: labelLength, labelWidth: width };
}

interface Placed { described: DescribedEvent; geometry: MarkGeometry; centre: number }

/** Runs of marks whose centres lie within `radius` pixels of the run's first centre, in time order. */
export function proximityGroups<T extends { centre: number }>(placed: readonly T[], radius: number): T[][] {
  const sorted = [...placed].sort((a, b) => a.centre - b.centre);
  const groups: T[][] = [];
  for (const p of sorted) {
    const group = groups.at(-1);
    if (group && p.centre - group[0].centre <= radius) group.push(p);
    else groups.push([p]);
  }
  return groups;
}

function buildItems(groups: readonly Placed[][], threshold: number, plotLeft: number, plotRight: number): UnplacedItem[] {
  const items: UnplacedItem[] = [];
  for (const group of groups) {
    if (group.length >= threshold) {
      const members = group.map((p) => p.described.event).sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
      const x0 = Math.min(...group.map((p) => p.geometry.x0)), x1 = Math.max(...group.map((p) => p.geometry.x1));
      const label = `${members.length} events`;
      items.push({ kind: 'cluster', key: `cluster:${members[0].id}`, members, name: `${label}, ${clusterName(members)}`, label,
        geometry: clusterGeometry(x0, x1, label.length, plotLeft, plotRight) });
    } else {
      for (const { described, geometry } of group) {
        const fitted = fitLabel(described.label, described.count, geometry.labelChars);
        items.push({ kind: 'event', key: described.event.id, event: described.event, name: described.name,
          label: fitted.title, count: fitted.count, sources: described.sources, geometry });
      }
    }
  }
  return items;
}

function withLanes(items: UnplacedItem[]): { items: TimelineItem[]; laneCount: number } {
  const { lanes, laneCount } = layoutLanes(items.map((item) => ({ id: item.key, order: item.geometry.x0, ...occupiedExtent(item.geometry) })));
  const placed = items.map((item) => ({ ...item, lane: lanes.get(item.key) ?? 0 }) as TimelineItem);
  // Time order (then top to bottom): the order of the DOM, of Tab and of the arrow keys.
  placed.sort((a, b) => a.geometry.x0 - b.geometry.x0 || a.lane - b.lane);
  return { items: placed, laneCount };
}

export function layoutTimeline(
  described: readonly DescribedEvent[], x: TimeScale, plotLeft: number, plotRight: number,
  { maxLanes, allowClusters }: { maxLanes: number; allowClusters: boolean },
): TimelineLayout {
  const placed: Placed[] = described.map((d) => {
    const geometry = markGeometry(d.event, x, d.label.length + d.count.length, plotLeft, plotRight);
    return { described: d, geometry, centre: (geometry.x0 + geometry.x1) / 2 };
  });
  const groups = proximityGroups(placed, CLUSTER_RADIUS);
  const plain = withLanes(buildItems(groups, Infinity, plotLeft, plotRight));
  if (!allowClusters || plain.laneCount <= maxLanes) return { ...plain, clustered: false };
  const sizes = [...new Set(groups.map((g) => g.length).filter((n) => n >= MIN_CLUSTER_SIZE))].sort((a, b) => b - a);
  let best = plain;
  for (const threshold of sizes) {
    best = withLanes(buildItems(groups, threshold, plotLeft, plotRight));
    if (best.laneCount <= maxLanes) break;
  }
  return { ...best, clustered: best !== plain };
}
