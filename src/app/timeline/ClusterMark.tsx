/**
 * A counted group of events too close together to read at this zoom ("12 events"). Activating it zooms in on its
 * span, where it splits into its events. A focusable button like the marks, named "12 events, March–May 2023".
 */
import { memo } from 'react';
import { LABEL_GAP } from './markGeometry.ts';
import { activateOnEnter } from './EventMark.tsx';

export interface ClusterMarkProps {
  clusterKey: string;
  name: string;
  label: string;
  memberIds: string;
  x0: number;
  x1: number;
  y: number;
  labelSide: 'left' | 'right' | 'inside';
  labelX: number;
  labelWidth: number;
  selected: boolean;
  tabbable: boolean;
  onExpand: (key: string) => void;
  onFocusItem: (key: string) => void;
}

export const ClusterMark = memo(function ClusterMark(props: ClusterMarkProps) {
  const { clusterKey, name, label, memberIds, x0, x1, y, labelSide, labelX, labelWidth, selected, tabbable, onExpand, onFocusItem } = props;
  const ringLeft = labelSide === 'left' ? x0 - LABEL_GAP - labelWidth - 4 : x0 - 4;
  const ringRight = labelSide === 'right' ? x1 + LABEL_GAP + labelWidth + 4 : x1 + 4;
  return (
    <g
      className={`cluster${selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      data-key={clusterKey}
      data-members={memberIds}
      onClick={() => onExpand(clusterKey)}
      onKeyDown={activateOnEnter(() => onExpand(clusterKey))}
      onFocus={() => onFocusItem(clusterKey)}
    >
      <rect className="mark-hit" x={ringLeft} y={y - 12} width={ringRight - ringLeft} height={24} rx={6} />
      {/* Two offset outlines read as "a stack of several". */}
      <rect className="cluster-back" x={x0 + 3} y={y - 10} width={x1 - x0} height={16} rx={5} />
      <rect className="cluster-shape" x={x0} y={y - 7} width={x1 - x0} height={16} rx={5} />
      <text className="cluster-label" x={labelX} y={y + 5} textAnchor={labelSide === 'left' ? 'end' : 'start'}>{label}</text>
    </g>
  );
});
