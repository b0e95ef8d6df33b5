/**
 * The folder's store keeps each analysis whole on disk and only a small part in memory; the timeline built through
 * it, whole or written out one article at a time, is the one the analyses give.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../../scripts/bench/syntheticCorpus.ts';
import { analyseArticle, extractTimeline, extractTimelineJson, loadResources, type AnalysedArticle, type PipelineResources } from '../index.ts';
import { parseArticle, readArticleBytes } from '../io/readSources.ts';
import { serialiseTimeline } from '../timelineFile.ts';
import type { Timeline } from '../../model/timeline.ts';
import { encodeAnalysis } from './analysisCache.ts';
import { FolderStore, storeOf } from './folderStore.ts';

const temp = mkdtempSync(join(tmpdir(), 'dateline-store-test-'));
let resources: PipelineResources;
let seeds: AnalysedArticle[];
beforeAll(() => {
  resources = loadResources();
  seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => analyseArticle(parseArticle(f, readArticleBytes('seeds', f)), resources));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('FolderStore', () => {
  it('gives back each analysis whole and holds it without text, sentences, expressions or quotes', () => {
    const store = storeOf(seeds);
    try {
      seeds.forEach((a, i) => {
        expect(store.load(i)).toStrictEqual(a);
        const held = store.held[i];
        expect(Object.keys(held.article)).not.toContain('text');
        expect(Object.keys(held.article)).not.toContain('sentences');
        expect(Object.keys(held.article)).not.toContain('timexes');
        expect(held.article.published).toEqual(a.article.published && { ...a.article.published, evidence: [] });
        expect(held.mentions).toStrictEqual(a.mentions.map((m) => ({ ...m, quote: '' })));
        expect(held.signature).toEqual(a.signature);
        expect(held.redatable).toBe(true);
      });
    } finally {
      store.dispose();
    }
  });

  it('refuses bytes that are not an analysis of the named file, and keeps a replaced analysis', () => {
    const store = new FolderStore(2);
    try {
      expect(store.put(0, 'other.txt', encodeAnalysis(seeds[0]))).toBe(false);
      expect(store.put(0, seeds[0].article.file, new Uint8Array([1, 2, 3]))).toBe(false);
      expect(store.put(0, seeds[0].article.file, encodeAnalysis(seeds[0]))).toBe(true);
      store.putAnalysed(1, seeds[1]);
      const changed: AnalysedArticle = { ...seeds[0], article: { ...seeds[0].article, title: 'Changed' } };
      store.replace(0, changed);
      expect(store.load(0).article.title).toBe('Changed');
      expect(store.held[0].article.title).toBe('Changed');
      expect(store.held[0].signature).toEqual(seeds[0].signature);
      expect(store.load(1)).toStrictEqual(seeds[1]);
    } finally {
      store.dispose();
    }
  });

  it('keeps its file in the temporary folder and leaves nothing there once disposed', () => {
    const store = storeOf(seeds.slice(0, 1));
    const dir = store.spillDir!;
    expect(dir.startsWith(tmpdir())).toBe(true);
    expect(existsSync(dir)).toBe(true);
    store.dispose();
    expect(store.spillDir).toBeNull();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('a folder written one article at a time', () => {
  it('is byte for byte the whole timeline, and is not kept', async () => {
    const dir = join(temp, 'sources');
    writeSyntheticCorpus(dir, { articles: 40, seed: 5 });
    const whole = serialiseTimeline(await extractTimeline(dir, { resources, workers: 0 }));
    let written = '';
    const result = await extractTimelineJson(dir, { resources, workers: 0 }, undefined, (pieces) => { for (const p of pieces) written += p; });
    expect(written).toBe(whole);
    expect(result).toMatchObject({ from: 'build', timeline: null, jsonFile: null });
    expect(written.length).toBeGreaterThan(10_000);
    // The quotes are filled as the articles are written (no overrides): every event's mention has its own.
    const { articles, events } = JSON.parse(written) as Timeline;
    const textOf = new Map(articles.map((a) => [a.id, a.text]));
    const mentions = events.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(20);
    for (const m of mentions) expect(m.quote).toBe(textOf.get(m.article)!.slice(m.start, m.end));
  });
});

describe('a temporary folder that cannot be written', () => {
  it('keeps the analyses in memory with a warning, and loses none', () => {
    const saved = process.env.TMPDIR;
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    process.env.TMPDIR = join(temp, 'missing', 'folder');
    let store: FolderStore | null = null;
    try {
      store = storeOf(seeds);
      expect(store.spillDir).toBeNull();
      seeds.forEach((a, i) => expect(store!.load(i)).toStrictEqual(a));
    } finally {
      store?.dispose();
      process.env.TMPDIR = saved;
      if (saved === undefined) delete process.env.TMPDIR;
    }
    return new Promise<void>((resolve) => setImmediate(() => {
      process.off('warning', listen);
      expect(warnings.filter((w) => w.includes('could not be written'))).toHaveLength(1);
      resolve();
    }));
  });
});
