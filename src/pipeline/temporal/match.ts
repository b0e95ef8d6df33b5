/**
 * Finds temporal expressions in one sentence by walking token tries: no regex over words, so no
 * backtracking and Unicode word boundaries for free. Work per start token is bounded by the lexicon's
 * longest pattern, so a sentence costs linear time.
 */
import { daysInMonth } from '../../model/calendar.ts';
import { casedOk } from './holidays.ts';
import type { Lexicon, PatternSpec, SlotKind, SubTrie, TimexMod, TimexSymbol, Token, TrieNode } from './types.ts';

export interface Captures {
  day?: number; day2?: number; month?: number; month2?: number; year?: number; year2?: number;
  num?: number; weekday?: number; event?: string; holiday?: string; quarter?: number;
  /** A weak sub-lexicon word (abbreviation, ambiguous homograph) was used. */
  weak?: boolean;
  /**
   * The weak word was a month's full name written with the capital its language gives months, inside a sentence
   * ("in May", "until March"): with a preposition before it, a month (the modal "may" and the verb are lower case).
   */
  capitalMonth?: boolean;
}

export interface RawMatch {
  /** Token range [from, to). */
  from: number;
  to: number;
  pattern: PatternSpec;
  caps: Captures;
}

export interface SentenceMatch {
  from: number;
  to: number;
  symbol: TimexSymbol;
  mod: TimexMod;
  rule: string;
  /** See UnresolvedTimex.attributive. */
  attributive?: boolean;
}

interface Candidate { to: number; pattern: PatternSpec; caps: Captures }

/** Diacritic-less spelling, only for longer words: short folded forms collide ("się" would read as "sie", August). */
function foldedLookup<T>(map: Map<string, T>, tok: Token): T | undefined {
  return tok.norm.length >= 5 && tok.fold !== tok.norm ? map.get(tok.fold) : undefined;
}

/** A token that is a word (letters or digits first), not punctuation. */
const WORD_START = /^[\p{L}\p{N}]/u;

/** Tokens after which a capital is a sentence's or a quotation's, not a name's. */
const SENTENCE_OPENERS = new Set(['"', '«', '„', '“', '(', '[', '—', '–', ':', "'", '‘']);

/** "the Sunday Times": a determiner, the capitalised weekday and another capitalised word are a name. */
function weekdayInName(tokens: readonly Token[], pos: number, lex: Lexicon): boolean {
  const before = tokens[pos - 1], after = tokens[pos + 1];
  return lex.weekdayNameDeterminers.size > 0 && tokens[pos].cap && before !== undefined && after !== undefined
    && lex.weekdayNameDeterminers.has(before.norm) && after.cap && !after.digits;
}

/** A number within two tokens ("5 de Marzo", "Marzo de 2021"): a date written with a capital, not a name. */
const besideNumber = (tokens: Token[], pos: number) => [pos - 2, pos - 1, pos + 1, pos + 2].some((k) => tokens[k]?.digits);

function isCapitalMonth(tokens: Token[], pos: number, end: number, lex: Lexicon): boolean {
  const tok = tokens[pos];
  return end === pos + 1 && pos > 0 && tok.cap && !lex.lowercaseMonths && lex.longMonthNames.has(tok.norm) && !SENTENCE_OPENERS.has(tokens[pos - 1].norm);
}

const num = (t: Token) => (t.digits && t.norm.length <= 4 ? Number(t.norm) : NaN);

/**
 * Every way a sub-lexicon (months, weekdays, events, holidays) matches at `pos`: [end, entry]. Names longer than
 * `limit` tokens never match; entries with a capitals mask need those capitals in the text.
 */
function subMatches(sub: SubTrie, tokens: Token[], pos: number, lex: Lexicon, limit = 6): Array<[number, number | string, boolean]> {
  const out: Array<[number, number | string, boolean]> = [];
  let node: SubTrie | undefined = sub;
  for (let p = pos; node && p < tokens.length && p - pos < limit; p++) {
    const tok = tokens[p];
    let next: SubTrie | undefined = node.lit.get(tok.norm) ?? foldedLookup(node.lit, tok);
    if (!next) {
      // A clitic glued to the last word ("월요일에"): the span keeps the whole token.
      for (const c of lex.clitics) {
        if (tok.norm.length > c.length && tok.norm.endsWith(c)) {
          const hit = node.lit.get(tok.norm.slice(0, -c.length));
          if (hit?.entry && casedOk(hit.entry.caps, tokens, pos)) out.push([p + 1, hit.entry.value, hit.entry.weak]);
        }
      }
    }
    node = next;
    if (node?.entry && casedOk(node.entry.caps, tokens, pos)) out.push([p + 1, node.entry.value, node.entry.weak]);
  }
  return out;
}

