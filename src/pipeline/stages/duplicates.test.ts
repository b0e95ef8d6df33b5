/** Near-identical articles (MinHash + LSH bands): found, grouped to the first, counted once per event. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDuplicates, markDuplicates, signature, similarity, words as foldedWords } from './duplicates.ts';
import type { Article, TimelineEvent } from '../../model/timeline.ts';

const story = readFileSync('seeds/000_af0fb08b442df844.txt', 'utf8');
const other = readFileSync('seeds/001_2c980a4c415432fd.txt', 'utf8');
/** The same agency story as another site prints it: a different header, a credit line, some spaces and quotes. */
const syndicated = `AGENCY WIRE — ${story.replace(/\s+/g, ' ').replace(/"/g, '“')}\nReporting by the wire service. All rights reserved.`;

function article(id: string, text: string): Article {
  return { id, file: `${id}.txt`, lang: 'pt', title: id, url: null, published: null, text, sentences: [], timexes: [] };
}

describe('findDuplicates', () => {
  it('finds a syndicated copy and an article saved twice, not a different story', () => {
    const found = findDuplicates([article('a', story), article('b', other), article('c', syndicated), article('d', story), article('e', '')]);
    expect([...found]).toEqual([['c', 'a'], ['d', 'a']]);
    expect(similarity(signature(story)!, signature(syndicated)!)).toBeGreaterThan(0.8);
    expect(similarity(signature(story)!, signature(other)!)).toBeLessThan(0.3);
  });

  it('points every copy at the first of its group in input order', () => {
    expect([...findDuplicates([article('z', syndicated), article('y', story)])]).toEqual([['y', 'z']]);
  });

  it('stays near-linear: full size against a quarter grows no faster than n log n (all pairs would grow 16×)', () => {
    const vocabulary = words(4000);
    let seed = 7;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const folder = (n: number) => {
      const many = Array.from({ length: n }, (_, i) => article(`n${i}`, Array.from({ length: 80 }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' ')));
      many.push(article('copy', many[Math.floor(n / 3)].text));
      return many;
    };
    const full = folder(2400), quarter = folder(600);
    let small = Infinity, large = Infinity;
    // Fastest of five, the two sizes in turn so that a burst of load on the shared machine hits both alike.
    for (let i = 0; i < 5; i++) {
      small = Math.min(small, elapsed(() => findDuplicates(quarter)));
      large = Math.min(large, elapsed(() => findDuplicates(full)));
    }
    expect([...findDuplicates(full)]).toEqual([['copy', 'n800']]);
    expect([...findDuplicates(quarter)]).toEqual([['copy', 'n200']]);
    expect(large / small, `${large.toFixed(0)} ms at full size, ${small.toFixed(0)} ms at a quarter`).toBeLessThan(GROWTH_LIMIT);
  });
});

/** Linear work grows 4× from a quarter to full size, n log n about 5×, quadratic 16×: the limit sits between. */
const GROWTH_LIMIT = 9;

function elapsed(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

function words(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `w${i.toString(36)}x`);
}

describe('markDuplicates', () => {
  it('marks copies and counts them once in sourceCount', () => {
    const mention = (a: string) => ({ article: a, sentence: 0, start: 0, end: 1, quote: 'x', timex: null, status: 'occurred' as const, date: { value: '2023', precision: 'year' as const, start: '2023-01-01', end: '2023-12-31' } });
    const event = (id: string, arts: string[]): TimelineEvent => ({ id, type: 'meeting', title: id, participants: [], place: null, date: mention('a').date, status: 'occurred', mentions: arts.map(mention), conflicts: [] });
    const t = markDuplicates({ articles: [article('a', story), article('b', other), article('c', syndicated)], events: [event('e1', ['a', 'b', 'c']), event('e2', ['b'])] }, findDuplicates([article('a', story), article('b', other), article('c', syndicated)]));
    expect(t.articles.map((a) => a.duplicateOf)).toEqual([undefined, undefined, 'a']);
    expect(t.events[0].sourceCount).toBe(2);
    expect('sourceCount' in t.events[1]).toBe(false);
  });
});

describe('a syndicated pair in a sources folder', () => {
  it('keeps both articles but counts the pair once', async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { extractTimeline } = await import('../index.ts');
    const dir = mkdtempSync(join(tmpdir(), 'dateline-dup-'));
    cpSync('seeds', dir, { recursive: true });
    writeFileSync(join(dir, 'zz-wire-copy.txt'), readFileSync('seeds/000_af0fb08b442df844.txt', 'utf8').replace(/\s+/g, ' '));
    const t = await extractTimeline(dir);
    expect(t.articles.find((a) => a.id === 'zz-wire-copy')?.duplicateOf).toBe('000_af0fb08b442df844');
    expect(t.articles.filter((a) => a.duplicateOf)).toHaveLength(1);
    const meeting = t.events.find((e) => e.id === 'kim-jong-un--vladimir-putin--meeting--2023-09')!;
    const articles = new Set(meeting.mentions.map((m) => m.article));
    expect(articles.has('zz-wire-copy')).toBe(true);
    expect(meeting.sourceCount).toBe(articles.size - 1);
  });
});

describe('words', () => {
  const reference = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

  it('finds the same words as the regex it replaces, on any text (accents, scripts, surrogates, digits, marks)', () => {
    const pieces = ['Ünïcödé', ' ', 'Kim Jong Un', '2023', '¹²', '٣', 'Ⅻ', '🎉', '𝐀𝐁', '\ud800', 'x\udc00', '北京', 'ẞ', 'İ', 'ǅ', '—', "l'Ucraina", '\u0301', 'ﬁ', '①'];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string())), (parts) => {
      const text = parts.join('');
      expect(foldedWords(text)).toEqual(reference(text));
    }), { numRuns: 500 });
  });

  it('folds case and accents and splits on everything that is not a letter or number', () => {
    expect(foldedWords('Zażółć GĘŚLĄ, jaźń! 3,5 km²')).toEqual(['zazołc', 'gesla', 'jazn', '3', '5', 'km2']);
  });
});
