/**
 * Document-date (DCT) inference from the text's own evidence. Every candidate day gets a cost from soft
 * constraints (explicit dates are in the past, "said on Monday" means the DCT is that Monday or just after,
 * a month named without a year is not the current one, …); the cheapest days form the window.
 */
import { dayFromNumber, dayNumber, daysInMonth, isoDay, isoWeekday } from '../../model/calendar.ts';
import type { IsoDay, PublishedDate } from '../../model/timeline.ts';
import type { StatedDate } from '../types.ts';
import { UNFORESEEABLE_KINDS, type NamedEventHit, type Occurrence } from './newsEvents.ts';
import type { Countdown } from './countdown.ts';
import type { OfficeHolding, Tense, TimexSymbol, UnresolvedTimex } from './types.ts';

/** Days after the latest explicit date that are still considered. */
const HORIZON = 800;
/** Longer, when a yearless date names its weekday: the matching year can be up to six years away. */
const WEEKDAY_DATE_HORIZON = 2600;
/** Cost per day away from the lower bound: news is written soon after what it reports (steeper in the first week). */
const RECENCY = 0.001;
const RECENCY_FIRST_WEEK = 0.05;
/**
 * The extra slope of the first two days when the lead itself names the reported day in full: a report names its own
 * day, so the day after costs more than the tolerance and the window is the day (a month named next still spreads the
 * window: its days are all past the first two).
 */
const RECENCY_LEAD_DAY = 0.2;
const LEAD_DAY_SPAN = 2;
/** Cost per day after a month named with its year, when nothing better anchors the text: it only ranks readings. */
const WEAK_RECENCY = 0.0003;
/** Days whose cost is this close to the best one are inside the window. */
const TOLERANCE = 0.35;
/** A day this close to the best one, far from it, makes the evidence ambiguous ("on Monday" after a bare year). */
const RIVAL = 0.005;
/** How far (days) outside the chosen window a rival must be to count as another reading, not the same one. */
const RIVAL_DISTANCE = 3;
/** A reading about a year or more away that is nearly as good leaves the year open (small slopes do not decide it). */
const RIVAL_YEAR_DISTANCE = 300;
const RIVAL_YEAR = 0.05;
/** A future date precise to a month or a day costs nothing this many days ahead, then a little per day more. */
const FUTURE_SOON = 60;
const FUTURE_SLOPE = 0.002;
/** Without a reported date to be recent after, how many days after the latest background year are considered. */
const BACKGROUND_HORIZON = 18_250;
/** Sentences (headline first) whose events are taken to be the article's subject. */
const LEAD_SENTENCES = 3;
/**
 * A weekday named after the lead counts less: the headline's and lead's day is the news ("sworn in on Monday"),
 * later ones are often background or a plan whose tense the cues missed ("will resign as early as Wednesday").
 */
const LATER_WEEKDAY_WEIGHT = 0.5;
/** Extra cost of reading a weekday-date with no tense cue as still to come rather than just past. */
const UNCUED_AHEAD = 0.2;

/** A weekday-date read as still to come: cheap within two weeks ahead, dear beyond. */
function weekdayDateAhead(d: DayInfo, M: number, D: number): number {
  const ahead = daysAhead(d, M, D);
  return ahead <= 14 ? 0 : ahead <= 31 ? 0.5 : 1;
}

/** A future date this many days ahead is as likely as any nearer one; up to FUTURE_DATE_FAR, somewhat less. */
const FUTURE_DATE_NEAR = 35;
const FUTURE_DATE_FAR = 62;

/**
 * Cost per day ahead of a day that ends what runs now ("until 13 October"): a run lasts weeks or months, so no month
 * is free as for a plain future date, but a nearer end is likelier (daysAhead is under a year).
 */
const UNTIL_SLOPE = 0.001;

/** Days from d to the next M-D after it (0: it is d itself; a 29 February counts as the month's last day). */
function daysAhead(d: DayInfo, M: number, D: number): number {
  let target = dayNumber(isoDay(d.y, M, Math.min(D, daysInMonth(d.y, M))));
  if (target < d.n) target = dayNumber(isoDay(d.y + 1, M, Math.min(D, daysInMonth(d.y + 1, M))));
  return target - d.n;
}

/**
 * An event still to come: free within a quarter of a year ahead, then slowly dearer ("Britain will trigger Article
 * 50" is written nine months ahead as readily as one), never as dear as a contradiction.
 */
const EVENT_AHEAD_SOON = 90;
const EVENT_AHEAD_SLOPE = 0.0008;
const EVENT_AHEAD_MAX = 0.5;

/** Days ahead within which a date named with a past verb may still be a plan (called off, moved, announced). */
const PAST_VERB_AHEAD_DAYS = 7;

/** Cost of a series' occurrence whose cue names (candidates, winner) the article mentions fewer of than another's. */
const CUE_MISS = 1;
/** The day of the month from which "early June" (START) or "mid-June" (MID) can be past in June itself. */
const PART_OF_MONTH_OVER = { START: 11, MID: 21 } as const;

/** Cost of a series' occurrence when the people the text names with their titles were not in office then. */
const OUT_OF_OFFICE = 0.5;

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
/** Moves `d` to the following day in place: a scan over the decades an undated text allows allocates nothing. */
function advanceDay(d: DayInfo): void {
  d.n++;
  d.dow = d.dow === 7 ? 1 : d.dow + 1;
  if (d.dom < daysInMonth(d.y, d.m)) d.dom++;
  else if (d.m === 12) { d.dom = 1; d.m = 1; d.y++; }
  else { d.dom = 1; d.m++; }
}
const monthGap = (from: number, to: number) => ((to - from) % 12 + 12) % 12;

/** First day of an explicit (year-bearing) expression, or null for relative ones. */
function absoluteStart(t: UnresolvedTimex): number | null {
  const s = t.symbol;
  if (s.kind === 'year') return dayNumber(isoDay(s.year, 1, 1));
  if (s.kind === 'date' && s.year !== undefined) return dayNumber(isoDay(s.year, s.month, s.day ?? 1));
  if (s.kind === 'season' && s.year !== undefined) return dayNumber(isoDay(s.year, { SP: 3, SU: 6, FA: 9, WI: 12 }[s.season], 1));
  if (s.kind === 'quarter') return dayNumber(isoDay(s.year, 3 * s.q - 2, 1));
  return null;
}

/** Where a range's last part starts ("2019-2021": 2021-01-01), or null for a single year, month or day. */
function absoluteEndStart(t: UnresolvedTimex): number | null {
  const s = t.symbol;
  if (s.kind === 'year' && s.endYear !== undefined) return dayNumber(isoDay(s.endYear, 1, 1));
  if (s.kind === 'date' && s.year !== undefined && (s.endDay !== undefined || s.endMonth !== undefined)) {
    const y = s.endYear ?? s.year;
    return dayNumber(isoDay(y, s.endMonth ?? s.month, s.endDay ?? 1));
  }
  return null;
}

/**
 * "This year, the 65th anniversary of the armistice": an anniversary the text puts in "this year" is background
 * about the year, written about any time in it (before its day as well), not news of its day.
 */
function yearScopedAnniversary(t: UnresolvedTimex, timexes: readonly UnresolvedTimex[]): boolean {
  return t.rule.includes('{event}') && timexes.some((r) => r.symbol.kind === 'relative' && r.symbol.unit === 'year' && r.symbol.shift === 0 && r.sentence === t.sentence && gapBetween(r, t) <= COREFERENCE_GAP);
}

/** The earliest day the document can have given a past expression (see yearScopedAnniversary). */
function earliestDocument(t: UnresolvedTimex, start: number, timexes: readonly UnresolvedTimex[]): number {
  return yearScopedAnniversary(t, timexes) ? dayNumber(isoDay(Number(dayFromNumber(start).slice(0, 4)), 1, 1)) : start;
}

const quote = (text: string, t: UnresolvedTimex) => `"${text.slice(t.start, t.end)}"`;

