/**
 * `npm run dev` only: when a source file changes, the dateline plugin re-extracts the folder and pushes the new data
 * manifest over Vite's HMR socket, so the page swaps its data in place (no full reload: zoom, filters and the
 * selected event stay). Builds have no `import.meta.hot`, and this code drops out of them.
 */
import type { DataManifest } from '../../model/timelineIndex.ts';

/** The plugin's custom event name (src/pipeline/vitePlugin.ts DATA_EVENT; a test keeps the two equal). */
export const DATA_EVENT = 'dateline:data';

/** Subscribes to new data manifests; returns the unsubscribe function. */
export type DataUpdates = (listener: (manifest: DataManifest) => void) => () => void;

/** The asset paths the server sends, as absolute URLs of this page (what the manifest module gives at start). */
export function resolveManifest(data: DataManifest, page: string): DataManifest {
  const resolve = (url: string) => new URL(url, page).href;
  return {
    index: resolve(data.index), textChunks: data.textChunks.map(resolve),
    articleChunks: data.articleChunks.map(resolve), mentionChunks: data.mentionChunks.map(resolve),
  };
}

function fromDevServer(): DataUpdates | undefined {
  const hot = import.meta.hot;
  if (!hot) return undefined;
  return (listener) => {
    const handler = (data: DataManifest) => listener(resolveManifest(data, location.href));
    hot.on(DATA_EVENT, handler);
    // `off` is recent (Vite 5.1); test runners' stand-ins for import.meta.hot may lack it.
    return () => hot.off?.(DATA_EVENT, handler);
  };
}

/** The dev server's data updates, or undefined outside `vite dev`. */
export const devDataUpdates: DataUpdates | undefined = fromDevServer();
