import { describe, expect, it } from 'vitest';
import type { Article, Mention, Timeline, TimelineEvent } from '../../model/timeline.ts';
import { MENTION_CHUNK_CHARS } from '../../model/timelineIndex.ts';
import { memoryTimelineSource } from './memorySource.ts';
import { createTimelineSource } from './timelineSource.ts';

const DAY = { value: '2023-09-13', precision: 'day', start: '2023-09-13', end: '2023-09-13' } as const;
const article = (id: string): Article => ({ id, file: `${id}.txt`, lang: 'en', title: `Title ${id}`, url: null, published: null, text: 'Text.', sentences: [[0, 5]], timexes: [] });
const mention = (articleId: string, quote = 'Text.'): Mention => ({ article: articleId, sentence: 0, start: 0, end: 5, quote, timex: null, status: 'occurred', date: DAY });
const event = (id: string, mentions: Mention[]): TimelineEvent => ({ id, type: 'meeting', title: id, participants: [], place: null, date: DAY, status: 'occurred', mentions, conflicts: [] });
// Quotes long enough for two mention chunks.
const long = 'q'.repeat(Math.ceil(MENTION_CHUNK_CHARS * 0.6));
const timeline: Timeline = {
  schema: 'dateline/1', articles: [article('a'), article('b')],
  events: [event('e1', [mention('a', long)]), event('e2', [mention('b', long), mention('a')])], warnings: [],
};

describe('timeline source', () => {
  it('fetches an event\'s mention chunk once, and has it at hand synchronously afterwards', async () => {
    const { source, requests } = memoryTimelineSource(timeline);
    const index = await source.loadIndex();
    const [e1, e2] = index.events;
    expect(e1.mentionChunk).not.toBe(e2.mentionChunk);
    expect(source.loadedMentions(e2)).toBeUndefined();
    const [first, again] = await Promise.all([source.loadMentions(e2), source.loadMentions(e2)]);
    expect(first).toEqual(timeline.events[1].mentions);
    expect(again).toBe(first);
    expect(source.loadedMentions(e2)).toBe(first);
    expect(source.loadedMentions(e1)).toBeUndefined(); // its chunk was never asked for
    expect(requests).toEqual(['index.json', `mentions-${e2.mentionChunk}.json`]);
  });

  it('loads every event\'s mentions for the search, each chunk once', async () => {
    const { source, requests } = memoryTimelineSource(timeline);
    const index = await source.loadIndex();
    await source.loadMentions(index.events[0]);
    const all = await source.loadAllMentions();
    expect([...all.keys()]).toEqual(['e1', 'e2']);
    expect(requests.filter((r) => r.startsWith('mentions-')).sort()).toEqual(['mentions-0.json', 'mentions-1.json']);
  });

  it('gives article summaries by id, at hand once their chunk has arrived, and all of them in input order', async () => {
    const { source } = memoryTimelineSource(timeline);
    const index = await source.loadIndex();
    expect(index.articles).toEqual([{ id: 'a', lang: 'en', articleChunk: 0 }, { id: 'b', lang: 'en', articleChunk: 0 }]);
    expect(source.loadedArticle(index.articles[1])).toBeUndefined();
    expect((await source.loadArticles([index.articles[1]])).map((a) => a.title)).toEqual(['Title b']);
    expect(source.loadedArticle(index.articles[0])?.title).toBe('Title a');
    expect((await source.loadAllArticles()).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('retries a chunk whose request failed', async () => {
    const { manifest, load } = memoryTimelineSource(timeline);
    let failNext = true;
    const flaky = createTimelineSource(manifest, async (url) => {
      if (url.startsWith('mentions-') && failNext) {
        failNext = false;
        throw new Error('offline');
      }
      return load(url);
    });
    const index = await flaky.loadIndex();
    await expect(flaky.loadMentions(index.events[0])).rejects.toThrow('offline');
    await expect(flaky.loadMentions(index.events[0])).resolves.toEqual(timeline.events[0].mentions);
  });
});
