import { describe, expect, it } from 'vitest';
import { parseFrontMatter, parseStatedDate, safeHttpUrl } from './frontMatter.ts';

describe('parseFrontMatter', () => {
  it('reads the known keys and keeps unknown ones in meta, with comments dropped', () => {
    const raw = '---\ntitle: Kim arrives\nurl: https://example.org/a#frag\npublished: 2019-04-24   # day\nlang: DE\nsource: wire\n---\nBody text.';
    const fm = parseFrontMatter(raw);
    expect(fm).toMatchObject({ title: 'Kim arrives', url: 'https://example.org/a#frag', published: { value: '2019-04-24', precision: 'day' }, lang: 'de', meta: { source: 'wire' }, problems: [] });
    expect(raw.slice(fm.bodyStart)).toBe('Body text.');
  });

  it('returns the whole text as body when there is no front matter', () => {
    expect(parseFrontMatter('Just text\n---\nmore').bodyStart).toBe(0);
  });

  it('reads an unclosed block as text and says so', () => {
    const fm = parseFrontMatter('---\ntitle: x\nno end');
    expect(fm.bodyStart).toBe(0);
    expect(fm.problems.map((p) => p.code)).toEqual(['front-matter-unclosed']);
  });

  it('never expands YAML anchors or aliases: values stay plain text', () => {
    const fm = parseFrontMatter('---\nbase: &a hello\nother: *a\n---\n');
    expect(fm.meta).toEqual({ base: '&a hello', other: '*a' });
  });

  it('rejects bad dates, non-http urls and bad language codes with warnings', () => {
    const fm = parseFrontMatter('---\npublished: 2023-13-45\nurl: javascript:alert(1)\nlang: english\n---\n');
    expect(fm.published).toBeNull();
    expect(fm.url).toBeNull();
    expect(fm.lang).toBeNull();
    expect(fm.problems.map((p) => p.code)).toEqual(['front-matter-date', 'front-matter-url', 'front-matter-lang']);
  });

  it('cuts a huge value and warns', () => {
    const fm = parseFrontMatter(`---\ntitle: ${'x'.repeat(1_000_000)}\n---\nbody`);
    expect(fm.title!.length).toBe(2000);
    expect(fm.problems[0].code).toBe('front-matter-value-too-long');
  });
});

describe('parseStatedDate', () => {
  it.each([
    ['2019', { value: '2019', precision: 'year' }],
    ['2019-04', { value: '2019-04', precision: 'month' }],
    ['2024-02-29', { value: '2024-02-29', precision: 'day' }],
    ['2023-02-29', null],
    ['2023-00', null],
    ['April 2019', null],
  ])('parseStatedDate(%j)', (raw, expected) => {
    expect(parseStatedDate(raw)).toEqual(expected);
  });
});

describe('safeHttpUrl', () => {
  it('keeps http(s) and drops every other scheme', () => {
    expect(safeHttpUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});
