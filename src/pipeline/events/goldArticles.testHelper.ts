/**
 * Test helper: contract Articles built from the seeds and the hand-made gold (timexes, document dates), so that
 * the event stage can be developed and scored without the temporal tagger. Test-only code (reads files).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Precision, Timex } from '../../model/timeline.ts';
import { segmentSentences } from '../stages/sentences.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type { GoldDocument, GoldEvent } from '../../eval/gold.ts';
import type { GoldDocument } from '../../eval/gold.ts';

export function loadGold(): GoldDocument[] {
  return JSON.parse(readFileSync(`${ROOT}src/pipeline/__fixtures__/seed-gold.json`, 'utf8')).documents;
}

const PRECISIONS = new Set(['day', 'week', 'month', 'season', 'quarter', 'year']);

function toTimex(t: GoldDocument['timexes'][number], text: string): Timex {
  const range = t.value.includes('/') ? t.value.split('/') : null;
  const precision: Precision = PRECISIONS.has(t.precision) ? (t.precision as Precision) : 'vague';
  const timex: Timex = {
    start: t.char_start, end: t.char_end, text: text.slice(t.char_start, t.char_end),
    value: range ? range[0] : t.value,
    type: t.type === 'DURATION' ? 'DURATION' : 'DATE',
    precision,
    mod: (t.mod as Timex['mod']) ?? null,
  };
  if (range) timex.endValue = range[1];
  // The crawler's " date 2023-09" token: a timex, never an event date.
  if (/^\s*date \d{4}/.test(timex.text)) timex.metadata = true;
  return timex;
}

/** Articles in file order, with gold timexes and gold document dates. */
export function goldArticles(gold: GoldDocument[] = loadGold()): Article[] {
  return gold.map((doc) => {
    const text = readFileSync(`${ROOT}seeds/${doc.file}`, 'utf8');
    const id = doc.file.replace(/\.txt$/, '');
    return {
      id, file: doc.file, lang: doc.language, title: text.slice(0, 60), url: null,
      published: { value: doc.document_date.value, precision: doc.document_date.precision, source: 'inferred', window: doc.document_date.window, evidence: [] },
      text,
      sentences: segmentSentences(text, doc.language),
      timexes: doc.timexes.map((t) => toTimex(t, text)).sort((a, b) => a.start - b.start),
    };
  });
}
