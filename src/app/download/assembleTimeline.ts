/**
 * The full contract Timeline back from what the site ships (the index, the text and the mention chunks), for
 * downloads: exports such as the mentions CSV and timeline.json itself need every article's text and every
 * event's mentions. The inverse of
 * `splitTimeline`, down to key order, so the downloaded timeline.json matches `npm run extract` byte for byte.
 */
import type { Article, Mention, Timeline } from '../../model/timeline.ts';
import { restoreEvent, type ArticleSummary, type EventSummary, type TimelineIndex } from '../../model/timelineIndex.ts';
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

/** `articles`: every article's summary, in input order (the article chunks, as `loadAllArticles` gives them). */
export function assembleTimeline(index: TimelineIndex, articles: readonly ArticleSummary[], textOf: (article: ArticleSummary) => ArticleText, mentionsOf: (event: EventSummary) => Mention[]): Timeline {
  const timeline: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(index)) {
    timeline[key] = key === 'articles' ? articles.map((a) => restoreArticle(a, textOf(a)))
      : key === 'events' ? index.events.map((e) => restoreEvent(e, mentionsOf(e)))
        : value;
  }
  return timeline as unknown as Timeline;
}

/** Loads every article, text and mention chunk (each once: the source caches them) and assembles the timeline. */
export async function loadFullTimeline(index: TimelineIndex, source: TimelineSource): Promise<Timeline> {
  const [articles, mentions] = await Promise.all([
    source.loadAllArticles(),
    Promise.all(index.events.map((event) => source.loadMentions(event))),
  ]);
  const texts = await Promise.all(articles.map((article) => source.loadArticleText(article)));
  const textById = new Map(articles.map((article, i) => [article.id, texts[i]]));
  const mentionsById = new Map(index.events.map((event, i) => [event.id, mentions[i]]));
  return assembleTimeline(index, articles, (article) => textById.get(article.id)!, (event) => mentionsById.get(event.id)!);
}
