/** For the tests that date a short undated article (news-event data, document-date rules): one place for the set-up. */
import { analyseTime, loadTemporalResources, tagTime } from './index.ts';
import { segmentSentences } from '../stages/sentences.ts';
import type { TemporalInput } from '../types.ts';

export const resources = loadTemporalResources();

/** `text` as an article of language `lang` with no date given, cut into sentences as the pipeline does. */
export const input = (text: string, lang: string): TemporalInput => ({ text, sentences: segmentSentences(text, lang), lang, published: null });

/** The document date the text alone gives (value and precision), or null. */
export function dateOf(text: string, lang: string): { value: string; precision: string } | null {
  const r = analyseTime(input(text, lang), resources);
  return r.published && { value: r.published.value, precision: r.published.precision };
}

/** The well-known events the text names, in text order. */
export const named = (text: string, lang: string) => tagTime(input(text, lang), resources).named;

/** Their ids. */
export const namedIds = (text: string, lang: string): string[] => named(text, lang).map((h) => h.id);

/** The unanchored expression of `text` that covers the last character of `phrase` (tense, flags), if any. */
export function expressionAt(text: string, lang: string, phrase: string) {
  const at = text.indexOf(phrase) + phrase.length - 1;
  return tagTime(input(text, lang), resources).timexes.find((t) => t.start <= at && t.end > at);
}
