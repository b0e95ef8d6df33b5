/** Event type families: types that can name the same real event in different reports. */
import type { EventStatus, EventType } from '../../model/timeline.ts';

/**
 * A Map, not an object: types arrive as strings decoded from other threads and the cache (not internalised), and
 * joint dating and clustering ask for families millions of times at 10,000 articles, where an object's keyed
 * look-up of such a string (mostly a miss, up the prototype chain) showed in profiles.
 */
const FAMILY: ReadonlyMap<string, string> = new Map([['meeting', 'encounter'], ['summit', 'encounter'], ['visit', 'encounter'], ['forum', 'forum']]);

export function typeFamily(type: EventType): string {
  return FAMILY.get(type) ?? type;
}

/** Within one family the more specific type wins: a trip "to meet" is a meeting, a meeting of leaders at a summit a summit. */
const TYPE_RANK: Partial<Record<EventType, number>> = { summit: 3, meeting: 2, visit: 1 };
export function typeRank(type: EventType): number {
  return TYPE_RANK[type] ?? 0;
}

/** Status cue strength: a denial or an allegation outweighs plain tense. */
export const STATUS_PRIORITY: readonly EventStatus[] = ['denied', 'alleged', 'expected', 'possible', 'planned', 'ongoing', 'occurred'];
