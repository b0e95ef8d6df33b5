import { describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE, heightMessage, isEmbedRequested, isHeightMessage, leavesPage, startHeightReporter } from './embedMode.ts';

const at = (search: string, hash = '') => ({ search, hash });

describe('isEmbedRequested', () => {
  it('reads ?embed in the query, with or without a value', () => {
    expect(isEmbedRequested(at('?embed'))).toBe(true);
    expect(isEmbedRequested(at('?embed=1'))).toBe(true);
    expect(isEmbedRequested(at('?x=2&embed=true'))).toBe(true);
    expect(isEmbedRequested(at('?embed=0'))).toBe(false);
    expect(isEmbedRequested(at('?embed=false'))).toBe(false);
    expect(isEmbedRequested(at(''))).toBe(false);
    expect(isEmbedRequested(at('?embedded'))).toBe(false);
  });

  it('reads #embed in the hash next to deep-link keys, without taking them for the flag', () => {
    expect(isEmbedRequested(at('', '#embed'))).toBe(true);
    expect(isEmbedRequested(at('', '#event=kim--putin&embed'))).toBe(true);
    expect(isEmbedRequested(at('', '#embed=1&from=2023-01-01'))).toBe(true);
    expect(isEmbedRequested(at('', '#event=embed'))).toBe(false);
    expect(isEmbedRequested(at('', '#q=embed'))).toBe(false);
  });

  it('the query wins over the hash, and deep links after ?embed stay intact', () => {
    expect(isEmbedRequested(at('?embed=0', '#embed'))).toBe(false);
    expect(isEmbedRequested(at('?embed', '#event=a&from=2023-01-01&to=2023-12-31'))).toBe(true);
  });
});

describe('height messages', () => {
  it('rounds up and never goes negative', () => {
    expect(heightMessage(401.2)).toEqual({ type: HEIGHT_MESSAGE, height: 402 });
    expect(heightMessage(-3)).toEqual({ type: HEIGHT_MESSAGE, height: 0 });
  });

  it('accepts only well-formed messages', () => {
    expect(isHeightMessage({ type: 'dateline:height', height: 300 })).toBe(true);
    for (const bad of [null, 'dateline:height', { type: 'other', height: 3 }, { type: 'dateline:height', height: '300' },
      { type: 'dateline:height', height: Number.NaN }, { type: 'dateline:height', height: -1 }, { type: 'dateline:height' }]) {
      expect(isHeightMessage(bad)).toBe(false);
    }
  });
});

describe('startHeightReporter', () => {
  function fakeElement(height: number) {
    return { height, getBoundingClientRect() { return { height: this.height } as DOMRect; }, get scrollHeight() { return Math.floor(this.height); } };
  }

  it('posts on start and on every change, skips repeats, stops on disconnect', () => {
    let notify = () => {};
    const disconnect = vi.fn();
    class FakeObserver {
      constructor(callback: () => void) { notify = callback; }
      observe() {}
      disconnect() { disconnect(); }
    }
    const element = fakeElement(500.4);
    const posts: number[] = [];
    const stop = startHeightReporter(element as unknown as Element, (m) => posts.push(m.height), FakeObserver);
    expect(posts).toEqual([501]);
    notify();
    expect(posts).toEqual([501]); // same height: no message
    element.height = 620;
    notify();
    element.height = 300;
    notify();
    expect(posts).toEqual([501, 620, 300]); // shrinking is reported too
    stop();
    expect(disconnect).toHaveBeenCalledOnce();
  });
});

describe('leavesPage', () => {
  const page = 'https://news.example/dateline/?embed#event=a';
  it('links to other pages or sites leave; links within the page do not', () => {
    expect(leavesPage('https://example.org/story', page)).toBe(true);
    expect(leavesPage('/other', page)).toBe(true);
    expect(leavesPage('?embed=0', page)).toBe(true);
    expect(leavesPage('#event=b', page)).toBe(false);
    expect(leavesPage('https://news.example/dateline/?embed#x', page)).toBe(false);
    expect(leavesPage('mailto:desk@news.example', page)).toBe(true);
    expect(leavesPage('javascript:alert(1)', page)).toBe(false);
    expect(leavesPage('blob:https://news.example/uuid', page)).toBe(false); // downloads stay where they are
  });
});
