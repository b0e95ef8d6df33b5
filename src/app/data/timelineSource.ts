/**
 * Loads the timeline the site ships: the index once, article texts on demand by chunk. Every request is made at
 * most once (promises are cached), and a failed request can be retried by asking again.
 */
import type { ArticleSummary, DataManifest, TextChunk, TimelineIndex } from '../../model/timelineIndex.ts';
import type { Article } from '../../model/timeline.ts';

export type ArticleText = Pick<Article, 'text' | 'sentences'>;

export interface TimelineSource {
  loadIndex(): Promise<TimelineIndex>;
  loadArticleText(article: Pick<ArticleSummary, 'id' | 'textChunk'>): Promise<ArticleText>;
}

export type FetchJson = (url: string) => Promise<unknown>;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
  return response.json();
}

export function createTimelineSource(manifest: DataManifest, load: FetchJson = fetchJson): TimelineSource {
  let index: Promise<TimelineIndex> | null = null;
  const chunks = new Map<number, Promise<TextChunk>>();
  const remember = <T,>(promise: Promise<T>, forget: () => void) => promise.catch((error: unknown) => { forget(); throw error; });

  return {
    loadIndex() {
      index ??= remember(load(manifest.index) as Promise<TimelineIndex>, () => { index = null; });
      return index;
    },
    async loadArticleText(article) {
      const url = manifest.textChunks[article.textChunk];
      if (url === undefined) throw new Error(`No text chunk ${article.textChunk} for article ${article.id}`);
      let chunk = chunks.get(article.textChunk);
      if (!chunk) {
        chunk = remember(load(url) as Promise<TextChunk>, () => chunks.delete(article.textChunk));
        chunks.set(article.textChunk, chunk);
      }
      const text = (await chunk)[article.id];
      if (!text) throw new Error(`The text of article ${article.id} is missing from its chunk`);
      return text;
    },
  };
}
