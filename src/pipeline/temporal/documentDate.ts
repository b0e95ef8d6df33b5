/**
 * Document-date (DCT) inference from the text's own evidence. Every candidate day gets a cost from soft
 * constraints (explicit dates are in the past, "said on Monday" means the DCT is that Monday or just after,
 * a month named without a year is not the current one, …); the cheapest days form the window.
 */
import { dayFromNumber, dayNumber, daysInMonth, isoDay, isoWeekday } from '../../model/calendar.ts';
import type { IsoDay, PublishedDate } from '../../model/timeline.ts';
import type { StatedDate } from '../types.ts';
import type { UnresolvedTimex } from './types.ts';

/** Days after the latest explicit date that are still considered. */
const HORIZON = 800;
/** Longer, when a yearless date names its weekday: the matching year can be up to six years away. */
const WEEKDAY_DATE_HORIZON = 2600;
/** Cost per day away from the lower bound: news is written soon after what it reports (steeper in the first week). */
const RECENCY = 0.001;
const RECENCY_FIRST_WEEK = 0.05;
/** Days whose cost is this close to the best one are inside the window. */
const TOLERANCE = 0.35;

type Constraint = DayConstraint;

export interface DayInfo { n: number; y: number; m: number; dom: number; dow: number }

export interface DocumentDate {
  published: PublishedDate | null;
  /** The day relative expressions are resolved against (the window's midpoint), or null. */
  dct: IsoDay | null;
  window: [IsoDay, IsoDay] | null;
}

export const info = (n: number): DayInfo => {
  const s = dayFromNumber(n);
  return { n, y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), dom: Number(s.slice(8, 10)), dow: isoWeekday(s) };
};
/** The following day without going through Date: candidate scans stay cheap. */
export function nextDay(d: DayInfo): DayInfo {
  const dow = d.dow === 7 ? 1 : d.dow + 1;
  if (d.dom < daysInMonth(d.y, d.m)) return { n: d.n + 1, y: d.y, m: d.m, dom: d.dom + 1, dow };
  return d.m === 12 ? { n: d.n + 1, y: d.y + 1, m: 1, dom: 1, dow } : { n: d.n + 1, y: d.y, m: d.m + 1, dom: 1, dow };
}
const monthGap = (from: number, to: number) => ((to - from) % 12 + 12) % 12;

/** First day of an explicit (year-bearing) expression, or null for relative ones. */
function absoluteStart(t: UnresolvedTimex): number | null {
  const s = t.symbol;
  if (s.kind === 'year') return dayNumber(isoDay(s.year, 1, 1));
  if (s.kind === 'date' && s.year !== undefined) return dayNumber(isoDay(s.year, s.month, s.day ?? 1));
  if (s.kind === 'season' && s.year !== undefined) return dayNumber(isoDay(s.year, { SP: 3, SU: 6, FA: 9, WI: 12 }[s.season], 1));
  return null;
}

const quote = (text: string, t: UnresolvedTimex) => `"${text.slice(t.start, t.end)}"`;

