/**
 * Joint (cross-article) document dating. Articles of one folder often report the same events; an article whose
 * own text cannot fix its date is dated by the events it shares with articles whose dates are firm.
 *
 * For every re-datable article (no metadata day) each mention whose date depends on the document date ("last
 * week the US said", an undated "Watson noted", a plan "in the coming days") is matched — by type family and
 * participants, never by date — with firmly dated mentions of other articles. The days on which the mention's
 * own date (as the event stage would compute it from that day) overlaps a candidate's date satisfy it; candidates
 * vote, so a wrong match is outvoted. Two expressions of one article that date the same event must agree too.
 * These costs are added to the text's own soft constraints: firm cross-article anchors > within-article
 * agreement > the text's own priors > recency. Pure and deterministic; rounds are Jacobi-style (every article
 * sees the others' dates of the previous round), so input order does not matter.
 *
 * World knowledge joins as a "virtual article": the gazetteer's table of well-known dated events (summits, state
 * visits, treaties…). A date-dependent mention that matches one entry — same family, a shared person, and a place
 * that fits (a trip "to Asia" fits a trip whose hosts are in Asia; a trip to Japan does not fit one to Vietnam) —
 * must overlap the entry's days, as the mention's own date follows from the candidate day: a past visit puts the
 * document after it, an ongoing one within or just after it, a plan before it. These anchors weigh W_KNOWN, below
 * firm anchors from real articles (W_CROSS) and above the priors; they also date a folder of one article.
 */
import { dayFromNumber, dayNumber } from '../../model/calendar.ts';
import type { Article, DateInterval, EventStatus, IsoDay, Timex } from '../../model/timeline.ts';
import { intervalsOverlap } from '../../model/timexValue.ts';
import { analyseSentence, reportedWindow, timexDate, typeFamily, undatedMentionDate, type EventResources, type MentionCandidate } from '../events/index.ts';
import { knownEventKeys } from '../events/resources.ts';
import type { Gazetteer, GazetteerEntity, KnownEvent } from '../events/types.ts';
import {
  decide, documentEvidence, recencyCost, resolveSymbol, type DayInfo, type DocumentDate, type TaggedTime, type Tense, type TimexSymbol,
} from '../temporal/index.ts';
import { detached } from '../run/compactAnalysis.ts';
import { timed } from '../run/stageTimings.ts';

/** Weight of one of the article's date-dependent mentions that other articles date firmly. */
export const W_CROSS = 2;
/** Weight of two expressions of one article that date the same event (below one firm outside anchor). */
export const W_WITHIN = 1;
/** Weight of a mention that matches a well-known event of the gazetteer's table: below W_CROSS, above the priors. */
export const W_KNOWN = 1.5;
/** A mention matching more table entries than this names no one event ("Macron and Scholz met"): it is not used. */
const MAX_KNOWN = 3;
/** Match evidence a table entry needs: a shared person and a fitting place, or two shared people, … */
const KNOWN_EVIDENCE = 2;
/** … and more for the catch-all type `other` (elections, attacks), whose mentions are the least specific. */
const KNOWN_EVIDENCE_OTHER = 3;
/** Anchors from a mention dated only by its article's date ("said", no date of its own) count half. */
const UNDATED_ANCHOR = 0.5;
/** Anchors resolved against an inferred (not stated) document date are less firm than explicit ones. */
const INFERRED_ANCHOR = 0.75;
/** Rounds of re-dating: an article dated in round 1 can anchor others in round 2. */
const ROUNDS = 3;
/** An article without calendar evidence of its own considers days this far around its anchors. */
const BEFORE_ANCHORS = 31;
const AFTER_ANCHORS = 400;
/** Widest scan, in days, for an article without a range of its own (bounds the work per article). */
const MAX_SCAN = 4000;
/** Any fixed day serves to extract an undated article's mentions: all its expressions are relative. */
const PROBE_DAY: IsoDay = '2001-01-10';
const STATEMENT = 'statement';
const AHEAD = new Set<EventStatus>(['planned', 'expected', 'possible']);

/** An article's text and expressions, which joint dating reads once and then only for the few it re-dates. */
export interface JointText {
  article: Article;
  tagged: TaggedTime;
  /**
   * An undated article's probe mentions when they were worked out beforehand (probeMentions of the same article:
   * pass 1 does it, so that they are computed on the worker threads and kept in the analysis cache).
   */
  probes?: readonly MentionCandidate[];
}

export interface JointInput {
  /** The article without its text (the text is read through `load`). */
  article: Pick<Article, 'id' | 'published'>;
  mentions: readonly MentionCandidate[];
  /** False when the article has no text or its temporal analysis failed (the article is left alone). */
  timed: boolean;
  /**
   * The article's text and tagged expressions: called at most once or twice per article, so that a large folder
   * can keep them out of memory and read them back on demand.
   */
  load: () => JointText;
}

/** How one mention's date follows from a candidate document date. */
interface DatedMention {
  article: number;
  /** Position among all dated mentions of the folder, in folder order (-1 until filed): ties in the vote order. */
  seq: number;
  m: MentionCandidate;
  family: string;
  /** Index into the article's timexes, or null for a mention dated by its article's date. */
  timex: number | null;
  /** The words of that expression as the article has them ("last week"), for the evidence notes. */
  said: string;
  symbol: TimexSymbol | null;
  tense: Tense;
  mod: Timex['mod'];
  /** The symbol names its year (or is a duration/metadata): its date does not depend on the document date. */
  explicit: boolean;
  reported: boolean;
  /** Families of the other events reported in the same sentence: what a statement is about. */
  topic: readonly string[];
  /**
   * dateAt by candidate day, shared by every mention whose date follows from the day in the same way (same symbol,
   * tense, modifier…): a folder repeats a few hundred such ways, and joint dating asks each for thousands of days.
   */
  dates: Map<IsoDay, DateInterval | null>;
  /** firmDate for the `published` it was last computed with (an article's date object changes only when it is redated). */
  firm?: { published: Article['published']; date: DateInterval | null };
}

