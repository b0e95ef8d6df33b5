import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileNewsEvents, cjkNamesFor, looseNamesFor, namesFor, type NewsEventFile, type NewsEventTable } from './newsEvents.ts';
import { openNameIndexStore } from './nameIndexCache.ts';
import { readNewsEventFiles } from './index.ts';

const FILES: Array<[string, NewsEventFile]> = [['t.json', { events: [
  { id: 'harbour-fire', kind: 'disaster', when: ['2021-03-02'], sure: true, names: { en: ['harbour fire', 'Great Harbour Fire of Oslo'], ko: ['항구 화재'], zh: ['奥斯陆港口大火'], und: ['HF-21'] } },
  { id: 'harbour-cup', kind: 'sport', when: ['2022-06-10/2022-07-10', '2026-06-11/2026-07-19'], sure: true, names: { en: ['Harbour Cup'] } },
] }]];

const dirs: string[] = [];
const tempDir = () => { const d = mkdtempSync(join(tmpdir(), 'dateline-names-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A fresh table over `files` with a store in `dir`. */
function table(dir: string | null, files = FILES, version = 'v1'): NewsEventTable {
  const t = compileNewsEvents(files);
  if (dir) t.store = openNameIndexStore(dir, version);
  return t;
}

/** Every index of a language, as plain data to compare (the loose index without its per-run memo). */
const indexes = (t: NewsEventTable, lang: string) => {
  const { names, byStem } = looseNamesFor(t, lang);
  return { trie: namesFor(t, lang), loose: { names, byStem }, cjk: cjkNamesFor(t, lang) };
};

describe('the name-index cache', () => {
  it('gives back exactly the indexes built without it, for every kind and language', () => {
    const dir = tempDir();
    for (const lang of ['en', 'ko', 'zh', 'fr']) {
      const built = indexes(table(null), lang);
      expect(indexes(table(dir), lang), `${lang}, first run (builds and stores)`).toEqual(built);
      expect(indexes(table(dir), lang), `${lang}, second run (reads back)`).toEqual(built);
    }
    expect(readdirSync(dir).sort()).toEqual(['cjk-en.v8', 'cjk-ko.v8', 'cjk-und.v8', 'cjk-zh.v8', 'loose-en.v8', 'loose-ko.v8', 'loose-und.v8', 'loose-zh.v8', 'trie-en.v8', 'trie-ko.v8', 'trie-und.v8', 'trie-zh.v8']);
  });

  it('gives back the real data\'s indexes unchanged', () => {
    const dir = tempDir();
    const files = readNewsEventFiles();
    const built = indexes(table(null, files), 'pl');
    indexes(table(dir, files), 'pl');
    expect(indexes(table(dir, files), 'pl')).toEqual(built);
  });

  it('rebuilds when the names, or the code and data the version stands for, changed (one file per index, overwritten)', () => {
    const dir = tempDir();
    indexes(table(dir), 'en');
    const more: Array<[string, NewsEventFile]> = [['t.json', { events: [...FILES[0][1].events, { id: 'quay-flood', kind: 'disaster', when: ['2020-01-01'], sure: true, names: { en: ['Quay Flood'] } }] }]];
    expect(namesFor(table(dir, more), 'en').lit.has('quay')).toBe(true);
    expect(namesFor(table(dir, FILES, 'v2'), 'en').lit.has('quay')).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('trie-en'))).toEqual(['trie-en.v8']);
  });

  it('treats a damaged file, or a folder it cannot write, as no cache', () => {
    const dir = tempDir();
    const built = indexes(table(null), 'en');
    indexes(table(dir), 'en');
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), 'not a V8 value');
    expect(indexes(table(dir), 'en')).toEqual(built);
    const blocked = join(tempDir(), 'file');
    writeFileSync(blocked, '');
    expect(indexes(table(join(blocked, 'cache')), 'en')).toEqual(built);
  });
});
