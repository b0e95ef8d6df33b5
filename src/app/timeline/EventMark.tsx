/**
 * One event on the timeline: a point (day-precise) or a band (its whole span), styled by status, with a label
 * and its number of sources. A focusable button for keyboard and screen-reader users.
 */
import { memo, type KeyboardEvent } from 'react';
import type { EventStatus } from '../../model/timeline.ts';
import { LABEL_GAP, POINT_RADIUS } from './markGeometry.ts';
import { statusStyle } from './statusStyle.ts';

const SHAPE_HEIGHT = 12;

export interface EventMarkProps {
  id: string;
  name: string;
  label: string;
  /** " (4 sources)", possibly empty when there is no room; in parentheses so the label stays a prefix of the name. */
  count: string;
  status: EventStatus;
  kind: 'point' | 'band';
  x0: number;
  x1: number;
  y: number;
  labelSide: 'left' | 'right' | 'inside';
  labelX: number;
  labelWidth: number;
  selected: boolean;
  onOpen: (id: string) => void;
  onFocusMark: (id: string) => void;
}

export const EventMark = memo(function EventMark(props: EventMarkProps) {
  const { id, name, label, count, status, kind, x0, x1, y, labelSide, labelX, labelWidth, selected, onOpen, onFocusMark } = props;
  const style = statusStyle(status);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    }
  };
  const ringLeft = labelSide === 'left' ? x0 - LABEL_GAP - labelWidth - 4 : x0 - 4;
  const ringRight = labelSide === 'right' ? x1 + LABEL_GAP + labelWidth + 4 : x1 + 4; // inside: the band itself
  const half = SHAPE_HEIGHT / 2;
  return (
    <g
      className={`mark mark--${style}${selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-haspopup="dialog"
      data-event-id={id}
      data-status={status}
      data-kind={kind}
      onClick={() => onOpen(id)}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusMark(id)}
    >
      <rect className="mark-hit" x={ringLeft} y={y - 11} width={ringRight - ringLeft} height={22} rx={6} />
      {kind === 'point'
        ? <circle className="mark-shape" cx={(x0 + x1) / 2} cy={y} r={POINT_RADIUS} />
        : <rect className="mark-shape" x={x0} y={y - half} width={x1 - x0} height={SHAPE_HEIGHT} rx={Math.min(3, (x1 - x0) / 2)} />}
      {style === 'crossed' && <line className="mark-cross" x1={x0} y1={y + half} x2={x1} y2={y - half} />}
      {labelSide === 'inside' && <rect className="label-backdrop" x={labelX - 4} y={y - 9} width={labelWidth + 8} height={18} rx={4} />}
      <text className={`mark-label${labelSide === 'inside' ? ' mark-label--inside' : ''}`} x={labelX} y={y + 4} textAnchor={labelSide === 'left' ? 'end' : 'start'}>
        {label}
        {count && <tspan className="mark-count">{count}</tspan>}
      </text>
    </g>
  );
});
