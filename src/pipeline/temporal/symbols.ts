/** The data files' compact symbol notation ("week-1", "weekday:1:this", "weekend:last", "season:FA-1", "vague:PAST_REF"). */
import type { Season, TimexSymbol, Unit, VagueRef, WeekdayRel } from './types.ts';

const UNITS = new Set<Unit>(['day', 'week', 'month', 'quarter', 'year']);
const SEASONS = new Set<Season>(['SP', 'SU', 'FA', 'WI']);
const REFS = new Set<VagueRef>(['PAST_REF', 'PRESENT_REF', 'FUTURE_REF']);

/** Parses one symbol string; throws with the offending text so a bad data file fails at load time. */
export function parseSymbol(s: string): TimexSymbol {
  let m: RegExpExecArray | null;
  if ((m = /^(day|week|month|quarter|year)([+-]\d{1,2}|0)$/.exec(s)) && UNITS.has(m[1] as Unit)) {
    return { kind: 'relative', unit: m[1] as Unit, shift: Number(m[2]) };
  }
  if ((m = /^season:(SP|SU|FA|WI)([+-]1|0)?$/.exec(s)) && SEASONS.has(m[1] as Season)) {
    return m[2] === undefined ? { kind: 'season', season: m[1] as Season } : { kind: 'season', season: m[1] as Season, shift: Number(m[2]) };
  }
  if ((m = /^weekday:([1-7])(?::(this|last|next|prevWeek|nextWeek))?$/.exec(s))) {
    const rel = m[2] as WeekdayRel | undefined;
    return rel ? { kind: 'weekday', dow: Number(m[1]), rel } : { kind: 'weekday', dow: Number(m[1]) };
  }
  if ((m = /^weekend(?::(this|last|next))?$/.exec(s))) {
    const rel = m[1] as 'this' | 'last' | 'next' | undefined;
    return rel ? { kind: 'weekend', rel } : { kind: 'weekend' };
  }
  if ((m = /^vague:([A-Z_]{8,11})$/.exec(s)) && REFS.has(m[1] as VagueRef)) return { kind: 'vague', ref: m[1] as VagueRef };
  if ((m = /^duration:(day|week|month|year)$/.exec(s))) return { kind: 'duration', unit: m[1] as Unit, n: null };
  throw new Error(`unknown temporal symbol "${s}"`);
}
