/**
 * What every export says about an event's sources: the articles its mentions point at, their languages and the
 * first link a reader can follow. Kept in one place so the formats never disagree about "the first source URL".
 */
import type { Article, Mention, Timeline, TimelineEvent } from '../model/timeline.ts';

/** Article lookup by id (a timeline has few articles; a Map keeps every export linear). */
export function articlesById(timeline: Pick<Timeline, 'articles'>): Map<string, Article> {
  return new Map(timeline.articles.map((article) => [article.id, article]));
}

/**
 * The URL as given when it is an absolute http(s) URL, else null. Front matter is user input: a `javascript:` or
 * `data:` URL must never become a link, a media embed or a calendar URL.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed) || /[\s<>"]/.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : null;
  } catch {
    return null;
  }
}

/** One mention with the article it comes from (undefined when the timeline lacks that article). */
export interface SourcedMention {
  mention: Mention;
  article: Article | undefined;
}

export function eventSources(event: TimelineEvent, articles: Map<string, Article>): SourcedMention[] {
  return event.mentions.map((mention) => ({ mention, article: articles.get(mention.article) }));
}

/** The first http(s) URL among the event's source articles, in mention order. */
export function firstSourceUrl(event: TimelineEvent, articles: Map<string, Article>): string | null {
  for (const { article } of eventSources(event, articles)) {
    const url = safeHttpUrl(article?.url);
    if (url) return url;
  }
  return null;
}

/** Distinct articles the event is reported in. */
export function sourceArticleCount(event: TimelineEvent): number {
  return new Set(event.mentions.map((mention) => mention.article)).size;
}

/** Distinct languages of the source articles, sorted so the output does not depend on mention order. */
export function sourceLanguages(event: TimelineEvent, articles: Map<string, Article>): string[] {
  const langs = new Set<string>();
  for (const { article } of eventSources(event, articles)) langs.add(article?.lang ?? 'und');
  return [...langs].sort();
}

/** Sentence text as one line: exports that show quotes inline collapse the article's line breaks. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
