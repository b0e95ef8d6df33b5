/**
 * clusterMentions: one TimelineEvent per real event. Mentions are blocked by (type family, participant or
 * government, year) so no step compares all pairs, then each mention joins the best compatible event or starts one.
 * Precise dates are placed first, so vague or document-dated mentions join events instead of defining them.
 *
 * Within a block, a mention only meets the events that could pass `fit` at all (CandidateIndex): those sharing two
 * participants, the same single participant or the same governments, filed by the months of their date, of which
 * only the months within the merge distance are searched. A year's block of a busy participant holds thousands of
 * events; this keeps each mention's search to the handful that share its participants and its season.
 */
import type { Article, Conflict, DateInterval, EventStatus, EventType, Mention, TimelineEvent } from '../../model/timeline.ts';
import { comparePrecision, intervalsOverlap } from '../../model/timexValue.ts';
import { STATUS_PRIORITY, typeFamily, typeRank } from './families.ts';
import { eventId, eventTitle, shortHash } from './title.ts';
import type { MentionCandidate } from './types.ts';
import { timed } from '../run/stageTimings.ts';
import { DateTally, firstGroup } from './dateTally.ts';

interface Cluster {
  n: number;
  family: string;
  mentions: MentionCandidate[];
  seedIds: string[];
  ids: Set<string>;
  affiliations: Set<string>;
  /** Participant ids that are people. */
  people: Set<string>;
  date: DateInterval;
  /** What `date` (bestDate of the mentions) follows from, updated as mentions join. */
  tally: DateTally;
  reasons: Set<string>;
  /** The (family, participant or government, year) blocks the event is filed in: the only ones it is sought in. */
  blocks: Set<string>;
  /** Months of `date` the event is filed under in the candidate index ([first, last], or WIDE). */
  months: MonthSpan;
  /** Candidate-index keys the event is filed under (see lookupKeys). */
  lookups: Set<string>;
}

const PLACE_WEIGHT: Record<string, number> = { city: 2, site: 2, region: 1, country: 1 };

function precisionRank(m: MentionCandidate): number {
  if (m.dateSource === 'document') return 7;
  return m.date.precision === 'vague' ? 6 : 5 + comparePrecision(m.date.precision, 'vague');
}

function jaccard(a: ReadonlySet<string> | readonly string[], b: ReadonlySet<string> | readonly string[]): { inter: number; jac: number } {
  // A cluster's participant set is already a set: copying it for every candidate mention was most of the clustering time.
  const A = a instanceof Set ? a : new Set(a), B = b instanceof Set ? b : new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  const union = A.size + B.size - inter;
  return { inter, jac: union ? inter / union : 0 };
}

function sameSet(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return a.size === b.length && b.every((x) => a.has(x));
}

function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
}

/** Neighbouring months or weeks ("last month" said in early September for a late-July trip). */
function adjacent(a: DateInterval, b: DateInterval): boolean {
  if (a.precision === 'vague' || b.precision === 'vague' || comparePrecision(a.precision, 'month') > 0 || comparePrecision(b.precision, 'month') > 0) return false;
  const gap = Math.min(Math.abs(monthIndex(a.start) - monthIndex(b.end)), Math.abs(monthIndex(b.start) - monthIndex(a.end)));
  return gap <= 1;
}

function placesAgree(m: MentionCandidate, c: Cluster): boolean {
  if (!m.placeId) return false;
  return c.mentions.some((x) => x.placeId === m.placeId || (x.placeCountry !== null && x.placeCountry === m.placeCountry && (x.placeId === x.placeCountry || m.placeId === m.placeCountry)));
}

interface Fit {
  score: number;
  reasons: string[];
}

/** Types that recur between the same actors: a year alone cannot tell one delivery or launch from the next. */
const REPETITIVE = new Set(['arms_transfer', 'launch', 'military_exercise', 'sanctions', 'deployment', 'other']);

