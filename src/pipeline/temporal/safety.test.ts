import { fc, test } from '@fast-check/vitest';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { analyseTime, loadTemporalResources, temporalRegexes } from './index.ts';
import { segmentSentences } from '../stages/sentences.ts';

const resources = loadTemporalResources();
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'sq', 'ru', 'uk', 'ko', 'ja', 'zh', 'nl', 'sv', 'xx'];

function run(text: string, lang: string) {
  return analyseTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
}

function expectValid(text: string, lang: string) {
  const r = run(text, lang);
  let last = 0;
  for (const t of r.timexes) {
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.text).toBe(text.slice(t.start, t.end));
    last = t.end;
  }
  return r;
}

const words = ['de', 'em', '10', '13', 'setembro', 'de 2023', 'segunda-feira', 'na', 'w', 'zeszłym', 'tygodniu', 'lunedì', 'scorsa', 'settimana',
  'javën', 'e', 'kaluar', '2023年', '9月', '지난', '10일', 'в', 'сентябре', ' ', '  ', '\n', '.', '-', '/', '2023-09-13', '13.09.2023', 'Monday', 'last', 'week'];

describe('the tagger never throws and keeps offsets valid', () => {
  test.prop([fc.string({ maxLength: 400 }), fc.constantFrom(...LANGS)], { numRuns: 300 })('on random strings', (text, lang) => {
    expectValid(text, lang);
  });
  test.prop([fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom(...LANGS)], { numRuns: 200 })('on random Unicode graphemes', (text, lang) => {
    expectValid(text, lang);
  });
  test.prop([fc.array(fc.constantFrom(...words), { maxLength: 120 }), fc.constantFrom(...LANGS)], { numRuns: 300 })('on date-like word soup', (ws, lang) => {
    expectValid(ws.join(' '), lang);
  });
});

// Linear time, checked by growth rather than by a clock limit (these machines are shared: absolute times swing
// tenfold with the load). Each input runs at full size and at a quarter of it, fastest of five: linear work grows
// about 4×, a quadratic blow-up 16× and a catastrophic one far more; the limit sits between. Wall-clock figures
// belong in `npm run bench`.
const GROWTH_LIMIT = 10;
/** Below this many milliseconds at full size, timer noise dominates and growth says nothing. */
const NOISE_MS = 40;
const adversarial: Array<[string, (n: number) => string]> = [
  ['100,000 spaces between "10" and "de"', (n) => '10' + ' '.repeat(100_000 * n) + 'de' + ' '.repeat(100) + 'x'],
  ['"de de de …" 20,000 times', (n) => 'de '.repeat(20_000 * n)],
  ['10,000 digits', (n) => '1'.repeat(10_000 * n)],
  ['digits and dashes', (n) => '2023-'.repeat(5_000 * n)],
  ['dotted numbers', (n) => '13.09.'.repeat(5_000 * n)],
  ['month names without end', (n) => 'setembro de '.repeat(5_000 * n)],
  ['weekday soup', (n) => 'segunda-feira passada '.repeat(3_000 * n)],
  ['mixed scripts', (n) => 'Mon 月曜日 지난주 w zeszłym тижня 2023年 '.repeat(2_000 * n)],
  ['right-to-left', (n) => 'الاثنين الماضي 2023 '.repeat(3_000 * n) + '\u202e10 de julho\u202c'],
  ['emoji', (n) => '📅🗓️ 2023-09-13 👍🏽 '.repeat(3_000 * n)],
  ['combining marks', (n) => 'a\u0301\u0302\u0303'.repeat(10_000 * n) + ' 10 de julho'],
  ['one 37k-character sentence with 3,000 expressions', (n) => ('na semana passada em 2019 e em julho ').repeat(1_000 * n)],
  ['lone surrogates', (n) => '\ud800 10 \udc00 de julho '.repeat(3_000 * n)],
];

/** Fastest of five runs at each size, the two sizes taken in turn so that a burst of load hits both alike. */
function fastestRuns(small: string, large: string, lang: string): [number, number] {
  let a = Infinity, b = Infinity;
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now();
    expectValid(small, lang);
    a = Math.min(a, performance.now() - t0);
    t0 = performance.now();
    expectValid(large, lang);
    b = Math.min(b, performance.now() - t0);
  }
  return [a, b];
}

describe('adversarial inputs take linear time', () => {
  it.each(adversarial)('%s', (_, make) => {
    for (const lang of ['pt', 'ja', 'pl']) {
      const [quarter, full] = fastestRuns(make(0.25), make(1), lang);
      if (full < NOISE_MS) continue;
      expect(full / Math.max(quarter, 1), `${lang}: ${full.toFixed(0)} ms at full size, ${quarter.toFixed(0)} ms at a quarter`).toBeLessThan(GROWTH_LIMIT);
    }
  });
});

describe('every regex the tagger builds is ReDoS-safe', () => {
  it.each(temporalRegexes().map((re) => [re.source, re] as const))('%s', (_, re) => {
    const diagnostics = checkSync(re.source, re.flags.replace('g', ''), { timeout: 10_000 });
    expect(diagnostics.status).toBe('safe');
  });
});

describe('data-file examples', () => {
  it.each(resources.examples.map((e) => [e.lang, e.text, e.dct ?? 'none', e.value] as const))(
    "%s: '%s' with DCT %s is %s",
    (lang, text, dct, value) => {
      const r = analyseTime({ text, sentences: [[0, text.length]], lang, published: dct === 'none' ? null : { value: dct, precision: 'day' } }, resources);
      expect(r.timexes.map((t) => t.value)).toContain(value);
    },
  );
});
