// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createAppStore } from './appStore.ts';

describe('createAppStore', () => {
  it('starts with nothing selected', () => {
    const s = createAppStore().getState();
    expect([s.selectedEventId, s.reader, s.visibleRange]).toEqual([null, null, null]);
  });
  it('each store is independent', () => {
    const a = createAppStore(), b = createAppStore();
    a.getState().selectEvent('x');
    expect(b.getState().selectedEventId).toBeNull();
  });
  it('openReader selects the event and closeTopmost closes reader then panel', () => {
    const store = createAppStore();
    store.getState().openReader({ eventId: 'e1', mentionIndex: 2 });
    expect(store.getState()).toMatchObject({ selectedEventId: 'e1', reader: { eventId: 'e1', mentionIndex: 2 } });
    store.getState().closeTopmost();
    expect(store.getState()).toMatchObject({ selectedEventId: 'e1', reader: null });
    store.getState().closeTopmost();
    expect(store.getState().selectedEventId).toBeNull();
  });
  it('selecting another event closes a reader of the previous one', () => {
    const store = createAppStore({ selectedEventId: 'e1', reader: { eventId: 'e1', mentionIndex: 0 } });
    store.getState().selectEvent('e2');
    expect(store.getState()).toMatchObject({ selectedEventId: 'e2', reader: null });
  });
  it('setVisibleRange notifies only on change', () => {
    const store = createAppStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().setVisibleRange(['2023-01-01', '2023-12-31']);
    store.getState().setVisibleRange(['2023-01-01', '2023-12-31']);
    expect(calls).toBe(1);
  });
});

describe('filters and view', () => {
  it('setQuery and setFacet change only their part; clearFilters resets', () => {
    const store = createAppStore();
    store.getState().setQuery('putin');
    store.getState().setFacet('types', ['meeting']);
    expect(store.getState().filters).toMatchObject({ q: 'putin', types: ['meeting'], langs: [] });
    store.getState().clearFilters();
    expect(store.getState().filters.q).toBe('');
  });
  it('applyHashState restores selection, filters, mode and asks the timeline for the range', () => {
    const store = createAppStore({ reader: { eventId: 'other', mentionIndex: 0 }, selectedEventId: 'other' });
    store.getState().applyHashState({ event: 'e1', range: ['2023-01-01', '2023-03-31'], view: 'list',
      filters: { q: 'x', types: [], statuses: ['occurred'], langs: [], articles: [], participants: [] } });
    const s = store.getState();
    expect(s).toMatchObject({ selectedEventId: 'e1', reader: null, viewMode: 'list', visibleRange: ['2023-01-01', '2023-03-31'] });
    expect(s.rangeRequest?.range).toEqual(['2023-01-01', '2023-03-31']);
    expect(s.filters.statuses).toEqual(['occurred']);
  });
  it('showEvent selects, closes the reader and asks the timeline to reveal the event', () => {
    const store = createAppStore({ selectedEventId: 'e1', reader: { eventId: 'e1', mentionIndex: 0 } });
    store.getState().showEvent('e2');
    expect(store.getState()).toMatchObject({ selectedEventId: 'e2', reader: null, revealRequest: { eventId: 'e2' } });
  });
});
