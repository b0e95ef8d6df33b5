/**
 * Tense of the clause around an expression, from per-language cue words and verb endings
 * (HeidelTime's tensePos4Past / tenseWord4Future idea, without a POS tagger).
 */
import type { Lexicon, Tense, TenseCues, Token } from './types.ts';

const MIN_STEM = 3;
const ORDER: readonly Tense[] = ['future', 'past', 'present'];

/** The first cue set (future, past, present) that holds `w`, or null. */
function listedCue(cues: TenseCues, w: string): Tense | null {
  return cues.future.has(w) ? 'future' : cues.past.has(w) ? 'past' : cues.present.has(w) ? 'present' : null;
}

const COMBINING_MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Canonical decomposition (NFD), which the endings are compared in: Korean "ᆻ다" ends "했다", "왔다", "올랐다". */
const decomposed = (w: string): string => (ASCII.test(w) ? w : w.normalize('NFD'));

/**
 * Letters of a decomposed word without combining marks: "été" is three, and a Hangul syllable block is its two or
 * three jamo ("좋았다" is eight), so a one-syllable Korean stem counts as a stem.
 */
const letters = (nfd: string): number => (ASCII.test(nfd) ? nfd.length : nfd.replace(COMBINING_MARKS, '').length);

/** A verb ending's cue (future endings first), for words long enough to have a stem. Endings are NFD already. */
function suffixCue(cues: TenseCues, w: string, digits: boolean): Tense | null {
  if (digits) return null;
  const nfd = decomposed(w);
  const n = letters(nfd);
  if (n < MIN_STEM + 1) return null;
  for (const s of cues.futureSuffixes) if (nfd.endsWith(s) && n >= letters(s) + MIN_STEM) return 'future';
  for (const s of cues.pastSuffixes) if (nfd.endsWith(s) && n >= letters(s) + MIN_STEM) return 'past';
  return null;
}

interface WordCue {
  listed: Tense | null;
  suffix: Tense | null;
  /** Ends like a past participle that needs an auxiliary before it to be a past (see participleCue). */
  participle: boolean;
  /** NFD form, set once a pair ending needs it. */
  nfd?: string;
}

/** Whether a word ends in one of the language's participle endings, with a stem before it. */
function participleEnding(cues: TenseCues, w: string, digits: boolean): boolean {
  if (digits || !cues.participleSuffixes.length) return false;
  const nfd = decomposed(w);
  const n = letters(nfd);
  return cues.participleSuffixes.some((s) => nfd.endsWith(s) && n >= letters(s) + MIN_STEM);
}

/** Words before a participle its auxiliary may stand ("è stata poi arrestata", "ha già vinto"). */
const AUXILIARY_REACH = 3;

/** "è arrivata" is past; "il comitato", "le championnat" are not: a participle ending counts after an auxiliary. */
function afterAuxiliary(tokens: Token[], i: number, auxiliaries: Set<string>): boolean {
  for (let k = i - 1; k >= 0 && k >= i - AUXILIARY_REACH && !CLAUSE_END.has(tokens[k].norm); k--) if (auxiliaries.has(tokens[k].norm)) return true;
  return false;
}

/**
 * Per lexicon: each word's own cues (a token's digit flag follows from its text), and the first words of the
 * two-word cues. Tense cues are read for every token of every sentence with an expression; words repeat, and most
 * tokens cannot start a two-word cue, so no pair string is built for them. Bounded: cleared when full.
 */
interface CueMemo { words: Map<string, WordCue>; pairStarts: Set<string> }
const WORDS_LIMIT = 50_000;
const memos = new WeakMap<Lexicon, CueMemo>();

function memoFor(lex: Lexicon): CueMemo {
  let memo = memos.get(lex);
  if (!memo) {
    const pairStarts = new Set<string>();
    if (lex.tense.bigrams) for (const set of [lex.tense.future, lex.tense.past, lex.tense.present]) for (const cue of set) if (cue.includes(' ')) pairStarts.add(cue.slice(0, cue.indexOf(' ')));
    memos.set(lex, (memo = { words: new Map(), pairStarts }));
  }
  return memo;
}

