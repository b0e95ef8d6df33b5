/** Event type families: types that can name the same real event in different reports. */
import type { EventStatus, EventType } from '../../model/timeline.ts';

const FAMILY: Partial<Record<EventType, string>> = { meeting: 'encounter', summit: 'encounter', visit: 'encounter', forum: 'forum' };

export function typeFamily(type: EventType): string {
  return FAMILY[type] ?? type;
}

/** Within one family the more specific type wins: a trip "to meet" is a meeting, a meeting of leaders at a summit a summit. */
const TYPE_RANK: Partial<Record<EventType, number>> = { summit: 3, meeting: 2, visit: 1 };
export function typeRank(type: EventType): number {
  return TYPE_RANK[type] ?? 0;
}

/** Status cue strength: a denial or an allegation outweighs plain tense. */
export const STATUS_PRIORITY: readonly EventStatus[] = ['denied', 'alleged', 'expected', 'possible', 'planned', 'ongoing', 'occurred'];
