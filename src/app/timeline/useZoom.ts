/**
 * d3-zoom on one stable <svg>: wheel and trackpad zoom around the pointer, drag pans, pinch zooms on touch screens,
 * double-click zooms in. The transform lives in this hook (local React state), never in the store; `onSettle`
 * hears about it when a gesture ends. Programmatic zooms (buttons, keys, the brush, deep links) go through the
 * behaviour (`svg.call(zoom.transform, …)`) so d3's own `__zoom` stays true.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';

/** Nominal extent height: only x matters, y is ignored by the scale. */
const EXTENT_HEIGHT = 100;

export interface ZoomControls {
  transform: ZoomTransform;
  /** Zooms by `factor` around screen pixel `atX` (the middle of the plot by default). */
  zoomBy: (factor: number, atX?: number) => void;
  panBy: (pixels: number) => void;
  fitAll: () => void;
  /** Pans so that base-scale pixel `x` sits in the middle of the plot. */
  centreOn: (x: number) => void;
  /** Shows base-scale pixels [x0, x1] across the whole plot (clamped to the zoom limits). */
  showSpan: (x0: number, x1: number, animate?: boolean) => void;
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

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

  const run = useCallback((apply: (s: SvgSelection) => void, animate = true) => {
    const svg = svgRef.current;
    // Before the first measurement the behaviour has no extent yet: nothing to zoom.
    if (!svg || width <= 0) return;
    const selection = select(svg);
    if (!animate || reducedMotion()) apply(selection);
    else apply(selection.transition().duration(220) as unknown as SvgSelection);
  }, [svgRef, width]);

  return {
    transform,
    zoomBy: useCallback((factor, atX) => run((s) => behaviour.scaleBy(s, factor, atX === undefined ? undefined : [atX, EXTENT_HEIGHT / 2])), [run, behaviour]),
    panBy: useCallback((pixels) => run((s) => behaviour.translateBy(s, pixels / zoomTransform(s.node()!).k, 0)), [run, behaviour]),
    fitAll: useCallback(() => run((s) => behaviour.transform(s, zoomIdentity)), [run, behaviour]),
    centreOn: useCallback((x) => run((s) => behaviour.translateTo(s, x, EXTENT_HEIGHT / 2)), [run, behaviour]),
    showSpan: useCallback((x0, x1, animate = true) => run((s) => {
      const k = Math.min(Math.max(1, maxScale), Math.max(1, width / Math.max(1e-6, x1 - x0)));
      behaviour.transform(s, zoomIdentity.translate(width / 2, 0).scale(k).translate(-(x0 + x1) / 2, 0));
    }, animate), [run, behaviour, width, maxScale]),
  };
}
