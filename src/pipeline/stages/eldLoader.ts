/**
 * eld's 'small' detector with its n-gram table read from JSON.
 *
 * Why: `eld/small` ships its 81,000-entry n-gram table as a 1.6 MB JavaScript object literal, and compiling it is
 * most of a thread's start-up (~0.85 s of CPU in the main thread and again in every analysis worker, measured on
 * these machines; the same table as JSON parses in ~0.24 s). So the table is written once, as JSON, under
 * node_modules/.cache (keyed by eld's version and the table file's size), and each thread after that parses the JSON
 * into a detector built by eld's own `createEld` (the same code and the same data as `eld/small`, so the same
 * answers: `eldLoader.test.ts` compares them).
 *
 * `createEld` is eld's internal factory (its entry files call it; the package's export map does not list it), so
 * every step is checked and any surprise (another eld layout, a read-only node_modules) falls back to `eld/small`.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

/** The part of an eld instance the pipeline uses. */
export interface LanguageDetector {
  detect(text: string): { language: string; isReliable(): boolean };
}

interface NgramsData { type: string; languages: Record<string, string>; ngrams: Record<string, Record<string, number>> }
type CreateEld = () => { instance: LanguageDetector; loadData(data: NgramsData): unknown };

const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/dateline-eld/', import.meta.url));

const isNgramsData = (x: unknown): x is NgramsData =>
  typeof x === 'object' && x !== null && typeof (x as NgramsData).type === 'string' && typeof (x as NgramsData).ngrams === 'object' && typeof (x as NgramsData).languages === 'object';

/** Where eld's files are, from the entry the export map does list. */
function eldFiles(): { detector: URL; table: URL; version: string } {
  const entry = new URL(import.meta.resolve('eld/small'));
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', entry), 'utf8')) as { version?: string };
  return { detector: new URL('../languageDetector.js', entry), table: new URL('../ngrams/small.js', entry), version: String(pkg.version) };
}

/** Writes the table where the next thread will find it; a failure only means the next thread compiles it again. */
function saveTable(file: string, data: NgramsData): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Threads of one process share its pid: both in the name, so that two never write one file.
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, JSON.stringify(data));
    renameSync(partial, file);
  } catch {
    // Read-only or full disk: nothing lost.
  }
}

/** A detector built by eld's own factory around `data`. */
function detectorWith(createEld: CreateEld, data: NgramsData): LanguageDetector {
  const { instance, loadData } = createEld();
  if (!loadData(data)) throw new Error('eld: the n-gram table did not load');
  return instance;
}

/** eld's small detector, from the JSON table when it is cached (see above), else as `eld/small` loads it. */
export async function loadSmallDetector(cacheDir: string = CACHE_DIR): Promise<LanguageDetector> {
  try {
    const files = eldFiles();
    const { createEld } = (await import(files.detector.href)) as { createEld?: CreateEld };
    if (typeof createEld !== 'function') throw new Error('eld: no createEld');
    const cached = fileURLToPath(new URL(`small-${files.version}-${statSync(files.table).size}.json`, pathToFileURL(cacheDir.endsWith('/') ? cacheDir : `${cacheDir}/`)));
    let hit: boolean;
    try {
      hit = statSync(cached).isFile();
    } catch {
      hit = false;
    }
    if (hit) {
      try {
        const data: unknown = JSON.parse(readFileSync(cached, 'utf8'));
        if (isNgramsData(data)) return detectorWith(createEld, data);
      } catch {
        // A damaged cache file: compiled from eld's own table below, and written again.
      }
    }
    const { ngramsData } = (await import(files.table.href)) as { ngramsData?: unknown };
    if (!isNgramsData(ngramsData)) throw new Error('eld: unexpected n-gram table');
    saveTable(cached, ngramsData);
    return detectorWith(createEld, ngramsData);
  } catch {
    return (await import('eld/small')).eld as LanguageDetector;
  }
}