/** The soft constraints a text puts on its own date. */
function constraints(text: string, timexes: UnresolvedTimex[]): Constraint[] {
  const out: Constraint[] = [];
  const namedYears = new Set<number>();
  const relMonthShifts = new Set<number>();
  let thisYear: UnresolvedTimex | null = null;
  for (const t of timexes) {
    const s = t.symbol;
    if (s.kind === 'relative' && s.unit === 'month' && s.shift !== 0) relMonthShifts.add(s.shift);
    if (s.kind === 'relative' && s.unit === 'year' && s.shift === 0) thisYear = t;
    if (s.kind === 'year' || (s.kind === 'date' && s.year !== undefined && s.day === undefined)) namedYears.add(s.year!);
  }
  // A repeated expression is one piece of evidence, not several (and keeps the work per candidate day bounded).
  const seen = new Set<string>();
  for (const t of timexes) {
    if (t.metadata) continue;
    const s = t.symbol;
    const key = `${JSON.stringify(s)}|${t.tense}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const q = quote(text, t);
    const start = absoluteStart(t);
    if (start !== null) {
      if (t.tense === 'future') out.push({ why: `${q} is in the future (future tense)`, cost: (d) => (d.n >= start ? 1 : 0) });
      else out.push({ why: `${q} is an explicit past date: the document is not older`, cost: (d) => (d.n < start ? 3 : 0) });
      continue;
    }
    if (s.kind === 'weekday') {
      if (s.rel === 'this') {
        out.push({ why: `${q}: the document is dated in that weekday's week, most likely on it`, dayAnchor: true, cost: (d) => (d.dow === s.dow ? 0 : d.dow > s.dow ? 0.5 : 2) });
      } else if (!s.rel && t.tense === 'future') {
        out.push({ why: `${q} (future tense) is still to come`, cost: (d) => (d.dow === s.dow ? 0.3 : 0) });
      } else if (!s.rel) {
        out.push({
          why: `${q} (${t.tense === 'unknown' ? 'no tense cue, news default' : t.tense + ' tense'}): the document is dated that day or shortly after`,
          dayAnchor: true,
          cost: (d) => { const k = (d.dow - s.dow + 7) % 7; return k === 0 ? 0 : k === 1 ? 0.2 : 0.6 + 0.15 * k; },
        });
      }
    } else if (s.kind === 'date' && s.year === undefined) {
      const M = s.month;
      if (s.dow !== undefined && s.day !== undefined) {
        const D = s.day;
        const W = s.dow;
        out.push({
          why: `${q} names its weekday: the date falls in a year where they agree`,
          cost: (d) => {
            // The year that date would resolve to from this candidate (same rule as resolve.ts, nearest).
            const y = monthGap(d.m, M) <= 6 && !(M < d.m && d.m - M > 6) ? (M - d.m > 6 ? d.y - 1 : M - d.m < -6 ? d.y + 1 : d.y) : d.y;
            return D <= daysInMonth(y, M) && isoWeekday(isoDay(y, M, D)) === W ? 0 : 2;
          },
        });
      }
      if (t.tense === 'future') {
        out.push({
          why: `${q} (future tense) is upcoming, most likely within a month`,
          cost: (d) => {
            const g = monthGap(d.m, M);
            if (g === 0 && s.day !== undefined && s.day <= d.dom) return 1;
            return g === 0 ? 0 : g === 1 ? 0.4 : 1;
          },
        });
      } else if (s.day === undefined) {
        out.push({
          why: `${q} (a month named without a year) is a past month other than the current one`,
          cost: (d) => { const g = monthGap(M, d.m); return g === 0 ? 1.5 : 0.2 * (g - 1); },
        });
        for (const shift of relMonthShifts) {
          out.push({
            why: `${q} and a relative month ("last month") are taken to name different months`,
            cost: (d) => (monthGap(M, d.m) === -shift ? 0.5 : 0),
          });
        }
      } else {
        const D = s.day;
        out.push({
          why: `${q} (a date without a year) is recent`,
          cost: (d) => {
            const g = monthGap(M, d.m);
            return g === 0 && D > d.dom ? 1 : Math.min(1, (g * 30 + d.dom - D) / 180);
          },
        });
      }
    } else if (s.kind === 'dayOfMonth' && !s.rel) {
      const D = s.day;
      out.push({
        why: `${q} (a day of the month, past): the document is dated that day or shortly after`,
        dayAnchor: true,
        cost: (d) => { const k = D <= d.dom ? d.dom - D : d.dom + 30 - D; return k === 0 ? 0 : k === 1 ? 0.3 : Math.min(2, 0.6 + 0.05 * k); },
      });
    }
  }
  // "this evening, Monday 3 August 2020": a same-day deictic in apposition to a full date names the document's day.
  const todayAt = timexes.filter((t) => t.symbol.kind === 'relative' && t.symbol.unit === 'day' && t.symbol.shift === 0);
  for (const t of timexes) {
    const s = t.symbol;
    if (s.kind !== 'date' || s.year === undefined || s.day === undefined || t.metadata) continue;
    const today = todayAt.find((r) => isApposition(text, r, t));
    if (!today) continue;
    const n = dayNumber(isoDay(s.year, s.month, s.day));
    out.push({ why: `${quote(text, today)} ${quote(text, t)}: the text names its own day`, dayAnchor: true, cost: (d) => (d.n === n ? 0 : 2) });
  }
  if (thisYear && namedYears.size) {
    const ys = [...namedYears].sort();
    const t = thisYear;
    out.push({
      why: `${quote(text, t)} next to explicit years ${ys.join(', ')}: the current year is taken to be none of them`,
      cost: (d) => (namedYears.has(d.y) ? 0.5 : 0),
    });
  }
  return out;
}

