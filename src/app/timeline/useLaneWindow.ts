/**
 * Which lanes of a very tall plot to draw: all the way in (no clusters), a busy day can stack hundreds of lanes,
 * and the page scrolls over them. Lanes within a screen or so of the viewport are drawn; the range moves in
 * blocks, so scrolling re-renders only when it crosses one. Up to `LANE_WINDOW_ABOVE` lanes, everything is drawn.
 */
import { useCallback, useState, type RefObject } from 'react';
import { useViewportFrames } from '../hooks/useViewportFrames.ts';

export const LANE_WINDOW_ABOVE = 40;
const BLOCK = 20;

/** Pure: lanes `first`..`last` (quantised, with a block of margin) for the plot's top at `top` px in a viewport. */
export function laneWindow(top: number, viewportHeight: number, laneTop: number, laneHeight: number): [number, number] {
  const first = Math.floor((-top - laneTop) / laneHeight), last = Math.ceil((viewportHeight - top - laneTop) / laneHeight);
  return [Math.max(0, (Math.floor(first / BLOCK) - 1) * BLOCK), (Math.ceil(last / BLOCK) + 1) * BLOCK];
}

export function useLaneWindow(svgRef: RefObject<SVGSVGElement | null>, laneCount: number, laneTop: number, laneHeight: number): [number, number] | undefined {
  const windowed = laneCount > LANE_WINDOW_ABOVE;
  const [lanes, setLanes] = useState<[number, number]>([0, LANE_WINDOW_ABOVE]);
  const update = useCallback(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const next = laneWindow(svg.getBoundingClientRect().top, innerHeight, laneTop, laneHeight);
    setLanes((current) => (current[0] === next[0] && current[1] === next[1] ? current : next));
  }, [svgRef, laneTop, laneHeight]);
  useViewportFrames(windowed, update);
  return windowed ? lanes : undefined;
}
