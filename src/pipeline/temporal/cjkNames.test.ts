/**
 * Names written without spaces (Chinese, Japanese) match word by word, as copy inserts words into them:
 * "神舟九号载人飞船发射" for "神舟九号发射", "天皇陛下の退位" for "天皇退位". A name's parts come from the language's
 * Intl word segmenter; they must stand in the name's order within a few characters more than the name has.
 */
import { describe, expect, it } from 'vitest';
import { cjkNamesFor, compileNewsEvents, matchCjkNames } from './newsEvents.ts';

const table = compileNewsEvents([['t.json', { events: [
  { id: 'bridge', kind: 'technology', when: ['2019-05-01'], sure: true, names: { zh: ['长江大桥通车'] } },
  { id: 'launch', kind: 'space', when: ['2012-06-16'], sure: true, names: { zh: ['神舟九号发射'] } },
  { id: 'abdication', kind: 'royal', when: ['2019-04-30'], sure: true, names: { ja: ['天皇退位'] } },
  { id: 'single', kind: 'other', when: ['2020-01-01'], sure: true, names: { zh: ['大会'] } },
] }]]);

const ids = (text: string, lang: string) => matchCjkNames(text, 0, text.length, cjkNamesFor(table, lang)).map((m) => [m.id, text.slice(m.start, m.end)]);

describe('CJK names, word by word', () => {
  it.each([
    ['zh', '神舟九号载人飞船今天发射升空。', 'launch', '神舟九号载人飞船今天发射'],
    ['zh', '长江大桥今天正式通车。', 'bridge', '长江大桥今天正式通车'],
    ['ja', '天皇陛下の退位に伴う改元が行われた。', 'abdication', '天皇陛下の退位'],
  ])('%s: %s', (lang, text, id, span) => {
    expect(ids(text, lang)).toEqual([[id, span]]);
  });

  it.each([
    // The words out of order, too far apart, or a name of one word (matched exactly only).
    ['zh', '发射神舟九号的计划公布。'],
    ['zh', '长江大桥建成后，经过多年的讨论、规划、设计和反复的论证，终于通车。'],
    ['zh', '全国人民代表大会今天开幕。'],
  ])('%s: no match in %s', (lang, text) => {
    expect(ids(text, lang)).toEqual([]);
  });
});
