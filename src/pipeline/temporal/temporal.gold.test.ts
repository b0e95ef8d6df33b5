import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import gold from '../__fixtures__/seed-gold.json' with { type: 'json' };
import { segmentSentences } from '../stages/sentences.ts';
import type { Timex } from '../../model/timeline.ts';
import { analyseTime, loadTemporalResources } from './index.ts';

interface GoldTimex { id: string; text: string; value: string; precision: string; required: boolean; char_start: number; char_end: number; mod?: string }

const resources = loadTemporalResources();
const seedText = (file: string) => readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
const overlaps = (g: GoldTimex, t: Timex) => g.char_start < t.end && t.start < g.char_end;
/** Gold writes ranges as "start/end"; precision "ref"/"duration" are the gold's words for vague values. */
const valueMatches = (g: GoldTimex, t: Timex) => {
  const [v, e] = g.value.split('/');
  return v === t.value && (e === undefined || e === t.endValue);
};

interface Score { required: number; found: number; strict: number; exact: number; all: number; lenient: number; spurious: number; predicted: number; docs: number; inWindow: number; goldDay: number; strictGivenDct: number }
const empty = (): Score => ({ required: 0, found: 0, strict: 0, exact: 0, all: 0, lenient: 0, spurious: 0, predicted: 0, docs: 0, inWindow: 0, goldDay: 0, strictGivenDct: 0 });
const scores = new Map<string, Score>();
const total = empty();
const notes: string[] = [];

function add(lang: string, k: keyof Score, n = 1) {
  if (!scores.has(lang)) scores.set(lang, empty());
  scores.get(lang)![k] += n;
  total[k] += n;
}

describe.each(gold.documents)('seed $file ($language)', (doc) => {
  const text = seedText(doc.file);
  const sentences = segmentSentences(text, doc.language);
  const result = analyseTime({ text, sentences, lang: doc.language, published: null }, resources);
  // The same article with the gold DCT given as metadata: isolates normalisation from DCT inference.
  const given = analyseTime({ text, sentences, lang: doc.language, published: { value: doc.document_date.value, precision: 'day' } }, resources);
  const golds = doc.timexes as GoldTimex[];

  it('returns valid, ordered, non-overlapping spans', () => {
    let last = -1;
    for (const t of result.timexes) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.start).toBeGreaterThanOrEqual(last);
      last = t.end;
    }
  });

  it.each(golds)('$id "$text" is found', (g) => {
    const hits = result.timexes.filter((t) => overlaps(g, t));
    const strict = hits.some((t) => valueMatches(g, t));
    const strictGiven = given.timexes.some((t) => overlaps(g, t) && valueMatches(g, t));
    add(doc.language, 'all');
    if (hits.length) add(doc.language, 'lenient');
    if (g.required) {
      add(doc.language, 'required');
      if (hits.length) add(doc.language, 'found');
      if (strict) add(doc.language, 'strict');
      if (hits.some((t) => t.start === g.char_start && t.end === g.char_end && valueMatches(g, t))) add(doc.language, 'exact');
      if (strictGiven) add(doc.language, 'strictGivenDct');
      if (!strict) notes.push(`${g.id} "${g.text}": gold ${g.value}, got ${hits.map((t) => t.value).join(', ') || 'nothing'}`);
    }
    if (g.required) expect(hits.length).toBeGreaterThan(0);
  });

  it('tags nothing that the gold does not tag', () => {
    const spurious = result.timexes.filter((t) => !golds.some((g) => overlaps(g, t)));
    add(doc.language, 'predicted', result.timexes.length);
    add(doc.language, 'spurious', spurious.length);
    expect(spurious.map((t) => t.text)).toEqual([]);
  });

  it('infers a document date consistent with the gold', () => {
    const p = result.published;
    const [lo, hi] = doc.document_date.window;
    add(doc.language, 'docs');
    if (p && p.precision === 'day' && p.value >= lo && p.value <= hi) add(doc.language, 'inWindow');
    if (p && p.precision === 'day' && p.value === doc.document_date.value) add(doc.language, 'goldDay');
    notes.push(`${doc.file} DCT: gold ${doc.document_date.value} [${lo}..${hi}], got ${p ? `${p.value} (${p.precision}, ${p.source}) window ${p.window.join('..')}` : 'null (no calendar anchor in the text)'}`);
    // A month- or year-level answer must contain the gold day, and a day-level one must be inside the gold window:
    // the text alone may date an article less precisely than joint dating, never wrongly.
    if (p && p.precision !== 'day') expect(doc.document_date.value.startsWith(p.value)).toBe(true);
    if (p && p.precision === 'day') expect(p.value >= lo && p.value <= hi).toBe(true);
  });
});

afterAll(() => {
  const line = (name: string, s: Score) =>
    `${name.padEnd(5)} required found ${s.found}/${s.required}, strict ${s.strict}/${s.required} (exact span ${s.exact}), strict given gold DCT ${s.strictGivenDct}/${s.required}; ` +
    `all lenient ${s.lenient}/${s.all}; spurious ${s.spurious}/${s.predicted}; document date in gold window (day) ${s.inWindow}/${s.docs}, gold day ${s.goldDay}/${s.docs}`;
  const out = ['Temporal gold (seeds, published: null):', ...[...scores].map(([l, s]) => line(l, s)), line('TOTAL', total), 'Misses and document dates:', ...notes.map((n) => `  ${n}`)];
  console.log(out.join('\n'));
});

describe('seed gold targets', () => {
  // Targets reachable from the text alone (see the report): 002 names no month or year at all, and 004's day
  // (27/28 Oct 2025) is not in its text, so end-to-end value targets are measured, and asserted given the gold DCT.
  it('meets the targets', () => {
    expect(total.found).toBeGreaterThanOrEqual(36);
    expect(total.lenient).toBeGreaterThanOrEqual(50);
    expect(total.spurious).toBe(0);
    expect(total.strictGivenDct).toBeGreaterThanOrEqual(35);
    // 26, not 27 as before: 004 alone used to get a wrong day (2025-11-04) that happened to resolve one more
    // expression; it now gets the right year (2025), and joint dating gives its day (npm run eval: 36/36).
    expect(total.strict).toBeGreaterThanOrEqual(26);
    expect(total.inWindow).toBeGreaterThanOrEqual(2);
  });
});
