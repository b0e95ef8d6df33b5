/**
 * Vite plugin `dateline`: runs the extraction at build (and dev) time and ships the result as hashed JSON assets
 * next to the page: an index first, article texts, article details and event mentions in chunks on demand. No inline data script, so a strict
 * Content-Security-Policy stays possible. The page learns the asset URLs from `virtual:dateline/manifest`.
 * With `single: true` (the `build:single` file:// build) the same JSON is inlined as data: URLs instead, because a
 * page opened from disk has origin `null` and cannot fetch files next to it; the app code stays the same.
 * Other plugins (the page plugin's meta tags and JSON-LD) read the timeline through `api.timeline()`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Timeline } from '../model/timeline.ts';
import { packIndex, splitTimeline, type DataManifest } from '../model/timelineIndex.ts';
import { extractTimeline, extractTimelineJson, extractTimelineNow, loadResources, USER_GAZETTEER_FILE, type PipelineResources } from './index.ts';
import { validateTimeline } from './timelineFile.ts';
import { resolveCacheDir } from './run/analysisCache.ts';
import { upsertOverride } from './io/readEditorFiles.ts';
import { validateOverrides } from './stages/overrides.ts';

const VIRTUAL_ID = 'virtual:dateline/manifest';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_PREFIX = '@dateline/';
/** Dev server only: POST one override entry here to add or update it in dateline.overrides.json. */
export const EDIT_ENDPOINT = `${DEV_PREFIX}overrides`;
const MAX_EDIT_BYTES = 64 * 1024;
/** The custom HMR event that carries a rebuilt data manifest to the page (src/app/data listens for it). */
export const DATA_EVENT = 'dateline:data';
/** Saving several files at once (or an editor's write-then-rename) makes one rebuild, not one per file event. */
const REBUILD_DELAY_MS = 100;

export interface DatelineOptions {
  /** Sources folder (default `seeds`), relative to the Vite root. */
  sources?: string;
  /** A ready timeline.json to publish instead of extracting; wins over `sources`. */
  timeline?: string;
  /** Inline the data as data: URLs instead of emitting JSON files (single-file build). */
  single?: boolean;
  /**
   * Folder of the per-article analysis cache, relative to the Vite root; `false` for none. Default: the
   * DATELINE_CACHE variable, else node_modules/.cache/dateline.
   */
  cache?: string | false;
}

/** What the plugin offers other plugins through `plugin.api` (Vite's way for plugins to talk to each other). */
export interface DatelineApi {
  /** The site's timeline, computed once per build (and again in dev after a source file changes). */
  timeline(): Promise<Timeline>;
}

export const DATELINE_PLUGIN_NAME = 'dateline';

export interface DataAsset {
  fileName: string;
  source: string;
}

/**
 * Loads the timeline the site will show: a ready file when given, else extraction of the sources folder. Given
 * `deferStore` (the dev server), a folder that had to be built is handed over at once and its folder-level cache
 * entry is written by the function passed to `deferStore`, which the caller runs once the page has the data.
 */
export async function loadSiteTimeline(root: string, options: DatelineOptions, resources?: PipelineResources, deferStore?: (store: () => void) => void): Promise<Timeline> {
  if (options.timeline) {
    const file = resolve(root, options.timeline);
    if (!existsSync(file)) throw new Error(`TIMELINE file not found: ${file}`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`TIMELINE file ${file} is not valid JSON: ${(error as Error).message}`);
    }
    const { timeline, problems } = validateTimeline(data);
    if (!timeline) throw new Error(`TIMELINE file ${file} does not follow the dateline/1 contract:\n- ${problems.join('\n- ')}`);
    return timeline;
  }
  const dir = resolve(root, options.sources ?? 'seeds');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`Sources folder not found: ${dir} (set SOURCES=DIR)`);
  const cacheDir = resolveCacheDir(options.cache, root);
  if (!cacheDir) return extractTimeline(dir, { resources });
  if (deferStore) {
    const { timeline, storeResult } = await extractTimelineNow(dir, { cacheDir, resources });
    deferStore(storeResult);
    return timeline;
  }
  // An unchanged folder's timeline is read back from the folder-level result (the same timeline: tested).
  const result = await extractTimelineJson(dir, { cacheDir, resources });
  if (result.from === 'build') return result.timeline ?? extractTimeline(dir, { cacheDir, resources });
  try {
    return JSON.parse(readFileSync(result.jsonFile, 'utf8')) as Timeline;
  } catch {
    // Replaced by another build of the folder since it was found: build it here.
    return extractTimeline(dir, { cacheDir, resources });
  }
}

