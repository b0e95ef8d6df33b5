/**
 * The folder-level result cache and warm rebuilds: whatever the cache holds, a build gives the bytes a cold build
 * of the same folder gives, and an unchanged folder's result comes from the cache.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../../scripts/bench/syntheticCorpus.ts';
import { MESSY_CASES } from '../../../scripts/fixtures/messyCorpus.ts';
import type { Timeline } from '../../model/timeline.ts';
import { extractTimeline, extractTimelineJson, extractTimelineNow, loadResources, type FolderJson, type PipelineResources } from '../index.ts';
import { SETTINGS_FILE } from '../stages/settings.ts';
import { serialiseTimeline } from '../timelineFile.ts';
import { loadSiteTimeline, timelineAssets } from '../vitePlugin.ts';
import { pruneAnalysisCache, versionFolder } from './analysisCache.ts';
import { lookUpFolder } from './folderResult.ts';

const temp = mkdtempSync(join(tmpdir(), 'dateline-folder-'));
let resources: PipelineResources;
beforeAll(() => { resources = loadResources(); });
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let folders = 0;
function syntheticFolder(articles: number): string {
  const dir = join(temp, `sources-${folders++}`);
  writeSyntheticCorpus(dir, { articles, seed: 11 });
  return dir;
}

const cold = async (dir: string) => serialiseTimeline(await extractTimeline(dir, { resources, workers: 0 }));
const jsonOf = (r: FolderJson) => readFileSync(r.jsonFile!, 'utf8');
const warm = (dir: string, cacheDir: string) => extractTimelineJson(dir, { resources, workers: 0, cacheDir });

/** Which articles' mentions each event gathers: what changes when events merge or split. */
const groupings = (t: Timeline) => new Set(t.events.map((e) => [...new Set(e.mentions.map((m) => m.article))].sort().join('+')));

describe('folder-level result cache', () => {
  it('gives the bytes of a cold build, from the cache when nothing changed', async () => {
    const dir = syntheticFolder(30);
    const cacheDir = join(temp, 'cache-same');
    const expected = await cold(dir);
    const first = await warm(dir, cacheDir);
    expect(first.from).toBe('build');
    expect(jsonOf(first)).toBe(expected);
    const second = await warm(dir, cacheDir);
    expect(second.from).toBe('cache');
    expect(jsonOf(second)).toBe(expected);
    const parsed = JSON.parse(expected) as Timeline;
    expect([second.articles, second.events, second.warnings]).toEqual([parsed.articles.length, parsed.events.length, parsed.warnings]);
  });

  it('after an edit that splits a merged event, gives the bytes of a cold build of the edited folder', async () => {
    const dir = syntheticFolder(40);
    const cacheDir = join(temp, 'cache-edit');
    const before = JSON.parse(jsonOf(await warm(dir, cacheDir))) as Timeline;
    // An event told by several articles: take its quote out of one of them.
    const shared = before.events.find((e) => new Set(e.mentions.map((m) => m.article)).size > 1);
    expect(shared).toBeDefined();
    const mention = shared!.mentions[0];
    const file = before.articles.find((a) => a.id === mention.article)!.file;
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toContain(mention.quote);
    writeFileSync(join(dir, file), text.replace(mention.quote, ''));

    const rebuilt = await warm(dir, cacheDir);
    expect(rebuilt.from).toBe('build');
    const expected = await cold(dir);
    expect(jsonOf(rebuilt)).toBe(expected);
    expect(groupings(JSON.parse(expected) as Timeline)).not.toEqual(groupings(before));
    // Put back: the old result is gone (one per folder), so the old bytes are built again, not read.
    writeFileSync(join(dir, file), text);
    const restored = await warm(dir, cacheDir);
    expect(restored.from).toBe('build');
    expect(jsonOf(restored)).toBe(await cold(dir));
  }, 60_000);

  it('builds again when an editor file changes, and keeps one result per folder', async () => {
    const dir = syntheticFolder(10);
    const cacheDir = join(temp, 'cache-settings');
    await warm(dir, cacheDir);
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ title: 'Renamed' }));
    const renamed = await warm(dir, cacheDir);
    expect(renamed.from).toBe('build');
    expect(JSON.parse(jsonOf(renamed)).settings).toEqual({ title: 'Renamed' });
    expect(jsonOf(renamed)).toBe(await cold(dir));
    expect(readdirSync(join(cacheDir, 'folders')).filter((f) => f.endsWith('.json') && !f.endsWith('.summary.json'))).toHaveLength(1);
  });

  it('counts a damaged result as a miss', async () => {
    const dir = syntheticFolder(10);
    const cacheDir = join(temp, 'cache-damaged');
    const expected = jsonOf(await warm(dir, cacheDir));
    const summary = readdirSync(join(cacheDir, 'folders')).find((f) => f.endsWith('.summary.json'))!;
    writeFileSync(join(cacheDir, 'folders', summary), '{"key": "not this one"');
    expect(lookUpFolder(cacheDir, dir, {}).hit).toBeNull();
    const again = await warm(dir, cacheDir);
    expect(again.from).toBe('build');
    expect(jsonOf(again)).toBe(expected);
  });
});

