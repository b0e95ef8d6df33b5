/**
 * How a status looks, never by colour alone: the fill pattern carries the meaning, colour only reinforces it.
 */
import type { EventStatus } from '../../model/timeline.ts';

export type StatusStyle = 'filled' | 'hatched' | 'outlined' | 'dashed' | 'crossed';

const STYLE: Record<EventStatus, StatusStyle> = {
  occurred: 'filled', ongoing: 'hatched', planned: 'outlined', expected: 'outlined',
  possible: 'dashed', alleged: 'dashed', denied: 'crossed',
};

export function statusStyle(status: EventStatus): StatusStyle {
  return STYLE[status] ?? 'dashed';
}

export const LEGEND: ReadonlyArray<{ style: StatusStyle; label: string }> = [
  { style: 'filled', label: 'Occurred' },
  { style: 'hatched', label: 'Ongoing' },
  { style: 'outlined', label: 'Planned or expected' },
  { style: 'dashed', label: 'Possible or alleged' },
  { style: 'crossed', label: 'Denied' },
];
