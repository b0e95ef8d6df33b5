import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, listSources, readSource } from './readSources.ts';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-read-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('listSources', () => {
  it('lists .txt files in JavaScript sort order and warns about everything else', () => {
    const dir = folder({ 'b.txt': 'b', 'a b ü.txt': 'a', 'B.txt': 'B', 'notes.md': 'x', 'dateline.gazetteer.json': '{}' });
    mkdirSync(join(dir, 'sub'));
    symlinkSync('/etc/hostname', join(dir, 'link.txt'));
    const listing = listSources(dir);
    expect(listing.files).toEqual(['B.txt', 'a b ü.txt', 'b.txt', 'link.txt']);
    expect(listing.warnings.map((w) => [w.file, w.code])).toEqual([['notes.md', 'skipped-file'], ['sub', 'skipped-folder']]);
  });

  it('does not follow links: the article is present, empty, with a warning', () => {
    const dir = folder({});
    symlinkSync('/etc/hostname', join(dir, 'outside.txt'));
    const article = readSource(dir, 'outside.txt');
    expect(article.text).toBe('');
    expect(article.warnings.map((w) => w.code)).toEqual(['symlink']);
  });
});

describe('readSource', () => {
  it('keeps the id verbatim and strips a UTF-8 BOM', () => {
    const dir = folder({ '26-name with spaces ü.txt': '\uFEFFHello.' });
    const article = readSource(dir, '26-name with spaces ü.txt');
    expect(article.id).toBe('26-name with spaces ü');
    expect(article.text).toBe('Hello.');
    expect(article.warnings).toEqual([]);
  });

  it('offsets count from after the front matter', () => {
    const dir = folder({ 'a.txt': '---\ntitle: T\n---\nBody.' });
    expect(readSource(dir, 'a.txt')).toMatchObject({ text: 'Body.', title: 'T' });
  });

  it('truncates a file over the cap at a character boundary, with a warning', () => {
    const dir = folder({ 'big.txt': 'ą'.repeat(1000) });
    const article = readSource(dir, 'big.txt', { maxArticleBytes: 101 });
    expect(article.text).toBe('ą'.repeat(50));
    expect(article.warnings.map((w) => w.code)).toEqual(['truncated']);
  });

  it('warns about empty files', () => {
    expect(readSource(folder({ 'e.txt': ' \n\t ' }), 'e.txt').warnings.map((w) => w.code)).toEqual(['empty']);
  });
});

describe('decodeArticleBytes', () => {
  it('decodes Windows-1252 with a warning', () => {
    const decoded = decodeArticleBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]));
    expect(decoded.text).toBe('café €');
    expect(decoded.problem?.code).toBe('not-utf8');
  });

  it('reads damaged UTF-8 as UTF-8 with replacement characters, not as Windows-1252', () => {
    const bytes = new Uint8Array([...Buffer.from('Zażółć gęślą jaźń '), 0xed, 0xa0, 0x80, ...Buffer.from(' koniec')]);
    const decoded = decodeArticleBytes(bytes);
    expect(decoded.text.startsWith('Zażółć gęślą jaźń ')).toBe(true);
    expect(decoded.text.endsWith(' koniec')).toBe(true);
    expect(decoded.problem?.code).toBe('invalid-utf8');
  });

  it('decodes UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeArticleBytes(bytes).text).toBe('Hi');
  });

  it('refuses binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(decodeArticleBytes(png)).toMatchObject({ text: '', problem: { code: 'binary' } });
  });
});
