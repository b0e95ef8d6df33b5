/**
 * Countdowns to a named event: "With 100 days to go until the Paris Olympics", "Faltan diez días para el Mundial",
 * "До открытия Олимпиады в Сочи остаётся меньше года", "올림픽 개막까지 100일 남았다", "距北京冬奥会开幕还有100天".
 * Pre-event news counts from the day of writing, so the count pins the document date to the event's start minus
 * the count. The constructions are per-language data (`countdown` in `lang/<iso>/temporal.json`); this module
 * compiles them and finds them around the named-event hits of one sentence chunk, on tokens, with bounded work per
 * hit (no regular expressions).
 */
import { phraseTokens } from './tokens.ts';
import { tenseAt, type TenseCueList } from './tense.ts';
import type { SubTrie, Token, Unit } from './types.ts';

export type CountdownUnit = Exclude<Unit, 'quarter'>;

/** Shape of the `countdown` section of `lang/<iso>/temporal.json`. */
export interface CountdownData {
  /**
   * One construction per entry, its words separated by spaces, with an `{event}` slot (where the named event stands),
   * a `{unit}` slot (a word of `units`), and a `{num}` slot (digits, the language's `numbers`, or this section's
   * `numbers`). Without `{num}` the count is one ("меньше года", "less than a year"). A word written `~까지` may be
   * glued to the word before it (the event's name or a filler: "올림픽까지", "개막까지") or stand alone. A piece
   * `a|b|c` offers alternatives (each may be several words); the entry stands for every combination.
   * `less`: the count is an upper bound ("less than a year to go"). `clause`: the words carry no tense of their own
   * ("à trois semaines de la présidentielle", "선거를 열흘 앞두고"): they count only when the sentence's nearest tense
   * cue is neither past nor future. `unit`: the unit of a construction without a `{unit}` slot (fr "J-100", ko
   * "D-100": days). In an alternative, `_` stands for a space ("noch|nur_noch").
   */
  patterns: Array<{ slots: string; less?: boolean; clause?: boolean; unit?: CountdownUnit }>;
  /** Unit → its words in every form the constructions use ("day", "days"; "дня", "дней"). */
  units: Partial<Record<CountdownUnit, string[]>>;
  /** Extra number words, only for countdowns ("a": 1, "одна": 1). */
  numbers?: Record<string, number>;
  /**
   * Words that may stand between the construction and the event's name ("the", "opening of the", "открытия",
   * "개막", "开幕"): at most two of them, each a phrase. A filler with a glued particle ("개막까지") counts.
   */
  fillers?: string[];
  /**
   * Words that, within the three words before the construction, make it narrative or conditional: "when" ("when
   * there were ten days to go"), "когда". Past and future tense cues there always do ("there will be 10 days left").
   */
  notAfter?: string[];
}

type Item = { lit: string } | { glued: string } | { slot: 'num' | 'unit' };

interface CountdownPattern {
  id: string;
  /** Items before the event and after it. */
  pre: Item[];
  post: Item[];
  less: boolean;
  clause: boolean;
  unit?: CountdownUnit;
}

export interface CountdownLexicon {
  patterns: CountdownPattern[];
  units: SubTrie;
  numbers: SubTrie;
  fillers: string[][];
  notAfter: Set<string>;
}

/** What a countdown says: the event is `n` units after the document (less than that, with `less`). */
export interface Countdown {
  n: number;
  unit: CountdownUnit;
  less?: true;
  /** The construction's words with the event's name, as a text span. */
  start: number;
  end: number;
}

const UNITS: readonly CountdownUnit[] = ['day', 'week', 'month', 'year'];
const SLOT = /^\{(num|unit|event)\}$/;
/** Words before a construction whose tense cues (or notAfter words) make it narrative or future. */
const BEFORE_WINDOW = 3;
/** Filler phrases at most between a construction and the event's name. */
const MAX_FILLERS = 2;
/** Longest number word or unit word, in tokens. */
const MAX_WORD_TOKENS = 4;

const newSub = (): SubTrie => ({ lit: new Map(), entry: null });

function addWord(sub: SubTrie, tokens: string[], value: number | string): void {
  if (!tokens.length) return;
  let node = sub;
  for (const t of tokens) {
    let next = node.lit.get(t);
    if (!next) node.lit.set(t, (next = newSub()));
    node = next;
  }
  node.entry ??= { value, weak: false };
}

/** Every combination of a pattern's `a|b` pieces, as piece lists. */
function expand(pieces: string[]): string[][] {
  let out: string[][] = [[]];
  for (const piece of pieces) {
    const alts = piece.split('|').filter((a) => a.length > 0).map((a) => a.replaceAll('_', ' '));
    out = out.flatMap((prefix) => alts.map((a) => [...prefix, a]));
  }
  return out;
}