function wordCue(memo: CueMemo, cues: TenseCues, t: Token): WordCue {
  let own = memo.words.get(t.norm);
  if (!own) {
    if (memo.words.size >= WORDS_LIMIT) memo.words.clear();
    own = { listed: listedCue(cues, t.norm), suffix: suffixCue(cues, t.norm, t.digits), participle: participleEnding(cues, t.norm, t.digits) };
    memo.words.set(t.norm, own);
  }
  return own;
}

/** The tense of a two-word ending ("될 것이라는": a word ending in ᆯ, then 것…) across `prev` and `cur`, or null. */
function pairEndingCue(cues: TenseCues, prev: WordCue, prevNorm: string, cur: WordCue, curNorm: string): Tense | null {
  prev.nfd ??= decomposed(prevNorm);
  cur.nfd ??= decomposed(curNorm);
  for (const p of cues.pairEndings) if (prev.nfd.endsWith(p.end) && cur.nfd.startsWith(p.start)) return p.tense;
  return null;
}

/**
 * A token's tense cue: a listed word ("wird", "said"), or a verb ending (`guessed`: "-ten" is a German preterite
 * and also "zusammentreten", "Staaten"), which a listed word as near outranks.
 */
export interface TenseCue { tense: Tense; guessed: boolean }
export type TenseCueList = Array<TenseCue | null>;

const LISTED: Record<Tense, TenseCue> = {
  past: { tense: 'past', guessed: false }, future: { tense: 'future', guessed: false },
  present: { tense: 'present', guessed: false }, unknown: { tense: 'unknown', guessed: false },
};
const GUESSED: Record<Tense, TenseCue> = {
  past: { tense: 'past', guessed: true }, future: { tense: 'future', guessed: true },
  present: { tense: 'present', guessed: true }, unknown: { tense: 'unknown', guessed: true },
};

/**
 * The tense cue of each token (null when the token is no cue). Two-word cues ("do të", "va a") and two-word
 * endings ("할 것") count on their second word.
 */
export function tenseCues(tokens: Token[], lex: Lexicon): TenseCueList {
  const cues = lex.tense;
  const memo = memoFor(lex);
  let prevCue: WordCue | null = null;
  const out: TenseCueList = tokens.map((t, i) => {
    const w = t.norm;
    const own = wordCue(memo, cues, t);
    const before = prevCue;
    prevCue = own;
    // The pair with the token before: only built when that token can start a listed pair (or holds a space itself).
    const prev = i > 0 ? tokens[i - 1].norm : '';
    const pair = cues.bigrams && i > 0 && (memo.pairStarts.has(prev) || prev.includes(' ')) ? listedCue(cues, `${prev} ${w}`) : null;
    // A word and its pair are checked together, set by set: future, then past, then present.
    if (own.listed && pair) return LISTED[ORDER.indexOf(own.listed) <= ORDER.indexOf(pair) ? own.listed : pair];
    // A two-word ending is a construction, surer than the second word alone: "열렸을 것이다" (would have been held)
    // is past, though "것이다" alone is listed as the future.
    const across = before && cues.pairEndings.length ? pairEndingCue(cues, before, prev, own, w) : null;
    if (across) return LISTED[across];
    const listed = own.listed ?? pair;
    // "will be held": a listed past form after the words that take participles ("be") is no past either.
    if (listed === 'past' && !pair && cues.suffixNotAfter.has(prev)) return null;
    if (listed) return LISTED[listed];
    if (own.suffix && !cues.suffixNotAfter.has(prev)) return GUESSED[own.suffix];
    return own.participle && afterAuxiliary(tokens, i, cues.participleAuxiliaries) ? GUESSED.past : null;
  });
  if (cues.auxiliaries.size) presentWithoutParticiple(tokens, cues, out);
  if (cues.notCues.length) clearNotCues(tokens, cues.notCues, out);
  if (cues.finalNonPast.future.length) markFinalPredicate(tokens, cues, out);
  return out;
}

/** Tokens that end a clause for an auxiliary's participle search; and the farthest a participle may stand. */
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?', '"', '«', '»', '“', '”', '(', ')', '–', '—']);
const PARTICIPLE_REACH = 12;

function isParticiple(w: string, p: TenseCues['participles']): boolean {
  if (p.words.has(w)) return true;
  if (w.length < p.minLength) return false;
  if (p.endings.some((e) => w.endsWith(e))) return true;
  if (!p.suffixes.some((x) => w.endsWith(x))) return false;
  return p.prefixes.some((x) => w.startsWith(x)) || p.infixes.some((x) => w.indexOf(x, 2) > 0);
}

