/**
 * Narrative (anaphoric) offsets: "the next day", "la veille", "tags darauf", "two days later", "a year earlier".
 * As HeidelTime's UNDEF-REF expressions, they count from the nearest earlier expression of the same article that is
 * precise enough for the offset (a day for a day offset; a day, or a month, for a month offset …), never from the
 * DCT. Without one they are not tagged: "the next day" in a text with no date before it is left alone.
 */
import { anchorsOffset, offsetPrecision, resolveSymbol } from './resolve.ts';
import type { AnaphoricAnchor, UnresolvedTimex } from './types.ts';
import type { Precision } from '../../model/timeline.ts';

/** Any day: an expression's precision does not depend on which DCT it is resolved against, only on there being one. */
const PROBE_DCT = '2001-06-13';

/** Longest chain of offsets counted from one another ("the next day … two days later … a week later …"). */
const MAX_CHAIN = 12;
/**
 * Earlier expressions looked at for an anchor, nearest first: a narrative offset counts from what the text has just
 * told, and the bound keeps the work linear in the number of expressions (a text of thousands of offsets with no
 * precise date before them would otherwise compare each with every earlier one).
 */
const MAX_LOOKBACK = 32;

/** The precision an expression has once a document date is known, or null when it can anchor nothing. */
function anchorPrecision(u: UnresolvedTimex): Precision | null {
  const s = u.symbol;
  if (u.metadata || s.kind === 'vague' || s.kind === 'duration') return null;
  if (s.kind === 'anaphoric') return s.anchor ? offsetPrecision(s.unit) : null;
  const r = resolveSymbol(s, PROBE_DCT, u.tense);
  return r.type === 'DATE' && r.precision !== 'vague' ? r.precision : null;
}

/**
 * Gives each narrative offset of an article (expressions in text order, non-overlapping) its anchor, and drops
 * those with none before them. The other expressions come back unchanged.
 */
export function anchorOffsets(text: string, timexes: UnresolvedTimex[]): UnresolvedTimex[] {
  if (!timexes.some((u) => u.symbol.kind === 'anaphoric')) return timexes;
  const out: UnresolvedTimex[] = [];
  // Each kept expression's precision as an anchor, worked out once.
  const precisions: Array<Precision | null> = [];
  for (const u of timexes) {
    const s = u.symbol;
    if (s.kind !== 'anaphoric') { out.push(u); precisions.push(anchorPrecision(u)); continue; }
    let anchor: AnaphoricAnchor | null = null;
    for (let k = out.length - 1; k >= 0 && k >= out.length - MAX_LOOKBACK && !anchor; k--) {
      const v = out[k];
      const p = precisions[k];
      if (p === null || !anchorsOffset(s.unit, p)) continue;
      const words = text.slice(v.start, v.end);
      const vs = v.symbol;
      if (vs.kind !== 'anaphoric') anchor = { symbol: vs, tense: v.tense, text: words, via: [] };
      else if (vs.anchor && vs.anchor.via.length < MAX_CHAIN) anchor = { symbol: vs.anchor.symbol, tense: vs.anchor.tense, text: words, via: [...vs.anchor.via, { unit: vs.unit, shift: vs.shift }] };
      else break;
    }
    // "元旦当天", "3月3日当天": "that same day" right after the day it repeats is part of that expression.
    const prev = out[out.length - 1];
    if (anchor && s.shift === 0 && prev && !text.slice(prev.end, u.start).trim()) continue;
    if (anchor) {
      const anchored: UnresolvedTimex = { ...u, symbol: { ...s, anchor } };
      out.push(anchored);
      precisions.push(anchorPrecision(anchored));
    }
  }
  return out;
}