/** Whether mention m can be one more report of cluster c, and how well it fits. */
function fit(m: MentionCandidate, c: Cluster): Fit | null {
  if (typeFamily(m.type) !== c.family) return null;
  const reasons: string[] = [];
  const names = jaccard(m.participantIds, c.ids);
  const seed = jaccard(m.participantIds, c.seedIds);
  const jac = Math.max(names.jac, seed.jac);
  let participantsOk = names.inter >= 2 || jac > 0.5;
  let affinity = 0;
  // A named event's participant id is the event itself (namedEvents.ts): its reports name the same event.
  if (participantsOk) reasons.push(m.eventName !== undefined ? 'name the same well-known event' : jac === 1 ? 'same participants' : 'participants overlap');
  else if (m.affiliations.length && sameSet(c.affiliations, m.affiliations)) {
    const mPeople = m.participantIds.filter((p) => m.people.includes(p));
    if (c.family === 'encounter') {
      // "Scholz visits France" is "Scholz meets Macron in France" when it names nobody the event lacks.
      participantsOk = names.inter >= 1 && mPeople.every((p) => c.ids.has(p));
      if (participantsOk) reasons.push('same participants and host country');
    } else {
      // "The US said" is Watson's statement, but two named officials are two statements.
      participantsOk = mPeople.length === 0 || c.people.size === 0;
      if (participantsOk) reasons.push(`same government (${m.affiliations.join(', ')})`);
    }
    if (participantsOk) affinity = 1.5;
  }
  if (!participantsOk) return null;
  if (REPETITIVE.has(c.family) && comparePrecision(m.date.precision, 'month') > 0 && comparePrecision(c.date.precision, 'month') > 0 &&
    !(m.date.precision === 'vague' || c.date.precision === 'vague')) return null;
  let dateScore = 0;
  if (intervalsOverlap(m.date, c.date)) {
    dateScore = 1;
    reasons.push(`dates overlap (${c.date.precision === 'vague' ? m.date.value : c.date.value})`);
  } else if (c.family !== 'statement' && placesAgree(m, c) && adjacent(m.date, c.date)) {
    dateScore = 0.25;
    reasons.push(`adjacent dates (${m.date.value}, ${c.date.value}): conflict recorded`);
  } else return null;
  const place = placesAgree(m, c) ? 0.5 : 0;
  if (place) reasons.push('same place');
  return { score: 2 * jac + affinity + dateScore + place, reasons };
}

function years(d: DateInterval): number[] {
  const a = Number(d.start.slice(0, 4)), b = Math.min(Number(d.end.slice(0, 4)), a + 2);
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

function blockKeys(m: MentionCandidate): string[] {
  const fam = typeFamily(m.type);
  const keys: string[] = [];
  for (const y of years(m.date)) {
    for (const p of m.participantIds) keys.push(`${fam}|${p}|${y}`);
    for (const a of m.affiliations) keys.push(`${fam}|aff:${a}|${y}`);
  }
  return keys;
}

/** Months as one number (year × 12 + month), so that neighbouring months differ by one. */
type MonthSpan = readonly [number, number];
/** Events whose date spans more months than this are filed once, under WIDE_MONTH, and met by every search. */
const MAX_FILED_MONTHS = 24;
const WIDE_MONTH = -1;
const WIDE: MonthSpan = [WIDE_MONTH, WIDE_MONTH];
const NOT_FILED: MonthSpan = [0, -1];

function monthSpan(d: DateInterval): MonthSpan {
  const first = monthIndex(d.start), last = monthIndex(d.end);
  // A malformed or reversed interval is met by every search, as it was before there were months.
  return last - first < MAX_FILED_MONTHS && first <= last ? [first, last] : WIDE;
}

/**
 * The keys under which `fit` can accept an event for a mention without the government rule: two shared
 * participants (a pair key), or the one participant both name (fit's Jaccard above 0.5 with one participant in
 * common leaves a single participant on each side, the event's first report or the event as a whole). The
 * government rule needs the same set of governments (a government key).
 */
function pairKeys(family: string, ids: readonly string[]): string[] {
  const keys: string[] = [];
  for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) keys.push(ids[a] < ids[b] ? `${family}|2|${ids[a]}|${ids[b]}` : `${family}|2|${ids[b]}|${ids[a]}`);
  return keys;
}
const singleKey = (family: string, id: string) => `${family}|1|${id}`;
const governmentKey = (family: string, affiliations: Iterable<string>) => `${family}|g|${[...affiliations].sort().join(',')}`;