/** The soft constraints a text puts on its own date. */
function constraints(text: string, timexes: UnresolvedTimex[], named: readonly NamedEventHit[], offices: readonly OfficeHolding[] = []): Constraint[] {
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
  const datedDays = new Set<string>();
  for (const t of timexes) if (t.symbol.kind === 'date' && t.symbol.year !== undefined && t.symbol.day !== undefined) datedDays.add(`${t.symbol.month}-${t.symbol.day}`);
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
    const weight = t.sentence < LEAD_SENTENCES ? 1 : LATER_WEEKDAY_WEIGHT;
    if (start !== null) {
      if (t.tense === 'future' && s.kind === 'date') {
        // A dated plan ("from 1 January 2023") is mostly announced within weeks or months of it.
        out.push({ why: `${q} is in the future (future tense), most likely within months`, cost: (d) => (d.n >= start ? 1 : Math.min(0.8, Math.max(0, start - d.n - FUTURE_SOON) * FUTURE_SLOPE)) });
      } else if (t.tense === 'future') out.push({ why: `${q} is in the future (future tense)`, cost: (d) => (d.n >= start ? 1 : 0) });
      else {
        // A past range ("from 2019 to 2021 he led") has reached its last year, month or day.
        const earliest = earliestDocument(t, Math.max(start, absoluteEndStart(t) ?? start), timexes);
        out.push({ why: `${q} is an explicit past date: the document is not older`, cost: (d) => (d.n < earliest ? 3 : 0) });
      }
      continue;
    }
    if (s.kind === 'weekday') {
      if (s.rel === 'this' && t.tense === 'future') {
        // "El ministro hablará este viernes": the coming one, most likely within the week.
        out.push({ why: `${q} (future tense): the document is dated in the days before it`, cost: (d) => (d.dow < s.dow ? 0 : d.dow === s.dow ? 0.3 : 0.5) });
      } else if (s.rel === 'this') {
        out.push({ why: `${q}: the document is dated in that weekday's week, most likely on it`, dayAnchor: true, cost: (d) => (d.dow === s.dow ? 0 : d.dow > s.dow ? 0.5 : 2) });
      } else if (!s.rel && t.tense === 'future') {
        out.push({ why: `${q} (future tense) is still to come`, cost: (d) => (d.dow === s.dow ? 0.3 : 0) });
      } else if (!s.rel && t.since) {
        // "Since Sunday the law is in force": written any day of the week after that Sunday, not on it (there it
        // would be a week back).
        out.push({
          why: `${q} (since a weekday): the document is dated in the days after it`,
          cost: (d) => { const k = (d.dow - s.dow + 7) % 7; return weight * (k === 0 ? 1 : 0.05 * (k - 1)); },
        });
      } else if (!s.rel) {
        out.push({
          why: `${q} (${t.tense === 'unknown' ? 'no tense cue, news default' : t.tense + ' tense'}): the document is dated that day or shortly after`,
          dayAnchor: true,
          cost: (d) => { const k = (d.dow - s.dow + 7) % 7; return weight * (k === 0 ? 0 : k === 1 ? 0.2 : 0.6 + 0.15 * k); },
        });
      }
    } else if (s.kind === 'weekend' && !s.rel && t.tense !== 'future') {
      // "Over the weekend, talks broke down": written on the weekend itself or the Monday after, seldom later.
      out.push({
        why: `${q} (${t.tense === 'unknown' ? 'no tense cue, news default' : t.tense + ' tense'}): the document is dated that weekend or shortly after`,
        cost: (d) => { const k = (d.dow - 6 + 7) % 7; return weight * (k <= 2 ? 0 : k === 3 ? 0.2 : 0.5); },
      });
    } else if (s.kind === 'weekend' && s.rel === 'last') {
      out.push({ why: `${q}: the document is dated in the week after that weekend`, cost: (d) => (d.dow >= 6 ? 0.5 : 0) });
    } else if (s.kind === 'weekend' && !s.rel) {
      out.push({ why: `${q} (future tense) is still to come`, cost: (d) => (d.dow >= 6 ? 0.3 : 0) });
    } else if (s.kind === 'date' && s.year === undefined && s.yearShift !== undefined) {
      // "去年12月3日", "작년 10월", "来年3月": a month of the year before or after the document's, mostly a recent one.
      // Of several past ones ("去年9月 … 去年11月"), only the latest says how recent: the others are older background.
      if (s.yearShift < 0 && laterPastMonth(s, timexes)) continue;
      const M = s.month, D = s.day ?? 15, shift = s.yearShift;
      out.push({
        why: `${q} (the ${shift < 0 ? 'previous' : shift > 0 ? 'next' : 'same'} year's) is most likely a recent ${shift > 0 ? 'or coming ' : ''}month`,
        cost: (d) => {
          const y = d.y + shift;
          const k = d.n - dayNumber(isoDay(y, M, Math.min(D, daysInMonth(y, M))));
          return shift < 0 ? Math.min(1, Math.max(0, k) / 180) : Math.min(0.5, Math.abs(k) / 730);
        },
      });
    } else if (s.kind === 'date' && s.year === undefined) {
      // "from 1 January 2023 … takes office on 1 January": the same day again, already counted with its year.
      if (s.day !== undefined && datedDays.has(`${s.month}-${s.day}`)) continue;
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
        if (t.tense !== 'future') {
          // News names the weekday of days within the past week: "on Sunday, 11 June" is this week's Sunday. With no
          // tense cue at all ("the board sets the result on Friday 1 December", present for future), the coming
          // week or two is nearly as likely.
          const uncued = t.tense === 'unknown';
          out.push({
            why: `${q} (weekday and date): the document is dated that day or shortly after${uncued ? ', or shortly before (no tense cue)' : ''}`,
            dayAnchor: true,
            cost: (d) => {
              const k = d.m === M ? d.dom - D : monthGap(M, d.m) === 1 ? d.dom + daysInMonth(d.m === 1 ? d.y - 1 : d.y, M) - D : -1;
              const after = weight * (k === 0 ? 0 : k === 1 ? 0.2 : k > 1 && k <= 7 ? 0.6 + 0.15 * k : 1);
              return uncued ? Math.min(after, UNCUED_AHEAD + weekdayDateAhead(d, M, D)) : after;
            },
          });
        }
      }
      if (s.rel !== undefined && s.day === undefined) {
        // "el pasado septiembre": the latest September before the document, however long ago; "next March" likewise.
        // Written in September itself it is the September a year back: said less often than in the months after, but
        // said ("The couple had divorced last August", in an August report), so it costs little, not a rule-out.
        out.push({
          why: `${q} is ${s.rel === 'last' ? 'the latest such month before the document' : 'the next such month after it'}`,
          cost: (d) => (monthGap(M, d.m) === 0 ? 0.3 : 0),
        });
      } else if (t.tense === 'future' && s.day === undefined) {
        // "A new leader should be in place by October": a month still to come is named months ahead as often as
        // weeks ahead; only a reading that puts it most of a year away is unlikely.
        out.push({
          why: `${q} (future tense) is a month still to come, within half a year`,
          cost: (d) => { const g = monthGap(d.m, M); return g === 0 ? 0.1 : g <= 6 ? 0 : 0.4; },
        });
      } else if (t.tense === 'future' && t.until) {
        out.push({
          why: `${q} (until, future) ends what runs now: within a year, nearer more likely`,
          cost: (d) => {
            const ahead = daysAhead(d, M, s.day!);
            return ahead === 0 ? 1 : UNTIL_SLOPE * ahead;
          },
        });
      } else if (t.tense === 'future') {
        out.push({
          why: `${q} (future tense) is upcoming, most likely within a month`,
          // Counted in days, not calendar months: "the new parliament meets on 26 October", written on 27
          // September, is four weeks ahead, as near as a date later in the same month.
          cost: (d) => {
            const ahead = daysAhead(d, M, s.day!);
            return ahead === 0 ? 1 : ahead <= FUTURE_DATE_NEAR ? 0 : ahead <= FUTURE_DATE_FAR ? 0.4 : 1;
          },
        });
      } else if (s.day === undefined && t.attributive) {
        // "les élections législatives de juin": a noun's month, past or ahead; mostly a near one.
        out.push({
          why: `${q} (a month that dates a noun, no tense) is most likely within a few months either way`,
          cost: (d) => { const g = monthGap(M, d.m); return 0.05 * Math.min(g, 12 - g); },
        });
      } else if (s.day === undefined) {
        // "Anfang Juni" said at the end of June is this month's beginning, already past: the part of the month the
        // expression names must be over.
        const pastFrom = t.mod === 'START' ? PART_OF_MONTH_OVER.START : t.mod === 'MID' ? PART_OF_MONTH_OVER.MID : null;
        out.push({
          why: `${q} (a month named without a year) is a past month${pastFrom === null ? ' other than the current one' : ', or this one once that part of it is over'}`,
          cost: (d) => { const g = monthGap(M, d.m); return g === 0 ? (pastFrom !== null && d.dom >= pastFrom ? 0 : 1.5) : 0.15 * (g - 1); },
        });
        for (const shift of relMonthShifts) {
          out.push({
            why: `${q} and a relative month ("last month") are taken to name different months`,
            cost: (d) => (monthGap(M, d.m) === -shift ? 0.5 : 0),
          });
        }
      } else if (t.attributive) {
        // "las elecciones generales del 10 de noviembre", "os acordos de 5 de Maio": a noun's day, past or ahead; mostly
        // a near one.
        out.push({
          why: `${q} (a day that dates a noun, no tense) is most likely within a few months either way`,
          cost: (d) => { const g = monthGap(M, d.m); return 0.05 * Math.min(g, 12 - g); },
        });
      } else {
        const D = s.day;
        const uncuedWeekday = t.tense === 'unknown' && s.dow !== undefined;
        // "Na 28 januari is de gulden verleden tijd", "Am 3. März beginnt die Messe": the present tense names
        // scheduled days as often as reported ones.
        const present = t.tense === 'present';
        out.push({
          why: `${q} (a date without a year) is recent${uncuedWeekday ? ' or just ahead (no tense cue)' : present ? ' or just ahead (present tense)' : ''}`,
          cost: (d) => {
            const g = monthGap(M, d.m);
            // A day a few days ahead with a past verb about it ("cancelled the celebrations of 28 November") is a
            // plan called off or moved, less unlikely than one weeks ahead.
            const recent = g === 0 && D > d.dom ? (D - d.dom <= PAST_VERB_AHEAD_DAYS ? 0.5 : 1) : Math.min(1, (g * 30 + d.dom - D) / 180);
            return uncuedWeekday || present ? Math.min(recent, UNCUED_AHEAD + weekdayDateAhead(d, M, D)) : recent;
          },
        });
      }
    } else if (s.kind === 'dayOfMonth' && s.monthShift === 0) {
      // "이달 3일", "今月3日": this month's day, past unless the clause says it is ahead (a weaker cue: a relative
      // clause's verb, "今月7日に発令された", is often read as the sentence's).
      const D = s.day, ahead = t.tense === 'future';
      out.push({ why: `${q} (a day of this month${ahead ? ', ahead' : ''}) is ${ahead ? 'after' : 'on or before'} the document's day`, cost: (d) => (ahead ? (D > d.dom ? 0 : 0.3) : D <= d.dom ? 0 : 1) });
    } else if (s.kind === 'dayOfMonth' && s.monthShift !== undefined && Math.abs(s.monthShift) === 1) {
      // "지난달 31일", "来月30日": the month before or after the document's has that day.
      const D = s.day, shift = s.monthShift;
      out.push({
        why: `${q} (a day of the ${shift < 0 ? 'previous' : 'next'} month): that month has the day`,
        cost: (d) => { const m = ((d.m - 1 + shift + 12) % 12) + 1, y = d.y + (d.m + shift < 1 ? -1 : d.m + shift > 12 ? 1 : 0); return D <= daysInMonth(y, m) ? 0 : 1; },
      });
    } else if (s.kind === 'dayOfMonth' && (s.rel === 'next' || s.rel === 'last') && s.monthShift === undefined) {
      // "오는 18일" (the coming 18th), "지난 10일" (the last 10th): this month's when it is still ahead (behind), else the
      // next (last) month's, said less often.
      const D = s.day, next = s.rel === 'next';
      out.push({ why: `${q} is most likely ${next ? 'later' : 'earlier'} this month`, cost: (d) => ((next ? D > d.dom : D < d.dom) ? 0 : 0.3) });
    } else if (s.kind === 'dayOfMonth' && !s.rel && s.monthShift === undefined && t.tense === 'future') {
      const D = s.day;
      out.push({
        why: `${q} (a day of the month, future) is most likely later this month`,
        cost: (d) => (D > d.dom ? (D - d.dom <= 7 ? 0 : 0.2) : 0.6),
      });
    } else if (s.kind === 'dayOfMonth' && !s.rel && s.monthShift === undefined) {
      const D = s.day;
      out.push({
        why: `${q} (a day of the month, past): the document is dated that day or shortly after`,
        dayAnchor: true,
        cost: (d) => {
          // Days since the latest such day: this month's, else last month's (a 31st needs a month that has one).
          const k = D <= d.dom ? d.dom - D : d.dom + (d.m === 1 ? 31 : daysInMonth(d.y, d.m - 1)) - D;
          return k < 0 ? 2 : k === 0 ? 0 : k === 1 ? 0.4 : Math.min(2, 0.6 + 0.05 * k);
        },
      });      if (s.dow !== undefined) {
        const W = s.dow;
        out.push({
          why: `${q} names its weekday: the month of that day is one where they agree`,
          cost: (d) => {
            // The latest such day of the month on or before the candidate (this month's, else last month's).
            const [y, m] = D <= d.dom ? [d.y, d.m] : d.m === 1 ? [d.y - 1, 12] : [d.y, d.m - 1];
            return D <= daysInMonth(y, m) && isoWeekday(isoDay(y, m, D)) === W ? 0 : 2;
          },
        });
      }
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
  out.push(...yearsAfterConstraints(text, timexes, named));
  out.push(...namedEventConstraints(text, named, offices, namesOwnDay(timexes)));
  out.push(...countdownConstraints(text, named));
  out.push(...sinceConstraints(text, named));
  out.push(...coreferenceConstraints(text, timexes, named));
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

/** Whether the text places itself with a word of its own: "yesterday", "today", a weekday. */
function namesOwnDay(timexes: readonly UnresolvedTimex[]): boolean {
  return timexes.some((t) => (t.symbol.kind === 'relative' && t.symbol.unit === 'day') || t.symbol.kind === 'weekday');
}

/** Cost of a day before an event the text names only in passing, when the text names its own day (see namedEventConstraints). */
const PASSING_EVENT_BEFORE = 0.5;

/** The events an article names, once each: the first hit, past unless every hit is future, and how prominent. */
interface NamedEvent { hit: NamedEventHit; future: boolean; subject: boolean }

function namedEvents(named: readonly NamedEventHit[]): NamedEvent[] {
  const byId = new Map<string, { hits: NamedEventHit[] }>();
  for (const h of named) {
    const e = byId.get(h.id);
    if (e) e.hits.push(h);
    else byId.set(h.id, { hits: [h] });
  }
  return [...byId.values()].map(({ hits }) => {
    // The first mention with a tense cue: a verbless or present headline ("London wins the 2012 Olympic Games") does
    // not say which side of the event the text is on; the lead's "London will host the 2012 Games" does.
    const first = hits.find((h) => h.tense !== 'unknown') ?? hits[0];
    return {
      hit: hits[0],
      // Still to come when every mention says so, or when the first that tells does in the lead: later mentions' tense
      // cues are often other clauses' verbs ("the stadium was built for the Games").
      future: hits.every((h) => h.tense === 'future') || (first.tense === 'future' && first.sentence < LEAD_SENTENCES && !hits.some((h) => h.tense === 'past' && h.sentence < LEAD_SENTENCES)),
      // The article's subject: named in the headline or lead, or in more than one sentence. An event only recalled
      // (commemorated, compared with) is the past the article looks back on, not what it reports.
      subject: !hits.every((h) => h.recalled) && (hits[0].sentence < LEAD_SENTENCES || new Set(hits.map((h) => h.sentence)).size > 1),
    };
  });
}

const eventQuote = (text: string, h: NamedEventHit) => `"${text.slice(h.start, h.end)}"`;
const occurrenceDays = (o: Occurrence) => (o.from === o.to ? dayFromNumber(o.from) : `${dayFromNumber(o.from)}/${dayFromNumber(o.to)}`);

/**
 * A named event bounds the document (not before it when reported, not after it when still to come). An event the
 * article is about, named without its year ("the Bundestag election"), places the document just after one of its
 * occurrences, whichever the other evidence prefers.
 */
function namedEventConstraints(text: string, named: readonly NamedEventHit[], offices: readonly OfficeHolding[], ownDay = false): Constraint[] {
  const out: Constraint[] = [];
  for (const { hit, future, subject } of namedEvents(named)) {
    const q = eventQuote(text, hit);
    const occ = hit.occurrences;
    if (future) {
      const last = occ[occ.length - 1];
      // Like a date ahead, an event still to come is written about in the months before it, seldom years before.
      out.push({
        why: `${q} (${occurrenceDays(last)}) is still to come, most likely within months`,
        cost: (d) => {
          const next = occ.find((o) => o.from > d.n);
          return next ? Math.min(EVENT_AHEAD_MAX, Math.max(0, next.from - d.n - EVENT_AHEAD_SOON) * EVENT_AHEAD_SLOPE) : 1.5;
        },
      });
      continue;
    }
    if (occ.length === 1) {
      // Named only in passing in a text that names its own day ("yesterday", "on Monday"), it is background, and as
      // likely misread: a soft bound.
      const hard = subject || !ownDay;
      out.push({ why: `${q} (${occurrenceDays(occ[0])}) has happened: the document is not older`, cost: (d) => (d.n < occ[0].from ? (hard ? 2 : PASSING_EVENT_BEFORE) : 0) });
      if (hit.cueHits) out.push({ why: `${q}: the people or names the article mentions are those of its ${occurrenceDays(occ[0])} occurrence`, cost: () => 0 });
      continue;
    }
    if (!subject) {
      out.push({ why: `${q} has happened at least once (first ${occurrenceDays(occ[0])})`, cost: (d) => (d.n < occ[0].from ? 2 : 0) });
      continue;
    }
    // Names the article shares with one occurrence (its candidates, its winner) prefer that occurrence.
    const cueHits = hit.cueHits;
    const most = cueHits ? Math.max(...cueHits) : 0;
    // So do the people it names with their titles ("prezydent Andrzej Duda"): an occurrence none of whose terms
    // hold is less likely, when some occurrence fits them all. Only here, to choose between occurrences: alone,
    // a title is too weak to date a text ("President Obama said in 2009" in a later retrospective).
    const fitting = occ.map((o) => offices.every((h) => inOffice(h, o.from)));
    const someFit = offices.length > 0 && fitting.some((f) => f) && fitting.some((f) => !f);
    const unnamed = (i: number) => (most > 0 && cueHits![i] < most ? CUE_MISS : 0) + (someFit && !fitting[i] ? OUT_OF_OFFICE : 0);
    out.push({
      why: `${q}, the article's subject, is one of ${occ.map(occurrenceDays).join(', ')}: the document follows one of them`,
      cost: (d) => {
        let best = 2;
        for (let i = 0; i < occ.length; i++) {
          const o = occ[i];
          if (d.n < o.from) break;
          best = Math.min(best, (d.n <= o.to ? 0 : Math.min(2, recencyCost(d.n - o.to))) + unnamed(i));
        }
        return best;
      },
    });
    if (most > 0) {
      const named = occ.filter((_, i) => cueHits![i] === most).map(occurrenceDays);
      out.push({ why: `${q}: the people or names the article mentions are those of ${named.join(', ')}`, cost: () => 0 });
    }
    if (someFit) {
      const titles = [...new Set(offices.map((o) => `"${text.slice(o.start, o.end)}"`))].join(', ');
      out.push({ why: `${q}: ${titles} held office at ${occ.filter((_, i) => fitting[i]).map(occurrenceDays).join(', ')}`, cost: () => 0 });
    }
  }
  return out;
}

/**
 * Countdown costs. A day the countdown contradicts costs COUNTDOWN_MISS, as much as "yesterday" beside an event
 * whose day it is not (0.8) or a year two expressions name (1): far above TOLERANCE (0.35), so a countdown alone
 * decides the day, and a day or window it allows beats every other by more than RIVAL_YEAR, so another year's
 * reading is no rival. It stays below an explicit past date's 3 and an event reported as past (2): text that puts
 * the document after the event outweighs one countdown. The event-ahead prior (at most 0.5, within 0.35 up to about
 * 530 days ahead) adds nothing that moves the chosen day.
 */
const COUNTDOWN_MISS = 1;
/** One day off a count of days: "100 days to go" is counted with or without the day itself. Above TOLERANCE, so the day stays one. */
const COUNTDOWN_NEXT_DAY = 0.5;
/**
 * "Less than a month to go" is said when the time left is close to the bound: within the last unit (more than N−1
 * units, or half a unit for N = 1; at less, one would count in a smaller unit: "three weeks"). Earlier in the bound
 * costs a little more than TOLERANCE, so the window is that stretch unless other evidence points inside the rest.
 */
const COUNTDOWN_EARLY = 0.4;
/** Half-widths (days) of the window a count of weeks, months or years allows around the counted day. */
const COUNTDOWN_SLACK: Record<Countdown['unit'], number> = { day: 0, week: 3, month: 15, year: 30 };

/** Day number of `n` units before day `e` (after it, for a negative `n`; calendar months and years, the day clamped to the month's length). */
function unitsBefore(e: number, n: number, unit: Countdown['unit']): number {
  if (unit === 'day') return e - n;
  if (unit === 'week') return e - 7 * n;
  const s = dayFromNumber(e);
  const [y, m, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  const months = y * 12 + m - 1 - (unit === 'month' ? n : 12 * n);
  const Y = Math.floor(months / 12), M = months % 12 + 1;
  return dayNumber(isoDay(Y, M, Math.min(d, daysInMonth(Y, M))));
}

/**
 * "With 100 days to go until the Paris Olympics", "До открытия Игр в Сочи остаётся меньше года": the document is the
 * count before the start of the event's next occurrence after it (a series' next one). Days give the day; weeks,
 * months and years a window around it; "less than" the stretch before the event that the bound allows.
 */
/** Each named event's count (a countdown or a count since it) once: a repeated one is one piece of evidence. */
function distinctCounts(named: readonly NamedEventHit[], countOf: (h: NamedEventHit) => Countdown | undefined): Array<[NamedEventHit, Countdown]> {
  const out: Array<[NamedEventHit, Countdown]> = [];
  const seen = new Set<string>();
  for (const h of named) {
    const k = countOf(h);
    if (!k) continue;
    const key = `${h.id}|${k.n}|${k.unit}|${k.less ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([h, k]);
  }
  return out;
}

function countdownConstraints(text: string, named: readonly NamedEventHit[]): Constraint[] {
  const out: Constraint[] = [];
  for (const [h, k] of distinctCounts(named, (x) => x.countdown)) {
    const occ = h.occurrences;
    const { n, unit, less } = k;
    const phrase = `"${text.slice(k.start, k.end)}"`;
    const days = occ.map((o) => dayFromNumber(o.from)).join(', ');
    // Within [lo(e), hi(e)] of the next start e, the count holds.
    const range = (e: number): [number, number] => {
      if (less) return [unitsBefore(e, n, unit) + 1, e - 1];
      const at = unitsBefore(e, n, unit);
      return [at - COUNTDOWN_SLACK[unit], at + COUNTDOWN_SLACK[unit]];
    };
    // For "less than N units": from N−1 units (half a unit when N = 1) before the event, the likely stretch.
    const closeFrom = (e: number): number => (n > 1 ? unitsBefore(e, n - 1, unit) : Math.round((unitsBefore(e, 1, unit) + e) / 2));
    out.push({
      why: less
        ? `${phrase} counts down to the event (${days}): the document is less than ${n} ${unit}(s) before it, most likely in the last ${unit} of that`
        : `${phrase} counts down to the event (${days}): the document is ${n} ${unit}(s) before it${unit === 'day' ? '' : `, give or take ${COUNTDOWN_SLACK[unit]} days`}`,
      ...(unit === 'day' && !less ? { dayAnchor: true } : {}),
      cost: (d) => {
        const next = occ.find((o) => o.from > d.n);
        if (!next) return COUNTDOWN_MISS;
        const [lo, hi] = range(next.from);
        if (d.n >= lo && d.n <= hi) return less && d.n > closeFrom(next.from) ? COUNTDOWN_EARLY : 0;
        if (unit === 'day' && !less && (d.n === lo - 1 || d.n === hi + 1)) return COUNTDOWN_NEXT_DAY;
        return COUNTDOWN_MISS;
      },
    });
  }
  return out;
}

/**
 * Days around "N units after" where such reports cluster (anniversary pieces appear on or near the day), and the
 * cost of the rest of the countdowns' slack: above decide's tolerance, so the window is the near days.
 */
const SINCE_CORE: Record<Countdown['unit'], number> = { day: 0, week: 2, month: 7, year: 7 };
const SINCE_LOOSE = 0.4;

/**
 * "Un an après les attentats du 13 novembre, Paris se souvient", "A un año del terremoto": a count since a named event,
 * in the present, puts the document that far after it (after its end, for an event of several days; after one of
 * its occurrences, for a series), give or take the countdowns' slack.
 */
function sinceConstraints(text: string, named: readonly NamedEventHit[]): Constraint[] {
  const out: Constraint[] = [];
  for (const [h, k] of distinctCounts(named, (x) => x.since)) {
    const { n, unit } = k;
    const targets = h.occurrences.map((o) => unitsBefore(o.to, -n, unit));
    const slack = COUNTDOWN_SLACK[unit];
    const core = SINCE_CORE[unit];
    out.push({
      year: Number(dayFromNumber(Math.max(...targets)).slice(0, 4)),
      why: `"${text.slice(k.start, k.end)}": the document is ${n} ${unit}(s) after the event (${h.occurrences.map(occurrenceDays).join(', ')})${unit === 'day' ? '' : `, give or take ${slack} days`}`,
      ...(unit === 'day' ? { dayAnchor: true } : {}),
      cost: (d) => {
        const off = Math.min(...targets.map((t) => Math.abs(d.n - t)));
        return off <= core ? 0 : off <= slack ? SINCE_LOOSE : unit === 'day' && off === 1 ? COUNTDOWN_NEXT_DAY : COUNTDOWN_MISS;
      },
    });
  }
  return out;
}

/** Whether the text names a later month of the same past year than `s` ("去年11月" beside "去年9月"). */
function laterPastMonth(s: Extract<TimexSymbol, { kind: 'date' }>, timexes: readonly UnresolvedTimex[]): boolean {
  const at = (x: { month: number; day?: number }) => x.month * 32 + (x.day ?? 15);
  return timexes.some((t) => {
    const o = t.symbol;
    return !t.metadata && o.kind === 'date' && o.year === undefined && o.yearShift === s.yearShift && at(o) > at(s);
  });
}

/** Year and month of an absolute expression, when it has them. */
function yearMonthOf(t: UnresolvedTimex): { y?: number; m?: number } | null {
  const s = t.symbol;
  if (s.kind === 'year') return { y: s.year };
  if (s.kind === 'date') return { y: s.year, m: s.month };
  return null;
}

/** The other expression of r's sentence closest to it, or null. */
function nearestExpression(r: UnresolvedTimex, timexes: readonly UnresolvedTimex[]): UnresolvedTimex | null {
  let best: UnresolvedTimex | null = null;
  for (const t of timexes) if (t !== r && t.sentence === r.sentence && (best === null || gapBetween(t, r) < gapBetween(best, r))) best = t;
  return best;
}

/** The year and month of a day number. */
const yearMonth = (n: number): [number, number] => { const day = dayFromNumber(n); return [Number(day.slice(0, 4)), Number(day.slice(5, 7))]; };

/** How far the document is from the day a deictic day names ("yesterday": shift −1, one day after it). */
const dayShiftPhrase = (shift: number) => (shift === 0 ? 'that day' : shift < 0 ? `${-shift} day(s) after it` : `${shift} day(s) before it`);

/** Between "yesterday" and the bracketed day of the month it names: "어제(22일)". */
const BRACKET_AFTER = /^ ?\($/;

/** Characters between two spans (0 when they touch or overlap). */
const gapBetween = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
/** "Yesterday" can name a day of an event this short (a conclave, a summit), not of a season-long one. */
const MAX_DEICTIC_EVENT_DAYS = 6;
/** A relative expression and a date this close in one sentence are taken to name the same period. */
const COREFERENCE_GAP = 60;

/**
 * "next month, on 14 June", "l'an prochain, aux Jeux de Paris 2024": a relative month or year next to an absolute
 * one (or a named event) in the same sentence names the same period, which fixes the document's month or year.
 */
function coreferenceConstraints(text: string, timexes: readonly UnresolvedTimex[], named: readonly NamedEventHit[]): Constraint[] {
  const out: Constraint[] = [];
  const countedFrom = new Set(yearCounts(timexes).map((c) => c.from));
  const subjectIds = new Set(namedEvents(named).filter((e) => e.subject && !e.future).map((e) => e.hit.id));
  for (const r of timexes) {
    const s = r.symbol;
    if (s.kind === 'dayOfMonth' && s.monthShift !== undefined && !r.metadata) {
      // "先月13日に開幕した大阪・関西万博": last month's 13th is the day the event began, so the document is from the
      // month after that day's.
      const shift = s.monthShift;
      for (const h of named) {
        if (h.sentence !== r.sentence || gapBetween(h, r) > COREFERENCE_GAP) continue;
        const months = new Set(h.occurrences.map((o) => dayFromNumber(o.from)).filter((day) => Number(day.slice(8, 10)) === s.day).map((day) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1));
        if (!months.size) continue;
        out.push({
          why: `${quote(text, r)} is the day of ${eventQuote(text, h)}: the document is from the month ${shift < 0 ? 'after' : shift > 0 ? 'before' : 'of'} it`,
          cost: (d) => (months.has(d.y * 12 + d.m - 1 + shift) ? 0 : 0.8),
        });
      }
      continue;
    }
    if (s.kind === 'dayOfMonth' && s.monthShift === undefined && s.rel === undefined && r.tense !== 'future' && !r.metadata) {
      // "한림원은 10일 … 노벨문학상 수상자로 … 발표했다": the 10th beside an event of a 10th is that day, the latest 10th
      // on or before the document: the document is from that day to the day before the next month's 10th.
      for (const h of named) {
        if (h.recalled || h.sentence !== r.sentence || gapBetween(h, r) > COREFERENCE_GAP) continue;
        const days = h.occurrences.flatMap((o) => (o.to - o.from > MAX_DEICTIC_EVENT_DAYS ? [] : Array.from({ length: o.to - o.from + 1 }, (_, k) => o.from + k)))
          .filter((n) => Number(dayFromNumber(n).slice(8, 10)) === s.day);
        if (!days.length) continue;
        const until = days.map((n) => [n, n + daysInMonth(...yearMonth(n))] as const);
        out.push({
          why: `${quote(text, r)} is the day of ${eventQuote(text, h)}: the document is from that day to the next month's same day`,
          cost: (d) => (until.some(([from, to]) => d.n >= from && d.n < to) ? 0 : 0.8),
        });
      }
      continue;
    }
    if (s.kind === 'relative' && s.unit === 'day' && !r.metadata) {
      // "The fire broke out yesterday": the named event's day is the document's day shifted. In the lead, the
      // sentence with "yesterday" may leave the name to the next ("Wiersum is gisteren doodgeschoten. De moord op
      // Derk Wiersum …"): the article's subject, when neither sentence names another day or event.
      // A headline of two sentences ("È morto Giovanni Paolo II. Il mondo piange …"), a standfirst or a lead sentence
      // without a date may stand between them (the first sentences hold no other date or event).
      const leadNeighbour = (h: NamedEventHit) => {
        const lo = Math.min(h.sentence, r.sentence), hi = Math.max(h.sentence, r.sentence);
        return h.sentence !== r.sentence && hi - lo <= 3 && r.sentence < LEAD_SENTENCES + 1 && subjectIds.has(h.id)
          && !named.some((o) => o.id !== h.id && o.sentence >= lo && o.sentence <= hi)
          && !timexes.some((t) => t !== r && t.sentence >= lo && t.sentence <= hi && !t.metadata);
      };
      // "어제(22일)", "오늘(22일)": the day of the month in brackets right after is the day "yesterday" (today) names.
      const bracketed = timexes.find((t) => t.sentence === r.sentence && t.start > r.end && t.symbol.kind === 'dayOfMonth' && t.symbol.monthShift === undefined
        && BRACKET_AFTER.test(text.slice(r.end, t.start)) && text.charAt(t.end) === ')');
      if (bracketed) {
        const day = (bracketed.symbol as { day: number }).day, shift = s.shift;
        out.push({
          why: `${quote(text, r)} is ${quote(text, bracketed)}: the document is from ${dayShiftPhrase(shift)}`,
          dayAnchor: true,
          cost: (d) => (Number(dayFromNumber(d.n + shift).slice(8, 10)) === day ? 0 : 1),
        });
        continue;
      }
      // "Yesterday marked the 35th anniversary of German reunification": the anniversary's day is the day it names.
      const anniversary = timexes.find((t) => t.sentence === r.sentence && t.rule.includes('{event}') && t.symbol.kind === 'date' && t.symbol.day !== undefined
        && t.symbol.year !== undefined && gapBetween(t, r) <= COREFERENCE_GAP);
      if (anniversary) {
        const at = absoluteStart(anniversary)!, shift = s.shift;
        out.push({
          why: `${quote(text, r)} is ${quote(text, anniversary)} (${dayFromNumber(at)}): the document is ${dayShiftPhrase(shift)}`,
          dayAnchor: true,
          cost: (d) => (d.n + shift === at ? 0 : 0.8),
        });
        continue;
      }
      // "O que se vê hoje é uma cicatriz" (what one sees today is a scar): today in a present-tense clause is the
      // state now, not the day of the event named beside it.
      if (s.shift === 0 && r.tense === 'present') continue;
      for (const h of named) {
        const occ = h.occurrences;
        if (h.recalled || (!(h.sentence === r.sentence && gapBetween(h, r) <= COREFERENCE_GAP) && !leadNeighbour(h))) continue;
        if (occ.some((o) => o.to - o.from > MAX_DEICTIC_EVENT_DAYS)) continue;
        const shift = s.shift;
        // The day "yesterday" names falls on the event (one of its occurrences, for a recurring one).
        out.push({
          why: `${quote(text, r)} is ${eventQuote(text, h)} (${occ.map(occurrenceDays).join(', ')}): the document is ${dayShiftPhrase(shift)}`,
          dayAnchor: true,
          cost: (d) => (occ.some((o) => d.n + shift >= o.from && d.n + shift <= o.to) ? 0 : 0.8),
        });
      }
      continue;
    }
    if (s.kind === 'weekday' && !s.rel && !r.metadata) {
      // "Friday and Saturday, at the NATO summit in Strasbourg": the weekday is a day of the named event (of one of
      // its occurrences, for a series), so the document is from the week before it (future) or after it.
      for (const h of named) {
        const occ = h.occurrences;
        if (h.recalled || h.sentence !== r.sentence || gapBetween(h, r) > COREFERENCE_GAP || occ.some((o) => o.to - o.from > MAX_DEICTIC_EVENT_DAYS)) continue;
        const days = occ.flatMap((o) => Array.from({ length: o.to - o.from + 1 }, (_, k) => o.from + k)).filter((n) => isoWeekday(dayFromNumber(n)) === s.dow);
        if (!days.length) continue;
        const ahead = r.tense === 'future';
        out.push({
          why: `${quote(text, r)} is a day of ${eventQuote(text, h)}: the document is from the week ${ahead ? 'before' : 'after'} it`,
          cost: (d) => (days.some((n) => (ahead ? n - d.n >= 1 && n - d.n <= 6 : d.n - n >= 0 && d.n - n <= 6)) ? 0 : 0.8),
        });
      }
      continue;
    }
    if (s.kind === 'season' && s.shift !== undefined && s.year === undefined && !r.metadata) {
      // "Next summer, the team will be in France, at Euro 2016": the named event falls in the season the words name,
      // so the document is from the year of seasons before it (after it, for "last summer"; its year, for "this").
      const shift = s.shift;
      const target = SEASON_ORDER.indexOf(s.season);
      for (const h of named) {
        if (h.sentence !== r.sentence || gapBetween(h, r) > COREFERENCE_GAP || h.occurrences.length !== 1) continue;
        const occ = h.occurrences[0];
        const k = [occ.from, occ.to].map((n) => seasonOfDay(...yearMonth(n))).find((x) => x % 4 === target);
        if (k === undefined) continue;
        const fits = (c: number) => (shift > 0 ? c >= k - 4 && c < k : shift < 0 ? c > k && c <= k + 4 : Math.floor(c / 4) === Math.floor(k / 4));
        out.push({
          why: `${quote(text, r)} is the season of ${eventQuote(text, h)}: the document is from the year ${shift > 0 ? 'before it' : shift < 0 ? 'after it' : 'of it'}`,
          cost: (d) => (fits(seasonOfDay(d.y, d.m)) ? 0 : 1),
        });
      }
      continue;
    }
    if (s.kind === 'relative' && s.unit === 'month' && s.shift === 0 && r.tense === 'future' && !r.metadata) {
      // "The president will travel to Japan this month … from 10 to 13 September": what is still to come this month is the
      // month of the dates the text puts ahead, when they all fall in one month.
      const ahead = new Set(timexes.filter((t) => t.tense === 'future' && t.symbol.kind === 'date' && t.symbol.year === undefined && !t.metadata).map((t) => yearMonthOf(t)?.m).filter((m) => m !== undefined));
      if (ahead.size === 1) {
        const M = [...ahead][0]!;
        out.push({ why: `${quote(text, r)} (future tense) is the month of the dates still to come: the document is from month ${M}`, cost: (d) => (d.m === M ? 0 : 0.4) });
      }
      continue;
    }
    if (s.kind !== 'relative' || (s.unit !== 'month' && s.unit !== 'year') || s.shift === 0 || r.metadata) continue;
    const shift = s.shift;
    // Only the nearest expression: in "去年9月22日 … 2030年" last year is the 22 September's, not 2030's.
    const closest = nearestExpression(r, timexes);
    const near = <T extends { start: number; end: number; sentence: number }>(x: T) => x.sentence === r.sentence && x !== (r as unknown) && gapBetween(x, r) <= COREFERENCE_GAP
      && (closest === null || gapBetween(x, r) <= gapBetween(closest, r));
    for (const t of timexes) {
      // "last year" cannot be a year still to come (nor "next year" a past one). A year the text counts years from
      // ("cent ans après … en 1923") lies that far back: it is no year beside the present.
      if (t !== closest || !near(t) || countedFrom.has(t) || (shift < 0 && t.tense === 'future') || (shift > 0 && t.tense === 'past' && yearMonthOf(t)?.y !== undefined)) continue;
      // "next month or in June": two candidate periods, not one named twice.
      if ((t.start > r.start ? t : r).afterAlternative) continue;
      const ym = yearMonthOf(t);
      if (!ym) continue;
      if (s.unit === 'year' && ym.y !== undefined) {
        const Y = ym.y - shift;
        out.push({ why: `${quote(text, r)} and ${quote(text, t)} name the same year: the document is from ${Y}`, year: Y, cost: (d) => (d.y === Y ? 0 : 1) });
      } else if (s.unit === 'month' && ym.m !== undefined) {
        const M = ((ym.m - 1 - shift) % 12 + 12) % 12 + 1;
        const Y = ym.y === undefined ? undefined : ym.y + Math.floor((ym.m - 1 - shift) / 12);
        out.push({
          why: `${quote(text, r)} and ${quote(text, t)} name the same month: the document is from the month before${Y === undefined ? '' : ` (${Y})`}`,
          year: Y,
          cost: (d) => (d.m === M && (Y === undefined || d.y === Y) ? 0 : 1),
        });
      }
    }
    if (s.unit === 'month') {
      // "Vorige maand, tijdens het EK voetbal", "last month, at the G20 summit": the event fell in the month the
      // words name, so the document is from the month after it (for a series, after one of its occurrences).
      for (const h of named) {
        if (!near(h) || (closest !== null && gapBetween(closest, r) <= gapBetween(h, r))) continue;
        const months = new Set(h.occurrences.flatMap((o) => monthsOf(o.from, o.to)).map((m) => m - shift));
        if (months.size > 2 * h.occurrences.length) continue;
        out.push({
          why: `${quote(text, r)} is the month of ${eventQuote(text, h)}: the document is from the month ${shift < 0 ? 'after' : 'before'} it`,
          cost: (d) => (months.has(d.y * 12 + d.m - 1) ? 0 : 1),
        });
      }
      continue;
    }
    if (s.unit !== 'year') continue;
    for (const h of named) {
      // "嫦娥四号于去年12月8日发射": last year is the date's, which is at least as close as the event's name.
      if (!near(h) || h.occurrences.length !== 1 || (closest !== null && gapBetween(closest, r) <= gapBetween(h, r))) continue;
      const Y = Number(dayFromNumber(h.occurrences[0].from).slice(0, 4)) - shift;
      out.push({ why: `${quote(text, r)} and ${eventQuote(text, h)} name the same year: the document is from ${Y}`, year: Y, cost: (d) => (d.y === Y ? 0 : 1) });
    }
  }
  return out;
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'] as const;
/** Season instance number, as resolve.ts counts them: December opens its year's winter, January and February end the last. */
function seasonOfDay(y: number, m: number): number {
  if (m === 12) return y * 4 + 3;
  if (m <= 2) return (y - 1) * 4 + 3;
  return y * 4 + Math.floor((m - 3) / 3);
}