function hashed(stem: string, source: string): DataAsset {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { fileName: `${stem}-${hash}.json`, source };
}

/** The JSON assets of a timeline: index, text chunks, mention chunks. Same timeline, same names and bytes. */
export interface TimelineAssets {
  index: DataAsset;
  textChunks: DataAsset[];
  articleChunks: DataAsset[];
  mentionChunks: DataAsset[];
}

export function timelineAssets(timeline: Timeline): TimelineAssets {
  const { index, textChunks, articleChunks, mentionChunks } = splitTimeline(timeline);
  return {
    index: hashed('timeline-index', JSON.stringify(packIndex(index))),
    textChunks: textChunks.map((chunk, i) => hashed(`timeline-text-${i}`, JSON.stringify(chunk))),
    articleChunks: articleChunks.map((chunk, i) => hashed(`timeline-articles-${i}`, JSON.stringify(chunk))),
    mentionChunks: mentionChunks.map((chunk, i) => hashed(`timeline-mentions-${i}`, JSON.stringify(chunk))),
  };
}

const allAssets = (assets: TimelineAssets): DataAsset[] => [assets.index, ...assets.textChunks, ...assets.articleChunks, ...assets.mentionChunks];

/** A data: URL of a JSON asset. base64 because percent-encoding multiplies non-Latin text by up to nine. */
export function jsonDataUrl(source: string): string {
  return `data:application/json;base64,${Buffer.from(source, 'utf8').toString('base64')}`;
}

/** The manifest with plain URLs (as the page would resolve them): what the hot data event sends. */
export function manifestUrls(urlOf: (fileName: string) => string, assets: TimelineAssets): DataManifest {
  return {
    index: urlOf(assets.index.fileName),
    textChunks: assets.textChunks.map((c) => urlOf(c.fileName)),
    articleChunks: assets.articleChunks.map((c) => urlOf(c.fileName)),
    mentionChunks: assets.mentionChunks.map((c) => urlOf(c.fileName)),
  };
}

/** The manifest module's source; `urlOf` gives each file's URL as a JS expression. */
function manifestModule(urlOf: (fileName: string) => string, assets: TimelineAssets): string {
  const list = (chunks: DataAsset[]) => `[${chunks.map((c) => urlOf(c.fileName)).join(', ')}]`;
  return `export const manifest = {\n  index: ${urlOf(assets.index.fileName)},\n  textChunks: ${list(assets.textChunks)},\n  articleChunks: ${list(assets.articleChunks)},\n  mentionChunks: ${list(assets.mentionChunks)},\n};\n`;
}

