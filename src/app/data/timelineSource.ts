/**
 * Loads the timeline the site ships: the index once; article texts, article details and event mentions on demand
 * by chunk. Every request is made at most once (promises are cached), and a failed request can be retried by asking
 * again. What has arrived can be read synchronously (`loadedMentions`, `loadedArticle`), so a panel that reopens
 * draws at once.
 */
import { unpackIndex, type ArticleBrief, type ArticleChunk, type ArticleSummary, type ArticleText, type DataManifest, type EventSummary, type MentionChunk, type PackedIndex, type TextChunk, type TimelineIndex } from '../../model/timelineIndex.ts';
import type { Mention } from '../../model/timeline.ts';

export type { ArticleText } from '../../model/timelineIndex.ts';

export interface TimelineSource {
  loadIndex(): Promise<TimelineIndex>;
  /** The index if it has arrived (and been unpacked), else undefined: lets the first render draw at once. */
  loadedIndex(): TimelineIndex | undefined;
  loadArticleText(article: Pick<ArticleSummary, 'id' | 'textChunk'>): Promise<ArticleText>;
  /** The summaries of these articles (their chunks fetched in parallel), in the order asked. */
  loadArticles(articles: readonly ArticleRef[]): Promise<ArticleSummary[]>;
  /** The article's summary if its chunk has arrived, else undefined. */
  loadedArticle(article: ArticleRef): ArticleSummary | undefined;
  /** Every article's summary in input order (every article chunk): for the Sources view, filters and exports. */
  loadAllArticles(): Promise<ArticleSummary[]>;
  loadMentions(event: Pick<EventSummary, 'id' | 'mentionChunk'>): Promise<Mention[]>;
  /** The event's mentions if their chunk has arrived, else undefined. */
  loadedMentions(event: Pick<EventSummary, 'id' | 'mentionChunk'>): Mention[] | undefined;
  /** Every event's mentions (every mention chunk, fetched in parallel): for the quote search and the exports. */
  loadAllMentions(): Promise<ReadonlyMap<string, Mention[]>>;
}

export type FetchJson = (url: string) => Promise<unknown>;

type ArticleRef = Pick<ArticleBrief, 'id' | 'articleChunk'>;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`);
  return response.json();
}

/** Chunk files fetched once each (`prepare` runs once on arrival); a failed fetch is forgotten so that asking again retries it. */
function chunkLoader<T>(urls: readonly string[], load: FetchJson, kind: string, prepare: (raw: unknown) => T = (raw) => raw as T) {
  const pending = new Map<number, Promise<T>>();
  const arrived = new Map<number, T>();
  const get = (chunk: number, owner: string): Promise<T> => {
    const url = urls[chunk];
    if (url === undefined) return Promise.reject(new Error(`No ${kind} chunk ${chunk} for ${owner}`));
    let promise = pending.get(chunk);
    if (!promise) {
      promise = load(url).then(
        (raw) => { const value = prepare(raw); arrived.set(chunk, value); return value; },
        (error: unknown) => { pending.delete(chunk); throw error; },
      );
      pending.set(chunk, promise);
    }
    return promise;
  };
  return {
    get,
    arrived: (chunk: number): T | undefined => arrived.get(chunk),
    all: (owner: string): Promise<T[]> => Promise.all(urls.map((_, i) => get(i, owner))),
  };
}

export function createTimelineSource(manifest: DataManifest, load: FetchJson = fetchJson): TimelineSource {
  let index: Promise<TimelineIndex> | null = null;
  let arrivedIndex: TimelineIndex | undefined;
  const texts = chunkLoader<TextChunk>(manifest.textChunks, load, 'text');
  const mentions = chunkLoader<MentionChunk>(manifest.mentionChunks, load, 'mention');
  // An article chunk is a list in input order; looked up by id once it has arrived.
  const articles = chunkLoader(manifest.articleChunks, load, 'article', (raw) => {
    const list = raw as ArticleChunk;
    return { list, byId: new Map(list.map((a) => [a.id, a])) };
  });
  const articleIn = (chunk: { byId: ReadonlyMap<string, ArticleSummary> }, id: string): ArticleSummary => {
    const found = chunk.byId.get(id);
    if (!found) throw new Error(`The details of article ${id} are missing from their chunk`);
    return found;
  };
  let allArticles: Promise<ArticleSummary[]> | null = null;
  let all: Promise<ReadonlyMap<string, Mention[]>> | null = null;

  const mentionsIn = (chunk: MentionChunk, eventId: string): Mention[] => {
    const found = chunk[eventId];
    if (!found) throw new Error(`The mentions of event ${eventId} are missing from their chunk`);
    return found;
  };

  return {
    loadIndex() {
      index ??= (load(manifest.index) as Promise<PackedIndex>).then((packed) => (arrivedIndex = unpackIndex(packed)))
        .catch((error: unknown) => { index = null; throw error; });
      return index;
    },
    loadedIndex() {
      return arrivedIndex;
    },
    async loadArticleText(article) {
      const text = (await texts.get(article.textChunk, `article ${article.id}`))[article.id];
      if (!text) throw new Error(`The text of article ${article.id} is missing from its chunk`);
      return text;
    },
    async loadArticles(refs) {
      const chunks = await Promise.all(refs.map((a) => articles.get(a.articleChunk, `article ${a.id}`)));
      return refs.map((a, i) => articleIn(chunks[i], a.id));
    },
    loadedArticle(article) {
      return articles.arrived(article.articleChunk)?.byId.get(article.id);
    },
    loadAllArticles() {
      allArticles ??= articles.all('the article list').then((chunks) => chunks.flatMap((c) => c.list))
        .catch((error: unknown) => { allArticles = null; throw error; });
      return allArticles;
    },
    async loadMentions(event) {
      return mentionsIn(await mentions.get(event.mentionChunk, `event ${event.id}`), event.id);
    },
    loadedMentions(event) {
      return mentions.arrived(event.mentionChunk)?.[event.id];
    },
    loadAllMentions() {
      all ??= mentions.all('the search')
        .then((chunks) => new Map(chunks.flatMap((chunk) => Object.entries(chunk))))
        .catch((error: unknown) => { all = null; throw error; });
      return all;
    },
  };
}
