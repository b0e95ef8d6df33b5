/**
 * Pass 1 for a batch of article files whose bytes are already read: parse, analyse, and store in the cache. The
 * same code runs in a worker thread and, for small folders or while the workers start, in the main thread.
 */
import { analyseSafely, type AnalysedArticle, type PipelineResources } from '../index.ts';
import { parseArticle, type ArticleBytes, type ReadOptions } from '../io/readSources.ts';
import { encodeAnalysis, openAnalysisCache } from './analysisCache.ts';

/** One article file to analyse: its place in the folder, its bytes (or why there are none) and its cache key. */
export interface AnalysisItem {
  index: number;
  file: string;
  read: ArticleBytes;
  /** Null when the result must not be cached (no cache, or the file could not be read). */
  key: string | null;
}

export interface BatchSettings {
  read: ReadOptions;
  /** The cache's folder of this pipeline version's entries (analysisCache.ts versionFolder), or null for no cache. */
  cacheDir: string | null;
}

export function analyseItem(item: AnalysisItem, resources: PipelineResources, settings: BatchSettings): { analysed: AnalysedArticle; encoded: Uint8Array | null } {
  const analysed = analyseSafely(parseArticle(item.file, item.read, settings.read), resources);
  if (!item.key || !settings.cacheDir) return { analysed, encoded: null };
  const encoded = encodeAnalysis(analysed);
  openAnalysisCache(settings.cacheDir).write(item.key, encoded);
  return { analysed, encoded };
}
