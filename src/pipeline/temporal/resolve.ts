/**
 * Anchoring: turns a language-neutral symbol into a TIMEX3 value against the document date (DCT).
 * Granularity is kept: "last week" is an ISO week, "this month" a month, never a day.
 */
import { addDays, daysInMonth, isoDay, isoWeekOf, isoWeekRange, isoWeekday, pad } from '../../model/calendar.ts';
import type { IsoDay, Precision } from '../../model/timeline.ts';
import { holidayDay } from './holidays.ts';
import type { AnaphoricStep, ResolvedFields, Season, Tense, TimexSymbol, Unit, VagueRef } from './types.ts';

const SEASONS: Season[] = ['SP', 'SU', 'FA', 'WI'];
const UNIT_PRECISION: Record<Unit, Precision> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' };
const DURATION_LETTER: Record<Unit, string> = { day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y' };

const ymd = (d: IsoDay) => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))] as const;

/** Month arithmetic on (year, month). */
function shiftMonth(y: number, m: number, by: number): [number, number] {
  const k = y * 12 + (m - 1) + by;
  return [Math.floor(k / 12), (k % 12 + 12) % 12 + 1];
}

/** Season instance number: year * 4 + index; December belongs to that year's winter, Jan–Feb to the previous one's. */
function seasonIndex(day: IsoDay): number {
  const [y, m] = ymd(day);
  if (m === 12) return y * 4 + 3;
  if (m <= 2) return (y - 1) * 4 + 3;
  return y * 4 + Math.floor((m - 3) / 3);
}
const seasonValue = (k: number) => `${pad(Math.floor(k / 4), 4)}-${SEASONS[k % 4]}`;

function vagueOf(direction: number): VagueRef {
  return direction < 0 ? 'PAST_REF' : direction > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
}
const tenseDirection = (t: Tense) => (t === 'future' ? 1 : t === 'present' ? 0 : -1);
const vague = (ref: VagueRef, why: string): ResolvedFields => ({ value: ref, type: 'DATE', precision: 'vague', resolution: why });

/** Year for a yearless month(/day): past → latest not after the DCT, future → earliest not before it, unknown → nearest. */
function yearFor(month: number, day: number | undefined, dct: IsoDay, tense: Tense): number {
  const [y, m, d] = ymd(dct);
  const key = month * 100 + (day ?? 0);
  const now = m * 100 + (day === undefined ? 0 : d);
  if (tense === 'future') return key >= now ? y : y + 1;
  if (tense === 'unknown') {
    // Nearest occurrence, in months.
    const diff = month - m;
    return diff > 6 ? y - 1 : diff < -6 ? y + 1 : y;
  }
  return key <= now ? y : y - 1;
}

/**
 * The precisions an anchor may have for a narrative offset of each unit: a day serves every unit ("the next month"
 * after "on 11 September"), a year only a year; a week is no month's anchor (it may straddle two).
 */
const ANCHOR_PRECISIONS: Record<Unit, readonly Precision[]> = {
  day: ['day'],
  week: ['day', 'week'],
  month: ['day', 'month'],
  quarter: ['day', 'month', 'quarter'],
  year: ['day', 'week', 'month', 'quarter', 'season', 'year'],
};

/** Whether an expression of precision `p` can anchor a narrative offset counted in `unit`. */
export const anchorsOffset = (unit: Unit, p: Precision): boolean => ANCHOR_PRECISIONS[unit].includes(p);

/** The precision a narrative offset's value has: its unit's ("the following week" is a week). */
export const offsetPrecision = (unit: Unit): Precision => UNIT_PRECISION[unit];

/**
 * One narrative offset applied to a resolved anchor, at the offset's granularity, or null when the anchor is not
 * precise enough. A range anchor ("from 10 to 13 September") counts forward from its end, backward from its start.
 */
