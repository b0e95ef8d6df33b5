/**
 * The interactive timeline. React renders every element; D3 supplies the UTC scale, ticks, zoom and brush.
 *
 * Cheap rendering, up to tens of thousands of events: marks are laid out in "content" pixels that depend on the
 * zoom factor k only, and the whole marks layer is shifted by one translate. Layouts are made at discrete zoom
 * levels (LAYOUT_ZOOM_STEP apart); in between, marks only move. Only the marks within a screen or so of the view
 * are in the DOM (plus the one Tab stop and the selected event), chosen by bisection and renewed when a pan
 * crosses half a screen, so a pan re-renders nothing at all. Zoomed out, dense periods collapse into counted
 * clusters.
 *
 * Keyboard: one Tab stop for all events (roving focus); arrow keys move between events and clusters in time
 * order (the view follows), Home/End go to the first/last, Shift+arrows and Page Up/Down pan, + and − zoom
 * around the focused event, 0 fits all, Enter opens an event or expands a cluster.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { ZoomTransform } from 'd3-zoom';
import { shippedPlacement, type EventSummary } from '../../model/timelineIndex.ts';
import { addDays } from '../../model/calendar.ts';
import { formatShortDay, utcDate } from '../../model/dateLabels.ts';
import { useTimelineData } from '../data/TimelineDataProvider.tsx';
import { useAppStore } from '../store/StoreProvider.tsx';
import { ClusterMark } from './ClusterMark.tsx';
import { EventMark } from './EventMark.tsx';
import { Legend } from './Legend.tsx';
import { Minimap } from './Minimap.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import { describeEvents, itemLookup, layoutTimeline, placeEvents, visibleItems, type TimelineItem } from './timelineLayout.ts';
import { scaleGeometry } from './markGeometry.ts';
import { fitDomain, isoDayOf, layoutZoom, linearPixels, maxZoomScale } from './timelineDomain.ts';
import { useElementWidth } from './useElementWidth.ts';
import { plotWidthHint } from './plotWidthHint.ts';
import { useLaneWindow } from './useLaneWindow.ts';
import { useZoom } from './useZoom.ts';
import { ZoomControls } from './ZoomControls.tsx';
import { MAX_LANES, PLOT_INSET, baseRange, describedAhead, domainAhead, layoutAhead, placedAhead } from './firstLayout.ts';

export { MAX_LANES } from './firstLayout.ts';

const AXIS_HEIGHT = 34;
const LANE_HEIGHT = 28;
const PLOT_PADDING = 14;
const MIN_LANES = 4;
const ZOOM_STEP = 1.6;

interface TimelineProps {
  /** The events to show (filtered). */
  events: readonly EventSummary[];
  /** All events: they fix the time range, so filtering never moves the axis. */
  domainEvents: readonly EventSummary[];
}

/** First and last day visible through a zoom transform (the right edge is exclusive). */
function visibleDays(t: ZoomTransform, baseScale: ScaleTime<number, number>, width: number): [string, string] {
  const visible = t.rescaleX(baseScale);
  return [isoDayOf(visible.invert(0)), isoDayOf(new Date(visible.invert(width).getTime() - 1))];
}

function findByKey(root: Element | null, key: string): HTMLElement | SVGElement | undefined {
  if (!root) return undefined;
  return [...root.querySelectorAll<SVGElement>('[data-key]')].find((el) => el.getAttribute('data-key') === key);
}