/** Ends and values of a slot at `pos`. */
function slotMatches(kind: SlotKind, tokens: Token[], pos: number, lex: Lexicon): Array<[number, number | string, boolean]> {
  const tok = tokens[pos];
  switch (kind) {
    case 'day': case 'day2': case 'num': {
      if (kind === 'num' && !tok.digits) return subMatches(lex.numbers, tokens, pos, lex);
      const n = num(tok);
      const ok = kind === 'num' ? tok.digits && tok.norm.length <= 3 && n > 0 : tok.norm.length <= 2 && n >= 1 && n <= 31;
      if (!ok) return [];
      const next = tokens[pos + 1];
      // "13th", "1er", "70º": the ordinal mark belongs to the number.
      if (next && next.start === tok.end && lex.ordinals.has(next.norm)) return [[pos + 2, n, false], [pos + 1, n, false]];
      return [[pos + 1, n, false]];
    }
    case 'year': case 'year2': {
      const n = num(tok);
      return tok.norm.length === 4 && n >= 1900 && n <= 2099 ? [[pos + 1, n, false]] : [];
    }
    case 'monthnum': case 'monthnum2': {
      const n = num(tok);
      return tok.norm.length <= 2 && n >= 1 && n <= 12 ? [[pos + 1, n, false]] : [];
    }
    case 'month': case 'month2':
      if (lex.lowercaseMonths && tok.cap && pos > 0 && !SENTENCE_OPENERS.has(tokens[pos - 1].norm) && !besideNumber(tokens, pos)) return [];
      return withAbbreviationDots(subMatches(lex.months, tokens, pos, lex), tokens);
    case 'weekday':
      // Where weekdays are written in lower case (as months are), a capitalised one inside a sentence is a name:
      // "il giornalista Sabato", "Santo Domingo", "El Domingo de Ramos", "tygodnik Niedziela".
      if (lex.lowercaseMonths && tok.cap && pos > 0 && !SENTENCE_OPENERS.has(tokens[pos - 1].norm) && !besideNumber(tokens, pos)) return [];
      if (weekdayInName(tokens, pos, lex)) return [];
      return subMatches(lex.weekdays, tokens, pos, lex);
    case 'quarter': {
      const n = num(tok);
      return tok.digits && tok.norm.length === 1 && n >= 1 && n <= 4 ? [[pos + 1, n, false]] : subMatches(lex.quarters, tokens, pos, lex);
    }
    case 'event': return subMatches(lex.events, tokens, pos, lex);
    // Holiday names run long in per-character scripts ("中国人民抗日战争胜利纪念日").
    case 'holiday': return subMatches(lex.holidays, tokens, pos, lex, HOLIDAY_TOKENS);
  }
}

/**
 * "Sept. 13, 2023", "13. Sept. 2023", "13 сент. 2023 г.": an abbreviated month's period, glued to it, when a number
 * follows (a day or a year). Otherwise the period stays out of the match: "in Sept." ends a sentence.
 */
function withAbbreviationDots(found: Array<[number, number | string, boolean]>, tokens: Token[]): Array<[number, number | string, boolean]> {
  // `found` is subMatches' own new list: extended in place.
  for (let k = 0, n = found.length; k < n; k++) {
    const [end, value, weak] = found[k];
    const dot = tokens[end];
    if (dot && dot.norm === '.' && dot.start === tokens[end - 1].end && tokens[end + 1]?.digits) found.push([end + 1, value, weak]);
  }
  return found;
}

const CAP_KEY: Record<SlotKind, keyof Captures> = {
  day: 'day', day2: 'day2', num: 'num', year: 'year', year2: 'year2', monthnum: 'month', monthnum2: 'month2',
  month: 'month', month2: 'month2', weekday: 'weekday', event: 'event', holiday: 'holiday', quarter: 'quarter',
};

/** Longest holiday name, in tokens. */
const HOLIDAY_TOKENS = 16;

