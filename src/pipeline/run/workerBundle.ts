/**
 * The analysis workers' code as one prebuilt JavaScript file. Left to the TypeScript loader, each worker thread
 * transpiled and linked the pipeline's fifty-odd modules through loader hooks (about half a second of CPU per
 * worker, and its first result a second later), and ran them with the loader's function naming (keepNames) on every
 * nested function. esbuild (which tsx and Vite already bring) bundles the same modules in a few hundred
 * milliseconds in its own process, while this thread goes on analysing. Each module's `import.meta.url` is written
 * in as its own source file's URL, so data files are found where they always are; packages stay external, loaded
 * from node_modules as before. Any failure (no esbuild, a read-only node_modules) returns null: the workers then
 * load the TypeScript as they did before. Same code, same results; only how it is loaded changes.
 *
 * The bundle is kept for the next run, with a manifest of the sources it was built from and their hashes: a run
 * whose sources hash the same loads it at once (`reusableWorkerBundle`, a few milliseconds of reading and hashing).
 * Building again cost more than the bundling itself: esbuild's API is imported and its plugin answered on this
 * thread, which is busy analysing meanwhile, so at 1,000 articles the bundle arrived ~2 s after it was asked for
 * (0.2 s on an idle thread), and the workers started that much later.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

const WORKER_SOURCE = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Inside the project's node_modules, so that the bundle's package imports resolve as the sources' do. */
const BUNDLE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/dateline-worker/', import.meta.url));

export interface WorkerBundle {
  /** file: URL of the bundle, for the workers to import. */
  url: string;
  /** Deletes the file (the pool that used it is gone). */
  dispose(): void;
}

interface EsbuildPlugin {
  name: string;
  setup(build: { onLoad(options: { filter: RegExp }, load: (args: { path: string }) => { contents: string; loader: 'ts' }): void }): void;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes each TypeScript module's own URL where it reads import.meta.url (a bundle has one URL for all), and
 * records the hash of every source as it was read (the manifest's, so that it describes exactly what was bundled).
 */
function ownUrls(read: Map<string, string>): EsbuildPlugin {
  return {
    name: 'dateline-own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, ({ path }) => {
        const bytes = readFileSync(path);
        read.set(path, hashOf(bytes));
        return { loader: 'ts', contents: bytes.toString('utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)) };
      });
    },
  };
}

/** Whether a process is still running (a bundle of a process that was killed is never deleted by it). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes the bundles of processes that are gone. */
function sweep(dir: string): void {
  for (const name of readdirSync(dir)) {
    // Per-pool bundles of older versions ("worker-PID-…"), and partial files of runs that died while writing.
    const pid = (/^worker-(\d+)-/.exec(name) ?? /\.(\d+)-\d+\.tmp$/.exec(name))?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(dir, name), { force: true });
  }
}

/** The sources a bundle was built from (absolute paths) and their hashes, and the bundle's file name. */
interface Manifest { bundle: string; inputs: Record<string, string> }

const MANIFEST = 'reusable.json';
const REUSABLE = /^worker-reusable-[0-9a-f]+\.mjs$/;
/** Where esbuild's metafile paths are relative to. */
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The bundle an earlier run built from sources identical to these, or null. */
export function reusableWorkerBundle(dir: string = BUNDLE_DIR): WorkerBundle | null {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
    if (!REUSABLE.test(manifest.bundle) || !Object.keys(manifest.inputs).length) return null;
    // Built from this checkout's worker: another checkout sharing the node_modules folder (a linked worktree, a
    // hoisted install) writes its own manifest here, whose sources hash the same as when it built them.
    if (!(WORKER_SOURCE in manifest.inputs)) return null;
    for (const [path, hash] of Object.entries(manifest.inputs)) if (hashOf(readFileSync(path)) !== hash) return null;
    const file = join(dir, manifest.bundle);
    if (!existsSync(file)) return null;
    // Shared with later runs: not deleted when this pool is done.
    return { url: pathToFileURL(file).href, dispose: () => {} };
  } catch {
    return null;
  }
}

/** Writes `text` to `file` whole or not at all (another run may be reading or writing the same name). */
function writeWhole(file: string, text: string | Uint8Array): void {
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/** Deletes reusable bundles the manifest no longer names (a run still loading one falls back to the TypeScript). */
function sweepReusable(dir: string, keep: string): void {
  for (const name of readdirSync(dir)) if (REUSABLE.test(name) && name !== keep) rmSync(join(dir, name), { force: true });
}

/**
 * Bundles the worker's code and keeps it for later runs (see above), or null when it cannot. `dir` must be inside
 * the project's node_modules (the bundle imports packages by name).
 */
export async function buildWorkerBundle(dir: string = BUNDLE_DIR): Promise<WorkerBundle | null> {
  try {
    const esbuild = (await import('esbuild')) as {
      build(options: object): Promise<{ outputFiles: Array<{ contents: Uint8Array }>; metafile: { inputs: Record<string, unknown> } }>;
    };
    mkdirSync(dir, { recursive: true });
    sweep(dir);
    const read = new Map<string, string>();
    const built = await esbuild.build({
      entryPoints: [WORKER_SOURCE], outfile: join(dir, 'worker.mjs'), bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', plugins: [ownUrls(read)], logLevel: 'silent', write: false, metafile: true, absWorkingDir: PROJECT_ROOT,
    });
    const code = built.outputFiles[0].contents;
    const inputs: Record<string, string> = {};
    for (const path of Object.keys(built.metafile.inputs).sort()) {
      const absolute = resolve(PROJECT_ROOT, path);
      // Every input is a TypeScript module read by the plugin; anything else is hashed as it is now.
      inputs[absolute] = read.get(absolute) ?? hashOf(readFileSync(absolute));
    }
    const name = `worker-reusable-${hashOf(code).slice(0, 16)}.mjs`;
    writeWhole(join(dir, name), code);
    writeWhole(join(dir, MANIFEST), JSON.stringify({ bundle: name, inputs } satisfies Manifest));
    sweepReusable(dir, name);
    return { url: pathToFileURL(join(dir, name)).href, dispose: () => {} };
  } catch {
    return null;
  }
}
