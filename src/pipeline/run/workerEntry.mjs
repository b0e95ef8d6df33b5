// Entry of the analysis worker threads. Plain JavaScript on purpose: a worker starts as a bare Node thread, whoever
// the parent is (the CLI under tsx, Vite's bundled config, Vitest), so it loads the TypeScript pipeline itself
// through tsx's API instead of relying on loader hooks that the parent may or may not pass on.
import { tsImport } from 'tsx/esm/api';

const { runTask } = await tsImport('./worker.ts', import.meta.url);

export default runTask;
