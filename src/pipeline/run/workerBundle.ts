/**
 * The analysis workers' code as one prebuilt JavaScript file. Left to the TypeScript loader, each worker thread
 * transpiled and linked the pipeline's fifty-odd modules through loader hooks (about half a second of CPU per
 * worker, and its first result a second later), and ran them with the loader's function naming (keepNames) on every
 * nested function. esbuild (which tsx and Vite already bring) bundles the same modules in a few hundred
 * milliseconds in its own process, while this thread goes on analysing. Each module's `import.meta.url` is written
 * in as its own source file's URL, so data files are found where they always are; packages stay external, loaded
 * from node_modules as before. Any failure (no esbuild, a read-only node_modules) returns null: the workers then
 * load the TypeScript as they did before. Same code, same results; only how it is loaded changes.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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

/** Writes each TypeScript module's own URL where it reads import.meta.url (a bundle has one URL for all). */
const ownUrls: EsbuildPlugin = {
  name: 'dateline-own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, ({ path }) => ({
      loader: 'ts',
      contents: readFileSync(path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
    }));
  },
};

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
function sweep(): void {
  for (const name of readdirSync(BUNDLE_DIR)) {
    const pid = /^worker-(\d+)-/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(join(BUNDLE_DIR, name), { force: true });
  }
}

/** Bundles the worker's code into a file of its own (one per pool), or null when it cannot. */
export async function buildWorkerBundle(): Promise<WorkerBundle | null> {
  const file = join(BUNDLE_DIR, `worker-${process.pid}-${threadId}-${Date.now().toString(36)}.mjs`);
  try {
    const esbuild = (await import('esbuild')) as { build(options: object): Promise<unknown> };
    mkdirSync(BUNDLE_DIR, { recursive: true });
    sweep();
    await esbuild.build({
      entryPoints: [WORKER_SOURCE], outfile: file, bundle: true, platform: 'node', format: 'esm', target: 'node20',
      packages: 'external', plugins: [ownUrls], logLevel: 'silent', write: true,
    });
    return { url: pathToFileURL(file).href, dispose: () => rmSync(file, { force: true }) };
  } catch {
    rmSync(file, { force: true });
    return null;
  }
}
