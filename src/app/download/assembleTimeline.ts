/**
 * The full contract Timeline back from what the site ships (the index and the text chunks), for downloads:
 * exports such as the mentions CSV and timeline.json itself need every article's text. The inverse of
 * `splitTimeline`, down to key order, so the downloaded timeline.json matches `npm run extract` byte for byte.
 */
import type { Article, Timeline } from '../../model/timeline.ts';
import type { ArticleSummary, TimelineIndex } from '../../model/timelineIndex.ts';
import type { ArticleText, TimelineSource } from '../data/timelineSource.ts';

/** One article with its text and sentences put back where the contract has them (before `timexes`). */
export function restoreArticle(summary: ArticleSummary, text: ArticleText): Article {
  const article: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'textChunk' || key === 'textLength') continue; // shipping details, not contract fields
    if (key === 'timexes') Object.assign(article, { text: text.text, sentences: text.sentences });
    article[key] = value;
  }
  if (!('text' in article)) Object.assign(article, { text: text.text, sentences: text.sentences });
  return article as unknown as Article;
}

export function assembleTimeline(index: TimelineIndex, textOf: (article: ArticleSummary) => ArticleText): Timeline {
  const timeline: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(index)) {
    timeline[key] = key === 'articles' ? index.articles.map((a) => restoreArticle(a, textOf(a))) : value;
  }
  return timeline as unknown as Timeline;
}

/** Loads every text chunk (each once: the source caches them) and assembles the timeline. */
export async function loadFullTimeline(index: TimelineIndex, source: TimelineSource): Promise<Timeline> {
  const texts = await Promise.all(index.articles.map((article) => source.loadArticleText(article)));
  const byId = new Map(index.articles.map((article, i) => [article.id, texts[i]]));
  return assembleTimeline(index, (article) => byId.get(article.id)!);
}
