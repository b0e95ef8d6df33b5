/**
 * Language identification with eld (Efficient Language Detector): pure JS, synchronous, and the only accurate
 * detector on npm that knows Albanian (franc-min, tinyld and lande mislabel it; see extraction-notes §3).
 */
import { timed } from '../run/stageTimings.ts';
import { loadSmallDetector } from './eldLoader.ts';

/** eld/small's detector (its n-gram table parsed from a JSON cache: see eldLoader.ts). */
const eld = await loadSmallDetector();

export interface LanguageGuess {
  lang: string | null;
  reliable: boolean;
}

/** Enough text for a stable guess; more only costs time. */
const SAMPLE_CHARS = 4000;

/** Detects the language of an article from a sample of its text; `null` when it cannot tell. */
export const detectLanguage = timed('language', (text: string): LanguageGuess => {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (!/\p{L}/u.test(sample)) return { lang: null, reliable: false };
  const result = eld.detect(sample);
  const lang = result.language || null;
  // Reliability ranks every language's score; the pipeline only needs `lang`, so it is worked out when read.
  return { lang, get reliable() { return lang !== null && result.isReliable(); } };
});
