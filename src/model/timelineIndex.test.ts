import { describe, expect, it } from 'vitest';
import type { Article, Mention, Timeline, TimelineEvent } from './timeline.ts';
import { MENTION_CHUNK_CHARS, TEXT_CHUNK_CHARS, packIndex, restoreEvent, splitTimeline, summariseEvent, unpackIndex, type PackedIndex } from './timelineIndex.ts';

const article = (id: string, size: number): Article => ({
  id, file: `${id}.txt`, lang: 'en', title: id, url: null, published: null, text: 'x'.repeat(size), sentences: [[0, size]], timexes: [],
});
const DAY = { value: '2023-09-13', precision: 'day', start: '2023-09-13', end: '2023-09-13' } as const;
const mention = (articleId: string, sentence: number, quote = 'x'): Mention => ({
  article: articleId, sentence, start: sentence * 10, end: sentence * 10 + 5, quote, timex: null, status: 'occurred', date: DAY,
});
const event = (id: string, mentions: Mention[]): TimelineEvent => ({
  id, type: 'meeting', title: id, participants: ['P'], place: null, date: DAY, status: 'occurred', mentions, conflicts: [],
});
const timeline = (articles: Article[], events: TimelineEvent[] = []): Timeline => ({ schema: 'dateline/1', articles, events, warnings: [] });

describe('splitTimeline', () => {
  it('moves texts into text chunks, article details into article chunks, and keeps id and language in the index', () => {
    const { index, textChunks, articleChunks } = splitTimeline(timeline([article('a', 10), article('b', 20)]));
    expect(index.articles).toEqual([{ id: 'a', lang: 'en', articleChunk: 0 }, { id: 'b', lang: 'en', articleChunk: 0 }]);
    expect(articleChunks).toEqual([[
      { id: 'a', file: 'a.txt', lang: 'en', title: 'a', url: null, published: null, timexes: [], textChunk: 0, textLength: 10 },
      { id: 'b', file: 'b.txt', lang: 'en', title: 'b', url: null, published: null, timexes: [], textChunk: 0, textLength: 20 },
    ]]);
    expect(textChunks).toEqual([{
      a: { text: 'x'.repeat(10), sentences: [[0, 10]], eventSentences: [] },
      b: { text: 'x'.repeat(20), sentences: [[0, 20]], eventSentences: [] },
    }]);
  });

  it('starts a new chunk when the current one would pass the size target', () => {
    const big = TEXT_CHUNK_CHARS - 5;
    const { articleChunks, textChunks } = splitTimeline(timeline([article('a', big), article('b', 10), article('c', 1)]));
    expect(articleChunks.flat().map((a) => a.textChunk)).toEqual([0, 1, 1]);
    expect(textChunks.map((c) => Object.keys(c))).toEqual([['a'], ['b', 'c']]);
  });

  it('always has at least one chunk of each kind', () => {
    const { textChunks, articleChunks, mentionChunks } = splitTimeline(timeline([]));
    expect(textChunks).toEqual([{}]);
    expect(articleChunks).toEqual([[]]);
    expect(mentionChunks).toEqual([{}]);
  });

  it('keeps events without their mentions in the index: the reporting articles, once each, where mentions were', () => {
    const { index, mentionChunks } = splitTimeline(timeline([article('a', 50), article('b', 50)],
      [event('e1', [mention('b', 1), mention('a', 0), mention('b', 2)]), event('e2', [mention('a', 3)])]));
    expect(index.events[0]).toEqual({
      id: 'e1', type: 'meeting', title: 'e1', participants: ['P'], place: null, date: DAY, status: 'occurred', articles: ['b', 'a'], conflicts: [], mentionChunk: 0,
    });
    expect(Object.keys(index.events[0]).indexOf('articles')).toBe(7); // the place of `mentions` in the contract
    expect(mentionChunks).toEqual([{ e1: [mention('b', 1), mention('a', 0), mention('b', 2)], e2: [mention('a', 3)] }]);
  });

  it('gives each article the sentences of it that report events, with the events, in event order', () => {
    const { textChunks } = splitTimeline(timeline([article('a', 50), article('b', 50)],
      [event('e1', [mention('b', 1), mention('a', 0)]), event('e2', [mention('a', 3)])]));
    expect(textChunks[0].a.eventSentences).toEqual([{ event: 'e1', sentence: 0, start: 0, end: 5 }, { event: 'e2', sentence: 3, start: 30, end: 35 }]);
    expect(textChunks[0].b.eventSentences).toEqual([{ event: 'e1', sentence: 1, start: 10, end: 15 }]);
  });

  it('cuts mentions into chunks of about the target size, in event order', () => {
    const long = 'q'.repeat(Math.ceil(MENTION_CHUNK_CHARS * 0.6));
    const { index, mentionChunks } = splitTimeline(timeline([article('a', 10)],
      [event('e1', [mention('a', 0, long)]), event('e2', [mention('a', 0)]), event('e3', [mention('a', 0, long)])]));
    expect(index.events.map((e) => e.mentionChunk)).toEqual([0, 0, 1]);
    expect(mentionChunks.map((c) => Object.keys(c))).toEqual([['e1', 'e2'], ['e3']]);
  });
});

describe('restoreEvent', () => {
  it('is the inverse of summariseEvent, down to key order with optional fields', () => {
    const full: TimelineEvent = { ...event('e1', [mention('a', 0), mention('a', 1)]), merge: ['same day'], sourceCount: 1, edits: [{ field: 'title', from: 'x', to: 'e1' }], curated: true };
    const restored = restoreEvent(summariseEvent(full, 4), full.mentions);
    expect(restored).toEqual(full);
    expect(JSON.stringify(restored)).toBe(JSON.stringify(full));
  });
});

describe('packIndex', () => {
  const articles: Article[] = [
    { ...article('a', 10), published: { value: '2023-09-13', precision: 'day', source: 'metadata', window: ['2023-09-13', '2023-09-13'], evidence: [] } },
    { ...article('b', 10), meta: { desk: 'Asia' }, duplicateOf: 'a' },
  ];
  const events = [event('e1', [mention('a', 0)]), { ...event('e2', [mention('b', 0)]), edits: [{ field: 'title', from: 'x', to: 'e2' }], curated: true } as TimelineEvent];
  const { index } = splitTimeline({ ...timeline(articles, events), settings: { title: 'T' } });

  it('unpacks to the same index, keys in the same order, optional fields and nulls included', () => {
    const round = unpackIndex(JSON.parse(JSON.stringify(packIndex(index))) as PackedIndex);
    expect(round).toEqual(index);
    expect(JSON.stringify(round)).toBe(JSON.stringify(index));
  });

  it('refuses a coded field that holds something other than strings', () => {
    const odd = { ...index, events: [{ ...index.events[0], participants: [1] as unknown as string[] }] };
    expect(() => packIndex(odd)).toThrow(/participants must hold a string/);
  });

  it('names each key list and each repeated string once, not once per event', () => {
    const many = splitTimeline(timeline([article('a', 10)], Array.from({ length: 50 }, (_, i) => event(`e${i}`, [mention('a', 0)])))).index;
    const packed = packIndex(many);
    expect(packed.events.shapes).toHaveLength(2); // the event's keys and its date's
    // Type, status, participant and precision written once for fifty events (place is null).
    expect(packed.events.strings).toEqual(['meeting', 'P', 'day', 'occurred']);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(many).length * 0.5);
  });
});