function lookupKeysOfMention(m: MentionCandidate): string[] | null {
  const family = typeFamily(m.type);
  const ids = [...new Set(m.participantIds)];
  const keys = pairKeys(family, ids);
  if (ids.length === 1) keys.push(singleKey(family, ids[0]));
  if (m.affiliations.length) {
    // fit compares a set with a list: a list that repeats a government would match other sets than its own.
    if (new Set(m.affiliations).size !== m.affiliations.length) return null;
    keys.push(governmentKey(family, m.affiliations));
  }
  return keys;
}

/**
 * Events filed by candidate key and month of their date. Searching it gives a superset of the events of the
 * mention's blocks that `fit` can accept, and only events of those blocks: the same best fit as comparing the
 * mention with every event of its blocks.
 */
class CandidateIndex {
  private readonly byKey = new Map<string, Map<number, Set<Cluster>>>();
  /** Every event by block, for a mention whose keys cannot narrow the search (see lookupKeysOfMention). */
  private readonly byBlock = new Map<string, Set<Cluster>>();

  /** Files a new or grown event under its current keys and months (what it already was filed under stays). */
  file(c: Cluster): void {
    for (const k of c.blocks) {
      const set = this.byBlock.get(k);
      if (set) set.add(c); else this.byBlock.set(k, new Set([c]));
    }
    const keys = this.lookupKeysOf(c);
    const months = monthSpan(c.date);
    if (months[0] !== c.months[0] || months[1] !== c.months[1]) {
      // The date moved: refile under every key, and leave the old months.
      for (const k of c.lookups) this.unfile(c, k, c.months);
      c.months = months;
      for (const k of c.lookups) this.fileUnder(c, k, months);
    }
    for (const k of keys) {
      if (c.lookups.has(k)) continue;
      c.lookups.add(k);
      this.fileUnder(c, k, months);
    }
  }

  /** The events of the mention's blocks that `fit` might accept, each once. */
  *candidates(m: MentionCandidate, blocks: readonly string[]): Generator<Cluster> {
    const keys = lookupKeysOfMention(m);
    const seen = new Set<Cluster>();
    if (!keys) {
      for (const k of blocks) for (const c of this.byBlock.get(k) ?? []) if (!seen.has(c)) { seen.add(c); yield c; }
      return;
    }
    // fit needs overlapping dates or, for adjacent dates, months at most one apart.
    const from = monthIndex(m.date.start) - 1, to = monthIndex(m.date.end) + 1;
    const inBlocks = (c: Cluster) => blocks.some((k) => c.blocks.has(k));
    for (const k of keys) {
      const byMonth = this.byKey.get(k);
      if (!byMonth) continue;
      const lists = to - from <= MAX_FILED_MONTHS ? this.monthLists(byMonth, from, to) : byMonth.values();
      for (const list of lists) for (const c of list) {
        if (seen.has(c)) continue;
        seen.add(c);
        if (inBlocks(c)) yield c;
      }
    }
  }

  private *monthLists(byMonth: Map<number, Set<Cluster>>, from: number, to: number): Generator<Set<Cluster>> {
    const wide = byMonth.get(WIDE_MONTH);
    if (wide) yield wide;
    for (let month = from; month <= to; month++) {
      const list = byMonth.get(month);
      if (list) yield list;
    }
  }

  private lookupKeysOf(c: Cluster): string[] {
    const ids = [...c.ids];
    const keys = pairKeys(c.family, ids);
    const seed = new Set(c.seedIds);
    if (seed.size === 1) keys.push(singleKey(c.family, [...seed][0]));
    if (ids.length === 1) keys.push(singleKey(c.family, ids[0]));
    if (c.affiliations.size) keys.push(governmentKey(c.family, c.affiliations));
    return keys;
  }