/** Two expressions side by side, with at most a comma or a dash between them. */
function isApposition(text: string, a: UnresolvedTimex, b: UnresolvedTimex): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const gap = second.start - first.end;
  if (gap < 0 || gap > 3) return false;
  for (const c of text.slice(first.end, second.start)) if (!' ,\u00a0-–—('.includes(c)) return false;
  return true;
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Candidate days from metadata, else from the explicit dates the text mentions. */
function candidateRange(text: string, timexes: UnresolvedTimex[], meta: StatedDate | null): { from: number; to: number; evidence: string[] } | null {
  if (meta) {
    const [y, m] = [Number(meta.value.slice(0, 4)), Number(meta.value.slice(5, 7))];
    if (meta.precision === 'month') return { from: dayNumber(isoDay(y, m, 1)), to: dayNumber(isoDay(y, m, daysInMonth(y, m))), evidence: [`metadata gives the month ${meta.value}`] };
    if (meta.precision === 'year') return { from: dayNumber(isoDay(y, 1, 1)), to: dayNumber(isoDay(y, 12, 31)), evidence: [`metadata gives the year ${meta.value}`] };
  }
  let lower: number | null = null;
  let lowerT: UnresolvedTimex | null = null;
  let upper: number | null = null;
  for (const t of timexes) {
    const start = absoluteStart(t);
    if (start === null) continue;
    if (t.tense === 'future') upper = upper === null ? start : Math.min(upper, start);
    else if (lower === null || start > lower) { lower = start; lowerT = t; }
  }
  if (lower !== null && lowerT) {
    const horizon = timexes.some((t) => t.symbol.kind === 'date' && t.symbol.dow !== undefined) ? WEEKDAY_DATE_HORIZON : HORIZON;
    const to = upper !== null && upper > lower ? Math.min(upper, lower + horizon) : lower + horizon;
    return { from: lower, to, evidence: [`latest explicit date in the text: ${dayFromNumber(lower)} from ${quote(text, lowerT)} (lower bound)`] };
  }
  if (upper !== null) return { from: upper - HORIZON, to: upper, evidence: [`only future dates are named; the earliest, ${dayFromNumber(upper)}, is an upper bound`] };
  return null;
}

/** A soft constraint on the document date: its cost on a candidate day, and why, in plain English. */
export interface DayConstraint {
  why: string;
  cost: (d: DayInfo) => number;
  /** The text places itself on a day of its own ("said on Monday", "on the 10th"), not only after other dates. */
  dayAnchor?: boolean;
}

/** The text's own evidence: the days worth considering (null when nothing anchors the text) and the soft constraints. */
export interface OwnEvidence {
  range: { from: number; to: number; evidence: string[] } | null;
  constraints: DayConstraint[];
}

