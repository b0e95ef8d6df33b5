import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusLanguages, syntheticArticle, writeSyntheticCorpus } from './syntheticCorpus.ts';
import { parseFrontMatter } from '../../src/pipeline/stages/frontMatter.ts';

const root = mkdtempSync(join(tmpdir(), 'dateline-synthetic-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('synthetic benchmark corpus', () => {
  it('is the same for the same seed and different for another', () => {
    const a = Array.from({ length: 20 }, (_, i) => syntheticArticle(i, { articles: 20, seed: 7 }));
    const b = Array.from({ length: 20 }, (_, i) => syntheticArticle(i, { articles: 20, seed: 7 }));
    const c = Array.from({ length: 20 }, (_, i) => syntheticArticle(i, { articles: 20, seed: 8 }));
    expect(b).toEqual(a);
    expect(c.map((x) => x.content)).not.toEqual(a.map((x) => x.content));
  });

  it('writes every language of issue 10, about 3 kB an article, most without front matter', () => {
    const dir = join(root, 'corpus');
    const written = writeSyntheticCorpus(dir, { articles: 300, seed: 1 });
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(300);
    expect(files.every((f) => f.endsWith('.txt'))).toBe(true);
    const langs = new Set(Array.from({ length: 300 }, (_, i) => syntheticArticle(i, { articles: 300, seed: 1 }).lang));
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'sq', 'ru']) expect(langs).toContain(lang);
    expect(corpusLanguages().sort()).toEqual([...langs].sort());
    const average = written.bytes / 300;
    expect(average).toBeGreaterThan(2500);
    expect(average).toBeLessThan(4000);
    const fronts = files.map((f) => parseFrontMatter(readFileSync(join(dir, f), 'utf8')));
    const dated = fronts.filter((f) => f.published !== null).length;
    expect(dated).toBeGreaterThan(0);
    expect(dated).toBeLessThan(150);
    expect(fronts.every((f) => f.problems.length === 0)).toBe(true);
  });

  it('fills every slot of its frames', () => {
    for (let i = 0; i < 200; i++) expect(syntheticArticle(i, { articles: 200, seed: 3 }).content).not.toMatch(/\{\w+\}/);
  });

  it('replaces an earlier corpus but never deletes other files', () => {
    const dir = join(root, 'again');
    writeSyntheticCorpus(dir, { articles: 30, seed: 1 });
    writeSyntheticCorpus(dir, { articles: 10, seed: 2 });
    expect(readdirSync(dir)).toHaveLength(10);
    writeFileSync(join(dir, 'notes.md'), 'mine');
    expect(() => writeSyntheticCorpus(dir, { articles: 10, seed: 2 })).toThrow(/other files/);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('mine');
  });
});
