import { describe, expect, it } from 'vitest';
import type { Article, Timeline } from './timeline.ts';
import { TEXT_CHUNK_CHARS, splitTimeline } from './timelineIndex.ts';

const article = (id: string, size: number): Article => ({
  id, file: `${id}.txt`, lang: 'en', title: id, url: null, published: null, text: 'x'.repeat(size), sentences: [[0, size]], timexes: [],
});

describe('splitTimeline', () => {
  it('moves texts into chunks and keeps everything else in the index', () => {
    const timeline: Timeline = { schema: 'dateline/1', articles: [article('a', 10), article('b', 20)], events: [], warnings: [] };
    const { index, chunks } = splitTimeline(timeline);
    expect(index.articles).toEqual([
      { id: 'a', file: 'a.txt', lang: 'en', title: 'a', url: null, published: null, timexes: [], textChunk: 0, textLength: 10 },
      { id: 'b', file: 'b.txt', lang: 'en', title: 'b', url: null, published: null, timexes: [], textChunk: 0, textLength: 20 },
    ]);
    expect(chunks).toEqual([{ a: { text: 'x'.repeat(10), sentences: [[0, 10]] }, b: { text: 'x'.repeat(20), sentences: [[0, 20]] } }]);
  });

  it('starts a new chunk when the current one would pass the size target', () => {
    const big = TEXT_CHUNK_CHARS - 5;
    const { index, chunks } = splitTimeline({ schema: 'dateline/1', articles: [article('a', big), article('b', 10), article('c', 1)], events: [], warnings: [] });
    expect(index.articles.map((a) => a.textChunk)).toEqual([0, 1, 1]);
    expect(chunks.map((c) => Object.keys(c))).toEqual([['a'], ['b', 'c']]);
  });

  it('always has at least one chunk', () => {
    expect(splitTimeline({ schema: 'dateline/1', articles: [], events: [], warnings: [] }).chunks).toEqual([{}]);
  });
});
