/** Sharing the strings of decoded mention candidates changes no value: the same candidates, the same JSON. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseArticle, loadResources } from '../index.ts';
import { parseArticle, readArticleBytes } from '../io/readSources.ts';
import { decodeAnalysis, encodeAnalysis } from './analysisCache.ts';
import { shareMentionStrings, StringPool } from './compactAnalysis.ts';

const resources = loadResources();
const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();

describe('shareMentionStrings', () => {
  it('keeps every value of the seeds’ mention candidates after a round trip through the worker/cache encoding', () => {
    const pool = new StringPool();
    for (const file of files) {
      const analysed = analyseArticle(parseArticle(file, readArticleBytes('seeds', file)), resources);
      const decoded = decodeAnalysis(encodeAnalysis(analysed), file)!;
      shareMentionStrings(decoded.mentions, decoded.article.id, pool);
      expect(decoded.mentions).toStrictEqual(analysed.mentions);
      expect(JSON.stringify(decoded.mentions)).toBe(JSON.stringify(analysed.mentions));
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
});