describe('the site build with the folder-level result', () => {
  it('makes the same data assets from the cached timeline.json as from a fresh build', async () => {
    const dir = syntheticFolder(20);
    cpSync('seeds', dir, { recursive: true });
    for (const c of MESSY_CASES) if (!c.file.startsWith('adversarial')) writeFileSync(join(dir, c.file), c.bytes());
    const cacheDir = join(temp, 'cache-site');
    const fresh = JSON.stringify(timelineAssets(await loadSiteTimeline(temp, { sources: dir, cache: false }, resources)));
    expect(JSON.stringify(timelineAssets(await loadSiteTimeline(temp, { sources: dir, cache: cacheDir }, resources)))).toBe(fresh);
    expect(lookUpFolder(cacheDir, dir, {}).hit).not.toBeNull();
    expect(JSON.stringify(timelineAssets(await loadSiteTimeline(temp, { sources: dir, cache: cacheDir }, resources)))).toBe(fresh);
  });
});

describe('the dev server: the timeline first, the folder-level result after', () => {
  it('hands a built folder over before storing it; the stored result is the cold build\'s bytes, read back next time', async () => {
    const dir = syntheticFolder(15);
    const cacheDir = join(temp, 'cache-dev');
    const stores: Array<() => void> = [];
    const built = await loadSiteTimeline(temp, { sources: dir, cache: cacheDir }, resources, (store) => stores.push(store));
    expect(stores).toHaveLength(1);
    // Nothing is stored until the caller says so.
    expect(lookUpFolder(cacheDir, dir, {}).hit).toBeNull();
    expect(serialiseTimeline(built)).toBe(await cold(dir));
    stores[0]();
    const hit = lookUpFolder(cacheDir, dir, {}).hit;
    expect(hit).not.toBeNull();
    expect(readFileSync(hit!.jsonFile, 'utf8')).toBe(await cold(dir));
    // Unchanged: read back, with nothing more to store.
    const again = await extractTimelineNow(dir, { resources, workers: 0, cacheDir });
    expect(serialiseTimeline(again.timeline)).toBe(await cold(dir));
    again.storeResult();
    expect(lookUpFolder(cacheDir, dir, {}).hit!.jsonFile).toBe(hit!.jsonFile);
  });

  it('stores nothing when a file changed between the build and the store', async () => {
    const dir = syntheticFolder(8);
    const cacheDir = join(temp, 'cache-dev-race');
    const { storeResult } = await extractTimelineNow(dir, { resources, workers: 0, cacheDir });
    const file = readdirSync(dir).find((f) => f.endsWith('.txt'))!;
    writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\nOne more sentence, saved meanwhile.\n`);
    storeResult();
    expect(lookUpFolder(cacheDir, dir, {}).hit).toBeNull();
    expect(readdirSync(cacheDir).includes('folders') ? readdirSync(join(cacheDir, 'folders')) : []).toEqual([]);
  });
});

describe('the analysis cache keeps this version\'s entries and the latest other version\'s', () => {
  it('removes older versions and the old flat layout, and nothing else', async () => {
    const cacheDir = join(temp, 'cache-prune');
    const dir = syntheticFolder(5);
    await extractTimeline(dir, { resources, workers: 0, cacheDir });
    const current = versionFolder(cacheDir);
    expect(readdirSync(current, { recursive: true }).filter((f) => String(f).endsWith('.v8'))).toHaveLength(5);
    // Two older versions (the newer written a minute later) and an entry of the layout before version folders.
    const old = (name: string, at: number) => {
      mkdirSync(join(cacheDir, name, 'ab'), { recursive: true });
      writeFileSync(join(cacheDir, name, 'ab', 'x.v8'), 'old');
      utimesSync(join(cacheDir, name, 'ab'), at, at);
      utimesSync(join(cacheDir, name), at, at);
    };
    old('v-0000000000000001', 1_000_000);
    old('v-0000000000000002', 1_000_060);
    mkdirSync(join(cacheDir, 'cd'), { recursive: true });
    writeFileSync(join(cacheDir, 'cd', 'legacy.v8'), 'old');
    writeFileSync(join(cacheDir, 'notes.txt'), 'a file of the user');
    expect(pruneAnalysisCache(cacheDir).map((p) => p.slice(cacheDir.length + 1)).sort()).toEqual(['cd', 'v-0000000000000001']);
    expect(readdirSync(cacheDir).sort()).toEqual(['notes.txt', current.slice(cacheDir.length + 1), 'v-0000000000000002'].sort());
    // The build still finds its entries.
    expect(serialiseTimeline(await extractTimeline(dir, { resources, workers: 0, cacheDir }))).toBe(await cold(dir));
  });
});
