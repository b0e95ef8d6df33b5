/**
 * Pass 1 over a folder: every article file read, hashed, looked up in the cache, and only the misses analysed,
 * on a pool of worker threads when there are enough of them. Files are read lazily, one batch ahead of the
 * analysis, so that the bytes of the whole folder are never in memory at once. Results come back in folder order
 * whatever thread computed them. Each analysis goes into the folder's store (run/folderStore.ts): its small held
 * part stays in memory, the rest waits on disk for the folder stages that read it.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Piscina } from 'piscina';
import { USER_GAZETTEER_FILE, type AnalysedArticle, type PipelineResources } from '../index.ts';
import { readArticleBytes, type ReadOptions } from '../io/readSources.ts';
import { encodeAnalysis, entryKey, openAnalysisCache, pruneAnalysisCache, runKey, versionFolder, type AnalysisCache } from './analysisCache.ts';
import { analyseItem, type AnalysisItem, type BatchSettings } from './analyseItems.ts';
import { FolderStore } from './folderStore.ts';
import { TIMINGS_ON, mergeTimes, recordSince, reportAtExit, timed } from './stageTimings.ts';
import type { WorkerResult, WorkerTask } from './worker.ts';
import { signature } from '../stages/duplicates.ts';
import { buildWorkerBundle, reusableWorkerBundle, type WorkerBundle } from './workerBundle.ts';

export interface FolderAnalysisOptions extends ReadOptions {
  /** The main thread's resources, loaded on first need (cache hits need none). */
  resources: () => PipelineResources;
  /** Cache folder, or null for none. */
  cacheDir: string | null;
  /**
   * Worker threads at most; 0 keeps everything in this thread. Default: one less than the machine's parallelism,
   * because this thread analyses too (on 2 cores: this thread and one worker).
   */
  workers?: number;
  /**
   * Start workers only when about this many articles are expected to need analysis (estimated from the share of
   * misses so far): a worker costs ~2.5 s of CPU to load the pipeline, which a small folder never wins back.
   */
  poolFrom?: number;
  /** False: once the pool is started, only workers analyse (tests of the pool itself). Default true. */
  mainThreadHelps?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many expected misses a folder is analysed in the main thread alone. */
export const DEFAULT_POOL_FROM = 1000;
/** Articles per worker task, and bytes at most: enough to amortise the messaging, small enough to balance. */
const BATCH_ITEMS = 64;
const BATCH_BYTES = 512 * 1024;
/** Articles the main thread analyses between looks at the workers' messages. */
const YIELD_EVERY = 8;

const WORKER_ENTRY = new URL('./workerEntry.mjs', import.meta.url);
/** Cache folders already cleaned of older versions' entries by this process. */
const pruned = new Set<string>();
/**
 * A worker holds the pipeline's code and data and one batch: about 100 MB. Left to itself V8 lets each worker's heap
 * grow towards the process's limit before collecting, which at 100,000 articles put the workers alone near 600 MB.
 * A worker that does run out of room fails its batch, and the main thread analyses that batch itself.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };

function readUserGazetteer(dir: string): Uint8Array | null {
  try {
    return readFileSync(join(dir, USER_GAZETTEER_FILE));
  } catch {
    return null;
  }
}

const duplicateSignature = timed('duplicate signatures', signature);

/**
 * Pass 1 over a batch in this thread (timed as one stage, so that the per-article stages show under it). Like the
 * workers, it works out each article's duplicate signature now, while the other cores are busy too.
 */
const analyseHereTimed = timed('pass 1 (main thread)', (batch: readonly AnalysisItem[], resources: PipelineResources, settings: BatchSettings, store: (index: number, a: AnalysedArticle, encoded: Uint8Array | null, sig: Uint32Array | null) => void) => {
  for (const item of batch) {
    const { analysed, encoded } = analyseItem(item, resources, settings);
    store(item.index, analysed, encoded, analysed.signature !== undefined ? analysed.signature : duplicateSignature(analysed.article.text));
  }
});

/** Pass 1 over a folder: the analyses in a store that the caller disposes of. */
export async function analyseFolder(dir: string, files: readonly string[], options: FolderAnalysisOptions): Promise<FolderStore> {
  const folder = new FolderStore(files.length);
  try {
    await analyseInto(folder, dir, files, options);
    return folder;
  } catch (error) {
    folder.dispose();
    throw error;
  }
}

