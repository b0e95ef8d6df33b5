/** For the table-driven tagger tests: one sentence tagged against a given document day. */
import { analyseTime, loadTemporalResources } from './index.ts';
import type { Timex } from '../../model/timeline.ts';

const resources = loadTemporalResources();

/** The resolved expressions of `text`, read as a single sentence of language `lang`, against the day `dct`. */
export function timexesOf(lang: string, text: string, dct: string): Timex[] {
  return analyseTime({ text, sentences: [[0, text.length]], lang, published: { value: dct, precision: 'day' } }, resources).timexes;
}
