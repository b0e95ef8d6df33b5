/**
 * How the built site ships `timeline.json`: an index (everything but article texts) fetched first, and article
 * texts in chunks fetched on demand. Both are hashed JSON assets next to the page (no inline script, CSP-friendly).
 */
import type { Article, Timeline } from './timeline.ts';

/** An article without its text and sentence spans; `textChunk` says which chunk file holds them. */
export type ArticleSummary = Omit<Article, 'text' | 'sentences'> & { textChunk: number; textLength: number };

export interface TimelineIndex extends Omit<Timeline, 'articles'> {
  articles: ArticleSummary[];
}

/** One chunk file: article id -> its text and sentence spans. */
export type TextChunk = Record<string, Pick<Article, 'text' | 'sentences'>>;

/** What `virtual:dateline/manifest` exports: URLs of the assets, relative to the page. */
export interface DataManifest {
  index: string;
  textChunks: string[];
}

/** Target size of a text chunk: big enough to keep requests few, small enough to open a large archive quickly. */
export const TEXT_CHUNK_CHARS = 512 * 1024;

/** Splits a timeline into its index and text chunks (pure: same timeline, same output). */
export function splitTimeline(timeline: Timeline): { index: TimelineIndex; chunks: TextChunk[] } {
  const chunks: TextChunk[] = [];
  let current: TextChunk = {};
  let size = 0;
  const articles: ArticleSummary[] = timeline.articles.map((article) => {
    const { text, sentences, ...rest } = article;
    if (size > 0 && size + text.length > TEXT_CHUNK_CHARS) {
      chunks.push(current);
      current = {};
      size = 0;
    }
    current[article.id] = { text, sentences };
    size += text.length;
    return { ...rest, textChunk: chunks.length, textLength: text.length };
  });
  if (Object.keys(current).length > 0 || chunks.length === 0) chunks.push(current);
  return { index: { ...timeline, articles }, chunks };
}
