/**
 * One look-up per word for all of a language's word lexicons. analyseSentence asks seven lexicons about every
 * word (clause breaks, anchors, roles, triggers, status cues, negation, attributions); each answer is a cached list
 * of candidate patterns, but seven cache look-ups per word were the event stage's largest cost. The seven answers
 * are kept together, per word, on the language.
 */
import { candidatesFor, lexiconVersion } from './lexicon.ts';
import type { LanguageResources, PatternEntry, StatusCue, Token, TriggerValue } from './types.ts';

type Entries<T> = ReadonlyArray<PatternEntry<T>>;

/** candidatesFor(lexicon, word) for each of the language's per-word lexicons. */
export interface WordHits {
  /** The folded form these answers were computed for (see wordHits). */
  norm: string;
  anchors: Entries<true>;
  clauseBreaks: Entries<true>;
  negation: Entries<true>;
  attributions: Entries<true>;
  roles: Entries<string>;
  triggers: Entries<TriggerValue>;
  status: Entries<StatusCue>;
}

interface HitsMemo { version: number; byLower: Map<string, WordHits> }
const HITS_LIMIT = 20_000;
const memos = new WeakMap<LanguageResources, HitsMemo>();

function lookUp(lr: LanguageResources, w: Token): WordHits {
  return {
    norm: w.norm,
    anchors: candidatesFor(lr.anchors, w[lr.anchors.field]),
    clauseBreaks: candidatesFor(lr.clauseBreaks, w[lr.clauseBreaks.field]),
    negation: candidatesFor(lr.negation, w[lr.negation.field]),
    attributions: candidatesFor(lr.attributions, w[lr.attributions.field]),
    roles: candidatesFor(lr.roles, w[lr.roles.field]),
    triggers: candidatesFor(lr.triggers, w[lr.triggers.field]),
    status: candidatesFor(lr.status, w[lr.status.field]),
  };
}

/**
 * The language's candidates for one word. Keyed by the lower-case form, from which the folded form follows; the
 * folded form is checked too, so a token whose forms were edited apart (elided apostrophes) is never answered for
 * another. Bounded (cleared when full) and dropped when any lexicon changes.
 */
export function wordHits(lr: LanguageResources, w: Token): WordHits {
  let memo = memos.get(lr);
  if (!memo || memo.version !== lexiconVersion()) memos.set(lr, (memo = { version: lexiconVersion(), byLower: new Map() }));
  let hits = memo.byLower.get(w.lower);
  if (hits && hits.norm === w.norm) return hits;
  if (hits) return lookUp(lr, w);
  if (memo.byLower.size >= HITS_LIMIT) memo.byLower.clear();
  hits = lookUp(lr, w);
  memo.byLower.set(w.lower, hits);
  return hits;
}
