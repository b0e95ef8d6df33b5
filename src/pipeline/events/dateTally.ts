/**
 * bestDate (cluster.ts) kept up to date as mentions join an event one by one. Clustering asks for an event's best
 * date after every mention that joins it; recomputing it from all the event's mentions made a busy event of k
 * reports cost k² (at 10,000 articles, the largest share of clustering). The tally keeps the counts bestDate
 * derives (reports per date, reports of occurrence, the publication days of undated reports), so each join costs
 * one update and a scan of the event's distinct dates. `best()` equals bestDate(mentions added, in order):
 * `dateTally.test.ts` checks that on random mention lists.
 */
import type { DateInterval, EventStatus } from '../../model/timeline.ts';
import { comparePrecision } from '../../model/timexValue.ts';
import type { MentionCandidate } from './types.ts';

const OCCURRED: ReadonlySet<EventStatus> = new Set<EventStatus>(['occurred', 'ongoing']);

export interface DateGroup {
  date: DateInterval;
  count: number;
  occurred: number;
}

/** bestDate's order of date groups: most reports of occurrence, most reports, finer precision, earlier, by value. */
export function compareGroups(a: DateGroup, b: DateGroup): number {
  return b.occurred - a.occurred || b.count - a.count || comparePrecision(a.date.precision, b.date.precision) ||
    a.date.start.localeCompare(b.date.start) || a.date.value.localeCompare(b.date.value);
}

const dateKey = (d: DateInterval) => `${d.value}|${d.start}|${d.end}`;

function addTo(groups: Map<string, DateGroup>, m: MentionCandidate): void {
  const k = dateKey(m.date);
  let g = groups.get(k);
  if (!g) groups.set(k, (g = { date: m.date, count: 0, occurred: 0 }));
  g.count++;
  if (OCCURRED.has(m.status)) g.occurred++;
}

/**
 * The first of the groups in bestDate's order (a stable sort's first: the earliest added among equals), refined:
 * when finer dates lie inside it ("2018" and "27 April 2018"), the first of those. Reports that give the year
 * and one that gives the day are one date, told more or less exactly.
 */
export function firstGroup(groups: ReadonlyMap<string, DateGroup>): DateGroup {
  let best: DateGroup | null = null;
  for (const g of groups.values()) if (!best || compareGroups(g, best) < 0) best = g;
  let finer: DateGroup | null = null;
  for (const g of groups.values()) {
    if (g === best || comparePrecision(g.date.precision, best!.date.precision) >= 0 || g.date.start < best!.date.start || g.date.end > best!.date.end) continue;
    if (!finer || compareGroups(g, finer) < 0) finer = g;
  }
  return finer ?? best!;
}

export class DateTally {
  /** Date groups of the mentions with a date of their own that is not vague (bestDate's `precise`). */
  private readonly precise = new Map<string, DateGroup>();
  /** Date groups of every mention (bestDate's pool when none is precise). */
  private readonly all = new Map<string, DateGroup>();
  /** Mentions dated only by their article, whether one of them is a future reference, and their earliest day. */
  private documentOnly = 0;
  private futureReference = false;
  private earliestDay: string | null = null;

  add(m: MentionCandidate): void {
    addTo(this.all, m);
    if (m.dateSource === 'document') {
      this.documentOnly++;
      if (m.date.value === 'FUTURE_REF') this.futureReference = true;
      const day = m.published ?? m.date.end;
      // bestDate takes the first of the days sorted as strings (code-unit order): the smallest by `<`.
      if (this.earliestDay === null || day < this.earliestDay) this.earliestDay = day;
    } else if (m.date.precision !== 'vague') addTo(this.precise, m);
  }

  best(): DateInterval {
    if (!this.precise.size && this.documentOnly && !this.futureReference) {
      const day = this.earliestDay!;
      return { value: day, precision: 'day', start: day, end: day };
    }
    return firstGroup(this.precise.size ? this.precise : this.all).date;
  }
}
