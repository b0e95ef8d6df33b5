/**
 * The interactive timeline. React renders every element; D3 supplies the UTC scale, ticks and the zoom behaviour.
 * Marks are laid out in lanes for the current scale; each mark is memoised, so a zoom frame only re-renders marks
 * whose geometry changed, and selection changes re-render two marks.
 */
import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { scaleUtc, type ZoomTransform } from 'd3';
import type { TimelineEvent } from '../../model/timeline.ts';
import { countSources, eventAccessibleName, sourcesInWords } from '../format/eventNames.ts';
import { formatShortDay } from '../format/dateLabels.ts';
import { useAppStore } from '../store/StoreProvider.tsx';
import { EventMark } from './EventMark.tsx';
import { layoutLanes } from './layoutLanes.ts';
import { Legend } from './Legend.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import { fitLabel, markGeometry, markLabel, occupiedExtent, type MarkGeometry } from './markGeometry.ts';
import { fitDomain, isoDayOf, maxZoomScale } from './timelineDomain.ts';
import { useElementWidth } from './useElementWidth.ts';
import { useZoom } from './useZoom.ts';
import { ZoomControls } from './ZoomControls.tsx';

const AXIS_HEIGHT = 34;
const LANE_HEIGHT = 28;
const PLOT_PADDING = 14;
const MIN_LANES = 4;
const SIDE_MARGIN = 16;

interface PlacedMark {
  event: TimelineEvent;
  name: string;
  label: string;
  count: string;
  geometry: MarkGeometry;
}

export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const [wrapperRef, width] = useElementWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const setVisibleRange = useAppStore((s) => s.setVisibleRange);

  const domain = useMemo(() => fitDomain(events), [events]);
  const baseScale = useMemo(() => scaleUtc().domain(domain).range([SIDE_MARGIN, Math.max(SIDE_MARGIN + 1, width - SIDE_MARGIN)]), [domain, width]);
  // Names and labels do not depend on the zoom: compute them once.
  const described = useMemo(() => events.map((event) => {
    const label = markLabel(event.title), count = ` (${sourcesInWords(countSources(event))})`;
    return { event, name: eventAccessibleName(event), label, count };
  }), [events]);

  const publishRange = useCallback((t: ZoomTransform) => {
    const visible = t.rescaleX(baseScale);
    setVisibleRange([isoDayOf(visible.invert(0)), isoDayOf(visible.invert(width))]);
  }, [baseScale, width, setVisibleRange]);
  const zoom = useZoom(svgRef, width, maxZoomScale(domain), publishRange);
  const scale = useMemo(() => zoom.transform.rescaleX(baseScale), [zoom.transform, baseScale]);

  const placed: PlacedMark[] = useMemo(() => described.map((d) => ({
    ...d, geometry: markGeometry(d.event, scale, d.label.length + d.count.length, 4, width - 4),
  })), [described, scale, width]);
  const { lanes, laneCount } = useMemo(
    () => layoutLanes(placed.map((p) => ({ id: p.event.id, order: p.geometry.x0, ...occupiedExtent(p.geometry) }))),
    [placed],
  );
  const height = AXIS_HEIGHT + PLOT_PADDING * 2 + Math.max(MIN_LANES, laneCount) * LANE_HEIGHT;

  const positionsRef = useRef(new Map<string, number>());
  positionsRef.current = new Map(placed.map((p) => [p.event.id, (p.geometry.x0 + p.geometry.x1) / 2]));
  const { centreOn, zoomBy, panBy, fitAll } = zoom;
  const transformRef = useRef(zoom.transform);
  transformRef.current = zoom.transform;
  // Tabbing to a mark outside the visible range brings it into view.
  const revealMark = useCallback((id: string) => {
    const x = positionsRef.current.get(id);
    if (x === undefined || (x >= 0 && x <= width)) return;
    centreOn(transformRef.current.invertX(x));
  }, [centreOn, width]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      '+': () => zoomBy(1.6), '=': () => zoomBy(1.6), '-': () => zoomBy(1 / 1.6), '_': () => zoomBy(1 / 1.6),
      ArrowLeft: () => panBy(width * 0.15), ArrowRight: () => panBy(-width * 0.15), '0': fitAll,
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const visibleStart = isoDayOf(scale.invert(0));
  const visibleEnd = isoDayOf(scale.invert(width));

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
          aria-label={`${events.length} events. Plus and minus zoom, arrow keys pan, Enter opens an event.`}
          data-visible-start={visibleStart}
          data-visible-end={visibleEnd}
        >
          <defs>
            <pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect className="hatch-bg" width="5" height="5" />
              <line className="hatch-line" x1="0" y1="0" x2="0" y2="5" />
            </pattern>
          </defs>
          <rect className="plot-bg" width={width} height={height} />
          <TimeAxis scale={scale} width={width} height={height} axisHeight={AXIS_HEIGHT} />
          <g className="marks">
            {placed.map(({ event, name, label, count, geometry }) => {
              const fitted = fitLabel(label, count, geometry.labelChars);
              return (
              <EventMark
                key={event.id}
                id={event.id}
                name={name}
                label={fitted.title}
                count={fitted.count}
                status={event.status}
                kind={geometry.kind}
                x0={geometry.x0}
                x1={geometry.x1}
                y={AXIS_HEIGHT + PLOT_PADDING + (lanes.get(event.id) ?? 0) * LANE_HEIGHT + LANE_HEIGHT / 2}
                labelSide={geometry.labelSide}
                labelX={geometry.labelX}
                labelWidth={geometry.labelWidth}
                selected={event.id === selectedEventId}
                onOpen={selectEvent}
                onFocusMark={revealMark}
              />
              );
            })}
          </g>
        </svg>
        <ZoomControls onZoomIn={() => zoomBy(1.6)} onZoomOut={() => zoomBy(1 / 1.6)} onFit={fitAll} />
      </div>
      <Legend />
    </section>
  );
}
