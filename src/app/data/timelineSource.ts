/**
 * Loads the timeline the site ships: the index once, article texts and event mentions on demand by chunk. Every
 * request is made at most once (promises are cached), and a failed request can be retried by asking again.
 * Mentions already loaded can be read synchronously (`loadedMentions`), so a panel that reopens draws at once.
 */
import { unpackIndex, type ArticleSummary, type ArticleText, type DataManifest, type EventSummary, type MentionChunk, type PackedIndex, type TextChunk, type TimelineIndex } from '../../model/timelineIndex.ts';
import type { Mention } from '../../model/timeline.ts';

export type { ArticleText } from '../../model/timelineIndex.ts';

export interface TimelineSource {
  loadIndex(): Promise<TimelineIndex>;
  loadArticleText(article: Pick<ArticleSummary, 'id' | 'textChunk'>): Promise<ArticleText>;
  loadMentions(event: Pick<EventSummary, 'id' | 'mentionChunk'>): Promise<Mention[]>;
  /** The event's mentions if their chunk has arrived, else undefined. */
  loadedMentions(event: Pick<EventSummary, 'id' | 'mentionChunk'>): Mention[] | undefined;
  /** Every event's mentions (every mention chunk, fetched in parallel): for the quote search and the exports. */
  loadAllMentions(): Promise<ReadonlyMap<string, Mention[]>>;
}

export type FetchJson = (url: string) => Promise<unknown>;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
  return response.json();
}

/** Chunk files fetched once each; a failed fetch is forgotten so that asking again retries it. */
function chunkLoader<T>(urls: readonly string[], load: FetchJson, kind: string) {
  const pending = new Map<number, Promise<T>>();
  const arrived = new Map<number, T>();
  return {
    get(chunk: number, owner: string): Promise<T> {
      const url = urls[chunk];
      if (url === undefined) return Promise.reject(new Error(`No ${kind} chunk ${chunk} for ${owner}`));
      let promise = pending.get(chunk);
      if (!promise) {
        promise = (load(url) as Promise<T>).then(
          (value) => { arrived.set(chunk, value); return value; },
          (error: unknown) => { pending.delete(chunk); throw error; },
        );
        pending.set(chunk, promise);
      }
      return promise;
    },
    arrived: (chunk: number): T | undefined => arrived.get(chunk),
    count: urls.length,
  };
}

export function createTimelineSource(manifest: DataManifest, load: FetchJson = fetchJson): TimelineSource {
  let index: Promise<TimelineIndex> | null = null;
  const texts = chunkLoader<TextChunk>(manifest.textChunks, load, 'text');
  const mentions = chunkLoader<MentionChunk>(manifest.mentionChunks, load, 'mention');
  let all: Promise<ReadonlyMap<string, Mention[]>> | null = null;

  const mentionsIn = (chunk: MentionChunk, eventId: string): Mention[] => {
    const found = chunk[eventId];
    if (!found) throw new Error(`The mentions of event ${eventId} are missing from their chunk`);
    return found;
  };

  return {
    loadIndex() {
      index ??= (load(manifest.index) as Promise<PackedIndex>).then(unpackIndex).catch((error: unknown) => { index = null; throw error; });
      return index;
    },
    async loadArticleText(article) {
      const text = (await texts.get(article.textChunk, `article ${article.id}`))[article.id];
      if (!text) throw new Error(`The text of article ${article.id} is missing from its chunk`);
      return text;
    },
    async loadMentions(event) {
      return mentionsIn(await mentions.get(event.mentionChunk, `event ${event.id}`), event.id);
    },
    loadedMentions(event) {
      return mentions.arrived(event.mentionChunk)?.[event.id];
    },
    loadAllMentions() {
      all ??= Promise.all(Array.from({ length: mentions.count }, (_, i) => mentions.get(i, 'the search')))
        .then((chunks) => new Map(chunks.flatMap((chunk) => Object.entries(chunk))))
        .catch((error: unknown) => { all = null; throw error; });
      return all;
    },
  };
}