/** The months (year × 12 + month − 1) that days from..to fall in. */
function monthsOf(from: number, to: number): number[] {
  const first = dayFromNumber(from), last = dayFromNumber(to);
  const a = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1, b = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7)) - 1;
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

/** A span of years this close to a dated year in one sentence is read as counting from it. */
const YEARS_AFTER_GAP = 80;

/**
 * "six years after the pilgrimage of May 2017", "2007년 … 11년 만에", "7年前…2001年": a number of years next to a dated year, in one
 * sentence, counts from it to the present. Soft: "a 77-year-old elected in 2003" counts nothing, and costs every
 * candidate day the same when 2080 is out of reach.
 */
/**
 * The number of years an expression counts ("six years", "seven years ago"; "seven years ago, on 13 July 2001"
 * counts the same way as "six years after May 2017"), or null when it counts none.
 */
function yearsCounted(t: UnresolvedTimex): number | null {
  const s = t.symbol;
  if ((s.kind !== 'duration' && s.kind !== 'ago') || s.unit !== 'year') return null;
  // "Five years after the 2014 reform the country will vote": the count ends at a date still to come, not now.
  if (t.tense === 'future') return null;
  const n = s.kind === 'duration' ? s.n : s.dir === -1 ? s.n : null;
  return n === null || n < 1 || n > 200 ? null : n;
}

