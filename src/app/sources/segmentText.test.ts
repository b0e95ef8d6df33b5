// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { segmentText } from './segmentText.ts';

describe('segmentText', () => {
  it('splits at span edges, with offsets relative to the article', () => {
    const pieces = segmentText('poderia fazer a viagem já este mês, segundo', 100, [{ start: 123, end: 134, kind: 'date' }]);
    expect(pieces.map((p) => [p.text, p.kinds])).toEqual([
      ['poderia fazer a viagem ', []], ['já este mês', ['date']], [', segundo', []],
    ]);
  });
  it('overlapping spans give pieces with every kind', () => {
    const pieces = segmentText('abcdefghij', 0, [{ start: 2, end: 6, kind: 'date' }, { start: 4, end: 8, kind: 'trigger' }]);
    expect(pieces.map((p) => [p.text, p.kinds.join('+')])).toEqual([
      ['ab', ''], ['cd', 'date'], ['ef', 'date+trigger'], ['gh', 'trigger'], ['ij', ''],
    ]);
  });
  it('ignores spans outside the text and keeps every character', () => {
    const text = 'Hello <b>world</b>';
    const pieces = segmentText(text, 10, [{ start: 0, end: 5, kind: 'x' }, { start: 16, end: 40, kind: 'y' }]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.at(-1)).toMatchObject({ text: '<b>world</b>', kinds: ['y'] });
  });
});
