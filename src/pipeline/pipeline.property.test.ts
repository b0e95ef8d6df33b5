/**
 * Property tests: random articles (news-like fragments, dates, names, junk, any Unicode) through the whole
 * pipeline; the contract's invariants hold for every one of them and nothing throws.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../model/timeline.ts';
import { analyseSafely, assembleTimeline, loadResources, type PipelineResources } from './index.ts';
import type { SourceArticle } from './types.ts';

let resources: PipelineResources;
beforeAll(() => {
  resources = loadResources();
});

const FRAGMENTS = [
  'Vladimir Putin met Xi Jinping in Beijing on Monday.', 'Emmanuel Macron visited Berlin last week.', 'O ministro visitou Lisboa na segunda-feira.',
  'Kim Jong Un poderia viajar à Rússia já este mês.', 'W zeszłym tygodniu rząd USA oświadczył, że spotkanie mogłoby się odbyć.',
  'Javën e kaluar, SHBA-ja paralajmëroi.', 'Der Kanzler traf sich am 13. September 2023 mit dem Präsidenten.', '2023년 9월 13일 정상회담이 열렸다.',
  'Dal 10 al 13 settembre si svolgerà il forum.', 'the summit, planned for 2025-10-28, was cancelled', '10 de julho de 2023', 'de de de de',
  '<script>alert(1)</script>', '\u202Eevil\u202C', '🇰🇵🚀', 'e\u0301\u0301', '\n\n', ' ', '.', '1999', 'yesterday', 'Segunda Guerra Mundial',
];

const articleText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 25 })
  .map((parts) => parts.join(' '));

function source(id: string, text: string): SourceArticle {
  return { id, file: `${id}.txt`, text, title: null, url: null, published: null, lang: null, meta: {}, warnings: [] };
}

function build(texts: string[]): Timeline {
  return assembleTimeline(texts.map((t, i) => analyseSafely(source(`a${i}`, t), resources)), [], resources);
}

describe('the pipeline on random articles', () => {
  it('keeps every article, exact quotes and timex texts, valid dates and sorted events', () => {
    fc.assert(fc.property(fc.array(articleText, { minLength: 1, maxLength: 4 }), (texts) => {
      const timeline = build(texts);
      expect(timeline.articles.map((a) => a.id)).toEqual(texts.map((_, i) => `a${i}`));
      for (const a of timeline.articles) {
        for (const t of a.timexes) expect(a.text.slice(t.start, t.end)).toBe(t.text);
        for (const [s, e] of a.sentences) expect(s < e && e <= a.text.length).toBe(true);
      }
      const byId = new Map(timeline.articles.map((a) => [a.id, a]));
      let previous = '';
      for (const e of timeline.events) {
        expect(e.date.start <= e.date.end).toBe(true);
        expect(`${e.date.start} ${e.id}` >= previous).toBe(true);
        previous = `${e.date.start} ${e.id}`;
        for (const m of e.mentions) expect(byId.get(m.article)!.text.slice(m.start, m.end)).toBe(m.quote);
      }
      expect(timeline.warnings.every((w) => w.code !== 'analysis-failed')).toBe(true);
    }), { numRuns: 60 });
  });

  it('gives the same output for the same input', () => {
    fc.assert(fc.property(fc.array(articleText, { minLength: 1, maxLength: 3 }), (texts) => {
      expect(JSON.stringify(build(texts))).toBe(JSON.stringify(build(texts)));
    }), { numRuns: 20 });
  });
});
