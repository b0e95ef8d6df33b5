import { describe, expect, it } from 'vitest';
import type { Mention, TimelineEvent, Warning } from '../../model/timeline.ts';
import { summariseEvent, type ArticleSummary, type EventSummary } from '../../model/timelineIndex.ts';
import { countEventsByArticle, groupWarnings, shortTitle, sourceRows, TITLE_CHARS } from './sourcesViewRows.ts';

const article = (id: string): ArticleSummary => ({ id, file: `${id}.txt`, lang: 'en', title: id, url: null, published: null, timexes: [], meta: {}, textChunk: 0, textLength: 0 } as unknown as ArticleSummary);
const warning = (articleId: string | null, file: string, code: string): Warning => ({ article: articleId, file, code, message: `${code} in ${file}` });
const event = (id: string, articles: string[]): EventSummary => summariseEvent({ id, mentions: articles.map((a) => ({ article: a }) as Mention) } as TimelineEvent, 0);

describe('sources view rows', () => {
  it('groups warnings by article in order; folder-level and unknown-article warnings go to the folder group', () => {
    const ws = [warning('a', 'a.txt', 'empty'), warning(null, 'sub', 'skipped-folder'), warning('a', 'a.txt', 'binary'), warning('gone', 'gone.txt', 'x'), warning('B', 'B.txt', 'utf16')];
    const { byArticle, folder } = groupWarnings(ws, new Set(['a', 'B', 'b']));
    expect(byArticle.get('a')!.map((w) => w.code)).toEqual(['empty', 'binary']);
    expect(byArticle.get('B')!.map((w) => w.code)).toEqual(['utf16']);
    expect(byArticle.has('b')).toBe(false); // case twins stay apart
    expect(folder.map((w) => w.file)).toEqual(['sub', 'gone.txt']);
  });

  it('counts each event once per article it cites', () => {
    const counts = countEventsByArticle([event('e1', ['a', 'a', 'b']), event('e2', ['a'])]);
    expect(counts.get('a')).toBe(2);
    expect(counts.get('b')).toBe(1);
    expect(counts.has('c')).toBe(false);
  });

  it('lists every article in input order, with or without events and warnings; no warning is lost', () => {
    const articles = ['z', 'a', 'constructor', '__proto__'].map(article);
    const ws = [warning('a', 'a.txt', 'empty'), warning(null, 'notes.md', 'skipped-file'), warning('__proto__', '__proto__.txt', 'empty')];
    const { rows, folder } = sourceRows(articles, [event('e1', ['z'])], ws);
    expect(rows.map((r) => [r.article.id, r.eventCount, r.warnings.length])).toEqual([['z', 1, 0], ['a', 0, 1], ['constructor', 0, 0], ['__proto__', 0, 1]]);
    expect(folder).toHaveLength(1);
    expect(rows.reduce((n, r) => n + r.warnings.length, 0) + folder.length).toBe(ws.length);
  });

  it('shortens long titles without splitting a surrogate pair', () => {
    expect(shortTitle('  Short  ')).toBe('Short');
    expect(shortTitle('x'.repeat(1_000_000))).toBe(`${'x'.repeat(TITLE_CHARS)}…`);
    const emoji = `${'x'.repeat(TITLE_CHARS - 1)}🚀🚀`;
    const cut = shortTitle(emoji);
    expect(cut).toBe(`${'x'.repeat(TITLE_CHARS - 1)}…`);
    expect(cut.isWellFormed()).toBe(true);
  });
});
