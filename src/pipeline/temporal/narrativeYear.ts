/**
 * A date named without its year in a paragraph that has just named an earlier date with one continues that account:
 * "Nach den Luftangriffen im Februar 1945 brannte sie aus und stürzte am 15. Februar ein" is 15 February 1945, and
 * "２００５年８月、法案が否決され…９月１１日の選挙で" is 11 September 2005. Read against the document date instead,
 * such a day says the text was written soon after the 15th of February of its own year, which is wrong.
 *
 * Narrow on purpose (news mostly names this year's days without a year): the year is carried only from the
 * nearest earlier expression, which must state a year, not be in a future or present clause, stand in the same paragraph and in the same or the previous
 * sentence, name a month, and not come later in the year than the date it dates ("in December 2004 … on 3 January"
 * is left alone: the next year, or this one).
 */
import type { TimexSymbol, UnresolvedTimex } from './types.ts';

type DateSymbol = Extract<TimexSymbol, { kind: 'date' }>;

/**
 * The year an anchor states and the month and day it reaches, or null. A bare year is no anchor: "Они встречались в
 * 2019 году. В июле министр посетил …" turns back to the present, and the seeds have that very shape.
 */
function statedPoint(s: TimexSymbol): { year: number; month: number; day: number } | null {
  if (s.kind !== 'date' || s.year === undefined || s.endYear !== undefined) return null;
  return { year: s.year, month: s.endMonth ?? s.month, day: s.endDay ?? s.day ?? 0 };
}

/** A month (and day) named with no year, nothing relative about it ("im Oktober", "15. Februar", "９月１１日"). */
function yearless(s: TimexSymbol): s is DateSymbol {
  return s.kind === 'date' && s.year === undefined && s.yearShift === undefined && s.rel === undefined && s.endYear === undefined;
}

export function carryNarrativeYears(text: string, timexes: UnresolvedTimex[]): UnresolvedTimex[] {
  let out: UnresolvedTimex[] | null = null;
  for (let i = 1; i < timexes.length; i++) {
    const u = timexes[i];
    if (!yearless(u.symbol) || u.metadata) continue;
    // "同年10月", "later that year, in October": a "same year" phrase just before the date hands it on from before.
    let at = i - 1;
    const w = timexes[at];
    if (at > 0 && w.symbol.kind === 'anaphoric' && w.symbol.unit === 'year' && w.symbol.shift === 0 && !text.slice(w.end, u.start).replace(/[\s,、，]/gu, '')) at--;
    const v = (out ?? timexes)[at];
    const from = v.metadata ? null : statedPoint(v.symbol);
    // An account of what is still to come ("from 1 January 2023 I will govern … he takes office on 1 January") keeps
    // its yearless days as they are: a year on them would read them as past dates, the present-tense one above all.
    if (!from || v.tense === 'future' || v.tense === 'present' || u.sentence - v.sentence > 1 || text.slice(v.end, u.start).includes('\n')) continue;
    const s = u.symbol;
    if (s.month < from.month || (s.month === from.month && (s.day ?? 0) < from.day)) continue;
    out ??= [...timexes];
    out[i] = { ...u, symbol: { ...s, year: from.year }, rule: `${u.rule}; the year of "${text.slice(v.start, v.end)}" before it` };
  }
  return out ?? timexes;
}