/** Depth-first walk of the pattern trie from one start token, collecting every complete pattern. */
function walk(node: TrieNode, tokens: Token[], pos: number, caps: Captures, lex: Lexicon, depth: number, out: Candidate[]): void {
  if (node.pattern) out.push({ to: pos, pattern: node.pattern, caps });
  if (pos >= tokens.length || depth > lex.maxLen) return;
  const tok = tokens[pos];
  const next = node.lit.get(tok.norm) ?? foldedLookup(node.lit, tok);
  if (next) walk(next, tokens, pos + 1, caps, lex, depth + 1, out);
  else if (lex.clitics.length) {
    for (const c of lex.clitics) {
      if (tok.norm.length > c.length && tok.norm.endsWith(c)) {
        const hit = node.lit.get(tok.norm.slice(0, -c.length));
        if (hit?.pattern) out.push({ to: pos + 1, pattern: hit.pattern, caps });
      }
    }
  }
  for (const [kind, child] of node.slots) {
    for (const [end, value, weak] of slotMatches(kind, tokens, pos, lex)) {
      const key = CAP_KEY[kind];
      const capitalMonth = weak && (kind === 'month' || kind === 'month2') && isCapitalMonth(tokens, pos, end, lex);
      walk(child, tokens, end, { ...caps, [key]: value, weak: caps.weak || (weak && !capitalMonth), capitalMonth: caps.capitalMonth || capitalMonth }, lex, depth + 1, out);
    }
  }
}

