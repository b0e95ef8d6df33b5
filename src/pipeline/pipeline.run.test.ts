/**
 * The run machinery around the per-article pass: worker threads and the content-hash cache must never change the
 * timeline, only how fast it is built.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/bench/syntheticCorpus.ts';
import { MESSY_CASES } from '../../scripts/fixtures/messyCorpus.ts';
import { extractTimeline, loadResources, type PipelineResources } from './index.ts';
import { DATA_EVENT as PAGE_DATA_EVENT } from '../app/data/hotData.ts';
import { decodeAnalysis, encodeAnalysis, resolveCacheDir } from './run/analysisCache.ts';
import { serialiseTimeline, timelineJsonChunks } from './timelineFile.ts';
import { DATA_EVENT } from './vitePlugin.ts';

const temp = mkdtempSync(join(tmpdir(), 'dateline-run-'));
let resources: PipelineResources;
beforeAll(() => { resources = loadResources(); });
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let folders = 0;
/**
 * The seeds, the quick messy cases (encodings, binary, empty files, front matter; not the adversarial ones, which
 * only cost time here) and a link, in a fresh folder; `synthetic` adds that many generated news articles.
 */
function mixedFolder(synthetic = 0): string {
  const dir = join(temp, `sources-${folders++}`);
  if (synthetic) writeSyntheticCorpus(dir, { articles: synthetic, seed: 7 });
  else mkdirSync(dir, { recursive: true });
  for (const c of MESSY_CASES) if (!c.file.startsWith('adversarial')) writeFileSync(join(dir, c.file), c.bytes());
  symlinkSync('/etc/hostname', join(dir, 'outside-link.txt'));
  cpSync('seeds', dir, { recursive: true });
  return dir;
}

/** Every entry file of a cache folder (two-letter sub-folders of `<sha256>.v8` files). */
function cacheEntries(cacheDir: string): string[] {
  return readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

describe('worker threads', () => {
  it('give the same timeline, byte for byte, as the main thread alone', async () => {
    // Enough articles for several batches, so that both workers take some.
    const dir = mixedFolder(150);
    const alone = serialiseTimeline(await extractTimeline(dir, { resources, workers: 0 }));
    const pooled = serialiseTimeline(await extractTimeline(dir, { resources, workers: 2, poolFrom: 0, mainThreadHelps: false }));
    expect(pooled).toBe(alone);
    // The default split: this thread and a worker side by side.
    const shared = serialiseTimeline(await extractTimeline(dir, { resources, workers: 1, poolFrom: 0 }));
    expect(shared).toBe(alone);
  }, 120_000);
});

describe('content-hash cache', () => {
  it('gives the same timeline from a warm cache as from none', async () => {
    const dir = mixedFolder();
    const cacheDir = join(temp, 'cache-same');
    const none = serialiseTimeline(await extractTimeline(dir, { resources }));
    const cold = serialiseTimeline(await extractTimeline(dir, { resources, cacheDir }));
    expect(cacheEntries(cacheDir).length).toBeGreaterThanOrEqual(readdirSync('seeds').length);
    const warm = serialiseTimeline(await extractTimeline(dir, { resources, cacheDir }));
    expect(cold).toBe(none);
    expect(warm).toBe(none);
  });

  it('takes an unchanged article from the cache and analyses a changed one again', async () => {
    const dir = mixedFolder();
    const cacheDir = join(temp, 'cache-change');
    await extractTimeline(dir, { resources, cacheDir });
    const entries = cacheEntries(cacheDir);
    // Plant a recognisable analysis in the entry of one unchanged seed: the next build must show it.
    const seed = readdirSync('seeds')[0];
    const planted = entries.find((path) => decodeAnalysis(readFileSync(path), seed));
    expect(planted).toBeDefined();
    const analysis = decodeAnalysis(readFileSync(planted!), seed)!;
    writeFileSync(planted!, encodeAnalysis({ ...analysis, article: { ...analysis.article, title: 'Taken from the cache' } }));
    // And change another seed: its old entry must not be used.
    const changed = readdirSync('seeds')[1];
    writeFileSync(join(dir, changed), `${readFileSync(join(dir, changed), 'utf8')}\nA late paragraph: the summit ended on Friday.`);
    const rebuilt = await extractTimeline(dir, { resources, cacheDir });
    const byFile = new Map(rebuilt.articles.map((a) => [a.file, a]));
    expect(byFile.get(seed)!.title).toBe('Taken from the cache');
    expect(byFile.get(changed)!.text).toContain('A late paragraph');
    expect(cacheEntries(cacheDir)).toHaveLength(entries.length + 1);
  });

  it('ignores corrupt, truncated and foreign entries and rewrites them', async () => {
    const dir = mixedFolder();
    const cacheDir = join(temp, 'cache-corrupt');
    const expected = serialiseTimeline(await extractTimeline(dir, { resources, cacheDir }));
    const entries = cacheEntries(cacheDir);
    const other = readFileSync(entries[1]);
    entries.forEach((path, i) => {
      const bytes = readFileSync(path);
      // Garbage, a cut-off entry, an empty file, and an intact analysis of another article.
      writeFileSync(path, [Buffer.from('not a cache entry'), bytes.subarray(0, bytes.length >> 1), Buffer.alloc(0), other][i % 4]);
    });
    expect(serialiseTimeline(await extractTimeline(dir, { resources, cacheDir }))).toBe(expected);
    expect(cacheEntries(cacheDir).map((path) => readFileSync(path).length).every((n) => n > 100)).toBe(true);
  });

  it('is found from the option, then DATELINE_CACHE, then the default; off when asked', () => {
    expect(resolveCacheDir('here', '/work', {})).toBe('/work/here');
    expect(resolveCacheDir(false, '/work', { DATELINE_CACHE: '/env' })).toBeNull();
    expect(resolveCacheDir(undefined, '/work', { DATELINE_CACHE: '/env' })).toBe('/env');
    expect(resolveCacheDir(undefined, '/work', { DATELINE_CACHE: 'off' })).toBeNull();
    expect(resolveCacheDir(undefined, '/work', {})).toMatch(/node_modules[/\\]\.cache[/\\]dateline[/\\]?$/);
  });
});

describe('timeline.json in pieces', () => {
  it('joins to exactly the bytes of serialiseTimeline', async () => {
    const timeline = await extractTimeline(mixedFolder(), { resources });
    expect(timeline.articles.length).toBeGreaterThan(10);
    expect([...timelineJsonChunks(timeline)].join('')).toBe(serialiseTimeline(timeline));
    const bare = { ...timeline, articles: [], events: [], settings: { title: 'x' } } as typeof timeline;
    expect([...timelineJsonChunks(bare)].join('')).toBe(serialiseTimeline(bare));
  });
});

describe('dev hot data', () => {
  it('is sent under the event name the page listens for', () => {
    expect(DATA_EVENT).toBe(PAGE_DATA_EVENT);
  });
});