  private fileUnder(c: Cluster, key: string, [first, last]: MonthSpan): void {
    let byMonth = this.byKey.get(key);
    if (!byMonth) this.byKey.set(key, (byMonth = new Map()));
    for (let month = first; month <= last; month++) {
      const list = byMonth.get(month);
      if (list) list.add(c); else byMonth.set(month, new Set([c]));
    }
  }

  private unfile(c: Cluster, key: string, [first, last]: MonthSpan): void {
    const byMonth = this.byKey.get(key);
    for (let month = first; month <= last; month++) byMonth?.get(month)?.delete(c);
  }
}

function dateKey(d: DateInterval): string {
  return `${d.value}|${d.start}|${d.end}`;
}

const OCCURRED = new Set<EventStatus>(['occurred', 'ongoing']);

/** The best-supported date: most reports of occurrence, then most reports, then the finer precision, then earlier. */
export function bestDate(mentions: readonly MentionCandidate[]): DateInterval {
  const precise = mentions.filter((m) => m.dateSource !== 'document' && m.date.precision !== 'vague');
  const documentOnly = mentions.filter((m) => m.dateSource === 'document');
  if (!precise.length && documentOnly.length && documentOnly.every((m) => m.date.value !== 'FUTURE_REF')) {
    // Reported without a date: the publication day of the earliest report.
    const day = documentOnly.map((m) => m.published ?? m.date.end).sort()[0];
    return { value: day, precision: 'day', start: day, end: day };
  }
  const pool = precise.length ? precise : mentions;
  const groups = new Map<string, { date: DateInterval; count: number; occurred: number }>();
  for (const m of pool) {
    const k = dateKey(m.date);
    const g = groups.get(k) ?? { date: m.date, count: 0, occurred: 0 };
    g.count++;
    if (OCCURRED.has(m.status)) g.occurred++;
    groups.set(k, g);
  }
  return firstGroup(groups).date;
}

function bestStatus(mentions: readonly MentionCandidate[], date: DateInterval): EventStatus {
  // Only a dated report of occurrence settles it: an undated past-tense aside ("the leaders' meeting") does not.
  const happened = mentions.filter((m) => OCCURRED.has(m.status) && m.dateSource !== 'document' && (m.published ?? '') >= date.start);
  if (happened.length) return happened.every((m) => m.status === 'ongoing') ? 'ongoing' : 'occurred';
  const latest = mentions.reduce((a, m) => ((m.published ?? '') > a ? m.published ?? '' : a), '');
  const recent = mentions.filter((m) => (m.published ?? '') === latest);
  const counts = new Map<EventStatus, number>();
  for (const m of recent) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || STATUS_PRIORITY.indexOf(a[0]) - STATUS_PRIORITY.indexOf(b[0]))[0][0];
}