/** The full date of another sentence that a count counts from ("six years after her death … died on 5 September 1997"). */
function linkedDate(t: UnresolvedTimex, timexes: readonly UnresolvedTimex[]): UnresolvedTimex | null {
  return t.countsFrom === undefined ? null : timexes.find((u) => u.start === t.countsFrom) ?? null;
}

/** Each "N years after/ago" count and the dated expression it counts from. */
function yearCounts(timexes: readonly UnresolvedTimex[]): Array<{ count: UnresolvedTimex; from: UnresolvedTimex; present: number }> {
  const out: Array<{ count: UnresolvedTimex; from: UnresolvedTimex; present: number }> = [];
  for (const t of timexes) {
    const n = yearsCounted(t);
    if (n === null) continue;
    const withYears = timexes.filter((u) => u.sentence === t.sentence && u.tense !== 'future' && !u.metadata && yearMonthOf(u)?.y !== undefined);
    const near = nearestExpression(t, withYears);
    const dated = near && gapBetween(near, t) <= YEARS_AFTER_GAP ? near : linkedDate(t, timexes);
    if (!dated) continue;
    // "dez anos como alto-comissário, entre 2005 e 2015": a count as long as the range beside it is the range's length.
    const range = dated.symbol.kind === 'year' && dated.symbol.endYear !== undefined ? dated.symbol.endYear - dated.symbol.year : null;
    if (range !== null && Math.abs(range - n) <= 1) continue;
    out.push({ count: t, from: dated, present: yearMonthOf(dated)!.y! + n });
  }
  return out;
}

