// Entry of the analysis worker threads. Plain JavaScript on purpose: a worker starts as a bare Node thread, whoever
// the parent is (the CLI under tsx, Vite's bundled config, Vitest). It loads the pipeline prebuilt by the parent
// (workerBundle.ts) when there is one, else the TypeScript itself through tsx's API, instead of relying on loader
// hooks that the parent may or may not pass on.
import { workerData } from 'piscina';

async function load() {
  const bundle = workerData?.bundle;
  if (bundle) {
    try {
      return await import(bundle);
    } catch {
      // The same code, loaded the slower way.
    }
  }
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('./worker.ts', import.meta.url);
}

const { runTask } = await load();

export default runTask;
