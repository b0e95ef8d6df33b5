/** Sharing the strings of a decoded analysis changes no value: the same analysis, the same JSON. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseArticle, loadResources } from '../index.ts';
import { parseArticle, readArticleBytes } from '../io/readSources.ts';
import { decodeAnalysis, encodeAnalysis } from './analysisCache.ts';
import { compactAnalysis, StringPool } from './compactAnalysis.ts';

const resources = loadResources();
const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();

describe('compactAnalysis', () => {
  it('keeps every value of the seeds’ analyses after a round trip through the worker/cache encoding', () => {
    const pool = new StringPool();
    for (const file of files) {
      const analysed = analyseArticle(parseArticle(file, readArticleBytes('seeds', file)), resources);
      const compacted = compactAnalysis(decodeAnalysis(encodeAnalysis(analysed), file)!, pool);
      expect(compacted).toStrictEqual(analysed);
      expect(JSON.stringify(compacted)).toBe(JSON.stringify(analysed));
    }
    // Participants, types and dates recur between the articles: the pool holds each once.
    expect(pool.size).toBeGreaterThan(10);
  });

  it('shares one copy of a repeated short string and leaves long ones alone', () => {
    const pool = new StringPool();
    const a = ['Vladimir', 'Putin'].join(' '), b = ['Vladimir', 'Putin'].join(' ');
    expect(pool.share(a)).toBe(a);
    expect(pool.share(b)).toBe(a);
    expect(pool.size).toBe(1);
    const long = 'x'.repeat(200);
    pool.share(long);
    expect(pool.size).toBe(1);
    expect(pool.share(null)).toBeNull();
  });

  it('makes a quote that is a piece of the text a slice of it, and keeps one that is not', () => {
    const text = readFileSync(`seeds/${files[0]}`, 'utf8');
    const analysed = analyseArticle(parseArticle(files[0], readArticleBytes('seeds', files[0])), resources);
    const decoded = decodeAnalysis(encodeAnalysis(analysed), files[0])!;
    decoded.mentions[0].quote = 'not in the text';
    const compacted = compactAnalysis(decoded, new StringPool());
    expect(compacted.mentions[0].quote).toBe('not in the text');
    for (const m of compacted.mentions.slice(1)) expect(m.quote === text.slice(m.start, m.end) || !text.includes(m.quote)).toBe(true);
  });
});
