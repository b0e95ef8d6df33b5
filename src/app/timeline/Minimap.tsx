/**
 * The overview strip: every (filtered) event over the whole range (merged into runs where they touch), and a d3-brush showing the current window.
 * Dragging or resizing the brush moves and zooms the timeline; clicking outside it centres the view there.
 * React renders the event ticks; d3-brush owns its one <g> (overlay, selection, handles), as the d3 docs show.
 * Hidden from screen readers: keyboard users have the zoom keys and buttons, which do the same.
 */
import { memo, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { ZoomTransform } from 'd3-zoom';
import { minimapTicks, tickPaths } from './minimapTicks.ts';
import type { PlacedEvents } from './timelineLayout.ts';

export const MINIMAP_HEIGHT = 40;
type PlacedTicks = Pick<PlacedEvents, 'described' | 'start' | 'end'>;
const NOTHING_PLACED: PlacedTicks = { described: [], start: new Float64Array(0), end: new Float64Array(0) };

interface MinimapProps {
  /** The (filtered) events as the timeline placed them on its base scale (zoom 1). */
  placed: PlacedTicks;
  width: number;
  transform: ZoomTransform;
  /** Base-scale pixels the user brushed. */
  onBrush: (x0: number, x1: number) => void;
  onCentre: (x: number) => void;
}

const Ticks = memo(function Ticks({ placed }: { placed: PlacedTicks }) {
  const paths = useMemo(() => tickPaths(minimapTicks(placed)), [placed]);
  return (
    <g className="minimap-ticks">
      {paths.map((p) => <path key={p.style} className={`minimap-tick mark--${p.style}`} d={p.d} />)}
    </g>
  );
});

export function Minimap({ placed, width, transform, onBrush, onCentre }: MinimapProps) {
  const brushRef = useRef<SVGGElement>(null);
  const behaviour = useRef<BrushBehavior<unknown> | null>(null);
  const brushing = useRef(false);
  const handlers = useRef({ onBrush, onCentre });
  handlers.current = { onBrush, onCentre };

  useEffect(() => {
    const g = brushRef.current;
    if (!g || width <= 0) return;
    const brush = brushX<unknown>()
      .extent([[0, 0], [width, MINIMAP_HEIGHT]])
      .on('start', (event: D3BrushEvent<unknown>) => { if (event.sourceEvent) brushing.current = true; })
      .on('brush', (event: D3BrushEvent<unknown>) => {
        // Programmatic moves (following the zoom) have no source event: ignore them, or the two would loop.
        if (!event.sourceEvent || !event.selection) return;
        const [x0, x1] = event.selection as [number, number];
        if (x1 - x0 > 1) handlers.current.onBrush(x0, x1);
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        brushing.current = false;
        if (!event.selection) {
          // A click outside the window clears d3's selection: centre the view there instead.
          const [px] = pointerX(event.sourceEvent, g);
          handlers.current.onCentre(px);
        }
      });
    behaviour.current = brush;
    select(g).call(brush);
    return () => { select(g).on('.brush', null); behaviour.current = null; };
  }, [width]);

  // Follow the zoom: the brush shows the visible window in base-scale pixels.
  useEffect(() => {
    const g = brushRef.current, brush = behaviour.current;
    if (!g || !brush || width <= 0 || brushing.current) return;
    // Showing everything: no window, so a drag anywhere draws a new one (instead of moving a full-width window).
    if (transform.k < 1.0001) { brush.move(select(g), null); return; }
    // Clamped into the strip and never reversed: a view that has left the data's range (new data arrived while the
    // old zoom stands) would otherwise give the brush a negative width.
    const x0 = Math.min(width, Math.max(0, -transform.x / transform.k));
    const x1 = Math.max(x0, Math.min(width, (width - transform.x) / transform.k));
    brush.move(select(g), [x0, x1]);
  }, [transform, width]);

  // The ticks come just after the marks: drawn in a render of their own (a transition, which yields to input),
  // so the first marks do not wait for every event's tick. Later changes (filters) redraw them the same way.
  const tickEvents = useDeferredValue(width > 0 ? placed : NOTHING_PLACED, NOTHING_PLACED);

  return (
    <svg className="minimap" width={Math.max(width, 1)} height={MINIMAP_HEIGHT} aria-hidden="true" focusable="false" data-testid="minimap">
      <rect className="minimap-bg" width={width} height={MINIMAP_HEIGHT} />
      {/* Not before the strip has a width: those ticks would be thrown away at once. */}
      <Ticks placed={tickEvents} />
      <g ref={brushRef} className="minimap-brush" />
    </svg>
  );
}

function pointerX(sourceEvent: unknown, node: SVGGElement): [number] {
  const e = sourceEvent as { clientX?: number; changedTouches?: TouchList };
  const clientX = e.clientX ?? e.changedTouches?.[0]?.clientX ?? 0;
  return [clientX - node.getBoundingClientRect().left];
}
