/**
 * A timeline served from memory the way the built site serves it (split into index, text and mention chunks),
 * with a log of the files asked for: lets tests check what is fetched when, without a server.
 */
import type { Timeline } from '../../model/timeline.ts';
import { packIndex, splitTimeline, type DataManifest, type SplitTimeline } from '../../model/timelineIndex.ts';
import { createTimelineSource, type FetchJson, type TimelineSource } from './timelineSource.ts';

export interface MemorySource extends SplitTimeline {
  manifest: DataManifest;
  source: TimelineSource;
  /** How `source` fetches a file (to build another source over the same files, a failing one say). */
  load: FetchJson;
  /** URLs fetched so far, in order. */
  requests: string[];
}

export function memoryTimelineSource(timeline: Timeline): MemorySource {
  const split = splitTimeline(timeline);
  const manifest: DataManifest = {
    index: 'index.json',
    textChunks: split.textChunks.map((_, i) => `text-${i}.json`),
    articleChunks: split.articleChunks.map((_, i) => `articles-${i}.json`),
    mentionChunks: split.mentionChunks.map((_, i) => `mentions-${i}.json`),
  };
  const files = new Map<string, unknown>([
    [manifest.index, packIndex(split.index)],
    ...split.textChunks.map((chunk, i) => [manifest.textChunks[i], chunk] as const),
    ...split.articleChunks.map((chunk, i) => [manifest.articleChunks[i], chunk] as const),
    ...split.mentionChunks.map((chunk, i) => [manifest.mentionChunks[i], chunk] as const),
  ]);
  const requests: string[] = [];
  const load: FetchJson = async (url) => {
    requests.push(url);
    if (!files.has(url)) throw new Error(`No file ${url}`);
    // A copy, as a fetch would give: the app must not rely on sharing objects with the test.
    return structuredClone(files.get(url));
  };
  return { ...split, manifest, source: createTimelineSource(manifest, load), load, requests };
}