/** The memo tables of one joint-dating run, by the inputs dateAt depends on. */
type DateTables = Map<string, Map<IsoDay, DateInterval | null>>;

function datesTable(tables: DateTables, symbol: TimexSymbol | null, tense: Tense, mod: Timex['mod'], reported: boolean, m: MentionCandidate, family: string): Map<IsoDay, DateInterval | null> {
  const key = symbol === null ? `n|${m.status}|${family === STATEMENT}` : `s|${JSON.stringify(symbol)}|${tense}|${mod}|${reported}`;
  let table = tables.get(key);
  if (!table) tables.set(key, (table = new Map()));
  return table;
}

interface Anchor {
  article: number;
  date: DateInterval;
  weight: number;
  quality: number;
  d: DatedMention;
}

/** One date-dependent expression of the article and the anchors it shares events with. */
interface CrossGroup {
  key: string;
  own: DatedMention;
  anchors: Anchor[];
  /** The best match quality in the group: the group's weight is W_CROSS times this. */
  quality: number;
}

const dayInterval = (d: IsoDay): DateInterval => ({ value: d, precision: 'day', start: d, end: d });

function isExplicit(s: TimexSymbol): boolean {
  if (s.kind === 'year' || s.kind === 'duration' || s.kind === 'vague') return true;
  if (s.kind === 'quarter') return true;
  if (s.kind === 'date' || s.kind === 'season') return s.year !== undefined;
  // "The next day": as explicit as what it counts from.
  if (s.kind === 'anaphoric') return s.anchor !== undefined && isExplicit(s.anchor.symbol);
  return false;
}

/** The mention's date if the document were dated `day` (what the event stage would compute), or null. Shared: do not mutate. */
function dateAt(d: DatedMention, day: IsoDay): DateInterval | null {
  let date = d.dates.get(day);
  if (date === undefined) d.dates.set(day, (date = computeDateAt(d, day)));
  return date;
}

function computeDateAt(d: DatedMention, day: IsoDay): DateInterval | null {
  const dct = dayInterval(day);
  if (d.symbol === null) return undatedMentionDate(dct, d.m.status, d.family === STATEMENT);
  const r = resolveSymbol(d.symbol, day, d.tense);
  const t: Timex = { start: 0, end: 0, text: '', value: r.value, type: r.type, precision: r.precision, mod: d.mod };
  if (r.endValue !== undefined) t.endValue = r.endValue;
  const date = timexDate(t, dct);
  return date && d.reported ? reportedWindow(date) : date;
}

/** Shared by every mention with nothing beside it: a folder has hundreds of thousands of them. */
const NONE: readonly string[] = Object.freeze([]);

/** The families of the other events reported in the mention's sentence, sorted. */
function topicOf(sentence: readonly MentionCandidate[], m: MentionCandidate): readonly string[] {
  if (sentence.length <= 1) return NONE;
  return [...new Set(sentence.filter((o) => o !== m).map((o) => typeFamily(o.type)))].sort();
}

function datedMentions(index: number, article: Article, tagged: TaggedTime, mentions: readonly MentionCandidate[], tables: DateTables): DatedMention[] {
  const out: DatedMention[] = [];
  const bySentence = new Map<number, MentionCandidate[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const m of mentions) {
    // A named event's date is the data's, not the article's: it says nothing about when the article was written
    // beyond what the document date already took from the name.
    if (!m.dateSource || m.dateSource === 'gazetteer') continue;
    const u = m.timex !== null ? tagged.timexes[m.timex] : undefined;
    if (m.timex !== null && (!u || u.metadata)) continue;
    const symbol = u ? u.symbol : null;
    const family = typeFamily(m.type), tense = u?.tense ?? 'unknown', mod = u?.mod ?? null;
    const reported = m.dateSource === 'context' && m.date.value.includes('/');
    out.push({
      article: index, seq: -1, m, family, timex: m.timex, said: saidOf(article, m.timex), symbol, tense, mod,
      explicit: symbol !== null && isExplicit(symbol),
      reported,
      topic: topicOf(bySentence.get(m.sentence) ?? [], m),
      dates: datesTable(tables, symbol, tense, mod, reported, m, family),
    });
  }
  return out;
}

/** The firm date of a mention given its article's window: the same for every day of the window, else null. */
function firmDate(d: DatedMention, published: Article['published']): DateInterval | null {
  if (d.firm?.published !== published || d.firm === undefined) d.firm = { published, date: computeFirmDate(d, published) };
  return d.firm.date;
}

function computeFirmDate(d: DatedMention, published: Article['published']): DateInterval | null {
  if (d.explicit) return d.m.date.precision === 'vague' ? null : d.m.date;
  if (!published) return null;
  const [lo, hi] = published.window;
  if (d.symbol === null && dayNumber(hi) - dayNumber(lo) > 2) return null;
  const a = dateAt(d, lo);
  const b = dateAt(d, hi);
  if (!a || !b || a.precision === 'vague' || a.start !== b.start || a.end !== b.end) return null;
  return a;
}

function anchorWeight(d: DatedMention, published: NonNullable<Article['published']>): number {
  const stated = published.source !== 'inferred';
  const w = d.explicit || stated ? 1 : INFERRED_ANCHOR;
  return d.symbol === null ? w * UNDATED_ANCHOR : w;
}