export function Timeline({ events, domainEvents }: TimelineProps) {
  // The plot's width as measured before the app's first render (startApp.tsx): the first render lays out at once.
  const [wrapperRef, width, measured] = useElementWidth<HTMLDivElement>(useState(plotWidthHint)[0]);
  const svgRef = useRef<SVGSVGElement>(null);
  const { articlesById } = useTimelineData();
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const setVisibleRange = useAppStore((s) => s.setVisibleRange);
  const rangeRequest = useAppStore((s) => s.rangeRequest);
  const revealRequest = useAppStore((s) => s.revealRequest);
  const visibleRange = useAppStore((s) => s.visibleRange);

  // Domain, descriptions, placement and the first layout: made ahead by the page's entry for the first render
  // (firstLayout.ts) when they were made for these inputs, else here.
  const domain = useMemo(() => domainAhead(domainEvents) ?? fitDomain(domainEvents, shippedPlacement(domainEvents)), [domainEvents]);
  const maxScale = maxZoomScale(domain);
  const baseScale = useMemo(() => scaleUtc().domain(domain).range(baseRange(width)), [domain, width]);
  const described = useMemo(() => describedAhead(events, articlesById)
    ?? describeEvents(events, (id) => articlesById.get(id)?.lang ?? 'und', shippedPlacement(events)), [events, articlesById]);

  const publishRange = useCallback((t: ZoomTransform) => {
    if (width <= 0) return;
    setVisibleRange(t.k < 1.0001 ? null : visibleDays(t, baseScale, width));
  }, [baseScale, width, setVisibleRange]);
  const zoom = useZoom(svgRef, width, maxScale, publishRange);
  const { k, x: tx } = zoom.transform;
  const scale = useMemo(() => zoom.transform.rescaleX(baseScale), [zoom.transform, baseScale]);
  // Nothing is laid out before the plot is measured or its width known (a layout that would be thrown away at once:
  // a third of the work before the first paint at 10,000 events); a plot measured at 0 wide (jsdom) is laid out.
  const baseX = useMemo(() => linearPixels(baseScale.domain() as [Date, Date], baseScale.range() as [number, number]), [baseScale]);
  const placed = useMemo(
    () => (measured && placedAhead(described, domain, width)) || placeEvents(measured ? described : [], baseX, shippedPlacement(events)),
    [described, baseX, measured, domain, width, events],
  );
  const atMaxZoom = k >= maxScale * 0.999;
  const levelK = layoutZoom(k, maxScale);
  const layout = useMemo(
    () => layoutAhead(placed, levelK, width, !atMaxZoom)
      ?? layoutTimeline(placed, levelK, PLOT_INSET, levelK * width - PLOT_INSET, { maxLanes: MAX_LANES, allowClusters: !atMaxZoom }),
    [placed, levelK, width, atMaxZoom],
  );
  const lookup = useMemo(() => itemLookup(layout), [layout]);
  /** Screen pixels per layout pixel: the zoom since the layout was made. */
  const ratio = k / layout.k;
  const height = AXIS_HEIGHT + PLOT_PADDING * 2 + Math.max(MIN_LANES, layout.laneCount) * LANE_HEIGHT;

  // Latest values for stable callbacks (so memoised marks never re-render for a new function).
  const live = useRef({ transform: zoom.transform, lookup, layout, width });
  live.current = { transform: zoom.transform, lookup, layout, width };
  const { centreOn, zoomBy, panBy, fitAll, showSpan } = zoom;

  // Roving focus: the one mark with tabindex=0 is the last focused, else the selected event's, else the first.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const activeEventKey = activeKey && (lookup.indexOf(activeKey) >= 0 ? activeKey : lookup.keyOfEvent(activeKey));
  const selectedKey = selectedEventId ? lookup.keyOfEvent(selectedEventId) : undefined;
  const tabKey = activeEventKey ?? selectedKey ?? layout.items[0]?.key;

  /** After a cluster expands, focus follows its first event through the zoom animation. */
  const pendingFocus = useRef<{ eventId: string; until: number } | null>(null);

  /** Where an item is drawn now, in content pixels (the layout's, stretched by the zoom since). */
  const drawnGeometry = useCallback((item: TimelineItem) => scaleGeometry(item.geometry, live.current.transform.k / live.current.layout.k, PLOT_INSET), []);

  const revealItem = useCallback((key: string) => {
    const { lookup, transform, width } = live.current;
    const item = lookup.itemOf(key);
    if (!item) return;
    const g = drawnGeometry(item);
    const left = g.x0 + transform.x, right = g.x1 + transform.x;
    if (right > 8 && left < width - 8) return;
    // A long pan flies out and back in (d3's smooth zoom): on the way the item may sit in a cluster for a moment,
    // so focus is brought back to it when it reappears, as after a cluster opens.
    if (document.activeElement?.closest?.('[data-key]')?.getAttribute('data-key') === key) {
      pendingFocus.current = { eventId: item.kind === 'event' ? item.event.id : item.members[0].id, until: performance.now() + 900 };
    }
    centreOn((g.x0 + g.x1) / 2 / transform.k);
  }, [centreOn, drawnGeometry]);

  const onFocusItem = useCallback((key: string) => {
    setActiveKey(key);
    const pending = pendingFocus.current;
    if (!pending || performance.now() > pending.until) revealItem(key);
  }, [revealItem]);

  const expandCluster = useCallback((key: string, focusEventId?: string) => {
    const { lookup, layout, transform, width } = live.current;
    const item = lookup.itemOf(key);
    if (!item || item.kind !== 'cluster') return;
    // Base-scale pixels (zoom 1).
    const x0 = item.geometry.x0 / layout.k, x1 = item.geometry.x1 / layout.k;
    // Show the members with a margin, and always zoom in at least twice, so every activation makes progress.
    const span = Math.min((x1 - x0) * 1.3 + 40 / transform.k, width / (transform.k * 2));
    const centre = (x0 + x1) / 2;
    pendingFocus.current = { eventId: focusEventId ?? item.members[0].id, until: performance.now() + 900 };
    setActiveKey(focusEventId ?? item.members[0].id);
    showSpan(centre - span / 2, centre + span / 2);
  }, [showSpan]);

  // The DOM holds the items within half a screen or more of the view, the Tab stop and the selected item. The
  // window moves in half-screen blocks, so a pan within a block changes nothing but the layer's translate.
  const block = Math.max(1, width / ratio / 2);
  const firstBlock = Math.floor(-tx / ratio / block) - 1;
  const lastBlock = firstBlock + 5;
  const lanes = useLaneWindow(svgRef, layout.laneCount, AXIS_HEIGHT + PLOT_PADDING, LANE_HEIGHT);
  const inWindow = useMemo(() => visibleItems(layout, firstBlock * block, lastBlock * block, lanes), [layout, firstBlock, lastBlock, block, lanes]);
  const rendered = useMemo(() => {
    const extra = [tabKey, selectedKey].filter((key): key is string => !!key && !inWindow.some((item) => item.key === key));
    if (extra.length === 0) return inWindow;
    const items = [...inWindow, ...new Set(extra)].map((item) => (typeof item === 'string' ? lookup.itemOf(item)! : item)).filter(Boolean);
    return items.sort((a, b) => lookup.indexOf(a.key) - lookup.indexOf(b.key));
  }, [inWindow, tabKey, selectedKey, lookup]);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    if (performance.now() > pending.until) { pendingFocus.current = null; return; }
    const key = lookup.keyOfEvent(pending.eventId);
    const element = key ? findByKey(svgRef.current, key) : undefined;
    // Only take focus the expanded cluster had (it is gone, so focus fell to the body), never from elsewhere.
    const active = document.activeElement;
    if (element && active !== element && (!active || active === document.body || svgRef.current?.contains(active))) {
      element.focus({ preventScroll: true });
    }
  }, [layout, lookup, rendered]);

  // Arrow keys may move focus to an item outside the drawn window: it is drawn on the next render, then focused.
  const focusRequest = useRef<string | null>(null);
  useLayoutEffect(() => {
    const key = focusRequest.current;
    const element = key ? findByKey(svgRef.current, key) : undefined;
    if (!element) return;
    focusRequest.current = null;
    element.focus({ preventScroll: true });
  });

  // The same elements while only the translate changes (a pan): React then skips the whole layer.
  const marks = useMemo(() => rendered.map((item) => {
    const g = scaleGeometry(item.geometry, ratio, PLOT_INSET);
    const y = AXIS_HEIGHT + PLOT_PADDING + item.lane * LANE_HEIGHT + LANE_HEIGHT / 2;
    return item.kind === 'event'
      ? (
        <EventMark
          key={item.key} id={item.event.id} name={item.name} label={item.label} count={item.count}
          status={item.event.status} sources={item.sources} kind={g.kind}
          x0={g.x0} x1={g.x1} y={y} labelSide={g.labelSide} labelX={g.labelX} labelWidth={g.labelWidth}
          selected={item.event.id === selectedEventId} tabbable={item.key === tabKey}
          onOpen={selectEvent} onFocusItem={onFocusItem}
        />
      )
      : (
        <ClusterMark
          key={item.key} clusterKey={item.key} name={item.name} label={item.label} memberIds={item.memberIds}
          x0={g.x0} x1={g.x1} y={y} labelSide={g.labelSide} labelX={g.labelX} labelWidth={g.labelWidth}
          selected={item.key === selectedKey} tabbable={item.key === tabKey}
          onExpand={expandCluster} onFocusItem={onFocusItem}
        />
      );
  }), [rendered, ratio, selectedEventId, selectedKey, tabKey, selectEvent, onFocusItem, expandCluster]);

  // A deep link or back/forward asks for a range: show exactly those days.
  const appliedRange = useRef(0);
  useEffect(() => {
    if (!rangeRequest || width <= 0 || rangeRequest.seq === appliedRange.current) return;
    appliedRange.current = rangeRequest.seq;
    if (!rangeRequest.range) { showSpan(0, width, false); return; }
    const [from, to] = rangeRequest.range;
    showSpan(baseScale(utcDate(from)), baseScale(utcDate(addDays(to, 1))), false);
  }, [rangeRequest, width, baseScale, showSpan]);

  // A resize (window, or the panel opening beside the plot) keeps the same days in view, not the same pixels.
  const rangeBeforeResize = useRef(visibleRange);
  const lastWidth = useRef(width);
  useEffect(() => {
    const range = rangeBeforeResize.current;
    if (width > 0 && lastWidth.current > 0 && width !== lastWidth.current && range) {
      showSpan(baseScale(utcDate(range[0])), baseScale(utcDate(addDays(range[1], 1))), false);
    }
    lastWidth.current = width;
  }, [width, baseScale, showSpan]);
  // Read after the effect above, so it still holds the range from before this render's resize.
  useEffect(() => { rangeBeforeResize.current = visibleRange; });

  // An event selected from elsewhere (reader, list, deep link) is brought into view, its clusters opened one
  // level at a time (each zoom animation is let finish before the next look).
  const appliedReveal = useRef(0);
  const revealWait = useRef({ until: 0, timer: 0 });
  const [revealTick, setRevealTick] = useState(0);
  useEffect(() => {
    if (!revealRequest || width <= 0 || revealRequest.seq === appliedReveal.current) return;
    const key = lookup.keyOfEvent(revealRequest.eventId);
    if (!key) return; // filtered out: nothing to show
    const lookAgainLater = () => {
      clearTimeout(revealWait.current.timer);
      revealWait.current.timer = window.setTimeout(() => setRevealTick((n) => n + 1), Math.max(40, revealWait.current.until - performance.now() + 40));
    };
    // Mid-animation the grouping is still changing: judge only once the zoom has come to rest.
    if (performance.now() < revealWait.current.until) { lookAgainLater(); return; }
    if (lookup.itemOf(key)?.kind !== 'cluster') {
      appliedReveal.current = revealRequest.seq;
      revealItem(key);
      return;
    }
    revealWait.current.until = performance.now() + 320;
    expandCluster(key, revealRequest.eventId);
    lookAgainLater();
  }, [revealRequest, width, lookup, expandCluster, revealItem, revealTick]);

  const focusKey = (key: string | undefined) => {
    if (!key) return;
    pendingFocus.current = null;
    const element = findByKey(svgRef.current, key);
    // Asked before the state changes: the render that draws the item may come at once.
    if (!element) focusRequest.current = key;
    setActiveKey(key);
    element?.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const itemKey = (event.target as Element).closest?.('[data-key]')?.getAttribute('data-key') ?? null;
    const { items } = layout;
    const index = itemKey ? lookup.indexOf(itemKey) : -1;
    const focused = index >= 0 ? drawnGeometry(items[index]) : undefined;
    const zoomAt = focused ? Math.min(width, Math.max(0, (focused.x0 + focused.x1) / 2 + tx)) : undefined;
    const step = (delta: number) => focusKey(items[Math.min(items.length - 1, Math.max(0, (index < 0 ? (delta > 0 ? -1 : items.length) : index) + delta))]?.key);
    const actions: Record<string, () => void> = {
      '+': () => zoomBy(ZOOM_STEP, zoomAt), '=': () => zoomBy(ZOOM_STEP, zoomAt),
      '-': () => zoomBy(1 / ZOOM_STEP, zoomAt), '_': () => zoomBy(1 / ZOOM_STEP, zoomAt), '0': fitAll,
      PageUp: () => panBy(width * 0.8), PageDown: () => panBy(-width * 0.8),
      Home: () => focusKey(items[0]?.key), End: () => focusKey(items.at(-1)?.key),
    };
    if (event.shiftKey || index < 0) {
      actions.ArrowLeft = () => panBy(width * 0.15);
      actions.ArrowRight = () => panBy(-width * 0.15);
    } else {
      actions.ArrowLeft = actions.ArrowUp = () => step(-1);
      actions.ArrowRight = actions.ArrowDown = () => step(1);
    }
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const [visibleStart, visibleEnd] = width > 0 ? visibleDays(zoom.transform, baseScale, width) : ['', ''];

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-bar">
        <h2 id="timeline-heading" className="timeline-heading">Timeline</h2>
        <p className="visible-range" data-testid="visible-range">
          {width > 0 ? <>Showing <span>{formatShortDay(visibleStart)}</span> – <span>{formatShortDay(visibleEnd)}</span></> : null}
        </p>
      </div>
      <div className="plot" ref={wrapperRef} onKeyDown={onKeyDown}>
        <svg
          ref={svgRef}
          className="plot-svg"
          width={Math.max(width, 1)}
          height={height}
          role="group"
          aria-label={`Timeline of ${events.length} ${events.length === 1 ? 'event' : 'events'}. Arrow keys move between events, Shift+arrows pan, plus and minus zoom, Home and End go to the first and last event, Enter opens.`}
          data-visible-start={visibleStart}
          data-visible-end={visibleEnd}
          data-zoom={k.toFixed(3)}
        >
          <defs>
            <pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect className="hatch-bg" width="5" height="5" />
              <line className="hatch-line" x1="0" y1="0" x2="0" y2="5" />
            </pattern>
          </defs>
          <rect className="plot-bg" width={width} height={height} />
          <TimeAxis scale={scale} width={width} height={height} axisHeight={AXIS_HEIGHT} />
          {events.length === 0 && (
            <text className="plot-empty" x={width / 2} y={AXIS_HEIGHT + 60} textAnchor="middle">No events match the filters.</text>
          )}
          <g className="marks" transform={`translate(${tx},0)`}>{marks}
          </g>
        </svg>
        <Minimap placed={placed} width={width} transform={zoom.transform}
          onBrush={(x0, x1) => showSpan(x0, x1, false)} onCentre={(x) => centreOn(x)} />
        <ZoomControls onZoomIn={() => zoomBy(ZOOM_STEP)} onZoomOut={() => zoomBy(1 / ZOOM_STEP)} onFit={fitAll} />
      </div>
      <Legend />
    </section>
  );
}
