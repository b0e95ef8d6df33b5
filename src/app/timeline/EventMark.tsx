/**
 * One event on the timeline: a point (exact day) or a band (its whole span), styled by status, with a label and
 * its support (sources and languages). Better-supported events are drawn a little larger. A focusable button for
 * keyboard and screen-reader users; the timeline moves the single Tab stop between marks (roving focus).
 */
import { memo, type KeyboardEvent } from 'react';
import type { EventStatus } from '../../model/timeline.ts';
import { LABEL_GAP, POINT_RADIUS } from './markGeometry.ts';
import { statusStyle } from './statusStyle.ts';

/** Shape size grows with the number of sources, up to four. */
export function supportSize(sources: number): { radius: number; height: number } {
  const extra = Math.min(3, Math.max(0, sources - 1));
  return { radius: POINT_RADIUS - 1 + extra * 0.9, height: 10 + extra * 2 };
}

export interface EventMarkProps {
  id: string;
  name: string;
  label: string;
  /** " (4 sources, 2 languages)", possibly empty when there is no room. */
  count: string;
  status: EventStatus;
  sources: number;
  kind: 'point' | 'band';
  x0: number;
  x1: number;
  y: number;
  labelSide: 'left' | 'right' | 'inside';
  labelX: number;
  labelWidth: number;
  selected: boolean;
  tabbable: boolean;
  onOpen: (id: string) => void;
  onFocusItem: (key: string) => void;
}

export function activateOnEnter(action: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  };
}

export const EventMark = memo(function EventMark(props: EventMarkProps) {
  const { id, name, label, count, status, sources, kind, x0, x1, y, labelSide, labelX, labelWidth, selected, tabbable, onOpen, onFocusItem } = props;
  const style = statusStyle(status);
  const { radius, height } = supportSize(sources);
  const ringLeft = labelSide === 'left' ? x0 - LABEL_GAP - labelWidth - 4 : x0 - 4;
  const ringRight = labelSide === 'right' ? x1 + LABEL_GAP + labelWidth + 4 : x1 + 4; // inside: the band itself
  const half = height / 2;
  return (
    <g
      className={`mark mark--${style}${selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      aria-haspopup="dialog"
      data-key={id}
      data-event-id={id}
      data-status={status}
      data-kind={kind}
      onClick={() => onOpen(id)}
      onKeyDown={activateOnEnter(() => onOpen(id))}
      onFocus={() => onFocusItem(id)}
    >
      <rect className="mark-hit" x={ringLeft} y={y - 11} width={ringRight - ringLeft} height={22} rx={6} />
      {kind === 'point'
        ? <circle className="mark-shape" cx={(x0 + x1) / 2} cy={y} r={radius} />
        : <rect className="mark-shape" x={x0} y={y - half} width={x1 - x0} height={height} rx={Math.min(3, (x1 - x0) / 2)} />}
      {style === 'crossed' && <line className="mark-cross" x1={x0} y1={y + half} x2={x1} y2={y - half} />}
      {labelSide === 'inside' && <rect className="label-backdrop" x={labelX - 4} y={y - 9} width={labelWidth + 8} height={18} rx={4} />}
      <text className={`mark-label${labelSide === 'inside' ? ' mark-label--inside' : ''}`} x={labelX} y={y + 4} textAnchor={labelSide === 'left' ? 'end' : 'start'}>
        {label}
        {count && <tspan className="mark-count">{count}</tspan>}
      </text>
    </g>
  );
});
