/**
 * Which date a mention gets: the timex that governs its trigger (nearest in the same clause), else one from the
 * neighbouring sentences, else the article's own date. Vague references (PAST_REF, "recently") become windows
 * around the document date so that they can join a precisely dated event without defining one.
 */
import { addDays } from '../../model/calendar.ts';
import type { Article, DateInterval, EventStatus, Timex } from '../../model/timeline.ts';
import { timexInterval, timexRangeInterval } from '../../model/timexValue.ts';
import type { SentenceInfo } from './sentence.ts';

/** How far back "recently" / "earlier" reaches, and how far ahead "in the coming days" / an undated plan does. */
export const PAST_WINDOW_DAYS = 180;
export const FUTURE_WINDOW_DAYS = 90;
/** A statement reported without a date was most likely made on the publication day or the day or two before. */
export const REPORTED_DAYS = 2;

const MAX_SCORE = 15;
const CLAUSE_PENALTY = 10;
const VAGUE_PENALTY = 6;

export interface DatedChoice {
  date: DateInterval;
  timex: number | null;
  source: 'timex' | 'context' | 'document';
}

/** The article's document date as an interval, or null when it has none. */
export function documentInterval(article: Article): DateInterval | null {
  return article.published ? timexInterval(article.published.value) : null;
}

/** Narrows START / MID / END to the first, middle or last third ("early this year" is not July). */
function applyMod(d: DateInterval, mod: Timex['mod']): DateInterval {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return d;
  const days = Math.round((Date.parse(d.end) - Date.parse(d.start)) / 86_400_000) + 1;
  if (days < 9) return d;
  const third = Math.floor(days / 3);
  if (mod === 'START') return { ...d, end: addDays(d.start, third - 1) };
  if (mod === 'MID') return { ...d, start: addDays(d.start, third), end: addDays(d.start, 2 * third - 1) };
  return { ...d, start: addDays(d.end, -(third - 1)) };
}

/** The interval a timex denotes for event dating, or null (durations, sets, metadata tokens). */
export function timexDate(t: Timex, dct: DateInterval | null): DateInterval | null {
  if (t.metadata || t.type === 'DURATION' || t.type === 'SET') return null;
  if (t.value === 'PAST_REF' || t.value === 'PRESENT_REF' || t.value === 'FUTURE_REF') {
    if (!dct) return null;
    if (t.value === 'PRESENT_REF') return { value: 'PRESENT_REF', precision: 'vague', start: dct.start, end: dct.end };
    if (t.value === 'PAST_REF') return { value: 'PAST_REF', precision: 'vague', start: addDays(dct.start, -PAST_WINDOW_DAYS), end: dct.end };
    return futureWindow(dct);
  }
  const d = timexRangeInterval(t.value, t.endValue);
  return d ? applyMod(d, t.mod) : null;
}

export function futureWindow(dct: DateInterval): DateInterval {
  return { value: 'FUTURE_REF', precision: 'vague', start: dct.start, end: addDays(dct.end, FUTURE_WINDOW_DAYS) };
}

const AHEAD = new Set<EventStatus>(['planned', 'expected', 'possible']);

/**
 * A date that fits the status: a plan is not dated wholly before the article, a past event not wholly after it.
 * `null` status means no cue was found: any date fits, and a future date will make the mention planned.
 */
export function sensible(d: DateInterval, status: EventStatus | null, dct: DateInterval | null): boolean {
  if (!dct || status === null) return true;
  if (AHEAD.has(status)) return d.end >= dct.start && d.value !== 'PAST_REF';
  return d.start <= dct.end && d.value !== 'FUTURE_REF';
}

export interface SentenceTimex {
  index: number;
  timex: Timex;
  date: DateInterval;
  /** Word span inside the sentence. */
  first: number;
  last: number;
}

/** Usable timexes of a sentence with their word positions. */
export function sentenceTimexes(article: Article, s: SentenceInfo, dct: DateInterval | null): SentenceTimex[] {
  const out: SentenceTimex[] = [];
  article.timexes.forEach((t, index) => {
    if (t.start < s.start || t.end > s.end) return;
    const date = timexDate(t, dct);
    if (!date) return;
    let first = -1, last = -1;
    s.words.forEach((w, i) => {
      if (w.end > t.start && w.start < t.end) { if (first < 0) first = i; last = i; }
    });
    if (first >= 0) out.push({ index, timex: t, date, first, last });
  });
  return out;
}

/** Distance score from a trigger to a timex: words between, plus a penalty per clause crossed and for vagueness. */
export function timexScore(s: SentenceInfo, trigger: { first: number; last: number }, t: SentenceTimex): number {
  const gap = t.first > trigger.last ? t.first - trigger.last : t.last < trigger.first ? trigger.first - t.last : 0;
  const clauses = Math.abs(s.clause[t.first] - s.clause[trigger.first]);
  return gap + clauses * CLAUSE_PENALTY + (t.date.precision === 'vague' ? VAGUE_PENALTY : 0);
}

/**
 * The governing timex of a trigger in its own sentence: the nearest one that fits the status, if it is close
 * enough, or if this trigger is the nearest trigger to it (`owns`: a sentence's lone date dates its lone event).
 */
export function governingTimex(
  s: SentenceInfo, trigger: { first: number; last: number }, timexes: readonly SentenceTimex[], status: EventStatus | null, dct: DateInterval | null,
  owns: (t: SentenceTimex) => boolean = () => false,
): { t: SentenceTimex; score: number } | null {
  let best: { t: SentenceTimex; score: number } | null = null;
  for (const t of timexes) {
    if (!sensible(t.date, status, dct)) continue;
    const score = timexScore(s, trigger, t);
    if ((score <= MAX_SCORE || owns(t)) && (!best || score < best.score)) best = { t, score };
  }
  return best;
}

/** A date reported by a statement about an earlier event ("said on Tuesday that they met"): that day or the two before. */
export function reportedWindow(d: DateInterval): DateInterval {
  if (d.precision !== 'day' || d.value.includes('/')) return d;
  const start = addDays(d.start, -REPORTED_DAYS);
  return { value: `${start}/${d.end}`, precision: 'day', start, end: d.end };
}

/** Days before publication that an undated past event ("the US imposed sanctions") is taken to lie in. */
export const RECENT_DAYS = 30;

/**
 * The date of an undated mention: for a statement the publication day or the two before (news reports what was
 * said now); for another past event the month before publication; for a plan the weeks after publication.
 */
export function documentDate(dct: DateInterval, status: EventStatus, statement: boolean): DateInterval {
  if (AHEAD.has(status)) return futureWindow(dct);
  if (dct.precision !== 'day') return dct;
  if (!statement && status !== 'ongoing') return { value: 'PAST_REF', precision: 'vague', start: addDays(dct.start, -RECENT_DAYS), end: dct.end };
  const start = addDays(dct.start, -REPORTED_DAYS);
  return { value: `${start}/${dct.end}`, precision: 'day', start, end: dct.end };
}