async function analyseInto(folder: FolderStore, dir: string, files: readonly string[], options: FolderAnalysisOptions): Promise<void> {
  const started = performance.now();
  if (TIMINGS_ON) {
    reportAtExit();
    recordSince('process start to pass 1 (Node, TypeScript loader, modules, listing)', 0);
  }
  const readOptions: ReadOptions = { maxArticleBytes: options.maxArticleBytes };
  // The entries of this pipeline version (the workers write there too: they are given the folder, not the version).
  const entries = options.cacheDir ? versionFolder(options.cacheDir) : null;
  const settings: BatchSettings = { read: readOptions, cacheDir: entries };
  const cache: AnalysisCache | null = entries ? openAnalysisCache(entries) : null;
  // Once per process and folder: entries of older pipeline versions are never read again.
  if (options.cacheDir && !pruned.has(options.cacheDir)) {
    pruned.add(options.cacheDir);
    pruneAnalysisCache(options.cacheDir);
  }
  const run = cache ? runKey({ maxArticleBytes: options.maxArticleBytes, userGazetteer: readUserGazetteer(dir) }) : '';
  let done = 0;
  const stored = (index: number) => options.onProgress?.(++done, files.length);
  /** An analysis made in this thread; its encoding when the cache already made one. */
  const store = (index: number, analysed: AnalysedArticle, encoded: Uint8Array | null, sig: Uint32Array | null) => {
    folder.put(index, analysed.article.file, encoded ?? encodeAnalysis(analysed), sig);
    stored(index);
  };

  // The reading cursor: hits are stored on the way, misses gathered into the next batch.
  let cursor = 0;
  let misses = 0;
  const nextBatch = (): AnalysisItem[] | null => {
    const batch: AnalysisItem[] = [];
    let bytes = 0;
    while (cursor < files.length && batch.length < BATCH_ITEMS && bytes < BATCH_BYTES) {
      const index = cursor++;
      const file = files[index];
      const read = readArticleBytes(dir, file, readOptions);
      const key = cache && read.ok ? entryKey(run, file, read.bytes, read.truncated) : null;
      const hit = key ? cache!.readEncoded(key) : null;
      if (hit && folder.put(index, file, hit)) {
        stored(index);
        continue;
      }
      batch.push({ index, file, read, key });
      bytes += read.ok ? read.bytes.length : 0;
      misses++;
    }
    return batch.length ? batch : null;
  };
  const analyseHere = (batch: AnalysisItem[]) => analyseHereTimed(batch, options.resources(), settings, store);

  const workers = options.workers ?? availableParallelism() - 1;
  const poolFrom = options.poolFrom ?? DEFAULT_POOL_FROM;
  let pool: Piscina | null = null;
  /** The workers' prebuilt code (see workerBundle.ts): built once the pool is wanted, while this thread analyses. */
  let bundling: Promise<void> | null = null;
  let bundle: WorkerBundle | null | undefined;
  let poolReady = false;
  let destroyedEarly = false;
  /** A batch read by the main thread and left to the workers. */
  const pending: AnalysisItem[][] = [];
  const lanes: Promise<void>[] = [];
  const lane = async (live: Piscina) => {
    const task = (items: AnalysisItem[]): WorkerTask => ({ sourcesDir: dir, settings, items });
    try {
      const ready: WorkerResult = await live.run(task([]));
      if (ready.times) mergeTimes(ready.times, 'worker');
    } catch (error) {
      // Destroyed before it was ready (the main thread did the work), or it could not start: then the main thread
      // keeps going alone, slower but with the same result.
      if (!destroyedEarly) process.emitWarning(`Dateline: a worker thread could not start (${(error as Error).message}); the articles are analysed in the main thread.`);
      return;
    }
    poolReady = true;
    for (let batch = pending.pop() ?? nextBatch(); batch; batch = pending.pop() ?? nextBatch()) {
      let result: WorkerResult;
      try {
        result = await live.run(task(batch));
        if (result.times) mergeTimes(result.times, 'worker');
      } catch {
        // A worker that died (out of memory, say) must not lose its articles: analyse them here instead.
        analyseHere(batch);
        continue;
      }
      batch.forEach((item, i) => {
        if (folder.put(item.index, item.file, result.encoded[i], result.signatures[i])) stored(item.index);
        else analyseHere([item]);
      });
    }
  };

  try {
    // The main thread analyses batch after batch while the workers load, and alongside them once they are ready
    // (it yields between batches so that their results and requests for more get through).
    for (let batch = nextBatch(); batch; batch = nextBatch()) {
      const expectedMisses = (misses / cursor) * files.length;
      if (!bundling && workers > 0 && expectedMisses >= poolFrom && cursor < files.length) {
        // An earlier run's bundle of the same sources is there at once; else it is built while this thread works.
        const reusable = reusableWorkerBundle();
        if (reusable) {
          bundle = reusable;
          bundling = Promise.resolve();
        } else bundling = buildWorkerBundle().then((built) => { bundle = built; });
        if (options.mainThreadHelps === false) await bundling;
      }
      if (!pool && bundle !== undefined && cursor < files.length) {
        pool = new Piscina({
          filename: WORKER_ENTRY.href, minThreads: workers, maxThreads: workers, idleTimeout: 1000, resourceLimits: WORKER_LIMITS,
          workerData: { bundle: bundle?.url ?? null },
          // The bundle is plain JavaScript: a worker needs none of the parent's loader flags (under the CLI, tsx's
          // hooks would otherwise load in every worker and see each of its imports: ~0.35 s more to start).
          ...(bundle ? { execArgv: [] } : {}),
        });
        // Two tasks per worker: the next one waits in the pool's queue, so a worker never idles for this thread.
        for (let i = 0; i < 2 * workers; i++) lanes.push(lane(pool));
      }
      if (pool && options.mainThreadHelps === false) {
        pending.push(batch);
        break;
      }
      if (!pool && !bundling) analyseHere(batch);
      else {
        // Yield often: workers get their next task only when this thread looks at its messages (and the bundle is
        // announced the same way).
        for (let at = 0; at < batch.length; ) {
          // While esbuild bundles, after every article: its plugin (ownUrls) answers on this thread, once per
          // module, and at every eighth article the bundle took ten times as long as on an idle thread (2 s).
          const step = bundle === undefined ? 1 : YIELD_EVERY;
          analyseHere(batch.slice(at, at + step));
          at += step;
          await yieldToEvents();
        }
      }
    }
    if (pool && !poolReady && !pending.length) {
      // Everything was done here before any worker was ready: stop them loading.
      destroyedEarly = true;
      await pool.destroy();
      pool = null;
    }
    await Promise.all(lanes);
    // Whatever no worker took (none could start) is done here.
    for (let batch = pending.pop() ?? nextBatch(); batch; batch = pending.pop() ?? nextBatch()) analyseHere(batch);
  } finally {
    await pool?.destroy();
    await bundling;
    bundle?.dispose();
  }
  recordSince('pass 1 (wall time, both threads)', started);
}
