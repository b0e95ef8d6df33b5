/**
 * Tense of the clause around an expression, from per-language cue words and verb endings
 * (HeidelTime's tensePos4Past / tenseWord4Future idea, without a POS tagger).
 */
import type { Lexicon, Tense, Token } from './types.ts';

const MIN_STEM = 3;

/** The tense cue of each token (null when the token is no cue). Two-word cues ("do të", "va a") count on their second word. */
export function tenseCues(tokens: Token[], lex: Lexicon): Array<Tense | null> {
  const { past, future, present, pastSuffixes, futureSuffixes, bigrams } = lex.tense;
  return tokens.map((t, i) => {
    const w = t.norm;
    const bigram = bigrams && i > 0 ? `${tokens[i - 1].norm} ${w}` : '';
    if (future.has(w) || (bigram && future.has(bigram))) return 'future';
    if (past.has(w) || (bigram && past.has(bigram))) return 'past';
    if (present.has(w) || (bigram && present.has(bigram))) return 'present';
    if (w.length < MIN_STEM + 1 || t.digits) return null;
    for (const s of futureSuffixes) if (w.length >= s.length + MIN_STEM && w.endsWith(s)) return 'future';
    for (const s of pastSuffixes) if (w.length >= s.length + MIN_STEM && w.endsWith(s)) return 'past';
    return null;
  });
}

/** The nearest cue to token range [from, to) in the same sentence; past wins ties (news are mostly past). */
export function tenseAt(cues: Array<Tense | null>, from: number, to: number): Tense {
  let best: Tense = 'unknown';
  let bestDist = Infinity;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    if (!cue || (i >= from && i < to)) continue;
    const dist = i < from ? from - i : i - to + 1;
    if (dist < bestDist || (dist === bestDist && cue === 'past')) {
      best = cue;
      bestDist = dist;
    }
  }
  return best;
}
