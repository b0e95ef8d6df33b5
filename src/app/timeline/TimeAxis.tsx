/** The time axis: grid lines and text tick labels from the current (zoomed) scale. One <g>. */
import { memo } from 'react';
import type { ScaleTime } from 'd3-scale';
import { estimateTextWidth } from './markGeometry.ts';
import { formatTicks } from './tickFormat.ts';

interface TimeAxisProps {
  scale: ScaleTime<number, number>;
  width: number;
  height: number;
  axisHeight: number;
}

export const TimeAxis = memo(function TimeAxis({ scale, width, height, axisHeight }: TimeAxisProps) {
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 120)));
  const labels = formatTicks(ticks);
  // Skip a label that would run into the one before it (the first label carries the year and is longer).
  let lastRight = -Infinity;
  const shown = ticks.map((tick, i) => {
    const left = scale(tick) + 4;
    const right = left + estimateTextWidth(labels[i].length);
    if (left < lastRight + 8 || right > width) return false;
    lastRight = right;
    return true;
  });
  return (
    <g className="axis" aria-hidden="true">
      <line className="axis-baseline" x1={0} x2={width} y1={axisHeight} y2={axisHeight} />
      {ticks.map((tick, i) => {
        const x = scale(tick);
        return (
          <g key={tick.getTime()} className="axis-tick" transform={`translate(${x},0)`}>
            <line className="axis-grid" y1={axisHeight - 6} y2={height} />
            {shown[i] && <text className="axis-label" x={4} y={axisHeight - 10}>{labels[i]}</text>}
          </g>
        );
      })}
    </g>
  );
});