function offsetFrom(r: ResolvedFields, step: AnaphoricStep): ResolvedFields | null {
  if (r.type !== 'DATE' || !anchorsOffset(step.unit, r.precision)) return null;
  const v = step.shift > 0 && r.endValue !== undefined && r.endValue.length === r.value.length ? r.endValue : r.value;
  const y = Number(v.slice(0, 4));
  const { unit, shift } = step;
  const at = (value: string): ResolvedFields => ({ value, type: 'DATE', precision: UNIT_PRECISION[unit] });
  switch (unit) {
    case 'day': return at(addDays(v, shift));
    case 'week': {
      const monday = r.precision === 'week' ? isoWeekRange(y, Number(v.slice(6, 8)))[0] : v;
      return at(isoWeekOf(addDays(monday, 7 * shift)));
    }
    case 'month': { const [yy, mm] = shiftMonth(y, Number(v.slice(5, 7)), shift); return at(`${pad(yy, 4)}-${pad(mm)}`); }
    case 'quarter': {
      const q = r.precision === 'quarter' ? Number(v.slice(6, 7)) : Math.ceil(Number(v.slice(5, 7)) / 3);
      const k = y * 4 + (q - 1) + shift;
      return at(`${pad(Math.floor(k / 4), 4)}-Q${(k % 4) + 1}`);
    }
    case 'year': return at(pad(y + shift, 4));
  }
}

const signed = (n: number) => `${n > 0 ? '+' : ''}${n}`;