export function dateline(options: DatelineOptions = {}): Plugin<DatelineApi> {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  let assetsDir = 'assets';
  let base = './';
  /** The assets of the last build's manifest: the page preloads their index. */
  let builtAssets: TimelineAssets | null = null;
  let devAssets: Map<string, string> | null = null;
  let server: ViteDevServer | null = null;
  const devUrl = (fileName: string) => `${server?.config.base ?? '/'}${DEV_PREFIX}${fileName}`;
  // The previous data stays served too (names are content hashes): a page still reading it keeps working until
  // its hot update arrives.
  let currentAssets: DataAsset[] = [];
  const serveInDev = (assets: TimelineAssets) => {
    const next = allAssets(assets);
    devAssets = new Map([...currentAssets, ...next].map((a) => [a.fileName, a.source]));
    currentAssets = next;
  };

  // One extraction per build, shared by the manifest and the page plugin; dev forgets it when a source changes.
  let timeline: Promise<Timeline> | null = null;
  // The dev server keeps the language and world data loaded between rebuilds (a second or so each time).
  let devResources: PipelineResources | undefined;
  // Dev only: the folder-level cache entry of the last build, written once its data is served (storeLater).
  let pendingStore: (() => void) | null = null;
  const deferStore = (store: () => void) => { pendingStore = store; };
  const storeLater = () => {
    const store = pendingStore;
    pendingStore = null;
    // After the response or the hot update has gone out; a failure only costs the next start its speed-up.
    if (store) setTimeout(() => { try { store(); } catch { /* see above */ } }, 0);
  };
  const loadTimeline = () => (timeline ??= loadSiteTimeline(root, options, devResources, command === 'serve' ? deferStore : undefined));
  const compute = async () => timelineAssets(await loadTimeline());

  return {
    name: DATELINE_PLUGIN_NAME,
    api: { timeline: loadTimeline },
    configResolved(config) {
      root = config.root;
      command = config.command;
      assetsDir = config.build.assetsDir;
      base = config.base;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      let assets: TimelineAssets;
      try {
        assets = await compute();
      } catch (error) {
        this.error(`Dateline: ${(error as Error).message}`);
      }
      if (command === 'build' && options.single) {
        return manifestModule((f) => {
          const asset = allAssets(assets).find((a) => a.fileName === f)!;
          return JSON.stringify(jsonDataUrl(asset.source));
        }, assets);
      }
      if (command === 'build') {
        builtAssets = assets;
        for (const asset of allAssets(assets)) {
          this.emitFile({ type: 'asset', fileName: `${assetsDir}/${asset.fileName}`, source: asset.source });
        }
        // The manifest code lands in a chunk under assetsDir, next to the JSON files: resolve relative to it.
        return manifestModule((f) => `new URL(/* @vite-ignore */ ${JSON.stringify(`./${f}`)}, import.meta.url).href`, assets);
      }
      serveInDev(assets);
      storeLater();
      return manifestModule((f) => `new URL(${JSON.stringify(devUrl(f))}, location.href).href`, assets);
    },
    // The index is the one request the first paint waits for: the page asks for it while the code still loads.
    // (crossorigin: a preload is used only by a request of the same mode, and fetch() is a CORS request.)
    async transformIndexHtml() {
      if (command !== 'build' || options.single) return undefined;
      const assets = builtAssets ?? await compute();
      return [{ tag: 'link', attrs: { rel: 'preload', href: `${base}${assetsDir}/${assets.index.fileName}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const }];
    },
    configureServer(devServer) {
      server = devServer;
      const sourcesDir = options.timeline ? resolve(root, options.timeline) : resolve(root, options.sources ?? 'seeds');
      if (!options.timeline) devResources = loadResources(sourcesDir);
      devServer.watcher.add(sourcesDir);
      let rebuild: ReturnType<typeof setTimeout> | null = null;
      // Rebuilds run one at a time; a change during one asks for another after it.
      let running: Promise<void> = Promise.resolve();
      const pushData = async () => {
        const mod = devServer.moduleGraph.getModuleById(RESOLVED_ID);
        // No page has asked for the data yet: the first one will extract it.
        if (!mod) return;
        devServer.moduleGraph.invalidateModule(mod);
        try {
          const assets = await compute();
          serveInDev(assets);
          devServer.ws.send({ type: 'custom', event: DATA_EVENT, data: manifestUrls(devUrl, assets) });
          storeLater();
        } catch {
          // A reload shows the error through load() (Vite's overlay), and retries once the folder is fixed.
          devServer.ws.send({ type: 'full-reload' });
        }
      };
      const onChange = (file: string) => {
        if (file !== sourcesDir && !file.startsWith(sourcesDir + sep)) return;
        timeline = null;
        if (basename(file) === USER_GAZETTEER_FILE && !options.timeline) devResources = loadResources(sourcesDir);
        if (rebuild) clearTimeout(rebuild);
        rebuild = setTimeout(() => {
          rebuild = null;
          running = running.then(pushData);
        }, REBUILD_DELAY_MS);
      };
      for (const event of ['add', 'change', 'unlink'] as const) devServer.watcher.on(event, onChange);
      // The editor's endpoint (npm run dev only; a build has no server and no edit UI). Same-origin JSON only.
      devServer.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (!path.endsWith(`/${EDIT_ENDPOINT}`)) return next();
        const reply = (status: number, body: unknown) => {
          res.statusCode = status;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(body));
        };
        if (req.method !== 'POST') return reply(405, { error: 'POST an override entry' });
        if (options.timeline) return reply(409, { error: 'The site is built from a ready TIMELINE file: edit it directly.' });
        const origin = req.headers.origin;
        if (origin && new URL(origin).host !== req.headers.host) return reply(403, { error: 'cross-origin edits are refused' });
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return reply(415, { error: 'send application/json' });
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (chunk: string) => {
          body += chunk;
          if (body.length > MAX_EDIT_BYTES) req.destroy();
        });
        req.on('end', () => {
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            return reply(400, { error: 'not JSON' });
          }
          const { overrides, problems } = validateOverrides({ overrides: [json] });
          if (problems.length || !overrides.overrides[0]) return reply(400, { error: problems.join('; ') || 'invalid entry' });
          try {
            const written = upsertOverride(sourcesDir, overrides.overrides[0]);
            reply(200, { ok: true, entries: written.overrides.length });
          } catch (error) {
            reply(500, { error: (error as Error).message });
          }
        });
      });
      devServer.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        const at = path.indexOf(`/${DEV_PREFIX}`);
        const source = at >= 0 ? devAssets?.get(path.slice(at + DEV_PREFIX.length + 1)) : undefined;
        if (source === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(source);
      });
    },
  };
}
