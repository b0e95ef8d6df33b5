import { describe, expect, it } from 'vitest';
import { stripTags, trimChar } from './text.ts';

describe('trimChar', () => {
  it.each([['--a-b--', 'a-b'], ['----', ''], ['a', 'a'], ['', '']])('trimChar(%j, "-") is %j', (s, expected) => {
    expect(trimChar(s, '-')).toBe(expected);
  });
});

describe('stripTags', () => {
  it.each([
    ['<p>Hello <b>world</b></p>', 'Hello world'],
    ['a < b and c > d', 'a  d'],
    ['unclosed <tag and more', 'unclosed <tag and more'],
    ['<<<<', '<<<<'],
  ])('stripTags(%j) is %j', (s, expected) => {
    expect(stripTags(s)).toBe(expected);
  });
});