/** Characters between an event's name and a count of years on from it right after it: ", ", " — ". */
const COUNT_BESIDE_EVENT_GAP = 4;

/** Characters between "ten years" and the event it counts from: " after the ", " nach der ", " après la ". */
const COUNT_BEFORE_EVENT_GAP = 12;

/**
 * Whether a count of years counts from the event: just before its name ("ten years after the fire"). Not any number
 * of years in the sentence ("Prevost, 69" is an age), nor one just after the name ("reopens the museum after ten
 * years of works": the event came after them). Languages that put the event first ("原発事故から10年") are not read.
 */
function countsFrom(count: UnresolvedTimex, event: NamedEventHit): boolean {
  return count.end <= event.start && event.start - count.end <= COUNT_BEFORE_EVENT_GAP;
}

/**
 * "Ten years after the Fukushima disaster": a number of years next to a named one-off event (and no dated
 * expression nearer), in one sentence, counts from that event's year to the present.
 */
function eventYearCounts(timexes: readonly UnresolvedTimex[], named: readonly NamedEventHit[]): Array<{ count: UnresolvedTimex; from: NamedEventHit; present: number }> {
  const out: Array<{ count: UnresolvedTimex; from: NamedEventHit; present: number }> = [];
  const countedFromDates = new Set(yearCounts(timexes).map((c) => c.count));
  for (const t of timexes) {
    const n = yearsCounted(t);
    if (n === null || countedFromDates.has(t)) continue;
    let from: NamedEventHit | null = null;
    for (const h of named) {
      // A series narrowed to the article's occurrence by its cues (occurrenceNamedByCues) is not a one-off: "48년 전
      // 처음 월드컵 무대에 선" (first on the World Cup stage 48 years ago) counts from another of its editions.
      if (h.sentence !== t.sentence || h.tense === 'future' || h.occurrences.length !== 1 || h.cueHits || !countsFrom(t, h)) continue;
      if (!from || gapBetween(h, t) < gapBetween(from, t)) from = h;
    }
    if (from) out.push({ count: t, from, present: Number(dayFromNumber(from.occurrences[0].from).slice(0, 4)) + n });
  }
  return out;
}

