/**
 * Everything the timeline draws for one zoom level, as plain data: event marks and counted clusters, each with its
 * lane. Pure (no DOM), so it can be tested and memoised on the zoom level alone. Positions are in "content"
 * pixels (the base scale stretched by the zoom factor k); the timeline shifts them all with one translate, so a
 * pan re-renders no mark at all.
 *
 * Clusters: when the marks would need more than `maxLanes` lanes, neighbouring marks (centres within
 * CLUSTER_RADIUS pixels) are merged into one counted cluster, the biggest groups first, until the lanes fit.
 * Zooming in spreads the centres apart, so clusters split up by themselves.
 *
 * Built for tens of thousands of events: the events are placed on the base scale once (`placeEvents`); a layout
 * is a few linear passes over typed arrays, packing tries run without building any item, and only the chosen
 * layout becomes objects. `visibleItems` finds what a window shows by binary search, so the DOM holds only that.
 */
import type { EventSummary } from '../../model/timelineIndex.ts';
import { centreOrder, eventDays, fitsEvents, languageCount, type PlacementColumns } from '../../model/eventPlacement.ts';
import { clusterName, describeSupport, eventAccessibleName, supportLabel, type Support } from '../format/eventNames.ts';
import { LABEL_GAP, MIN_BAND_WIDTH, MarkGeometries, estimateTextWidth, fitLabel, isPointEvent, markLabel, markLabelLength, occupiedExtent, type MarkGeometry } from './markGeometry.ts';

export const CLUSTER_RADIUS = 56;
export const MIN_CLUSTER_SIZE = 3;
/** Pixels kept free between neighbours of a lane. */
const LANE_GAP = 8;
/** Up to this many candidate cluster sizes are tried one by one; beyond, the first that fits is found by bisection. */
const LINEAR_SEARCH_SIZES = 8;

/** Names and labels depend only on the event: computed once per data set, not per zoom frame. */
export interface DescribedEvent {
  event: EventSummary;
  /** The accessible name; built when first read (only drawn marks need one). */
  readonly name: string;
  /** The title as drawn; shortened when first read (layouts need only its length). */
  readonly label: string;
  /** "(3 sources, 2 languages)" with its leading space. */
  readonly count: string;
  /** Characters of the label and the count together: what a layout packs. */
  readonly labelLength: number;
  sources: number;
  languages: number;
}

/** The count beside a mark, " (3 sources, 2 languages)": one string for each support seen (a handful in all). */
const countLabels = new Map<number, string>();
function countLabel(sources: number, languages: number): string {
  const key = sources * 4096 + languages;
  let label = countLabels.get(key);
  if (label === undefined) countLabels.set(key, label = ` (${supportLabel({ sources, languages })})`);
  return label;
}