function ranked<T extends string>(values: Array<{ key: T; weight: number }>): T[] {
  const score = new Map<T, number>();
  for (const v of values) score.set(v.key, (score.get(v.key) ?? 0) + v.weight);
  return [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

function toMention(m: MentionCandidate): Mention {
  const out: Mention = { article: m.article, sentence: m.sentence, start: m.start, end: m.end, quote: m.quote, timex: m.timex, status: m.status, date: m.date };
  if (m.trigger) out.trigger = m.trigger;
  if (m.dateSource) out.dateSource = m.dateSource;
  return out;
}

function buildEvent(c: Cluster, articleOrder: ReadonlyMap<string, number>): TimelineEvent {
  const ms = [...c.mentions].sort((a, b) => (articleOrder.get(a.article) ?? 0) - (articleOrder.get(b.article) ?? 0) || a.article.localeCompare(b.article) || a.start - b.start || (a.trigger?.start ?? 0) - (b.trigger?.start ?? 0));
  const type = ranked(ms.map((m) => ({ key: m.type, weight: 1 + typeRank(m.type) * 0.1 })))[0] as EventType;
  const date = bestDate(ms);
  const participants = ranked(ms.flatMap((m) => m.participants.map((p) => ({ key: p, weight: 1 })))).slice(0, 6);
  const places = ranked(ms.filter((m) => m.place).map((m) => ({ key: m.place!, weight: PLACE_WEIGHT[m.placeId === m.placeCountry ? 'country' : 'city'] })));
  const place = places[0] ?? null;
  const conflicts: Conflict[] = [];
  const off = ms.map((m, i) => ({ m, i })).filter(({ m }) => m.dateSource !== 'document' && m.date.precision !== 'vague' && !intervalsOverlap(m.date, date));
  if (off.length) {
    const values = [...new Set([date.value, ...off.map(({ m }) => m.date.value)])].sort();
    const involved = ms.map((m, i) => ({ m, i })).filter(({ m }) => m.dateSource !== 'document' && values.includes(m.date.value)).map(({ i }) => i);
    conflicts.push({ field: 'date', values, mentions: involved });
  }
  // A well-known event named in the text is called by its name ("L'Aquila earthquake"); of two names of one event,
  // the longer is the more specific ("92nd Academy Awards", not "Academy Awards").
  const name = ms.map((m) => m.eventName).filter((n) => n !== undefined).sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
  const event: TimelineEvent = {
    id: eventId(type, name ? [name] : participants, date),
    type,
    title: name ?? eventTitle(type, participants, place, ms.some((m) => m.place === place && m.placeDefinite)),
    participants,
    place,
    date,
    status: bestStatus(ms, date),
    mentions: ms.map(toMention),
    conflicts,
  };
  if (ms.length > 1) {
    const reasons = [...c.reasons];
    if (new Set(ms.map((m) => m.type)).size > 1) reasons.push('same type family');
    else reasons.push('same type');
    event.merge = reasons;
  }
  return event;
}

/** Merges mention candidates into contract events, sorted by date.start then id. Deterministic for any input order. */
export const clusterMentions = timed('clustering', (candidates: readonly MentionCandidate[], articles: ReadonlyArray<Pick<Article, 'id'>>): TimelineEvent[] => {
  const order = [...candidates].sort((a, b) =>
    precisionRank(a) - precisionRank(b) || a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) ||
    a.article.localeCompare(b.article) || a.start - b.start || (a.trigger?.start ?? 0) - (b.trigger?.start ?? 0) || a.type.localeCompare(b.type));
  const clusters: Cluster[] = [];
  const index = new CandidateIndex();
  for (const m of order) {
    const keys = blockKeys(m);
    let best: { c: Cluster; f: Fit } | null = null;
    // The best fit is the highest score, then the oldest event: the order the candidates come in does not matter.
    for (const c of index.candidates(m, keys)) {
      const f = fit(m, c);
      if (f && (!best || f.score > best.f.score || (f.score === best.f.score && c.n < best.c.n))) best = { c, f };
    }
    let c: Cluster;
    if (best) {
      c = best.c;
      for (const r of best.f.reasons) c.reasons.add(r);
      c.mentions.push(m);
      c.tally.add(m);
      c.date = c.tally.best();
    } else {
      c = {
        n: clusters.length, family: typeFamily(m.type), mentions: [m], seedIds: m.participantIds, ids: new Set(), affiliations: new Set(), people: new Set(),
        date: m.date, tally: new DateTally(), reasons: new Set(), blocks: new Set(), months: NOT_FILED, lookups: new Set(),
      };
      c.tally.add(m);
      clusters.push(c);
    }
    for (const p of m.participantIds) c.ids.add(p);
    for (const a of m.affiliations) c.affiliations.add(a);
    for (const p of m.people) c.people.add(p);
    for (const k of keys) c.blocks.add(k);
    index.file(c);
  }
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const events = clusters.map((c) => buildEvent(c, articleOrder));
  // Ids collide only for distinct events with the same participants, type and date: tell them apart by content.
  const byId = new Map<string, TimelineEvent[]>();
  for (const e of events) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const e of list) e.id = `${id}--${shortHash(`${e.mentions[0].article}:${e.mentions[0].start}:${e.mentions[0].trigger?.start ?? 0}`)}`;
  }
  return events.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
});