/** The text's own evidence about its date, for inferDocumentDate and for joint (cross-article) dating. */
export function documentEvidence(text: string, timexes: UnresolvedTimex[], meta: StatedDate | null): OwnEvidence {
  return { range: candidateRange(text, timexes, meta), constraints: constraints(text, timexes) };
}

/** The recency prior on a day `age` days after the range start: news is written soon after what it reports. */
export function recencyCost(age: number): number {
  return RECENCY * age + RECENCY_FIRST_WEEK * Math.min(age, 7);
}

/**
 * Picks the cheapest day of [from, to] and the window of days whose cost is within TOLERANCE of it. With
 * `spread`, every near-best day counts, not only the contiguous ones: "a Tuesday of October" stays a month.
 * The point is the window's middle; an even window has two, and `lateMiddle` takes the later one (see jointDating).
 */
export function decide(
  from: number, to: number, cost: (d: DayInfo) => number, meta: StatedDate | null, evidenceBase: string[],
  why: (best: DayInfo) => string[], spread = false, lateMiddle = false,
): DocumentDate {
  const costs: number[] = [];
  let best = from;
  for (let n = from, d = info(from); n <= to; n++, d = nextDay(d)) {
    const c = cost(d);
    costs.push(c);
    if (c < costs[best - from]) best = n;
  }
  const limit = costs[best - from] + TOLERANCE;
  let lo = best;
  let hi = best;
  if (spread) {
    for (let n = from; n <= to; n++) if (costs[n - from] <= limit) { lo = Math.min(lo, n); hi = Math.max(hi, n); }
  } else {
    while (lo > from && costs[lo - 1 - from] <= limit) lo--;
    while (hi < to && costs[hi + 1 - from] <= limit) hi++;
  }
  const mid = dayFromNumber(lo + (lateMiddle ? Math.ceil((hi - lo) / 2) : Math.floor((hi - lo) / 2)));
  const window: [IsoDay, IsoDay] = [dayFromNumber(lo), dayFromNumber(hi)];
  const evidence = dedupe([...evidenceBase, ...why(info(best))]).slice(0, 12);
  const sameMonth = window[0].slice(0, 7) === window[1].slice(0, 7);
  const sameYear = window[0].slice(0, 4) === window[1].slice(0, 4);
  const precision: PublishedDate['precision'] = hi - lo <= 2 ? 'day' : sameMonth ? 'month' : 'year';
  const value = precision === 'day' ? mid : precision === 'month' ? mid.slice(0, 7) : mid.slice(0, 4);
  if (!sameYear) evidence.push(`the evidence leaves ${window[0]} to ${window[1]} open; the middle is used`);
  let source: PublishedDate['source'] = 'inferred';
  if (meta) source = precision === 'day' || (meta.precision === 'year' && precision === 'month') ? 'metadata+inferred' : 'metadata';
  const published: PublishedDate = meta && source === 'metadata'
    ? { value: meta.value, precision: meta.precision, source, window, evidence }
    : { value, precision, source, window, evidence };
  return { published, dct: mid, window };
}

/** Infers the document date (window, point and evidence) from metadata and the unresolved expressions. */
export function inferDocumentDate(text: string, timexes: UnresolvedTimex[], meta: StatedDate | null): DocumentDate {
  if (meta && meta.precision === 'day') {
    return { published: { value: meta.value, precision: 'day', source: 'metadata', window: [meta.value, meta.value], evidence: ['metadata gives the day'] }, dct: meta.value, window: [meta.value, meta.value] };
  }
  const { range, constraints: cs } = documentEvidence(text, timexes, meta);
  if (!range) return { published: null, dct: null, window: null };
  const cost = (d: DayInfo) => {
    let c = recencyCost(d.n - range.from);
    for (const k of cs) c += k.cost(d);
    return c;
  };
  return decide(range.from, range.to, cost, meta, range.evidence, (b) => cs.filter((k) => k.cost(b) === 0).map((k) => k.why));
}