/** Characters between "three weeks" and the full date it counts from: " dal terremoto del ", " after the attack of ". */
const SHORT_COUNT_GAP = 40;

/**
 * Days either side of the day a count of days, weeks or months from a date names, that it still fits: counts are
 * rounded ("three weeks" is said from about the 18th day to the 24th), more loosely the longer the unit and count.
 */
function countSlack(unit: 'day' | 'week' | 'month', n: number): number {
  return unit === 'day' ? 1 : unit === 'week' ? Math.max(2, Math.round(n * 7 * 0.15)) : Math.max(4, Math.round(n * 30 * 0.12));
}

const SHORT_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month']);
/** Characters between the years and the months of one count: " e ", " and ", " i ". */
const COMPOUND_GAP = 6;
const DIGIT = /\d/;

/** The day n days, weeks or months after day `from`. */
function countedDay(from: number, unit: 'day' | 'week' | 'month', n: number): number {
  if (unit !== 'month') return from + n * (unit === 'week' ? 7 : 1);
  const [y, m, d] = dayFromNumber(from).split('-').map(Number);
  const months = y * 12 + m - 1 + n;
  const [y2, m2] = [Math.floor(months / 12), (months % 12) + 1];
  return dayNumber(isoDay(y2, m2, Math.min(d, daysInMonth(y2, m2))));
}

/** A count of days, weeks or months ("tre settimane", "a month", "zehn Tage") not put in the future, or null. */
function shortCount(t: UnresolvedTimex): { unit: 'day' | 'week' | 'month'; n: number } | null {
  const s = t.symbol;
  if (s.kind !== 'duration' || !SHORT_UNITS.has(s.unit) || s.n === null || s.n < 1 || s.n > 36 || t.tense === 'future') return null;
  return { unit: s.unit as 'day' | 'week' | 'month', n: s.n };
}

/** A count from a date or one-day event, the day it names and how many days either side still fit it. */
interface ShortCount { count: UnresolvedTimex; from: UnresolvedTimex | NamedEventHit; target: number; slack: number }

/**
 * "Sono passate tre settimane dal terremoto del 6 aprile 2009", "a month after the attack of 14 July 2016", "zehn Tage
 * nach dem Anschlag" (a one-day event the text names): a count of days, weeks or months from a full date or event in
 * its sentence ends at the present, give or take the count's rounding. The date counted from is background.
 */
function shortCounts(text: string, timexes: readonly UnresolvedTimex[], named: readonly NamedEventHit[] = []): ShortCount[] {
  const out: ShortCount[] = [];
  for (const t of timexes) {
    const one = shortCount(t);
    if (!one) continue;
    // "cinque anni e tre mesi", "five years and three months": the years before the months belong to the count.
    const years = timexes.find((u) => u.sentence === t.sentence && u.end <= t.start && t.start - u.end <= COMPOUND_GAP && u.symbol.kind === 'duration' && u.symbol.unit === 'year' && u.symbol.n !== null);
    // A number right before the count that was not read as years ("5년 3개월") leaves its length unknown.
    if (!years && DIGIT.test(text.slice(Math.max(0, t.start - COMPOUND_GAP), t.start))) continue;
    if (years && one.unit !== 'month') continue;
    const c = years ? { unit: 'month' as const, n: 12 * (years.symbol as { n: number }).n + one.n } : one;
    const slack = countSlack(one.unit, one.n);
    const days = timexes.filter((u) => u.sentence === t.sentence && u.tense !== 'future' && !u.metadata && u.symbol.kind === 'date' && u.symbol.year !== undefined && u.symbol.day !== undefined);
    const dated = nearestExpression(t, days);
    const others = years ? timexes.filter((u) => u !== years) : timexes;
    if (dated && gapBetween(dated, t) <= SHORT_COUNT_GAP && nearestExpression(t, others) === dated) {
      out.push({ count: t, from: dated, target: countedDay(absoluteStart(dated)!, c.unit, c.n), slack });
      continue;
    }
    const event = named.find((h) => h.sentence === t.sentence && h.tense !== 'future' && !h.since && h.occurrences.length === 1 && !h.cueHits
      && h.occurrences[0].from === h.occurrences[0].to && countsFrom(t, h));
    if (event) { out.push({ count: t, from: event, target: countedDay(event.occurrences[0].from, c.unit, c.n), slack }); continue; }
    const linked = linkedDate(t, timexes);
    if (linked) { out.push({ count: t, from: linked, target: countedDay(absoluteStart(linked)!, c.unit, c.n), slack }); continue; }
    // "Drei Wochen nach dem Systemwechsel" over "… Seit dem 1. Januar 2005 gilt …": a headline's count with nothing to
    // count from in it counts from the first full date of the text, where a feature restates the day it looks back on.
    if (t.sentence !== 0 || timexes.some((u) => u !== t && u.sentence === 0)) continue;
    const lead = timexes.find((u) => u.sentence > 0 && u.tense !== 'future' && !u.metadata && u.symbol.kind === 'date' && u.symbol.year !== undefined && u.symbol.day !== undefined);
    if (lead) out.push({ count: t, from: lead, target: countedDay(absoluteStart(lead)!, c.unit, c.n), slack });
  }
  return out;
}

/** The dates the text counts years, months, weeks or days from: background, not reports. */
function countedDates(text: string, timexes: readonly UnresolvedTimex[], named: readonly NamedEventHit[]): Set<UnresolvedTimex> {
  const out = new Set(yearCounts(timexes).map((c) => c.from));
  for (const c of shortCounts(text, timexes, named)) if (!('id' in c.from)) out.add(c.from);
  return out;
}