/** The meaning of a match, or null when the captured parts do not make a valid date. */
export function buildSymbol(p: PatternSpec, c: Captures, anniversaries: Map<string, string>): TimexSymbol | null {
  if (p.symbol) return p.symbol;
  // Country and year come from the sentence later (holidays.ts placeHoliday); ambiguous names are licensed in matchTokens.
  if (c.holiday !== undefined) return c.year !== undefined ? { kind: 'holiday', id: c.holiday, rules: [], year: c.year } : { kind: 'holiday', id: c.holiday, rules: [] };
  // Abbreviations and ambiguous words need a number next to them.
  // "next March", "last May", "March next year": the words beside a capitalised month name say it is one, as a
  // written year would (matchTokens checks the word before it).
  const relMonth = (p.rel === 'last' || p.rel === 'next' || p.yearShift !== undefined) && c.capitalMonth === true;
  if (c.weak && c.day === undefined && c.year === undefined && !relMonth) return null;
  if (c.event !== undefined) {
    const date = anniversaries.get(c.event);
    if (!date || c.num === undefined) return null;
    const year = Number(date.slice(0, 4)) + c.num;
    if (date.length === 10) return { kind: 'date', year, month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
    return { kind: 'year', year };
  }
  if (c.quarter !== undefined) return c.year !== undefined ? { kind: 'quarter', q: c.quarter, year: c.year } : null;
  if (c.month !== undefined) {
    const leapSafe = c.year ?? 2000;
    if (c.day !== undefined && c.day > daysInMonth(leapSafe, c.month)) return null;
    const s: TimexSymbol = { kind: 'date', month: c.month };
    if (c.day !== undefined) s.day = c.day;
    if (c.year !== undefined) s.year = c.year;
    else if (p.yearShift !== undefined) s.yearShift = p.yearShift;
    // "last September", "el próximo marzo": the latest such month before the document, or the next after it.
    if (c.day === undefined && c.year === undefined && (p.rel === 'last' || p.rel === 'next')) s.rel = p.rel;
    // "lundi 11 septembre": the weekday pins down the year when none is written.
    if (c.weekday !== undefined && c.day !== undefined && c.year === undefined) s.dow = c.weekday;
    if (c.day2 !== undefined) {
      const endMonth = c.month2 ?? c.month;
      if (c.day2 > daysInMonth(c.year2 ?? leapSafe, endMonth)) return null;
      s.endDay = c.day2;
      if (c.month2 !== undefined) s.endMonth = c.month2;
      if (c.year2 !== undefined) s.endYear = c.year2;
      // "Dal 10 al 13 settembre": the first day takes the month of the second.
    } else if (c.month2 !== undefined) {
      s.endMonth = c.month2;
      if (c.year2 !== undefined) s.endYear = c.year2;
    }
    return s;
  }
  if (c.day !== undefined) {
    const s: TimexSymbol = p.rel === 'next' || p.rel === 'last' ? { kind: 'dayOfMonth', day: c.day, rel: p.rel } : { kind: 'dayOfMonth', day: c.day };
    if (p.monthShift !== undefined) s.monthShift = p.monthShift;
    // "neste domingo (30)": the weekday tells which month's 30th.
    if (c.weekday !== undefined) s.dow = c.weekday;
    return s;
  }
  if (p.decade) return c.year !== undefined && c.year % 10 === 0 ? { kind: 'year', year: c.year, endYear: c.year + 9 } : null;
  if (c.year !== undefined) return c.year2 !== undefined && c.year2 > c.year ? { kind: 'year', year: c.year, endYear: c.year2 } : { kind: 'year', year: c.year };
  if (c.weekday !== undefined) return p.rel ? { kind: 'weekday', dow: c.weekday, rel: p.rel } : { kind: 'weekday', dow: c.weekday };
  if (c.num !== undefined && p.unit && p.anaphoric) return p.dir && c.num > 0 ? { kind: 'anaphoric', unit: p.unit, shift: p.dir * c.num } : null;
  if (c.num !== undefined && p.unit) return p.dir ? { kind: 'ago', unit: p.unit, n: c.num, dir: p.dir } : { kind: 'duration', unit: p.unit, n: c.num };
  return null;
}

/** Longest prefix phrase (preposition or modifier) ending just before token `from`, not reaching below `floor`. */
export function matchPrefix(tokens: Token[], from: number, floor: number, lex: Lexicon) {
  let node = lex.prefixes;
  let best: { from: number; mod: TimexMod; preposition: boolean } | null = null;
  for (let p = from - 1; p >= floor && from - p <= 6; p--) {
    const next = node.lit.get(tokens[p].norm) ?? foldedLookup(node.lit, tokens[p]);
    if (!next) break;
    node = next;
    if (node.spec) best = { from: p, ...node.spec };
  }
  return best;
}

const litHit = (map: Map<string, unknown>, tok: Token) => map.has(tok.norm) || foldedLookup(map, tok) !== undefined;

function cliticStemHit(map: Map<string, unknown>, tok: Token, lex: Lexicon): boolean {
  for (const c of lex.clitics) if (tok.norm.length > c.length && tok.norm.endsWith(c) && map.has(tok.norm.slice(0, -c.length))) return true;
  return false;
}

/**
 * False when no pattern can start at this (non-digit) token: neither the trie's first level nor any sub-lexicon
 * (months, weekdays, ...) knows the word, with or without a clitic. Only digits and these words can start a walk.
 */
function canStartUncached(tok: Token, lex: Lexicon): boolean {
  for (const map of [lex.trie.lit, lex.months.lit, lex.weekdays.lit, lex.quarters.lit, lex.events.lit, lex.holidays.lit, lex.numbers.lit]) {
    if (litHit(map, tok) || cliticStemHit(map, tok, lex)) return true;
  }
  return false;
}

/**
 * canStart by word (its folded form follows from it), per lexicon: most words start nothing, and walking the trie
 * from each of them (every slot at the root tried) was the tagger's main cost. Bounded: cleared when full.
 */
const START_LIMIT = 50_000;
const startMemo = new WeakMap<Lexicon, Map<string, boolean>>();

function canStart(tok: Token, lex: Lexicon): boolean {
  if (tok.digits || lex.trie.pattern) return true;
  let memo = startMemo.get(lex);
  if (!memo) startMemo.set(lex, (memo = new Map()));
  let can = memo.get(tok.norm);
  if (can === undefined) {
    if (memo.size >= START_LIMIT) memo.clear();
    can = canStartUncached(tok, lex);
    memo.set(tok.norm, can);
  }
  return can;
}

/**
 * A bare month (no day, no year, not a range) right after a one-word attributive preposition ("les élections de
 * juin"), unless the word before that is "month" ("au mois de juin" is adverbial); or a day and month without a year
 * after an `attributiveDay` preposition that follows its noun ("las elecciones generales del 10 de noviembre").
 */
function isAttributive(tokens: Token[], prep: number, symbol: TimexSymbol, lex: Lexicon): boolean {
  if (symbol.kind !== 'date' || symbol.year !== undefined || symbol.endMonth !== undefined || symbol.endDay !== undefined) return false;
  if (symbol.day !== undefined) {
    // A day needs its noun: a word before it, not a number, not part of a preposition ("antes del") and not a noun
    // of time ("la noche del 14 de julio": the clause's own time).
    const before = tokens[prep - 1];
    return symbol.dow === undefined && lex.attributiveDay.has(tokens[prep].norm) && before !== undefined && WORD_START.test(before.norm) && !before.digits && !lex.notAttributiveBefore.has(before.norm);
  }
  if (!lex.attributive.has(tokens[prep].norm)) return false;
  return prep === 0 || tokens[prep - 1].norm !== lex.monthWord;
}

const isWord = (t: Token | undefined) => t !== undefined && WORD_START.test(t.norm);

/**
 * Whether a narrative offset at tokens [from, to) counts from an earlier date, not from the noun beside it: "The day
 * before, …" does, "the day before the vote" (an `alone` phrase with a word after it), "선거 전날" (an `initial` one
 * with a word before it) and "会談の翌日" (a guard word beside it) do not.
 */
function narrativeOffsetAt(tokens: Token[], from: number, to: number, p: PatternSpec, lex: Lexicon): boolean {
  const g = lex.anaphoricGuards;
  if (p.alone && isWord(tokens[to]) && !g.aloneBefore.has(tokens[to].norm)) return false;
  if (p.initial && isWord(tokens[from - 1]) && !g.initialAfter.has(tokens[from - 1].norm)) return false;
  return !(from > 0 && g.notAfter.has(tokens[from - 1].norm)) && !(to < tokens.length && g.notBefore.has(tokens[to].norm));
}

/** Every temporal expression of one sentence's tokens, left to right, longest first, never overlapping. */
export function matchTokens(tokens: Token[], lex: Lexicon, anniversaries: Map<string, string>): SentenceMatch[] {
  const out: SentenceMatch[] = [];
  let floor = 0;
  /** The longest acceptable match starting at token i, with its prefixes (not reaching below `floor`). */
  const matchAt = (i: number): SentenceMatch | null => {
    const cands: Candidate[] = [];
    walk(lex.trie, tokens, i, {}, lex, 0, cands);
    cands.sort((a, b) => b.to - a.to);
    let accepted: SentenceMatch | null = null;
    for (const c of cands) {
      if (c.to <= i) continue;
      const symbol = buildSymbol(c.pattern, c.caps, anniversaries);
      if (!symbol) continue;
      if (symbol.kind === 'anaphoric' && !narrativeOffsetAt(tokens, i, c.to, c.pattern, lex)) continue;
      // "bis zum Morgen": the morning, a noun, where German writes "morgen" (tomorrow) in lower case.
      if (c.to === i + 1 && tokens[i].cap && isWord(tokens[i - 1]) && lex.capitalisedNouns.has(tokens[i].norm)) continue;
      let from = i;
      let mod: TimexMod = c.pattern.mod ?? null;
      let licensed = false;
      let prefixes = 0;
      if (!c.pattern.noPrefix) {
        // Up to two stacked prefixes: "já" + "em", "desde o" + …
        for (let k = 0; k < 2; k++) {
          const pre = matchPrefix(tokens, from, floor, lex);
          if (!pre) break;
          from = pre.from;
          prefixes++;
          if (pre.mod) mod = pre.mod;
          if (pre.preposition) licensed = true;
        }
      }
      if (c.pattern.needsPrefix && !licensed) continue;
      // A capitalised month name with no day or year is a name ("Theresa May", "the Women's March") unless a
      // preposition, "last"/"next", or a relative year after a lower-case word says otherwise ("for March next year").
      const yearAfterWord = c.pattern.yearShift !== undefined && i > 0 && !tokens[i - 1].cap && !tokens[i - 1].digits && WORD_START.test(tokens[i - 1].norm);
      if (c.caps.capitalMonth && c.caps.day === undefined && c.caps.year === undefined && !licensed && c.pattern.rel !== 'last' && c.pattern.rel !== 'next' && !yearAfterWord) continue;
      // An ambiguous holiday name ("Noël", also a first name) needs a preposition ("à Noël") or a year.
      if (c.caps.holiday !== undefined && c.caps.weak && c.caps.year === undefined && !licensed) continue;
      accepted = { from, to: c.to, symbol, mod, rule: c.pattern.id };
      if (prefixes === 1 && from === i - 1 && isAttributive(tokens, from, symbol, lex)) accepted.attributive = true;
      break;
    }
    return accepted;
  };
  for (let i = 0; i < tokens.length; ) {
    if (!canStart(tokens[i], lex)) { i++; continue; }
    let accepted = matchAt(i);
    // "à la fin du mois dernier": "la fin du mois" (this month) starts first, but "mois dernier" after the modifier
    // "à la fin du" covers it whole and says more. A match starting inside this one that, with its prefixes, covers it
    // and reaches further wins. Matches are at most a few tokens long, so this stays linear.
    for (let j = i + 1; accepted && j < accepted.to; j++) {
      if (!canStart(tokens[j], lex)) continue;
      const inner = matchAt(j);
      if (inner && inner.to > accepted.to && inner.from <= accepted.from) accepted = inner;
    }
    if (accepted) {
      out.push(accepted);
      floor = accepted.to;
      i = accepted.to;
    } else i++;
  }
  // "the weekend of June 12-13", "le week-end du 12 juin": the date right after names the weekend; the bare weekend
  // would add the last one besides.
  return out.filter((m, k) => !(m.symbol.kind === 'weekend' && !m.symbol.rel && out[k + 1]?.from === m.to && out[k + 1].symbol.kind === 'date'));
}