class Described implements DescribedEvent {
  readonly count: string;
  readonly sources: number;
  readonly languages: number;
  readonly labelLength: number;
  #label: string | undefined;
  #name: string | undefined;
  #support: Support | undefined;
  // Every event is described before the first paint, so the constructor does only what a layout needs: the
  // languages counted ahead (shipped with the index, or counted by `describeEvents`), label lengths without
  // building labels.
  constructor(readonly event: EventSummary, private readonly langOf: (articleId: string) => string, languages: number) {
    // Copies of one story count once (sourceCount).
    this.sources = event.sourceCount ?? event.articles.length;
    this.languages = languages;
    this.count = countLabel(this.sources, this.languages);
    this.labelLength = markLabelLength(event.title) + this.count.length;
  }
  get label(): string {
    return (this.#label ??= markLabel(this.event.title));
  }
  get name(): string {
    return (this.#name ??= eventAccessibleName(this.event, this.#support ??= describeSupport(this.event, this.langOf)));
  }
}

/** `shipped`: the columns the index shipped for exactly these events, if any (their languages are counted there). */
export function describeEvents(events: readonly EventSummary[], langOf: (articleId: string) => string, shipped?: PlacementColumns): DescribedEvent[] {
  const described = new Array<DescribedEvent>(events.length);
  const languages = fitsEvents(shipped, events.length) ? shipped.languages : undefined;
  for (let i = 0; i < events.length; i++) {
    described[i] = new Described(events[i], langOf, languages ? languages[i] : languageCount(events[i].articles, langOf));
  }
  return described;
}

export interface EventItem {
  kind: 'event';
  key: string;
  event: EventSummary;
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
  /** In order of their first day. This, the ids and the name are built when first read (drawn clusters only). */
  readonly members: EventSummary[];
  /** Member ids joined by spaces (the element's data-members). */
  readonly memberIds: string;
  readonly name: string;
  label: string;
  geometry: MarkGeometry;
  lane: number;
}

class Cluster implements ClusterItem {
  readonly kind = 'cluster';
  readonly key: string;
  readonly label: string;
  #members: EventSummary[] | undefined;
  #memberIds: string | undefined;
  #name: string | undefined;
  /** `firstDay`: the day numbers of the group's first days (compared as numbers: every cluster is keyed by its first event). */
  constructor(private readonly group: readonly DescribedEvent[], private readonly firstDay: Int32Array, readonly geometry: MarkGeometry, readonly lane: number) {
    let first = 0;
    for (let i = 1; i < group.length; i++) if (firstDay[i] < firstDay[first]) first = i;
    this.key = `cluster:${group[first].event.id}`;
    this.label = `${group.length} events`;
  }
  get members(): EventSummary[] {
    if (!this.#members) {
      const { group, firstDay } = this;
      const order = Array.from(group, (_, i) => i).sort((a, b) => firstDay[a] - firstDay[b] || a - b);
      this.#members = order.map((i) => group[i].event);
    }
    return this.#members;
  }
  get memberIds(): string {
    return (this.#memberIds ??= this.members.map((m) => m.id).join(' '));
  }
  get name(): string {
    return (this.#name ??= `${this.label}, ${clusterName(this.members)}`);
  }
}

export type TimelineItem = EventItem | ClusterItem;

export interface TimelineLayout {
  /** In time order (then top to bottom): the order of the DOM, of Tab and of the arrow keys. */
  items: TimelineItem[];
  laneCount: number;
  clustered: boolean;
  /** The zoom factor the layout was made for. */
  k: number;
  /** reach[i]: the rightmost pixel any of items[0..i] draws (shape and label). */
  reach: Float64Array;
  /** How far left of its shape's left edge any item draws (a label on the left). */
  leftReach: number;
}

/** The events on the base scale (zoom 1), in order of their centres: the part of a layout that no zoom changes. */
export interface PlacedEvents {
  described: readonly DescribedEvent[];
  point: Uint8Array;
  /** Pixels of the first day's start and of the last day's exclusive end. */
  start: Float64Array;
  end: Float64Array;
  /** Characters of each event's label and source count. */
  labelLength: Int32Array;
  /** Day number of each event's first day. */
  firstDay: Int32Array;
  /** The events' order by left edge in the last layout made (a cache: the next sort starts from it). */
  laneOrder?: Uint32Array;
}

const DAY_MS = 86_400_000;

/**
 * `x` maps milliseconds since the epoch to base-scale pixels (a d3 time scale does). `shipped`: the columns the
 * index shipped for the events `described` was made from, if any (else their days and centre order are worked out
 * here, the same way).
 */
export function placeEvents(described: readonly DescribedEvent[], x: (ms: number) => number, shipped?: PlacementColumns): PlacedEvents {
  // Plain loops over typed arrays: this runs over every event before the first paint, in code still cold.
  const n = described.length;
  let firstDay: ArrayLike<number>, days: ArrayLike<number>, order: ArrayLike<number>;
  if (fitsEvents(shipped, n)) ({ firstDay, days, centreOrder: order } = shipped);
  else {
    ({ firstDay, days } = eventDays(described.map((d) => d.event)));
    order = centreOrder(firstDay, days);
  }
  const inOrder = new Array<DescribedEvent>(n);
  const placed: PlacedEvents = {
    described: inOrder, point: new Uint8Array(n), start: new Float64Array(n), end: new Float64Array(n), labelLength: new Int32Array(n), firstDay: new Int32Array(n),
  };
  for (let j = 0; j < n; j++) {
    const i = order[j], d = described[i];
    inOrder[j] = d;
    placed.labelLength[j] = d.labelLength;
    placed.point[j] = isPointEvent(d.event) ? 1 : 0;
    placed.firstDay[j] = firstDay[i];
    // The first day's midnight and the midnight after the last day (bands cover their whole last day).
    placed.start[j] = x(firstDay[i] * DAY_MS);
    placed.end[j] = x((firstDay[i] + days[i]) * DAY_MS);
  }
  return placed;
}

function clusterGeometry(x0: number, x1: number, labelLength: number, plotRight: number): MarkGeometry {
  let fixedWidth = false;
  if (x1 - x0 < MIN_BAND_WIDTH * 2) {
    const centre = (x0 + x1) / 2;
    [x0, x1] = [centre - MIN_BAND_WIDTH, centre + MIN_BAND_WIDTH];
    fixedWidth = true;
  }
  const width = Math.ceil(estimateTextWidth(labelLength) * 1.15); // the cluster label is bold
  const roomRight = plotRight - (x1 + LABEL_GAP);
  const labelSide = width <= roomRight ? 'right' : 'left';
  return { kind: 'band', x0, x1, labelSide, labelX: labelSide === 'right' ? x1 + LABEL_GAP : x0 - LABEL_GAP, labelChars: labelLength, labelWidth: width, fixedWidth };
}

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

export function layoutTimeline(
  placed: PlacedEvents, k: number, plotLeft: number, plotRight: number,
  { maxLanes, allowClusters }: { maxLanes: number; allowClusters: boolean },
): TimelineLayout {
  const { described } = placed;
  const n = described.length;
  // 1. Every event's mark at this zoom, and the extent of shape plus label.
  const geometry = new MarkGeometries(n);
  for (let i = 0; i < n; i++) geometry.set(i, placed.point[i] === 1, placed.start[i] * k, placed.end[i] * k, placed.labelLength[i], plotLeft, plotRight);
  const { x0, x1, left, right } = geometry;
  // 2. Proximity groups (events are already in centre order; centres scale with k, so the order holds).
  const groupOf = new Int32Array(n);
  const groupFirst: number[] = [];
  let firstCentre = -Infinity;
  for (let i = 0; i < n; i++) {
    const centre = (x0[i] + x1[i]) / 2;
    if (groupFirst.length > 0 && centre - firstCentre <= CLUSTER_RADIUS) groupOf[i] = groupFirst.length - 1;
    else {
      groupOf[i] = groupFirst.push(i) - 1;
      firstCentre = centre;
    }
  }
  const groupCount = groupFirst.length;
  const groupSize = (g: number) => (g + 1 < groupCount ? groupFirst[g + 1] : n) - groupFirst[g];
  // 3. Events in lane order: by left edge, then right edge, then centre order. Sorting starts from the order of
  // the last layout, which differs little from this one (the sort is then close to one pass).
  const order = placed.laneOrder && placed.laneOrder.length === n ? [...placed.laneOrder] : Array.from({ length: n }, (_, i) => i);
  const byX0 = Uint32Array.from(order.sort((a, b) => x0[a] - x0[b] || right[a] - right[b] || a - b));
  placed.laneOrder = byX0;
  // The columns in that order. (Plain loops: TypedArray.from with a mapping function is many times slower.)
  const sizeOfEventGroup = new Int32Array(n), sortedLeft = new Float64Array(n), sortedRight = new Float64Array(n), sortedX0 = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const i = byX0[j];
    sizeOfEventGroup[j] = groupSize(groupOf[i]);
    sortedLeft[j] = left[i];
    sortedRight[j] = right[i];
    sortedX0[j] = x0[i];
  }
  // 4. The cluster each group would become, in the same order.
  const clusters: Array<{ group: number; size: number; geometry: MarkGeometry; left: number; right: number }> = [];
  for (let g = 0; g < groupCount; g++) {
    const size = groupSize(g);
    if (size < MIN_CLUSTER_SIZE) continue;
    let lo = Infinity, hi = -Infinity;
    for (let i = groupFirst[g]; i < groupFirst[g] + size; i++) {
      lo = Math.min(lo, x0[i]);
      hi = Math.max(hi, x1[i]);
    }
    const cg = clusterGeometry(lo, hi, `${size} events`.length, plotRight);
    clusters.push({ group: g, size, geometry: cg, ...occupiedExtent(cg) });
  }
  clusters.sort((a, b) => a.geometry.x0 - b.geometry.x0 || a.right - b.right);
  const clusterCount = clusters.length;
  const clusterSize = Int32Array.from(clusters, (c) => c.size);
  const clusterX0 = Float64Array.from(clusters, (c) => c.geometry.x0);
  const clusterLeft = Float64Array.from(clusters, (c) => c.left), clusterRight = Float64Array.from(clusters, (c) => c.right);
  const laneRight: number[] = [];

  /**
   * Packs groups of `threshold` events or more as clusters, the rest as marks, in order of their left edges.
   * Gives up (null) past `cap` lanes; `visit` hears of each placed event (index in byX0) or cluster, with its lane.
   */
  const pack = (threshold: number, cap: number, visit?: (event: number, cluster: number, lane: number) => void): number | null => {
    laneRight.length = 0;
    let e = 0, c = 0;
    for (;;) {
      while (e < n && sizeOfEventGroup[e] >= threshold) e++;
      while (c < clusterCount && clusterSize[c] < threshold) c++;
      if (e >= n && c >= clusterCount) break;
      const takeEvent = c >= clusterCount || (e < n && (sortedX0[e] - clusterX0[c] || sortedRight[e] - clusterRight[c]) <= 0);
      const l = takeEvent ? sortedLeft[e] : clusterLeft[c], r = takeEvent ? sortedRight[e] : clusterRight[c];
      let lane = 0;
      while (lane < laneRight.length && laneRight[lane] + LANE_GAP > l) lane++;
      if (lane >= cap) return null;
      laneRight[lane] = lane < laneRight.length ? Math.max(laneRight[lane], r) : r;
      if (visit) visit(takeEvent ? e : -1, takeEvent ? -1 : c, lane);
      if (takeEvent) e++;
      else c++;
    }
    return laneRight.length;
  };

  let threshold = Infinity;
  if (allowClusters && pack(Infinity, maxLanes) === null) {
    const sizes = [...new Set(clusters.map((c) => c.size))].sort((a, b) => b - a);
    const fits = (i: number) => pack(sizes[i], maxLanes) !== null;
    // The first size, from the biggest down, whose layout fits (the smallest size when none does). Lanes fall as
    // the threshold falls, so with many sizes bisection finds the same one in a few tries.
    let found = sizes.length - 1;
    if (sizes.length <= LINEAR_SEARCH_SIZES) {
      const i = sizes.findIndex((_, j) => fits(j));
      if (i >= 0) found = i;
    } else {
      let lo = 0, hi = sizes.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fits(mid)) hi = mid;
        else lo = mid + 1;
      }
      found = lo;
    }
    threshold = sizes[found] ?? Infinity;
  }

  const items: TimelineItem[] = [];
  const laneCount = pack(threshold, Infinity, (sorted, cluster, lane) => {
    if (sorted >= 0) {
      const event = byX0[sorted];
      const d = described[event], g = geometry.get(event);
      const fitted = fitLabel(d.label, d.count, g.labelChars);
      items.push({ kind: 'event', key: d.event.id, event: d.event, get name() { return d.name; }, label: fitted.title, count: fitted.count, sources: d.sources, geometry: g, lane });
      return;
    }
    const { group, size, geometry: g } = clusters[cluster];
    const from = groupFirst[group];
    items.push(new Cluster(described.slice(from, from + size), placed.firstDay.subarray(from, from + size), g, lane));
  })!;
  items.sort((a, b) => a.geometry.x0 - b.geometry.x0 || a.lane - b.lane);
  const reach = new Float64Array(items.length);
  let leftReach = 0, rightmost = -Infinity;
  items.forEach((item, i) => {
    const extent = occupiedExtent(item.geometry);
    rightmost = Math.max(rightmost, extent.right);
    reach[i] = rightmost;
    leftReach = Math.max(leftReach, item.geometry.x0 - extent.left);
  });
  return { items, laneCount, clustered: threshold !== Infinity, k, reach, leftReach };
}

/**
 * The items that draw anything between content pixels `from` and `to`, in time order; only those of lanes
 * `lanes[0]`..`lanes[1]` when given (all the way in, a busy day can stack hundreds of lanes, taller than a screen).
 */
export function visibleItems(layout: Pick<TimelineLayout, 'items' | 'reach' | 'leftReach'>, from: number, to: number, lanes?: readonly [number, number]): TimelineItem[] {
  const { items, reach, leftReach } = layout;
  const [firstLane, lastLane] = lanes ?? [0, Infinity];
  // reach never decreases: the first item that can reach `from` is found by bisection.
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  const shown: TimelineItem[] = [];
  for (let i = lo; i < items.length && items[i].geometry.x0 - leftReach <= to; i++) {
    const item = items[i];
    if (item.lane < firstLane || item.lane > lastLane) continue;
    const extent = occupiedExtent(item.geometry);
    if (extent.right >= from && extent.left <= to) shown.push(item);
  }
  return shown;
}

export interface ItemLookup {
  /** Position of an item in `layout.items` (-1 when absent). */
  indexOf(key: string): number;
  itemOf(key: string): TimelineItem | undefined;
  /** The key of the item that shows an event: its own mark, or the cluster it is counted in. */
  keyOfEvent(eventId: string): string | undefined;
}

/** Lookups into a layout, each map built on first use (most frames need none of them). */
export function itemLookup(layout: Pick<TimelineLayout, 'items'>): ItemLookup {
  let index: Map<string, number> | undefined, ofEvent: Map<string, string> | undefined;
  const indexOf = (key: string) => (index ??= new Map(layout.items.map((item, i) => [item.key, i]))).get(key) ?? -1;
  return {
    indexOf,
    itemOf: (key) => layout.items[indexOf(key)],
    keyOfEvent: (eventId) => {
      if (!ofEvent) {
        ofEvent = new Map();
        for (const item of layout.items) {
          if (item.kind === 'event') ofEvent.set(item.event.id, item.key);
          else for (const member of item.members) ofEvent.set(member.id, item.key);
        }
      }
      return ofEvent.get(eventId);
    },
  };
}