function yearsAfterConstraints(text: string, timexes: readonly UnresolvedTimex[], named: readonly NamedEventHit[]): Constraint[] {
  return [
    ...shortCounts(text, timexes, named).map(({ count, from, target, slack }) => ({
      why: `${quote(text, count)} from ${'id' in from ? eventQuote(text, from) : quote(text, from)}: the present is about ${dayFromNumber(target)}`,
      cost: (d: DayInfo) => (Math.abs(d.n - target) <= slack ? 0 : 1),
    })),
    ...yearCounts(timexes).map(({ count, from, present: Y }) => (
      { why: `${quote(text, count)} from ${quote(text, from)}: the present is ${Y}`, year: Y, cost: (d: DayInfo) => (d.y === Y ? 0 : 1) })),
    ...eventYearCounts(timexes, named).map(({ count, from, present: Y }) => (
      { why: `${quote(text, count)} from ${eventQuote(text, from)}: the present is ${Y}`, year: Y, cost: (d: DayInfo) => (d.y === Y ? 0 : 1) })),
  ];
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

/**
 * Candidate days from metadata, else from the explicit dates and named events the text mentions. `anchor` is where
 * the recency prior starts: the latest reported date precise to a month or a day, or a dated event the article is
 * about. A bare year ("since 1989") only bounds the range: articles cite background years, not their own.
 */
export interface CandidateRange {
  from: number; to: number; evidence: string[]; anchor: number | null;
  /** Without an anchor, the latest month named with its year ("planned since April 2019"): among readings the rest
   * of the evidence cannot tell apart (the years where "Monday 11 September" falls), the nearer one is preferred. */
  weakAnchor?: number | null;
  /** The anchor is a full date the lead names ("Niedziela, 8 czerwca 2008 roku, przejdzie do historii"): the report's own day, most likely. */
  leadDay?: boolean;
}

function candidateRange(text: string, timexes: UnresolvedTimex[], meta: StatedDate | null, named: readonly NamedEventHit[], cs: readonly Constraint[]): CandidateRange | null {
  if (meta) {
    const [y, m] = [Number(meta.value.slice(0, 4)), Number(meta.value.slice(5, 7))];
    if (meta.precision === 'month') { const from = dayNumber(isoDay(y, m, 1)); return { from, to: dayNumber(isoDay(y, m, daysInMonth(y, m))), evidence: [`metadata gives the month ${meta.value}`], anchor: from }; }
    if (meta.precision === 'year') { const from = dayNumber(isoDay(y, 1, 1)); return { from, to: dayNumber(isoDay(y, 12, 31)), evidence: [`metadata gives the year ${meta.value}`], anchor: from }; }
  }
  type Bound = { day: number; why: string; coarse?: boolean; lead?: boolean; counted?: boolean };
  let lower: Bound | null = null;
  let upper: Bound | null = null;
  let anchor: Bound | null = null;
  let weakAnchor: Bound | null = null;
  const raise = (b: Bound | null, day: number, why: string, coarse = false, lead = false): Bound => (b === null || day > b.day ? { day, why, coarse, lead } : b);
  // A year or a month without its day ("nel 2003") starts the range on its first day, which says nothing of a day.
  const coarse = (t: UnresolvedTimex) => !(t.symbol.kind === 'date' && t.symbol.day !== undefined);
  // A date the text counts years from ("seven years ago, on 13 July 2001") is background, not a report; so is the
  // date of an event named in passing ("like the L'Aquila earthquake of 6 April 2009").
  const counted = countedDates(text, timexes, named);
  const passing = passingEventDates(timexes, named);
  // So is an event the text counts years from ("ten years after the Fukushima disaster"), or commemorates.
  // ("Minęło dwadzieścia lat od wejścia Polski do Unii w 2004 roku": counted from the year as well as the event.)
  const yearCountsHere = timexes.filter((t) => yearsCounted(t) !== null);
  const countedEvents = new Set([...eventYearCounts(timexes, named).map((c) => c.from.id),
    ...named.filter((h) => h.since || h.recalled || (h.occurrences.length === 1 && !h.cueHits && yearCountsHere.some((t) => t.sentence === h.sentence && countsFrom(t, h)))).map((h) => h.id)]);
  for (const t of timexes) {
    const start = absoluteStart(t);
    if (start === null) continue;
    if (t.tense === 'future') { if (upper === null || start < upper.day) upper = { day: start, why: quote(text, t) }; continue; }
    if (counted.has(t) || passing.has(t)) {
      const before: Bound | null = lower;
      lower = raise(lower, start, quote(text, t), coarse(t));
      if (lower !== before && counted.has(t)) lower.counted = true;
      continue;
    }
    lower = raise(lower, earliestDocument(t, start, timexes), quote(text, t), coarse(t));
    if (yearScopedAnniversary(t, timexes)) continue;
    // An anniversary's year is the year of its commemoration, not background.
    if (t.symbol.kind === 'date' && t.symbol.day !== undefined) anchor = raise(anchor, start, quote(text, t), false, t.sentence < LEAD_SENTENCES);
    // The 80th anniversary of a year (not a day) is commemorated any time in that year: recency counts from its end.
    else if (t.rule.includes('{event}')) anchor = raise(anchor, t.symbol.kind === 'year' ? dayNumber(isoDay(t.symbol.year, 12, 31)) : start, quote(text, t));
    else if (t.symbol.kind === 'date') weakAnchor = raise(weakAnchor, start, quote(text, t));
  }
  let earliestAhead = Infinity;
  const textNamesItsDay = namesOwnDay(timexes);
  for (const { hit, future, subject } of namedEvents(named)) {
    const occ = hit.occurrences;
    const q = `${eventQuote(text, hit)} (${occurrenceDays(future ? occ[occ.length - 1] : occ[0])})`;
    if (future) {
      const last = occ[occ.length - 1].from;
      if (upper === null || last < upper.day) upper = { day: last, why: q };
      // A recurring event still to come may be any of its occurrences: the range reaches back before the first.
      earliestAhead = Math.min(earliestAhead, occ[0].from);
    } else if (occ.length === 1) {
      if (subject || !textNamesItsDay || lower === null) lower = raise(lower, occ[0].from, q);
      // Days inside an ongoing event (a tournament, an eruption) are all alike; recency counts from its end. An
      // event the text counts years from ("ten years after the Fukushima disaster") is background.
      if (subject && !countedEvents.has(hit.id)) anchor = raise(anchor, occ[0].to, q);
    }
  }
  const subjectSeries = namedEvents(named).filter((e) => !e.future && e.subject && e.hit.occurrences.length > 1);
  if (lower === null && subjectSeries.length) {
    // Only a recurring event: every occurrence is a candidate, and the rest of the evidence picks one (or none).
    const occ = subjectSeries.flatMap((e) => e.hit.occurrences);
    const from = Math.min(...occ.map((o) => o.from));
    const to = Math.max(...occ.map((o) => o.to)) + HORIZON;
    return { from, to: upper !== null && upper.day > from ? Math.min(upper.day, to) : to, evidence: [`${subjectSeries.map((e) => eventQuote(text, e.hit)).join(', ')}: a recurring event, one of its occurrences`], anchor: null };
  }
  if (lower !== null) {
    // A reported day older than a year or month the text names later is not what the article reports: the text is
    // from that year or after it, and nothing says how soon ("the flood of 4 November 1966 … the barrier begun in
    // 2003" is no report of January 2003).
    if (anchor && anchor.day < lower.day && lower.coarse) anchor = null;
    // Nor is one older than a date the text counts from ("born on 26 August 1910 … six years after her death on 5
    // September 1997"): the count, not that date, says how late the text is.
    if (anchor && anchor.day < lower.day && lower.counted) anchor = null;
    let horizon = timexes.some((t) => t.symbol.kind === 'date' && t.symbol.dow !== undefined) ? WEEKDAY_DATE_HORIZON : HORIZON;
    // Background years alone say nothing about how much later the article is.
    if (!anchor) horizon = BACKGROUND_HORIZON;
    let to = upper !== null && upper.day > lower.day ? Math.min(upper.day, lower.day + horizon) : lower.day + horizon;
    // A year the text names for itself must be in the range (as far as a date still to come allows).
    const ceiling = upper !== null && upper.day > lower.day ? upper.day : Infinity;
    for (const k of cs) if (k.year !== undefined) to = Math.max(to, Math.min(ceiling, dayNumber(isoDay(k.year, 12, 31))));
    const evidence = [`latest explicit date or event in the text: ${dayFromNumber(lower.day)} from ${lower.why} (lower bound)`];
    if (anchor && anchor.day !== lower.day) evidence.push(`the latest reported date: ${dayFromNumber(anchor.day)} from ${anchor.why}`);
    if (!anchor) evidence.push('only background years: no reported date to be recent after');
    // The recency prior never counts from before the lower bound: an event named late in the text (not its subject)
    // that has happened is a reported day too, later than the dates it recounts.
    const anchorDay = anchor ? Math.max(anchor.day, lower.day) : null;
    // Not when the text places itself with a word of its own ("speaks tonight about the bridge that collapsed on 14
    // August 2018"): that word, not the date, is its day.
    const ownDay = timexes.some((t) => t.symbol.kind === 'relative' && t.symbol.unit === 'day');
    const leadDay = anchor !== null && anchor.lead === true && anchor.day >= lower.day && !ownDay;
    if (leadDay) evidence.push(`the lead names the reported day in full: ${anchor!.why}`);
    return { from: lower.day, to, evidence, anchor: anchorDay, weakAnchor: anchor ? null : weakAnchor?.day ?? null, leadDay };
  }
  if (upper !== null) return { from: Math.min(upper.day, earliestAhead) - HORIZON, to: upper.day, evidence: [`only future dates are named; the earliest, ${dayFromNumber(upper.day)} from ${upper.why}, is an upper bound`], anchor: null };
  return null;
}

/**
 * Dates that are the day of an event the article names only in passing (once, after its lead), beside its name:
 * "the L'Aquila earthquake of 6 April 2009" in a report on another earthquake. They bound the document, they do
 * not say when it was written.
 */
function passingEventDates(timexes: readonly UnresolvedTimex[], named: readonly NamedEventHit[]): Set<UnresolvedTimex> {
  const out = new Set<UnresolvedTimex>();
  const passingHits = namedEvents(named).filter((e) => !e.subject && !e.future).map((e) => e.hit);
  for (const t of timexes) {
    const s = t.symbol;
    const start = absoluteStart(t);
    if (start === null || t.metadata || s.kind !== 'date') continue;
    // A month named with its year ("in August 2012") is the event's when the event falls in it.
    const end = s.day !== undefined ? start : dayNumber(isoDay(s.year!, s.month, daysInMonth(s.year!, s.month)));
    const onItsDay = passingHits.some((h) => h.sentence === t.sentence && gapBetween(h, t) <= COREFERENCE_GAP
      && h.occurrences.some((o) => start <= o.to + 1 && end >= o.from - 1));
    if (onItsDay) out.add(t);
  }
  return out;
}

/** Days before a term begins when the title already fits ("President-elect"), and after it ends (a late report). */
const OFFICE_AHEAD_DAYS = 92;
const OFFICE_AFTER_DAYS = 31;

/** Whether day n falls in one of a titled person's terms (give or take the margins above). */
function inOffice(o: OfficeHolding, n: number): boolean {
  return o.terms.some(([from, to]) => {
    const start = dayNumber(isoDay(Number(from.slice(0, 4)), Number(from.slice(5, 7)), 1)) - OFFICE_AHEAD_DAYS;
    if (n < start) return false;
    if (to === null) return true;
    const [y, m] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
    return n <= dayNumber(isoDay(y, m, daysInMonth(y, m))) + OFFICE_AFTER_DAYS;
  });
}

/** A soft constraint on the document date: its cost on a candidate day, and why, in plain English. */
export interface DayConstraint {
  why: string;
  /** Pure, and keeps nothing of `d`: decide passes one DayInfo, moved from day to day. */
  cost: (d: DayInfo) => number;
  /** The text places itself on a day of its own ("said on Monday", "on the 10th"), not only after other dates. */
  dayAnchor?: boolean;
  /** The constraint names the document's year ("next year's Paris 2024 Games"): the days scanned must reach it. */
  year?: number;
}

/** The text's own evidence: the days worth considering (null when nothing anchors the text) and the soft constraints. */
export interface OwnEvidence {
  range: CandidateRange | null;
  constraints: DayConstraint[];
}

/** The text's own evidence about its date, for inferDocumentDate and for joint (cross-article) dating. */
export function documentEvidence(text: string, timexes: UnresolvedTimex[], meta: StatedDate | null, allNamed: readonly NamedEventHit[] = [], offices: readonly OfficeHolding[] = []): OwnEvidence {
  // An attack, a disaster, a death is named only once it has happened, whatever the clause around its name says
  // ("would retire the aircraft after the 11 September attacks"); other mentions whose clause is about something
  // else tell nothing of the document's side of the event.
  let named = allNamed.map(happenedIfUnforeseeable).filter((h) => !h.noSide);
  // "La strage di Capaci, 33 anni dopo": an event the text counts years on from, right beside the count, is recalled,
  // as in a commemoration (not "La riapertura della Fenice ieri … otto anni dopo il rogo": the count is the fire's).
  const yearsOn = timexes.filter((t) => t.symbol.kind === 'anaphoric' && t.symbol.unit === 'year');
  if (yearsOn.length) named = named.map((h) => (!h.recalled && yearsOn.some((t) => t.sentence === h.sentence && gapBetween(t, h) <= COUNT_BESIDE_EVENT_GAP) ? { ...h, recalled: true as const } : h));
  // Narrative offsets ("the next day", "a year earlier") count from another expression of the text, not from the
  // document date: they say nothing about it that their anchor does not, and the rules below read every relative
  // symbol as counted from the DCT.
  if (timexes.some((t) => t.symbol.kind === 'anaphoric')) timexes = timexes.filter((t) => t.symbol.kind !== 'anaphoric');
  const subjects = new Set(namedEvents(named).filter((e) => e.subject).map((e) => e.hit.id));
  const [ts, ns] = withImpliedTense(text, withRepeatedDayTense(timexes), named.map((h) => (subjects.has(h.id) ? occurrenceNamedByCues(h) : h)));
  const cs = constraints(text, ts, ns, offices);
  return { range: candidateRange(text, ts, meta, ns, cs), constraints: cs };
}


function happenedIfUnforeseeable(h: NamedEventHit): NamedEventHit {
  if (!UNFORESEEABLE_KINDS.has(h.kind) || h.occurrences.length !== 1 || (h.tense === 'past' && !h.noSide)) return h;
  const { noSide: _, ...rest } = h;
  return { ...rest, tense: 'past' };
}

/**
 * A series the article is about, whose cue names (the candidates, the winner) it mentions more of for one
 * occurrence than for any other, is that occurrence: "the Bundestag election" beside "Scholz" and "Laschet" is the
 * 2021 one. Ties stay a series (namedEventConstraints then prefers the occurrences tied). A series named in passing
 * keeps all its occurrences: "Lula takes office" late in a report may be still to come.
 */
function occurrenceNamedByCues(hit: NamedEventHit): NamedEventHit {
  const cues = hit.cueHits;
  if (!cues || hit.occurrences.length < 2) return hit;
  const most = Math.max(...cues);
  const at = cues.indexOf(most);
  // Occurrences narrowed to one day (both rounds of an election to its runoff: edgeOccurrences) are one, not a tie.
  const same = (i: number) => hit.occurrences[i].from === hit.occurrences[at].from && hit.occurrences[i].to === hit.occurrences[at].to;
  if (most === 0 || cues.some((c, i) => c === most && !same(i))) return hit;
  return { ...hit, occurrences: [hit.occurrences[at]], cueHits: [most] };
}

/**
 * "25일 독일과 결승 티켓 다툼" (a headline without a verb) and later "25일 … 맞붙는다" (will meet on the 25th): a day of
 * the month written again is the same day, so one without a tense cue takes the tense the text gives it elsewhere
 * (when it gives only one).
 */
function withRepeatedDayTense(timexes: UnresolvedTimex[]): UnresolvedTimex[] {
  const key = (t: UnresolvedTimex) => {
    const s = t.symbol;
    return s.kind === 'dayOfMonth' && s.monthShift === undefined && s.rel === undefined && !t.metadata ? s.day : null;
  };
  const tenses = new Map<number, Set<Tense>>();
  for (const t of timexes) {
    const k = key(t);
    if (k !== null && (t.tense === 'past' || t.tense === 'future')) (tenses.get(k) ?? tenses.set(k, new Set()).get(k)!).add(t.tense);
  }
  if (!tenses.size) return timexes;
  return timexes.map((t) => {
    const k = key(t);
    const told = k === null || t.tense !== 'unknown' ? undefined : tenses.get(k);
    return told && told.size === 1 ? { ...t, tense: [...told][0] } : t;
  });
}

/**
 * "next month, on 14 June", "the Games next year": a date or event beside a relative expression that points
 * forward is still to come (and one beside "last month" is past), whatever the verb's tense cue said. A year once
 * in the future is in the future everywhere in the text.
 */
function withImpliedTense(text: string, timexes: UnresolvedTimex[], named: readonly NamedEventHit[]): [UnresolvedTimex[], NamedEventHit[]] {
  // "by 2030 … the 2030 target": a year the text once puts in the future is a target wherever it recurs.
  const futureYears = new Set(timexes.filter((t) => t.symbol.kind === 'year' && t.tense === 'future').map((t) => (t.symbol as { year: number }).year));
  // "Less than a year before the Sochi Games … the 2018 World Cup": a year without a tense cue that starts after an
  // event the text puts in the future is itself still to come (many languages' futures carry no cue word).
  const futureEvents = named.filter((h) => h.tense === 'future').map((h) => h.occurrences[h.occurrences.length - 1].from);
  const firstFuture = futureEvents.length ? Math.min(...futureEvents) : Infinity;
  const asTarget = (t: UnresolvedTimex): UnresolvedTimex => (t.symbol.kind === 'year' && t.tense !== 'future'
    && (futureYears.has(t.symbol.year) || (t.tense === 'unknown' && dayNumber(isoDay(t.symbol.year, 1, 1)) >= firstFuture)) ? { ...t, tense: 'future' } : t);
  const pointers = timexes.filter((r) => r.symbol.kind === 'relative' && r.symbol.shift !== 0 && !r.metadata);
  if (!pointers.length) return [timexes.map(asTarget), [...named]];
  const implied = <T extends { start: number; end: number; sentence: number; tense: Tense }>(x: T): T => {
    for (const r of pointers) {
      if (r === (x as unknown) || r.sentence !== x.sentence || gapBetween(r, x) > COREFERENCE_GAP) continue;
      const closest = nearestExpression(r, timexes);
      if (closest && closest !== (x as unknown) && gapBetween(closest, r) < gapBetween(x, r)) continue;
      const shift = (r.symbol as { shift: number }).shift;
      return { ...x, tense: shift > 0 ? 'future' : 'past' };
    }
    return x;
  };
  // A year the text counts years from is that far in the past, whatever relative expression stands beside it.
  const countedFrom = countedDates(text, timexes, named);
  return [timexes.map((t) => asTarget((absoluteStart(t) !== null || t.symbol.kind === 'date') && !countedFrom.has(t) ? implied(t) : t)), named.map(implied)];
}

/** The recency prior on a day `age` days after the range start: news is written soon after what it reports. */
export function recencyCost(age: number, leadDay = false): number {
  return RECENCY * age + RECENCY_FIRST_WEEK * Math.min(age, 7) + (leadDay ? RECENCY_LEAD_DAY * Math.min(age, LEAD_DAY_SPAN) : 0);
}

/**
 * Picks the cheapest day of [from, to] and the window of days whose cost is within TOLERANCE of it. With
 * `spread`, every near-best day counts, not only the contiguous ones: "a Tuesday of October" stays a month.
 * The point is the window's middle; an even window has two, and `lateMiddle` takes the later one (see jointDating).
 */
export interface DecideOptions {
  /** Every near-best day counts, not only the contiguous ones. */
  spread?: boolean;
  /** Of an even window's two middle days, the later. */
  lateMiddle?: boolean;
  /** Another reading about as good, away from the best, leaves the date open (see below). */
  rivals?: boolean;
  /**
   * A lower bound of `cost` on day n that never falls as n grows (the recency prior: costs are sums of it and
   * non-negative terms). The scan stops where it rises too far above the best day to matter: the same decision,
   * without costing the months after it.
   */
  floor?: (n: number) => number;
}

/** The largest margin above the best cost that decide reads (window, rivals). */
const WIDEST_MARGIN = Math.max(TOLERANCE, RIVAL, RIVAL_YEAR);

export function decide(
  from: number, to: number, cost: (d: DayInfo) => number, meta: StatedDate | null, evidenceBase: string[],
  why: (best: DayInfo) => string[], { spread = false, lateMiddle = false, rivals = false, floor }: DecideOptions = {},
): DocumentDate {
  // One day object moved along (costs read it and keep nothing): an undated text's range spans up to 50 years.
  const costs = new Float64Array(to - from + 1);
  let best = from;
  const day = info(from);
  for (let n = from; n <= to; n++, advanceDay(day)) {
    // Past this day every cost is above the best one by more than any margin below reads: they can never count.
    if (floor && n > from && floor(n) > costs[best - from] + WIDEST_MARGIN) {
      costs.fill(Infinity, n - from);
      break;
    }
    const c = cost(day);
    costs[n - from] = c;
    if (c < costs[best - from]) best = n;
  }
  const limit = costs[best - from] + TOLERANCE;
  let lo = best;
  let hi = best;
  while (lo > from && costs[lo - 1 - from] <= limit) lo--;
  while (hi < to && costs[hi + 1 - from] <= limit) hi++;
  const awayFrom = (n: number) => (n < lo ? lo - n : n > hi ? n - hi : 0);
  // With `rivals`, another reading about as good as this one means the evidence does not decide between them: a nearby
  // one (another Monday) leaves the month or so open, one a year or more away (another year's final) the year.
  const bestCost = costs[best - from];
  const rivalYear = rivals && costs.some((c, i) => c <= bestCost + RIVAL_YEAR && awayFrom(from + i) > RIVAL_YEAR_DISTANCE);
  const rival = rivalYear || (rivals && costs.some((c, i) => c <= bestCost + RIVAL && awayFrom(from + i) > RIVAL_DISTANCE));
  const spanWithin = (limitCost: number): [number, number] => {
    let a = best, b = best;
    for (let n = from; n <= to; n++) if (costs[n - from] <= limitCost) { a = Math.min(a, n); b = Math.max(b, n); }
    return [a, b];
  };
  if (spread) [lo, hi] = spanWithin(limit);
  else if (rivalYear) [lo, hi] = spanWithin(bestCost + RIVAL_YEAR);
  else if (rival) {
    // Every near-best day, or if those straddle years, only the readings the evidence cannot tell apart.
    [lo, hi] = spanWithin(limit);
    if (dayFromNumber(lo).slice(0, 4) !== dayFromNumber(hi).slice(0, 4)) [lo, hi] = spanWithin(bestCost + RIVAL);
  }
  // The window's middle, unless the window is a day give or take one and one day in it is strictly the cheapest:
  // "on Monday" with a later "on Wednesday" is the Monday, not the Tuesday between them.
  const middle = lo + (lateMiddle ? Math.ceil((hi - lo) / 2) : Math.floor((hi - lo) / 2));
  const mid = dayFromNumber(!spread && hi - lo <= 2 && costs[best - from] < costs[middle - from] ? best : middle);
  const window: [IsoDay, IsoDay] = [dayFromNumber(lo), dayFromNumber(hi)];
  const evidence = dedupe([...evidenceBase, ...why(info(best))]).slice(0, 12);
  const sameMonth = window[0].slice(0, 7) === window[1].slice(0, 7);
  const sameYear = window[0].slice(0, 4) === window[1].slice(0, 4);
  const precision: PublishedDate['precision'] = hi - lo <= 2 ? 'day' : sameMonth ? 'month' : 'year';
  const value = precision === 'day' ? mid : precision === 'month' ? mid.slice(0, 7) : mid.slice(0, 4);
  if (!sameYear && rivals) return { published: null, dct: null, window: null };
  if (!sameYear) evidence.push(`the evidence leaves ${window[0]} to ${window[1]} open; the middle is used`);
  let source: PublishedDate['source'] = 'inferred';
  if (meta) source = precision === 'day' || (meta.precision === 'year' && precision === 'month') ? 'metadata+inferred' : 'metadata';
  const published: PublishedDate = meta && source === 'metadata'
    ? { value: meta.value, precision: meta.precision, source, window, evidence }
    : { value, precision, source, window, evidence };
  return { published, dct: mid, window };
}

/** Infers the document date (window, point and evidence) from metadata and the unresolved expressions. */
export function inferDocumentDate(text: string, timexes: UnresolvedTimex[], meta: StatedDate | null, named: readonly NamedEventHit[] = [], offices: readonly OfficeHolding[] = []): DocumentDate {
  if (meta && meta.precision === 'day') {
    return { published: { value: meta.value, precision: 'day', source: 'metadata', window: [meta.value, meta.value], evidence: ['metadata gives the day'] }, dct: meta.value, window: [meta.value, meta.value] };
  }
  const { range, constraints: cs } = documentEvidence(text, timexes, meta, named, offices);
  if (!range) return { published: null, dct: null, window: null };
  const anchor = range.anchor;
  const weak = range.weakAnchor ?? null;
  const cost = (d: DayInfo) => {
    let c = anchor !== null ? recencyCost(Math.max(0, d.n - anchor), range.leadDay) : weak !== null ? WEAK_RECENCY * Math.max(0, d.n - weak) : 0;
    for (const k of cs) c += k.cost(d);
    return c;
  };
  const floor = anchor !== null ? (n: number) => recencyCost(Math.max(0, n - anchor), range.leadDay) : weak !== null ? (n: number) => WEAK_RECENCY * Math.max(0, n - weak) : undefined;
  return decide(range.from, range.to, cost, meta, range.evidence, (b) => cs.filter((k) => k.cost(b) === 0).map((k) => k.why), { rivals: true, floor });
}
