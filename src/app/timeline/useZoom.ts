/**
 * d3-zoom on one stable <svg>: wheel zooms around the pointer, drag pans, double-click zooms in. The transform
 * lives in this hook (local React state), never in the store; `onSettle` hears about it when a gesture ends.
 * Programmatic zooms go through the behaviour (`svg.call(zoom.transform, …)`) so d3's own `__zoom` stays true.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select, zoom, zoomIdentity, zoomTransform, type Selection, type ZoomTransform } from 'd3';

/** Nominal extent height: only x matters, y is ignored by the scale. */
const EXTENT_HEIGHT = 100;

export interface ZoomControls {
  transform: ZoomTransform;
  zoomBy: (factor: number) => void;
  panBy: (pixels: number) => void;
  fitAll: () => void;
  /** Pans so that base-scale pixel `x` sits in the middle of the plot. */
  centreOn: (x: number) => void;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function useZoom(svgRef: RefObject<SVGSVGElement | null>, width: number, maxScale: number, onSettle: (t: ZoomTransform) => void): ZoomControls {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useMemo(() => zoom<SVGSVGElement, unknown>(), []);
  const settle = useRef(onSettle);
  settle.current = onSettle;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || width <= 0) return;
    behaviour
      .extent([[0, 0], [width, EXTENT_HEIGHT]])
      .scaleExtent([1, Math.max(1, maxScale)])
      // Never pan past the (padded) data: the plot edges are the bounds.
      .translateExtent([[0, -Infinity], [width, Infinity]])
      .on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform))
      .on('end', (event: { transform: ZoomTransform }) => settle.current(event.transform));
    const selection = select(svg).call(behaviour);
    // Re-apply the current transform under the new constraints (a resize can make it out of bounds).
    behaviour.transform(selection, zoomTransform(svg));
    return () => void selection.on('.zoom', null);
  }, [svgRef, behaviour, width, maxScale]);

  const animate = useCallback((apply: (s: Selection<SVGSVGElement, unknown, null, undefined>) => void) => {
    const svg = svgRef.current;
    // Before the first measurement the behaviour has no extent yet: nothing to zoom.
    if (!svg || width <= 0) return;
    const selection = select(svg);
    if (reducedMotion()) apply(selection);
    else apply(selection.transition().duration(200) as unknown as typeof selection);
  }, [svgRef, width]);

  return {
    transform,
    zoomBy: useCallback((factor) => animate((s) => behaviour.scaleBy(s, factor)), [animate, behaviour]),
    panBy: useCallback((pixels) => animate((s) => behaviour.translateBy(s, pixels / zoomTransform(s.node()!).k, 0)), [animate, behaviour]),
    fitAll: useCallback(() => animate((s) => behaviour.transform(s, zoomIdentity)), [animate, behaviour]),
    centreOn: useCallback((x) => animate((s) => behaviour.translateTo(s, x, EXTENT_HEIGHT / 2)), [animate, behaviour]),
  };
}
