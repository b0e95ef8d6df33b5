// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEdit, TimelineEvent } from '../../model/timeline.ts';
import { forgetReveal, pendingReveal, rememberReveal, revealedEventId } from './revealAfterRebuild.ts';

function event(id: string, quote: string, edits?: EventEdit[]): TimelineEvent {
  const date = { value: '2023', precision: 'year' as const, start: '2023-01-01', end: '2023-12-31' };
  return {
    id, title: id, type: 'other', participants: [], place: null, status: 'occurred', conflicts: [], date, edits,
    mentions: [{ article: 'a1', sentence: 0, start: 0, end: quote.length, quote, timex: null, status: 'occurred', date }],
  };
}

describe('showing the event an editor made, once the rebuilt data has it', () => {
  afterEach(forgetReveal);
  const events = [
    event('machine', 'They met in the capital.'),
    event('added', 'They met in the capital.', [{ field: 'added', from: null, to: 'Talks' }]),
    event('source', 'They met in the capital.', [{ field: 'split', from: 3, to: 2 }]),
    event('source--split-x', 'They met in\nthe capital.', [{ field: 'split', from: 'source', to: 'source--split-x' }]),
  ];

  it('finds the added event, or the event split off the named one, by its sentence', () => {
    expect(revealedEventId(events, { article: 'a1', quote: 'They met  in the capital.' })).toBe('added');
    expect(revealedEventId(events, { article: 'a1', quote: 'They met in the capital.', from: 'source' })).toBe('source--split-x');
    expect(revealedEventId(events, { article: 'a1', quote: 'They met in the capital.', from: 'elsewhere' })).toBeNull();
    expect(revealedEventId(events, { article: 'a2', quote: 'They met in the capital.' })).toBeNull();
    expect(revealedEventId(events.slice(0, 1), { article: 'a1', quote: 'They met in the capital.' })).toBeNull();
  });

  it('keeps the note across a reload (sessionStorage) for a minute at most', () => {
    rememberReveal({ article: 'a1', quote: 'q', from: 'e' }, 1_000);
    expect(pendingReveal(30_000)).toEqual({ article: 'a1', quote: 'q', from: 'e' });
    expect(pendingReveal(62_000)).toBeNull();
    expect(sessionStorage.length).toBe(0);
    sessionStorage.setItem('dateline:reveal-after-rebuild', '{ broken');
    expect(pendingReveal()).toBeNull();
  });
});