/** Resolves one symbol. `dct` null means no document date: only absolute parts survive, the rest turns vague. */
export function resolveSymbol(sym: TimexSymbol, dct: IsoDay | null, tense: Tense): ResolvedFields {
  switch (sym.kind) {
    case 'vague':
      return vague(sym.ref, 'vague reference');
    case 'anaphoric': {
      const a = sym.anchor;
      if (!a) return vague(vagueOf(tenseDirection(tense)), 'narrative offset without an earlier expression to count from');
      // The anchor resolves as it does on its own (against this DCT), then every offset of the chain in text order.
      let cur: ResolvedFields | null = resolveSymbol(a.symbol, dct, a.tense);
      for (const step of a.via) cur = cur && offsetFrom(cur, step);
      const from = cur;
      const out = from && offsetFrom(from, sym);
      if (!from || !out) return vague(vagueOf(tenseDirection(tense)), `narrative offset: "${a.text}" is not precise enough${dct ? '' : ' without a document date'}`);
      const fromValue = from.endValue !== undefined ? `${from.value}/${from.endValue}` : from.value;
      return { ...out, resolution: `anchored: ${signed(sym.shift)} ${sym.unit}(s) from "${a.text}" (${fromValue}), the nearest earlier expression precise enough, not the DCT` };
    }
    case 'year':
      return sym.endYear
        ? { value: pad(sym.year, 4), endValue: pad(sym.endYear, 4), type: 'DATE', precision: 'year', resolution: 'explicit years' }
        : { value: pad(sym.year, 4), type: 'DATE', precision: 'year', resolution: 'explicit year' };
    case 'duration':
      return { value: `P${sym.n ?? 'X'}${DURATION_LETTER[sym.unit]}`, type: 'DURATION', precision: sym.n === null ? 'vague' : UNIT_PRECISION[sym.unit], resolution: 'duration' };
    case 'relative': {
      if (!dct) return vague(vagueOf(sym.shift), 'relative expression without a document date');
      const [y, m] = ymd(dct);
      const why = `${sym.shift} ${sym.unit}(s) from DCT ${dct}`;
      switch (sym.unit) {
        case 'day': return { value: addDays(dct, sym.shift), type: 'DATE', precision: 'day', resolution: why };
        case 'week': return { value: isoWeekOf(addDays(dct, 7 * sym.shift)), type: 'DATE', precision: 'week', resolution: why };
        case 'month': { const [yy, mm] = shiftMonth(y, m, sym.shift); return { value: `${pad(yy, 4)}-${pad(mm)}`, type: 'DATE', precision: 'month', resolution: why }; }
        case 'quarter': { const [yy, mm] = shiftMonth(y, m, 3 * sym.shift); return { value: `${pad(yy, 4)}-Q${Math.ceil(mm / 3)}`, type: 'DATE', precision: 'quarter', resolution: why }; }
        case 'year': return { value: pad(y + sym.shift, 4), type: 'DATE', precision: 'year', resolution: why };
      }
      break;
    }
    case 'ago': {
      if (!dct) return vague(vagueOf(sym.dir), 'offset without a document date');
      const k = sym.dir * sym.n;
      return { ...resolveSymbol({ kind: 'relative', unit: sym.unit, shift: k }, dct, tense), resolution: `${k} ${sym.unit}(s) from DCT ${dct}` };
    }
    case 'season': {
      const t = SEASONS.indexOf(sym.season);
      if (sym.year !== undefined) return { value: `${pad(sym.year, 4)}-${sym.season}`, type: 'DATE', precision: 'season', resolution: 'explicit season' };
      const dir = sym.shift ?? tenseDirection(tense);
      if (!dct) return vague(vagueOf(sym.shift ?? tenseDirection(tense)), 'season without a document date');
      const c = seasonIndex(dct);
      let k: number;
      if (sym.shift === 0) k = Math.floor(c / 4) * 4 + t;
      else if (dir < 0) { k = sym.shift === undefined ? c : c - 1; while (k % 4 !== t) k--; }
      else { k = sym.shift === undefined ? c : c + 1; while (k % 4 !== t) k++; }
      return { value: seasonValue(k), type: 'DATE', precision: 'season', resolution: `season ${sym.shift ?? tense} relative to DCT ${dct}` };
    }
    case 'weekday': {
      if (!dct) return vague(sym.rel === 'this' ? 'PRESENT_REF' : vagueOf(sym.rel === 'next' || sym.rel === 'nextWeek' ? 1 : sym.rel === 'last' || sym.rel === 'prevWeek' ? -1 : tenseDirection(tense)), 'weekday without a document date');
      const w = isoWeekday(dct);
      let day: IsoDay;
      let why: string;
      // "este lunes", "ce vendredi", "nesta segunda-feira": the nearest such day, the coming one for a plan, the last
      // one for a report (the DCT's week's otherwise).
      if (sym.rel === 'this' && tense === 'future' && sym.dow < w) { day = addDays(dct, sym.dow - w + 7); why = `the coming weekday (DCT ${dct}, future tense)`; }
      else if (sym.rel === 'this' && tense === 'past' && sym.dow > w) { day = addDays(dct, sym.dow - w - 7); why = `the last such weekday (DCT ${dct}, past tense)`; }
      else if (sym.rel === 'this') { day = addDays(dct, sym.dow - w); why = `weekday in the DCT's week (${dct})`; }
      else if (sym.rel === 'prevWeek' || sym.rel === 'nextWeek') { day = addDays(dct, sym.dow - w + (sym.rel === 'prevWeek' ? -7 : 7)); why = `weekday of the ${sym.rel === 'prevWeek' ? 'previous' : 'next'} week (DCT ${dct})`; }
      else if (sym.rel === 'last') { day = addDays(dct, -(((w - sym.dow + 7) % 7) || 7)); why = `weekday before DCT ${dct}`; }
      else if (sym.rel === 'next' || tense === 'future') { day = addDays(dct, ((sym.dow - w + 7) % 7) || 7); why = `weekday after DCT ${dct}${sym.rel ? '' : ', future tense'}`; }
      else { day = addDays(dct, -((w - sym.dow + 7) % 7)); why = `weekday on or before DCT ${dct}, ${tense === 'unknown' ? 'news default' : tense + ' tense'}`; }
      return { value: day, type: 'DATE', precision: 'day', resolution: why };
    }
    case 'quarter':
      return { value: `${pad(sym.year, 4)}-Q${sym.q}`, type: 'DATE', precision: 'quarter', resolution: 'explicit quarter' };
    case 'weekend': {
      if (!dct) return vague(sym.rel === 'this' ? 'PRESENT_REF' : vagueOf(sym.rel === 'next' ? 1 : sym.rel === 'last' ? -1 : tenseDirection(tense)), 'weekend without a document date');
      const w = isoWeekday(dct);
      let saturday: IsoDay;
      let why: string;
      if (sym.rel === 'this' && tense === 'past' && w < 6) {
        // "Protests took place this weekend", written on a weekday: the weekend just past, as "ce vendredi" is.
        saturday = addDays(dct, -((w - 6 + 7) % 7));
        why = `the last weekend (DCT ${dct}, past tense)`;
      } else if (sym.rel) {
        saturday = addDays(dct, 6 - w + (sym.rel === 'last' ? -7 : sym.rel === 'next' ? 7 : 0));
        why = `weekend of the ${sym.rel === 'this' ? "DCT's" : sym.rel === 'last' ? 'previous' : 'next'} week (DCT ${dct})`;
      } else if (tense === 'future') {
        saturday = addDays(dct, (6 - w + 7) % 7);
        why = `weekend on or after DCT ${dct}, future tense`;
      } else {
        // On a Sunday, the weekend is the one that is ending; otherwise the last one.
        saturday = addDays(dct, -((w - 6 + 7) % 7));
        why = `weekend on or before DCT ${dct}, ${tense === 'unknown' ? 'news default' : tense + ' tense'}`;
      }
      return { value: saturday, endValue: addDays(saturday, 1), type: 'DATE', precision: 'day', resolution: why };
    }
    case 'dayOfMonth': {
      if (sym.monthShift !== undefined) {
        if (!dct) return vague(vagueOf(Math.sign(sym.monthShift) || tenseDirection(tense)), 'day of a relative month without a document date');
        const [dy, dm] = ymd(dct);
        const [y, m] = shiftMonth(dy, dm, sym.monthShift);
        if (sym.day > daysInMonth(y, m)) return vague(vagueOf(Math.sign(sym.monthShift) || -1), 'day not in that month');
        return { value: isoDay(y, m, sym.day), type: 'DATE', precision: 'day', resolution: `day ${sym.day} of the DCT's month ${sym.monthShift > 0 ? '+' : ''}${sym.monthShift} (DCT ${dct})` };
      }
      const dir = sym.rel === 'next' ? 1 : sym.rel === 'last' ? -1 : tense === 'future' ? 1 : -1;
      if (!dct) return vague(vagueOf(dir), 'day of month without a document date');
      let [y, m, d] = ymd(dct);
      // Step month by month until the day exists on the right side of the DCT.
      for (let guard = 0; guard < 14; guard++) {
        if (sym.day <= daysInMonth(y, m) && (dir < 0 ? sym.day <= d : sym.day >= d)) break;
        [y, m] = shiftMonth(y, m, dir);
        d = dir < 0 ? 31 : 1;
      }
      return { value: isoDay(y, m, sym.day), type: 'DATE', precision: 'day', resolution: `day ${sym.day} ${dir < 0 ? 'on or before' : 'on or after'} DCT ${dct}` };
    }
    case 'holiday': {
      if (sym.year !== undefined) {
        const day = sym.rules.length ? holidayDay(sym.rules, sym.year) : null;
        return day
          ? { value: day, type: 'DATE', precision: 'day', resolution: `holiday ${sym.id} in ${sym.year}` }
          : { value: pad(sym.year, 4), type: 'DATE', precision: 'year', resolution: `holiday ${sym.id}: day unknown in ${sym.year}` };
      }
      if (!sym.rules.length) return vague(vagueOf(tenseDirection(tense)), `holiday ${sym.id}: observing country unknown`);
      if (!dct) return vague(vagueOf(tenseDirection(tense)), `holiday ${sym.id} without a document date`);
      // Same choice as for a yearless date: past (and present) → latest on or before the DCT, future → earliest on or
      // after it, no tense cue → the nearest occurrence.
      const [y] = ymd(dct);
      const days: IsoDay[] = [];
      for (let k = -2; k <= 2; k++) { const d = holidayDay(sym.rules, y + k); if (d) days.push(d); }
      let pick: IsoDay | undefined;
      if (tense === 'future') pick = days.find((d) => d >= dct);
      else if (tense === 'unknown') {
        const gap = (d: IsoDay) => Math.abs(Date.parse(d) - Date.parse(dct));
        for (const d of days) if (!pick || gap(d) < gap(pick)) pick = d;
      } else pick = days.filter((d) => d <= dct).pop();
      if (!pick) return vague(vagueOf(tenseDirection(tense)), `holiday ${sym.id}: no occurrence near DCT ${dct}`);
      return { value: pick, type: 'DATE', precision: 'day', resolution: `holiday ${sym.id}, ${tense === 'unknown' ? 'nearest' : tense === 'future' ? 'next' : 'latest'} occurrence relative to DCT ${dct}` };
    }
    case 'date': {
      let year = sym.year;
      let why = 'explicit date';
      if (year === undefined && sym.yearShift !== undefined) {
        if (!dct) return vague(vagueOf(Math.sign(sym.yearShift) || tenseDirection(tense)), 'relative year without a document date');
        year = ymd(dct)[0] + sym.yearShift;
        why = `the DCT's year ${sym.yearShift > 0 ? '+' : ''}${sym.yearShift} (DCT ${dct})`;
      }
      if (year === undefined) {
        if (!dct) return vague(vagueOf(tenseDirection(tense)), 'date without year or document date');
        // "last September" is past and "next March" ahead whatever the verb; said in September, last September is a year ago.
        const relTense = sym.rel === 'last' ? 'past' : sym.rel === 'next' ? 'future' : tense;
        year = yearFor(sym.endMonth ?? sym.month, sym.endDay ?? sym.day, dct, relTense);
        if (sym.rel && sym.month === ymd(dct)[1]) year = ymd(dct)[0] + (sym.rel === 'last' ? -1 : 1);
        why = sym.rel ? `the ${sym.rel} such month from DCT ${dct}` : `year from DCT ${dct} (${tense === 'unknown' ? 'nearest' : tense + ' tense'})`;
        if (sym.dow !== undefined && sym.day !== undefined) {
          // Nearest year (past first) in which the stated weekday and date agree.
          const base = year;
          for (const k of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6]) {
            if (sym.day <= daysInMonth(base + k, sym.month) && isoWeekday(isoDay(base + k, sym.month, sym.day)) === sym.dow) { year = base + k; break; }
          }
          if (year !== base) why = `year where the weekday matches, nearest to DCT ${dct}`;
        }
      }
      // A range over New Year ("December to February") takes the end's year for its end.
      const startYear = sym.endMonth !== undefined && sym.endMonth < sym.month && sym.endYear === undefined && sym.year === undefined ? year - 1 : year;
      const value = sym.day !== undefined ? isoDay(startYear, sym.month, sym.day) : `${pad(startYear, 4)}-${pad(sym.month)}`;
      const out: ResolvedFields = { value, type: 'DATE', precision: sym.day !== undefined ? 'day' : 'month', resolution: why };
      if (sym.endDay !== undefined || sym.endMonth !== undefined) {
        const ey = sym.endYear ?? year;
        const em = sym.endMonth ?? sym.month;
        out.endValue = sym.endDay !== undefined ? isoDay(ey, em, sym.endDay) : `${pad(ey, 4)}-${pad(em)}`;
      }
      return out;
    }
  }
  return vague('PRESENT_REF', 'unreachable');
}
