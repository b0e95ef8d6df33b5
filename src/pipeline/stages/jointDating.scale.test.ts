/**
 * Joint dating searches, for each date-dependent mention, only the blocks that can hold a compatible mention:
 * checked by growth on a folder where one pair of countries is named by thousands of long lists of participants
 * (full size against a quarter, fastest of five; never a clock limit).
 */
import { describe, expect, it } from 'vitest';
import { analyseArticle, dateFolder, loadResources, type AnalysedArticle } from '../index.ts';
import type { SourceArticle } from '../types.ts';

const resources = loadResources();

const source = (id: string, text: string, published: SourceArticle['published']): SourceArticle => ({
  id, file: `${id}.txt`, text, title: null, url: null, published, lang: 'en', meta: {}, warnings: [],
});

// A two-country statement dated only relative to its article ("last week", the article dated to a month), and a
// firmly dated statement that names the same two countries among others.
const target = analyseArticle(source('t', 'Last week the United States and China said they had agreed to hold new trade talks.', { value: '2023-03', precision: 'month' }), resources);
const regional = analyseArticle(source('r', 'On 3 March 2023 the United States, China, Russia and Japan said they would meet again.', { value: '2023-03-04', precision: 'day' }), resources);

/** A copy of an analysed article under another id; `participantIds` replaces its mentions' participants. */
function copy(a: AnalysedArticle, id: string, participantIds?: string[]): AnalysedArticle {
  const mentions = a.mentions.map((m) => ({ ...m, article: id, affiliations: [], ...(participantIds ? { participantIds, participants: participantIds } : {}) }));
  return { ...a, article: { ...a.article, id, file: `${id}.txt` }, mentions };
}

/**
 * `n` long lists (six participants, two of them the pair) first, then `n` two-country targets. Every target has
 * more compatible mentions than joint dating uses (the other targets), but a search that met the long lists one by
 * one would reject all `n` of them first.
 */
function folder(n: number): AnalysedArticle[] {
  const lists = Array.from({ length: n }, (_, i) => copy(regional, `r${i}`, ['CN', 'JP', 'RU', 'US', 'org:a', 'org:b']));
  const targets = Array.from({ length: n }, (_, i) => copy(target, `t${i}`));
  return [...lists, ...targets];
}

/** Linear work grows 4× from a quarter to full size, n log n about 5×, quadratic 16×: the limit sits between. */
const GROWTH_LIMIT = 9;

const elapsed = (run: () => void) => {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};

describe('joint dating scales', () => {
  it('the fixture is what the test needs: a date-dependent two-country statement and a firm six-participant one', () => {
    expect(target.mentions.map((m) => [m.type, m.participantIds, m.dateSource])).toEqual([['statement', ['CN', 'US'], 'timex']]);
    expect(regional.mentions.some((m) => m.type === 'statement' && m.participantIds.includes('CN') && m.participantIds.includes('US'))).toBe(true);
    expect(regional.article.published).toMatchObject({ value: '2023-03-04', source: 'metadata' });
  });

  it('with a pair of countries in thousands of long lists: full size against a quarter grows no faster than n log n', () => {
    const full = folder(3200), quarter = folder(800);
    let small = Infinity, large = Infinity;
    // The two sizes in turn, so that a burst of load on the shared machine hits both alike.
    for (let i = 0; i < 5; i++) {
      small = Math.min(small, elapsed(() => dateFolder(quarter, resources)));
      large = Math.min(large, elapsed(() => dateFolder(full, resources)));
    }
    // Too many reports of a two-country statement name a recurring kind of statement, not one: nothing is redated.
    const dated = dateFolder(full, resources);
    expect(dated.every((a, i) => a === full[i])).toBe(true);
    expect(large / small, `${large.toFixed(0)} ms at full size, ${small.toFixed(0)} ms at a quarter`).toBeLessThan(GROWTH_LIMIT);
  });
});