const people = (m: MentionCandidate) => m.people;
function overlap(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Whether two mentions may report the same event, ignoring dates: same type family and a shared person, or most
 * participants in common, or (statements and other non-personal events) the same government when one side
 * names nobody ("the US government said" ~ a US spokesperson).
 */
export function compatible(a: MentionCandidate, b: MentionCandidate): boolean {
  if (typeFamily(a.type) !== typeFamily(b.type)) return false;
  if (overlap(people(a), people(b)) >= 1) return true;
  const inter = overlap(a.participantIds, b.participantIds);
  const union = a.participantIds.length + b.participantIds.length - inter;
  if (union && inter / union > 0.5) return true;
  if ((!people(a).length || !people(b).length) && a.affiliations.length && sameList(a.affiliations, b.affiliations)) {
    return typeFamily(a.type) !== 'encounter' || inter >= 1;
  }
  return false;
}

const ahead = (m: MentionCandidate) => AHEAD.has(m.status);

/**
 * The least sure match that dates an article: a shared government with nothing against it. Below it are matches on
 * countries alone with something against them (a statement of China's on another subject, a plan against a past
 * event): in a folder of unrelated reports, one country's statements of any month once dated a feature.
 */
const MIN_QUALITY = 0.5;

/**
 * How surely an anchor reports the own mention's event, in (0, 1]: a shared person beats a shared government, a
 * statement about the same kind of event beats one about something else, and a plan matches a plan better than
 * a past instance of the same kind (the same two leaders met years before too). Only a group's best-matching anchors vote.
 */
function matchQuality(own: DatedMention, o: DatedMention): number {
  const a = own.m, b = o.m;
  const inter = overlap(a.participantIds, b.participantIds);
  const union = a.participantIds.length + b.participantIds.length - inter;
  // A shared person is the surest; shared countries or bodies less so; the same government (one side names nobody) least.
  let q = overlap(people(a), people(b)) >= 1 ? 1 : union > 0 && inter / union > 0.5 ? 0.75 : 0.5;
  if (own.family === STATEMENT && !(own.topic.length === 0 && o.topic.length === 0) && overlap(own.topic, o.topic) === 0) q *= 0.5;
  if (ahead(a) !== ahead(b)) q *= 0.5;
  return q;
}

function blockKeys(m: MentionCandidate): string[] {
  const fam = typeFamily(m.type);
  return [...m.participantIds.map((p) => `${fam}|${p}`), ...m.affiliations.map((a) => `${fam}|aff:${a}`)];
}

/**
 * Narrower keys for `compatible`, so that a search meets few mentions it must reject: a shared person; for most
 * participants in common (Jaccard > 0.5), a shared pair of participants, or the same single one (two lists of
 * sizes a and b with more than half in common share at least two, unless both are that one participant); the same
 * list of governments. Every compatible pair shares one of these keys.
 */
function matchKeys(m: MentionCandidate): { keys: string[]; pairs: string[] } {
  const fam = typeFamily(m.type);
  const keys = m.people.map((p) => `${fam}|p|${p}`);
  const ids = [...new Set(m.participantIds)].sort();
  if (ids.length === 1) keys.push(`${fam}|1|${ids[0]}`);
  const pairs: string[] = [];
  for (let a = 0; a < ids.length; a++) for (let b = a + 1; b < ids.length; b++) pairs.push(`${fam}|2|${ids[a]}|${ids[b]}`);
  if (m.affiliations.length) keys.push(`${fam}|a|${m.affiliations.join(',')}`);
  return { keys, pairs };
}

/** The participant count a pair block files a mention under; a list that repeats an id is searched with every size. */
const ANY_SIZE = -1;
const sizeOf = (m: MentionCandidate) => (new Set(m.participantIds).size === m.participantIds.length ? m.participantIds.length : ANY_SIZE);

/**
 * Two lists of j and k participants can have more than half of their union in common (`compatible`'s Jaccard
 * rule) only if neither is twice as long as the other: at most min(j, k) shared, which must exceed (j + k) / 3.
 */
const sizesMayMatch = (j: number, k: number) => j === ANY_SIZE || k === ANY_SIZE || (2 * j > k && 2 * k > j);

/**
 * Mentions filed by matchKeys, the pair blocks by participant count as well. A pair block serves the Jaccard rule
 * only (a shared person or the same governments have keys of their own), so a search skips its mentions of sizes
 * that rule cannot accept: two countries named in every statement about a region fill one pair block with
 * thousands of long lists that a two-country mention would otherwise meet, and reject, one by one.
 */
class MatchBlocks {
  private readonly blocks = new Map<string, DatedMention[]>();
  /** The participant counts filed under each pair. */
  private readonly sizes = new Map<string, Set<number>>();

  add(d: DatedMention): void {
    const { keys, pairs } = matchKeys(d.m);
    for (const k of keys) this.push(k, d);
    const size = sizeOf(d.m);
    for (const pair of pairs) {
      this.push(`${pair}#${size}`, d);
      const sizes = this.sizes.get(pair);
      if (sizes) sizes.add(size); else this.sizes.set(pair, new Set([size]));
    }
  }

  /** The blocks that may hold mentions `compatible` with m. */
  *search(m: MentionCandidate): Generator<readonly DatedMention[]> {
    const { keys, pairs } = matchKeys(m);
    for (const k of keys) yield this.blocks.get(k) ?? [];
    const size = sizeOf(m);
    for (const pair of pairs) {
      for (const other of this.sizes.get(pair) ?? []) if (sizesMayMatch(other, size)) yield this.blocks.get(`${pair}#${other}`)!;
    }
  }

  private push(key: string, d: DatedMention): void {
    const b = this.blocks.get(key);
    if (b) b.push(d); else this.blocks.set(key, [d]);
  }
}

interface State {
  published: Article['published'];
}

/** One date-dependent mention of the article and the well-known events of the table it matches. */
interface KnownGroup {
  key: string;
  own: DatedMention;
  events: KnownEvent[];
  quality: number;
}

/** Match evidence of one more person of a country taking part (a minister in the delegation, the host). */
const KNOWN_EXTRA_PERSON = 0.25;

/** Whether a person held one of their offices during the event (people without offices in the data pass). */
function inOffice(p: GazetteerEntity | undefined, e: KnownEvent): boolean {
  if (!p || !p.roles.length) return true;
  const from = e.date.start.slice(0, 7), to = e.date.end.slice(0, 7);
  return p.roles.some((r) => r.from <= to && (r.to === null || r.to >= from));
}

/** How well the mention's place fits the entry's: a score, or null when it is elsewhere. */
function placeFit(m: MentionCandidate, e: KnownEvent, g: Gazetteer): number | null {
  if (!m.placeId) return 0;
  if (m.placeId === e.place) return 1;
  const kind = g.entities.get(m.placeId)?.kind;
  const elsewhere = e.place !== null || e.hosts.length > 0 || e.regions.length > 0 ? null : 0;
  // "A visit to Asia": a region is the trip's place, or contains the entry's place.
  if (kind === 'region') return e.regions.includes(m.placeId) ? 0.5 : elsewhere;
  if (kind === 'country') return e.hosts.includes(m.placeId) ? 1 : elsewhere;
  if (!m.placeCountry || !e.hosts.includes(m.placeCountry)) return elsewhere;
  // A city in a host country: a stop of a trip to that country or region, or perhaps another city.
  return e.placeKind === 'country' || e.placeKind === 'region' ? 0.75 : 0.5;
}

/**
 * How surely a mention reports a table entry, ignoring dates: 0 (not the same event) or the quality in (0, 1].
 * Evidence adds up: each shared person 1, another person of a country taking part who was in office then 0.25, a
 * shared organisation 1, a shared country 0.5, and the place (placeFit). Anything the entry contradicts (another type
 * family, a person of a country not taking part or out of office, a place elsewhere) makes it another event. A
 * multilateral entry needs its place or three of its people: two leaders who attended a summit meet elsewhere too.
 */
export function knownEventMatch(m: MentionCandidate, e: KnownEvent, g: Gazetteer): number {
  const family = typeFamily(m.type);
  if (family !== typeFamily(e.type)) return 0;
  const shared = overlap(m.people, e.people);
  if (e.people.length && m.people.length && !shared) return 0;
  let evidence = shared;
  for (const id of m.people) {
    if (e.people.includes(id)) continue;
    const p = g.entities.get(id);
    if (!p?.country || !e.countries.includes(p.country) || !inOffice(p, e)) return 0;
    evidence += KNOWN_EXTRA_PERSON;
  }
  for (const id of m.participantIds) {
    if (m.people.includes(id)) continue;
    const x = g.entities.get(id);
    if (x?.media) continue;
    if (e.others.includes(id)) evidence += x?.kind === 'country' ? 0.5 : 1;
    else if (!(x?.kind === 'country' && e.countries.includes(id))) return 0;
  }
  const place = placeFit(m, e, g);
  if (place === null) return 0;
  if (e.people.length > 2 && place < 0.75 && shared < 3) return 0;
  evidence += place;
  if (evidence < (family === 'other' ? KNOWN_EVIDENCE_OTHER : KNOWN_EVIDENCE)) return 0;
  return evidence >= 3 ? 1 : 0.75;
}

/** The table's entries by family and participant id (the table is small; built once per folder). */
function knownIndex(events: readonly KnownEvent[]): Map<string, KnownEvent[]> {
  const index = new Map<string, KnownEvent[]>();
  for (const e of events) for (const k of knownEventKeys(e)) {
    const list = index.get(k);
    if (list) list.push(e); else index.set(k, [e]);
  }
  return index;
}

/** The article's date-dependent mentions that match well-known events, one group per expression (or undated event). */
function knownGroups(i: number, dated: readonly DatedMention[][], index: ReadonlyMap<string, KnownEvent[]>, g: Gazetteer): KnownGroup[] {
  const groups = new Map<string, KnownGroup>();
  for (const d of dated[i]) {
    if (d.explicit) continue;
    const key = d.timex !== null ? `t${d.timex}|${d.family}|${d.m.participantIds.join(',')}` : `d|${d.family}|${d.m.participantIds.join(',')}|${ahead(d.m)}`;
    const scored = new Map<KnownEvent, number>();
    for (const k of blockKeys(d.m)) for (const e of index.get(k) ?? []) {
      if (scored.has(e)) continue;
      scored.set(e, knownEventMatch(d.m, e, g));
    }
    const best = Math.max(0, ...scored.values());
    if (!best) continue;
    const events = [...scored].filter(([, q]) => q >= best).map(([e]) => e);
    // Too many equally good entries: the mention names a kind of event, not one event.
    if (events.length > MAX_KNOWN) continue;
    const prev = groups.get(key);
    if (!prev || best > prev.quality) groups.set(key, { key, own: d, events, quality: best });
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Mentions of an undated article, extracted against a provisional day only to learn their types and expressions. */
export function probeMentions(article: Article, tagged: TaggedTime, resolve: (t: TaggedTime, doc: DocumentDate) => Timex[], events: EventResources,
  extract: (a: Article, r: EventResources) => MentionCandidate[]): MentionCandidate[] {
  const doc: DocumentDate = { published: { value: PROBE_DAY, precision: 'day', source: 'inferred', window: [PROBE_DAY, PROBE_DAY], evidence: [] }, dct: PROBE_DAY, window: [PROBE_DAY, PROBE_DAY] };
  const probe: Article = { ...article, published: doc.published, timexes: resolve(tagged, doc) };
  return extract(probe, events);
}

export interface JointDeps {
  events: EventResources;
  /** resolveTime bound to the article's text. */
  resolve: (text: string, tagged: TaggedTime, doc: DocumentDate) => Timex[];
  extract: (article: Article, resources: EventResources) => MentionCandidate[];
  /** Rounds of re-dating (default ROUNDS). */
  rounds?: number;
}

export interface JointDate {
  /** The refined document date, to re-resolve the article with. */
  date: DocumentDate;
}

/**
 * The words of expression `timex` of the article, as a string of their own: a slice of the text would keep the
 * whole text in memory for as long as joint dating runs.
 */
const saidOf = (a: Article, timex: number | null) => (timex === null ? '' : detached(a.timexes[timex]?.text ?? ''));

const quoteOf = (d: DatedMention) => (d.timex !== null ? `"${d.said}"` : 'an undated report');

function describe(inputs: readonly JointInput[], g: CrossGroup, dayIso: IsoDay): string | null {
  const own = dateAt(g.own, dayIso);
  if (!own) return null;
  const agreeing = g.anchors.filter((a) => intervalsOverlap(own, a.date));
  if (!agreeing.length) return null;
  // The most precise agreeing date reads best ("was on 2024-03-11", not a reporting window).
  const span = (a: Anchor) => dayNumber(a.date.end) - dayNumber(a.date.start);
  const first = [...agreeing].sort((a, b) => span(a) - span(b) || a.date.start.localeCompare(b.date.start))[0];
  const ids = [...new Set(agreeing.map((a) => inputs[a.article].article.id))].sort();
  const what = `the ${g.own.m.type} of ${g.own.m.participants.join(', ')}`;
  return `other articles date the same event: ${what} it dates by ${quoteOf(g.own)} was on ${first.date.value} (${ids.join(', ')})`;
}

/**
 * Within one article: for a date-dependent expression that dates no mention (a back-reference such as "after
 * the leaders' meeting last month"), the family of the nearest event word of its sentence.
 */
function looseExpressions(index: number, article: Article, tagged: TaggedTime, mentions: readonly DatedMention[], events: EventResources, tables: DateTables): DatedMention[] {
  const used = new Set(mentions.map((d) => d.timex));
  const lr = events.languages.get(article.lang) ?? events.fallback;
  const out: DatedMention[] = [];
  tagged.timexes.forEach((u, i) => {
    if (used.has(i) || u.metadata || isExplicit(u.symbol) || !(u.symbol.kind === 'relative' || u.symbol.kind === 'ago')) return;
    const span = article.sentences[u.sentence];
    if (!span || !(span[0] <= u.start && u.end <= span[1])) return;
    const s = analyseSentence(article.text, u.sentence, span, article.lang, lr, events.gazetteer);
    let best: { dist: number; type: MentionCandidate['type'] } | null = null;
    for (const t of s.triggers) {
      const a = s.words[t.first], b = s.words[t.last];
      const dist = a.start >= u.end ? a.start - u.end : u.start >= b.end ? u.start - b.end : 0;
      if (!best || dist < best.dist) best = { dist, type: t.value.type };
    }
    if (!best) return;
    const m: MentionCandidate = {
      article: article.id, sentence: u.sentence, start: span[0], end: span[1], quote: '', timex: i, status: 'occurred',
      date: dayInterval(PROBE_DAY), type: best.type, participants: NONE as string[], place: null, lang: article.lang, participantIds: NONE as string[], people: NONE as string[],
      affiliations: NONE as string[], placeId: null, placeCountry: null, published: null,
    };
    const family = typeFamily(best.type);
    out.push({ article: index, seq: -1, m, family, timex: i, said: saidOf(article, i), symbol: u.symbol, tense: u.tense, mod: u.mod, explicit: false, reported: false, topic: NONE, dates: datesTable(tables, u.symbol, u.tense, u.mod, false, m, family) });
  });
  return out;
}

/**
 * Only a relative expression and a yearless calendar name of the same grain can be two names of one date ("last
 * month" / "in September", "last Monday" / "on 4 September"): two weekdays or two relative expressions of one
 * article name different days far more often than they rename one, and tell nothing about the document date.
 */
function complementary(rel: TimexSymbol | null, named: TimexSymbol | null): boolean {
  if (!rel || !named || named.kind !== 'date' || named.year !== undefined) return false;
  const unit = rel.kind === 'relative' || rel.kind === 'ago' ? rel.unit : rel.kind === 'weekday' || rel.kind === 'dayOfMonth' ? 'day' : null;
  if (!unit) return false;
  return named.day === undefined ? unit === 'month' : unit === 'day' || unit === 'week';
}

/** Two expressions of one article that may date the same event: same family, and no named participant apart. */
function sameEventWithin(a: DatedMention, b: DatedMention): boolean {
  if (a.family !== b.family || a.timex === b.timex || a.timex === null || b.timex === null) return false;
  if (!complementary(a.symbol, b.symbol) && !complementary(b.symbol, a.symbol)) return false;
  if (!a.m.participantIds.length || !b.m.participantIds.length) return true;
  return compatible(a.m, b.m);
}

/**
 * Refines the document dates of a folder jointly. Returns the new date of every article whose date changed
 * (articles with a metadata day, and articles that share no dated event with others, are left as they are).
 */
export const dateJointly = timed('joint dating', (inputs: readonly JointInput[], deps: JointDeps): Map<string, JointDate> => {
  const n = inputs.length;
  const redatable = inputs.map((x) => x.timed && !(x.article.published?.source === 'metadata' && x.article.published.precision === 'day'));
  const tables: DateTables = new Map();
  // Each article's text is read once here: its mentions with their expressions (undated articles get probe mentions:
  // types and expressions only), the within-article agreement pairs, and its stated date. None of these change
  // between rounds; the own evidence of the few articles that reach redate's scan is worked out on first need.
  const dated: DatedMention[][] = [];
  const pairs: Array<Array<[DatedMention, DatedMention]>> = [];
  const stated: Array<TaggedTime['stated'] | undefined> = [];
  inputs.forEach((x, i) => {
    dated.push([]);
    pairs.push([]);
    if (!x.timed || (!redatable[i] && !x.mentions.length)) return;
    const { article, tagged, probes } = x.load();
    const ms = x.article.published || !redatable[i] ? x.mentions
      : probes ?? probeMentions(article, tagged, (t, doc) => deps.resolve(article.text, t, doc), deps.events, deps.extract);
    dated[i] = datedMentions(i, article, tagged, ms, tables);
    if (!redatable[i]) return;
    stated[i] = tagged.stated;
    const mine = dated[i].filter((d) => d.m.dateSource !== 'document');
    const all = [...mine, ...looseExpressions(i, article, tagged, mine, deps.events, tables)];
    const seen = new Set<string>();
    for (let a = 0; a < all.length; a++) for (let b = a + 1; b < all.length; b++) {
      const p = all[a], q = all[b];
      if (p.explicit && q.explicit) continue;
      if (!sameEventWithin(p, q)) continue;
      const key = `${Math.min(p.timex!, q.timex!)}|${Math.max(p.timex!, q.timex!)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs[i].push([p, q]);
    }
  });
  // Blocking: mentions by family and participant (or government); a target only meets mentions sharing a key.
  let blocks: MatchBlocks | null = new MatchBlocks();
  let seq = 0;
  for (const list of dated) for (const d of list) {
    d.seq = seq++;
    blocks.add(d);
  }
  // Worked out on first need: most articles share no event and never reach redate's scan (a tenth of the stage).
  const ownEvidence: Array<ReturnType<typeof documentEvidence> | undefined> = [];
  const own = (i: number) => {
    if (ownEvidence[i]) return ownEvidence[i];
    const { article, tagged } = inputs[i].load();
    return (ownEvidence[i] = documentEvidence(article.text, tagged.timexes, tagged.stated, tagged.named, tagged.offices));
  };

  // Well-known events: matched once, they do not depend on the other articles' dates.
  const gaz = deps.events.gazetteer;
  const index = knownIndex(deps.events.knownEvents ?? []);
  const known = inputs.map((_, i) => (redatable[i] && index.size ? knownGroups(i, dated, index, gaz) : []));

  // Which other mentions could anchor each date-dependent mention: found once, as matching ignores dates.
  const candidates = inputs.map((_, i) => (redatable[i] ? candidatesOf(i, dated, blocks!) : new Map<DatedMention, DatedMention[]>()));
  // From here on only the redatable articles' own mentions and their candidates are read: the blocks and the other
  // articles' lists go (the mentions that are candidates stay, held by the lists above).
  blocks = null;
  for (let j = 0; j < n; j++) if (!redatable[j]) dated[j] = [];
  const sources = candidates.map((byOwn) => new Set([...byOwn.values()].flatMap((list) => list.map((o) => o.article))));

  let state: State[] = inputs.map((x) => ({ published: x.article.published }));
  const result = new Map<string, JointDate>();
  let changedLast: Set<number> | null = null;
  for (let round = 0; round < (deps.rounds ?? ROUNDS); round++) {
    const next: State[] = state.map((s) => ({ ...s }));
    const changedNow = new Set<number>();
    for (let i = 0; i < n; i++) {
      if (!redatable[i]) continue;
      // Nothing this article depends on moved in the last round: it would reach the same date again.
      if (changedLast && ![...sources[i]].some((j) => changedLast!.has(j))) continue;
      const groups = crossGroups(i, dated, candidates[i], state);
      const doc = redate(inputs, i, groups, known[i], pairs[i], stated[i] ?? null, () => own(i));
      if (!doc || !doc.published) continue;
      const before = state[i].published;
      if (before && before.value === doc.published.value && before.window[0] === doc.published.window[0] && before.window[1] === doc.published.window[1]) continue;
      next[i] = { published: doc.published };
      result.set(inputs[i].article.id, { date: doc });
      changedNow.add(i);
    }
    state = next;
    if (!changedNow.size) break;
    changedLast = changedNow;
  }
  // Only report dates that differ from what the article's own text gave.
  const byId = new Map<string, JointInput>();
  for (const x of inputs) if (!byId.has(x.article.id)) byId.set(x.article.id, x);
  for (const [id, r] of [...result]) {
    const x = byId.get(id)!;
    const p = x.article.published;
    if (p && p.value === r.date.published!.value && p.window[0] === r.date.window![0] && p.window[1] === r.date.window![1]) result.delete(id);
  }
  return result;
});

/**
 * A date-dependent mention compatible with more mentions of other articles than this names a recurring kind of
 * event (a ministry's daily statements, two leaders who meet every few weeks), not one event, like a mention that
 * matches more than MAX_KNOWN table entries: it dates nothing and is not used. This is what keeps joint dating
 * near-linear in the folder: without it, each such mention would be compared with a share of the whole folder.
 */
export const MAX_CANDIDATES = 128;

/**
 * For each date-dependent mention of article i, the compatible mentions of other articles (in vote order); a
 * mention with more than MAX_CANDIDATES of them gets none (the search stops there, so the order of the search
 * does not matter).
 */
function candidatesOf(i: number, dated: readonly DatedMention[][], blocks: MatchBlocks): Map<DatedMention, DatedMention[]> {
  const out = new Map<DatedMention, DatedMention[]>();
  for (const d of dated[i]) {
    if (d.explicit) continue;
    let list: DatedMention[] = [];
    const seen = new Set<DatedMention>();
    search: for (const block of blocks.search(d.m)) {
      for (const o of block) {
        if (o.article === i || seen.has(o)) continue;
        seen.add(o);
        // The family first: compatible's own first test, without looking the types up again.
        if (o.family !== d.family || !compatible(d.m, o.m)) continue;
        if (list.length === MAX_CANDIDATES) {
          list = [];
          break search;
        }
        list.push(o);
      }
    }
    out.set(d, inVoteOrder(d, list));
  }
  return out;
}

/**
 * Candidates in the order votes are counted: by the first of the mention's participants (then governments) they
 * share, then in folder order. The first report of one article and date gives that vote its weight.
 */
function inVoteOrder(d: DatedMention, list: DatedMention[]): DatedMention[] {
  const keys = [...d.m.participantIds, ...d.m.affiliations.map((a) => `aff:${a}`)];
  const rank = (o: DatedMention) => {
    const r = keys.findIndex((k) => (k.startsWith('aff:') ? o.m.affiliations.includes(k.slice(4)) : o.m.participantIds.includes(k)));
    return r < 0 ? keys.length : r;
  };
  const ranked = list.map((o) => ({ o, r: rank(o), n: o.seq }));
  ranked.sort((a, b) => a.r - b.r || a.n - b.n);
  return ranked.map((x) => x.o);
}

/** The article's date-dependent expressions with the firm anchors they share events with, one group per expression. */
function crossGroups(i: number, dated: readonly DatedMention[][], candidates: ReadonlyMap<DatedMention, DatedMention[]>, state: readonly State[]): CrossGroup[] {
  const groups = new Map<string, CrossGroup>();
  const votes = new Map<string, Anchor>();
  for (const d of dated[i]) {
    if (d.explicit) continue;
    // Repeated undated mentions of one event ("the trip", "the visit") are one piece of evidence.
    const key = d.timex !== null ? `t${d.timex}` : `d|${d.family}|${d.m.participantIds.join(',')}|${ahead(d.m)}`;
    for (const o of candidates.get(d) ?? []) {
      const pub = state[o.article].published;
      if (!pub && !o.explicit) continue;
      const date = firmDate(o, pub);
      if (!date) continue;
      const quality = matchQuality(d, o);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { key, own: d, anchors: [], quality: 0 }));
      // One vote per other article and date: a repeated report in one article is one piece of evidence.
      const vote = `${key}\n${o.article}|${date.start}|${date.end}`;
      const twin = votes.get(vote);
      if (!twin) {
        const anchor: Anchor = { article: o.article, date, weight: pub ? anchorWeight(o, pub) : 1, quality, d: o };
        g.anchors.push(anchor);
        votes.set(vote, anchor);
      } else if (quality > twin.quality) twin.quality = quality;
    }
  }
  for (const g of groups.values()) {
    g.quality = g.anchors.reduce((q, a) => Math.max(q, a.quality), -Infinity);
    g.anchors = g.anchors.filter((a) => a.quality >= g.quality);
  }
  return [...groups.values()].filter((g) => g.quality >= MIN_QUALITY).sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The days the article may be dated: its own range, else around its anchors. The recency prior ("written soon
 * after the latest date it reports", `recency`: the day it starts) only applies to a range of its own: around
 * anchors, the anchors say how soon.
 */
function scanRange(own: ReturnType<typeof documentEvidence>, groups: readonly CrossGroup[], known: readonly KnownGroup[]): { from: number; to: number; evidence: string[]; recency: number | null; leadDay?: boolean } | null {
  if (own.range && own.range.anchor !== null) return { ...own.range, recency: own.range.anchor };
  let lo = Infinity, hi = -Infinity;
  const dates = [...groups.flatMap((g) => g.anchors.map((a) => a.date)), ...known.flatMap((g) => g.events.map((e) => e.date))];
  for (const d of dates) {
    lo = Math.min(lo, dayNumber(d.start));
    hi = Math.max(hi, dayNumber(d.end));
  }
  if (!Number.isFinite(lo)) return own.range ? { ...own.range, to: Math.min(own.range.to, own.range.from + MAX_SCAN), recency: null } : null;
  // Background years only bound the text: the days around its anchors, inside those bounds, are scanned.
  if (own.range) {
    const from = Math.max(own.range.from, lo - BEFORE_ANCHORS);
    const to = Math.min(own.range.to, hi + AFTER_ANCHORS, from + MAX_SCAN);
    if (to >= from) return { from, to, recency: null, evidence: own.range.evidence };
    return { ...own.range, to: Math.min(own.range.to, own.range.from + MAX_SCAN), recency: null };
  }
  const from = lo - BEFORE_ANCHORS;
  const what = groups.length ? 'the events it shares with other articles' : 'the well-known events it mentions';
  return { from, to: Math.min(hi + AFTER_ANCHORS, from + MAX_SCAN), recency: null, evidence: [`the text names no calendar date; the days around ${what} are considered`] };
}

/** Per table group, which entries each candidate day satisfies; entries no day of the range can satisfy are dropped. */
function knownHits(known: readonly KnownGroup[], isoDays: readonly IsoDay[]): Array<{ g: KnownGroup; hits: Uint8Array[]; events: KnownEvent[] }> {
  const days = isoDays.length;
  const out: Array<{ g: KnownGroup; hits: Uint8Array[]; events: KnownEvent[] }> = [];
  for (const g of known) {
    const hits = g.events.map(() => new Uint8Array(days));
    for (let k = 0; k < days; k++) {
      const mine = dateAt(g.own, isoDays[k]);
      if (!mine) continue;
      g.events.forEach((e, j) => { if (intervalsOverlap(mine, e.date)) hits[j][k] = 1; });
    }
    const keep = g.events.map((_, j) => hits[j].some((h) => h === 1));
    if (!keep.some(Boolean)) continue;
    out.push({ g, hits: hits.filter((_, j) => keep[j]), events: g.events.filter((_, j) => keep[j]) });
  }
  return out;
}

function describeKnown(g: KnownGroup, events: readonly KnownEvent[], dayIso: IsoDay): string | null {
  const own = dateAt(g.own, dayIso);
  const e = own ? events.find((k) => intervalsOverlap(own, k.date)) : undefined;
  if (!e) return null;
  const what = `the ${g.own.m.type} of ${g.own.m.participants.join(', ')}${g.own.m.place ? ` (${g.own.m.place})` : ''}`;
  return `a well-known event: ${what} it dates by ${quoteOf(g.own)} is taken to be "${e.name}", ${e.date.value} (event table: ${e.id})`;
}

/** Day numbers as ISO days, remembered: every redated article scans hundreds of the same few thousand days. */
const ISO_DAYS = new Map<number, IsoDay>();
function isoDayOf(n: number): IsoDay {
  let day = ISO_DAYS.get(n);
  if (day === undefined) {
    if (ISO_DAYS.size > 100_000) ISO_DAYS.clear();
    ISO_DAYS.set(n, (day = dayFromNumber(n)));
  }
  return day;
}

/** First index whose interval passes `test`, for a test that, once true, stays true along the days (or the length). */
function firstIndex(dates: ReadonlyArray<DateInterval>, test: (d: DateInterval) => boolean): number {
  let lo = 0, hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(dates[mid])) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** Dates that never move back as the document day moves on (starts and ends both non-decreasing), none missing. */
function moveForward(dates: ReadonlyArray<DateInterval | null>): dates is DateInterval[] {
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k];
    if (!d) return false;
    const prev = dates[k - 1];
    if (prev && (d.start < prev.start || d.end < prev.end)) return false;
  }
  return true;
}

/**
 * Adds a cross-article group's cost to each candidate day: the share of its anchors' weight that the day's own
 * date misses. When the own date only moves forward with the day (the usual case: "last week", "in September"),
 * each anchor agrees with one run of days, found by binary search, so the work is days + anchors × log(days)
 * instead of days × anchors. Weights are multiples of 1/8, so both ways give the same sums exactly.
 */
function addCrossCosts(extra: Float64Array, g: CrossGroup, isoDays: readonly IsoDay[]): void {
  const days = isoDays.length;
  let total = 0;
  for (const a of g.anchors) total += a.weight;
  if (!total) return;
  const mine = isoDays.map((day) => dateAt(g.own, day));
  if (moveForward(mine)) {
    const agree = new Float64Array(days + 1);
    for (const a of g.anchors) {
      const from = firstIndex(mine, (m) => m.end >= a.date.start);
      const to = firstIndex(mine, (m) => m.start > a.date.end);
      if (from < to) {
        agree[from] += a.weight;
        agree[to] -= a.weight;
      }
    }
    let hit = 0;
    for (let k = 0; k < days; k++) {
      hit += agree[k];
      extra[k] += W_CROSS * g.quality * ((total - hit) / total);
    }
    return;
  }
  for (let k = 0; k < days; k++) {
    let miss = 0;
    for (const a of g.anchors) if (!mine[k] || !intervalsOverlap(mine[k]!, a.date)) miss += a.weight;
    extra[k] += W_CROSS * g.quality * (miss / total);
  }
}

/** A multi-year window covering this share of the days scanned decided nothing. */
const UNDECIDED_SHARE = 0.9;

function redate(inputs: readonly JointInput[], i: number, groups: CrossGroup[], known: readonly KnownGroup[], pairs: ReadonlyArray<[DatedMention, DatedMention]>,
  stated: TaggedTime['stated'], ownEvidence: () => ReturnType<typeof documentEvidence>): DocumentDate | null {
  if (!groups.length && !known.length && !pairs.length) return null;
  const own = ownEvidence();
  const range = scanRange(own, groups, known);
  if (!range) return null;
  // Cost tables per day: cheap to build once, then summed.
  const days = range.to - range.from + 1;
  const isoDays = Array.from({ length: days }, (_, k) => isoDayOf(range.from + k));
  const pairsApart: Uint8Array[] = [];
  for (const [p, q] of pairs) {
    const apart = new Uint8Array(days);
    let agreeSomewhere = false;
    for (let k = 0; k < days; k++) {
      const a = dateAt(p, isoDays[k]), b = dateAt(q, isoDays[k]);
      if (a && b && a.precision !== 'vague' && b.precision !== 'vague' && !intervalsOverlap(a, b)) apart[k] = 1;
      else agreeSomewhere = true;
    }
    // Two expressions that agree on no candidate day ("launched on the 21st" and "the first launch, on 21 October
    // last year") date two events of one kind, not one: they say nothing about the day.
    if (agreeSomewhere) pairsApart.push(apart);
  }
  if (!groups.length && !known.length && !pairsApart.length) return null;
  const extra = new Float64Array(days);
  const table = knownHits(known, isoDays);
  for (const { g, hits } of table) {
    for (let k = 0; k < days; k++) {
      let miss = 0;
      for (const h of hits) if (!h[k]) miss++;
      extra[k] += W_KNOWN * g.quality * (miss / hits.length);
    }
  }
  // Each day's sum keeps its order (table, groups in order, pairs): the same floating-point result as day by day.
  for (const g of groups) addCrossCosts(extra, g, isoDays);
  for (const apart of pairsApart) for (let k = 0; k < days; k++) if (apart[k]) extra[k] += W_WITHIN;
  const cost = (d: DayInfo) => {
    let c = (range.recency !== null ? recencyCost(Math.max(0, d.n - range.recency), range.leadDay) : 0) + extra[d.n - range.from];
    for (const k of own.constraints) c += k.cost(d);
    return c;
  };
  const why = (best: DayInfo) => {
    const iso = dayFromNumber(best.n);
    const cross = groups.map((g) => describe(inputs, g, iso)).filter((s): s is string => s !== null).slice(0, 4);
    const world = table.map((t) => describeKnown(t.g, t.events, iso)).filter((s): s is string => s !== null).slice(0, 2);
    const within = pairs.filter(([p, q]) => { const a = dateAt(p, iso), b = dateAt(q, iso); return a && b && intervalsOverlap(a, b); })
      .map(([p, q]) => `${quoteOf(p)} and ${quoteOf(q)} date the same ${p.m.type} and are taken to agree`).slice(0, 2);
    const text = own.constraints.filter((k) => k.cost(best) === 0).map((k) => k.why);
    return [...cross, ...world, ...within, ...text];
  };
  // A text that places itself on no day of its own ("said on Monday") and is dated only through the events it
  // reports after others is a follow-up to those reports (it repeats them without their weekday): of two equally
  // good middle days, it takes the later.
  const followUp = !own.constraints.some((k) => k.dayAnchor);
  const recency = range.recency;
  const floor = recency !== null ? (n: number) => recencyCost(Math.max(0, n - recency), range.leadDay) : undefined;
  const doc = decide(range.from, range.to, cost, stated, range.evidence, why, { spread: true, lateMiddle: followUp, floor });
  if (doc.published && doc.published.source === 'metadata' && stated?.precision === 'day') return null;
  // A window years wide that is most of the days scanned is no date: nothing narrowed the text's own range, and the
  // middle of 2010–2019 is not "2014" (the text alone left it open too). Candidates that tie keep their span.
  if (doc.window && !stated && doc.window[0].slice(0, 4) !== doc.window[1].slice(0, 4)
    && dayNumber(doc.window[1]) - dayNumber(doc.window[0]) >= UNDECIDED_SHARE * (range.to - range.from)) return null;
  return doc;
}