function items(pieces: string[], lang: string): Item[] {
  const out: Item[] = [];
  for (const alt of pieces) {
    // An alternative of several words ("nur noch") is one piece whose words are matched in turn.
    for (const piece of alt.split(' ')) {
      const m = SLOT.exec(piece);
      if (m) { if (m[1] !== 'event') out.push({ slot: m[1] as 'num' | 'unit' }); continue; }
      if (piece.startsWith('~')) { for (const t of phraseTokens(piece.slice(1), lang)) out.push({ glued: t }); continue; }
      for (const t of phraseTokens(piece, lang)) out.push({ lit: t });
    }
  }
  return out;
}

/** Compiles one language's `countdown` section (an empty lexicon when there is none); throws on a malformed pattern. */
export function compileCountdown(data: CountdownData | undefined, lang: string): CountdownLexicon {
  const units = newSub();
  const numbers = newSub();
  const patterns: CountdownPattern[] = [];
  if (!data) return { patterns, units, numbers, fillers: [], notAfter: new Set() };
  for (const u of UNITS) for (const w of data.units[u] ?? []) addWord(units, phraseTokens(w, lang), u);
  for (const [w, n] of Object.entries(data.numbers ?? {})) addWord(numbers, phraseTokens(w, lang), n);
  for (const p of data.patterns) {
    const pieces = p.slots.split(' ').filter((x) => x.length > 0);
    const at = pieces.indexOf('{event}');
    if (at < 0 || pieces.lastIndexOf('{event}') !== at || (!pieces.includes('{unit}') && !p.unit)) throw new Error(`countdown pattern "${p.slots}" (${lang}) needs one {event} and a {unit} (or a unit)`);
    for (const combo of expand(pieces)) {
      patterns.push({
        id: combo.join(' '), pre: items(combo.slice(0, at), lang), post: items(combo.slice(at + 1), lang), less: p.less === true, clause: p.clause === true,
        ...(p.unit ? { unit: p.unit } : {}),
      });
    }
  }
  return {
    patterns, units, numbers,
    fillers: (data.fillers ?? []).map((f) => phraseTokens(f, lang)).filter((f) => f.length > 0),
    notAfter: new Set((data.notAfter ?? []).flatMap((w) => phraseTokens(w, lang))),
  };
}

/** Ends of the words of `sub` that start at token `pos`, with their values. */
function subWords(sub: SubTrie, tokens: readonly Token[], pos: number): Array<[number, number | string]> {
  const out: Array<[number, number | string]> = [];
  let node: SubTrie | undefined = sub;
  for (let p = pos; node && p < tokens.length && p - pos < MAX_WORD_TOKENS; p++) {
    node = node.lit.get(tokens[p].norm) ?? (tokens[p].fold !== tokens[p].norm ? node.lit.get(tokens[p].fold) : undefined);
    if (node?.entry) out.push([p + 1, node.entry.value]);
  }
  return out;
}

interface Capture { n?: number; unit?: CountdownUnit }

/** The language's own number words (`numbers` in temporal.json), passed in from the lexicon. */
export interface CountdownContext {
  lex: CountdownLexicon;
  numbers: SubTrie;
  clitics: readonly string[];
}

/**
 * Every way `items` match from token `pos`: [end, captures]. `glued` items may be satisfied by the end of the token
 * before `pos` (`prevEnd` is that token's index, or -1). At most a few ends per item: bounded work.
 */
function matchItems(its: readonly Item[], tokens: readonly Token[], pos: number, ctx: CountdownContext, cap: Capture, out: Array<[number, Capture]>): void {
  if (!its.length) { out.push([pos, cap]); return; }
  const [it, ...rest] = its;
  if ('glued' in it) {
    const prev = tokens[pos - 1];
    if (prev && prev.norm.length > it.glued.length && prev.norm.endsWith(it.glued)) matchItems(rest, tokens, pos, ctx, cap, out);
    if (pos < tokens.length && tokens[pos].norm === it.glued) matchItems(rest, tokens, pos + 1, ctx, cap, out);
    return;
  }
  if (pos >= tokens.length) return;
  const tok = tokens[pos];
  if ('lit' in it) {
    if (tok.norm === it.lit || tok.fold === it.lit) matchItems(rest, tokens, pos + 1, ctx, cap, out);
    return;
  }
  if (it.slot === 'unit') {
    for (const [end, u] of subWords(ctx.lex.units, tokens, pos)) matchItems(rest, tokens, end, ctx, { ...cap, unit: u as CountdownUnit }, out);
    return;
  }
  if (tok.digits) {
    const n = Number(tok.norm);
    if (tok.norm.length <= 4 && n > 0) matchItems(rest, tokens, pos + 1, ctx, { ...cap, n }, out);
    return;
  }
  for (const sub of [ctx.lex.numbers, ctx.numbers]) for (const [end, n] of subWords(sub, tokens, pos)) matchItems(rest, tokens, end, ctx, { ...cap, n: n as number }, out);
}