/**
 * "ist angekommen" is past, "ist fertig" present: a compound-past auxiliary counts as past only when a participle
 * stands in its clause (after it; before it too where clauses end in their verbs); else it is the present tense of
 * its own verb.
 */
function presentWithoutParticiple(tokens: Token[], cues: TenseCues, out: TenseCueList): void {
  for (let i = 0; i < tokens.length; i++) {
    if (out[i]?.tense !== 'past' || !cues.auxiliaries.has(tokens[i].norm)) continue;
    let found = false;
    for (let k = i + 1; !found && k < tokens.length && k <= i + PARTICIPLE_REACH && !CLAUSE_END.has(tokens[k].norm); k++) found = isParticiple(tokens[k].norm, cues.participles);
    // Verb-final clauses put the auxiliary last: "…, weil er gestern angekommen ist".
    for (let k = i - 1; !found && cues.participles.before && k >= 0 && k >= i - PARTICIPLE_REACH && !CLAUSE_END.has(tokens[k].norm); k--) found = isParticiple(tokens[k].norm, cues.participles);
    if (!found) out[i] = LISTED.present;
  }
}

/** Clears the cues inside the words that only contain a cue word ("为了", "了解"). */
function clearNotCues(tokens: Token[], notCues: readonly string[][], out: TenseCueList): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!out[i]) continue;
    for (const word of notCues) {
      // Every placement of the word that covers token i.
      for (let k = 0; k < word.length; k++) {
        const at = i - k;
        if (at < 0 || at + word.length > tokens.length) continue;
        if (word.every((w, j) => tokens[at + j].norm === w)) { out[i] = null; break; }
      }
      if (!out[i]) break;
    }
  }
}

/** Closing punctuation after a sentence's predicate: "。", quotes, brackets. */
const CLOSING = /^[\p{P}\p{S}]+$/u;
/** For the ReDoS lint. */
export const TENSE_REGEXES = [COMBINING_MARKS, ASCII, CLOSING];
/** Tokens of a predicate's ending looked at (kana are one token each). */
const FINAL_ENDING_TOKENS = 3;

/**
 * "15日に首脳会議が開かれる。": where a sentence ends in a non-past predicate (not a listed cue), that predicate is a
 * present or future cue. Only the last one: inside a sentence a non-past verb is often a relative clause whose tense
 * is relative to the main verb.
 */
function markFinalPredicate(tokens: Token[], cues: TenseCues, out: TenseCueList): void {
  let last = tokens.length - 1;
  while (last >= 0 && CLOSING.test(tokens[last].norm)) last--;
  if (last < 0 || out[last]) return;
  let ending = '';
  for (let i = last; i >= 0 && i > last - FINAL_ENDING_TOKENS; i--) ending = tokens[i].norm + ending;
  if (cues.finalNonPast.present.some((e) => ending.endsWith(e))) out[last] = LISTED.present;
  else if (cues.finalNonPast.future.some((e) => ending.endsWith(e))) out[last] = LISTED.future;
}

/** Tokens a verb ending counts as farther away than a listed cue word. */
const GUESS_DISTANCE = 1;

/**
 * The nearest cue to token range [from, to) in the same sentence; a listed word beats a verb ending as near (and
 * one token nearer), and past wins remaining ties (news are mostly past).
 */
export function tenseAt(cues: TenseCueList, from: number, to: number): Tense {
  let best: Tense = 'unknown';
  let bestDist = Infinity;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    if (!cue || (i >= from && i < to)) continue;
    const dist = (i < from ? from - i : i - to + 1) + (cue.guessed ? GUESS_DISTANCE + 0.5 : 0);
    if (dist < bestDist || (dist === bestDist && cue.tense === 'past')) {
      best = cue.tense;
      bestDist = dist;
    }
  }
  return best;
}

/**
 * The tense of a named event whose words include a verb ("Britain voted to leave the EU", "Kosova shpalli
 * pavarësinë"): the verb's own cue, else the nearest cue around it (tenseAt).
 */
export function tenseOfName(cues: TenseCueList, from: number, to: number): Tense {
  for (let i = from; i < to; i++) if (cues[i]) return cues[i]!.tense;
  return tenseAt(cues, from, to);
}
