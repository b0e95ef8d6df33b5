import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkerBundle, reusableWorkerBundle } from './workerBundle.ts';

// Inside node_modules, as the real folder is: the bundle imports packages by name.
const cache = fileURLToPath(new URL('../../../node_modules/.cache/', import.meta.url));
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'dateline-worker-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const manifestFile = join(dir, 'reusable.json');
const readManifest = () => JSON.parse(readFileSync(manifestFile, 'utf8')) as { bundle: string; inputs: Record<string, string> };

/** Imports the bundle in a bare worker thread and reports what it exports. */
function exportsOf(url: string): Promise<string[]> {
  const code = `import(${JSON.stringify(url)}).then((m) => import('node:worker_threads').then((w) => w.parentPort.postMessage(Object.keys(m))))`;
  return new Promise((done, fail) => {
    const worker = new Worker(code, { eval: true, execArgv: [] });
    worker.once('message', (keys: string[]) => { void worker.terminate(); done(keys); });
    worker.once('error', fail);
  });
}

describe('the workers\' bundle, kept for the next run', () => {
  it('is built with a manifest of its sources, loads in a bare thread, and is reused while the sources hash the same', async () => {
    expect(reusableWorkerBundle(dir)).toBeNull();
    const built = await buildWorkerBundle(dir);
    expect(built).not.toBeNull();
    const manifest = readManifest();
    const sources = Object.keys(manifest.inputs);
    expect(sources.some((f) => f.endsWith('/src/pipeline/run/worker.ts'))).toBe(true);
    expect(sources.some((f) => f.endsWith('/src/pipeline/temporal/documentDate.ts'))).toBe(true);
    expect(await exportsOf(built!.url)).toContain('runTask');
    expect(reusableWorkerBundle(dir)?.url).toBe(built!.url);
  }, 60_000);

  it('is not reused when a source changed since, or when the bundle is gone', () => {
    const manifest = readManifest();
    const [first] = Object.keys(manifest.inputs);
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, inputs: { ...manifest.inputs, [first]: '0'.repeat(64) } }));
    expect(reusableWorkerBundle(dir)).toBeNull();
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, bundle: 'worker-reusable-0000000000000000.mjs' }));
    expect(reusableWorkerBundle(dir)).toBeNull();
    writeFileSync(manifestFile, JSON.stringify(manifest));
    expect(reusableWorkerBundle(dir)).not.toBeNull();
  });

  it('is not reused when another checkout sharing node_modules built it (its sources are not this worker\'s)', () => {
    const manifest = readManifest();
    // The same sources under another root: they exist and hash the same, but they are not this checkout's code.
    const elsewhere = mkdtempSync(join(cache, 'dateline-other-checkout-'));
    try {
      const inputs = Object.fromEntries(Object.entries(manifest.inputs).map(([path, hash], i) => {
        const copy = join(elsewhere, `${i}.ts`);
        writeFileSync(copy, readFileSync(path));
        return [copy, hash];
      }));
      writeFileSync(manifestFile, JSON.stringify({ ...manifest, inputs }));
      expect(reusableWorkerBundle(dir)).toBeNull();
    } finally {
      writeFileSync(manifestFile, JSON.stringify(manifest));
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