/** A filler phrase at `pos` (with a glued particle on its last word allowed): its end, or -1. */
function fillerAt(tokens: readonly Token[], pos: number, ctx: CountdownContext, f: readonly string[]): number {
  if (pos + f.length > tokens.length) return -1;
  for (let k = 0; k < f.length; k++) {
    const w = tokens[pos + k].norm;
    if (w === f[k]) continue;
    if (k === f.length - 1 && w.startsWith(f[k]) && ctx.clitics.includes(w.slice(f[k].length))) continue;
    return -1;
  }
  return pos + f.length;
}

/** Positions reachable from `pos` over at most MAX_FILLERS filler phrases (`pos` itself first). */
function afterFillers(tokens: readonly Token[], pos: number, ctx: CountdownContext): number[] {
  const out = [pos];
  let frontier = [pos];
  for (let k = 0; k < MAX_FILLERS; k++) {
    const next: number[] = [];
    for (const p of frontier) for (const f of ctx.lex.fillers) { const e = fillerAt(tokens, p, ctx, f); if (e > p && !out.includes(e)) { out.push(e); next.push(e); } }
    frontier = next;
  }
  return out;
}

/** Longest pattern part before the event, in tokens (number and unit words may span a few). */
const MAX_PRE_TOKENS = 16;

/**
 * The countdown that governs the event named at tokens [from, to), or null. The construction's words stand before
 * the name, after it, or both (zh "距 … 还有100天"), with fillers between; see countsFromNow for the tense checks.
 */
export function countdownAt(tokens: readonly Token[], from: number, to: number, ctx: CountdownContext, cues: () => TenseCueList): Countdown | null {
  const lex = ctx.lex;
  if (!lex.patterns.length) return null;
  // Where the part before the name may end: right before it, or before fillers that lead to it.
  const preEnds: number[] = [];
  for (let e = Math.max(0, from - 2 * MAX_WORD_TOKENS); e <= from; e++) if (afterFillers(tokens, e, ctx).includes(from)) preEnds.push(e);
  const postStarts = afterFillers(tokens, to, ctx);
  for (const p of lex.patterns) {
    const starts: Array<[number, Capture]> = [];
    if (p.pre.length) {
      for (const e of preEnds) {
        for (let s = Math.max(0, e - MAX_PRE_TOKENS); s < e; s++) {
          const ends: Array<[number, Capture]> = [];
          matchItems(p.pre, tokens, s, ctx, {}, ends);
          for (const [end, cap] of ends) if (end === e) starts.push([s, cap]);
        }
      }
    } else starts.push([from, {}]);
    if (!starts.length) continue;
    for (const [s, preCap] of starts) {
      const finals: Array<[number, Capture]> = [];
      if (p.post.length) for (const q of postStarts) matchItems(p.post, tokens, q, ctx, preCap, finals);
      else finals.push([to, preCap]);
      for (const [end, cap] of finals) {
        const unit = cap.unit ?? p.unit;
        if (!unit) continue;
        const first = Math.min(s, from);
        // The words before a construction that starts with its own words ("there will be | 10 days left until …");
        // one that starts with the event's name carries its tense in its own words ("… are 100 days away", "남았다").
        if (!countsFromNow(tokens, p.pre.length ? s : -1, first, Math.max(end, to), p.clause, lex, cues)) continue;
        const out: Countdown = { n: cap.n ?? 1, unit, start: tokens[first].start, end: tokens[Math.max(end, to) - 1].end };
        if (p.less) out.less = true;
        return out;
      }
    }
  }
  return null;
}

/**
 * No past or future cue (nor a notAfter word) in the words before the construction's own first word (`own`; -1 when
 * it starts with the event's name); for `clause` ones, a sentence whose nearest cue is present or none.
 */
function countsFromNow(tokens: readonly Token[], own: number, first: number, last: number, clause: boolean, lex: CountdownLexicon, cues: () => TenseCueList): boolean {
  const list = cues();
  for (let i = Math.max(0, own - BEFORE_WINDOW); i < own; i++) {
    if (lex.notAfter.has(tokens[i].norm)) return false;
    const c = list[i];
    if (c && (c.tense === 'past' || c.tense === 'future')) return false;
  }
  if (!clause) return true;
  const t = tenseAt(list, first, last);
  return t === 'present' || t === 'unknown';
}
