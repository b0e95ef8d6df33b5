// @vitest-environment jsdom
/** New data pushed by the dev server replaces the shown index in place, and the selection survives when it can. */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../model/timeline.ts';
import { packIndex, summariseEvent, type DataManifest, type TimelineIndex } from '../../model/timelineIndex.ts';
import { StoreProvider } from '../store/StoreProvider.tsx';
import { createAppStore, type AppStore } from '../store/appStore.ts';
import { resolveManifest, type DataUpdates } from './hotData.ts';
import { TimelineDataProvider, useTimelineData } from './TimelineDataProvider.tsx';
import { createTimelineSource } from './timelineSource.ts';

const DAY = { value: '2023-09-13', precision: 'day', start: '2023-09-13', end: '2023-09-13' } as const;
const event = (id: string, title: string): TimelineEvent => ({
  id, type: 'meeting', title, participants: [], place: null, status: 'occurred', date: DAY, conflicts: [],
  mentions: [{ article: 'a1', sentence: 0, start: 0, end: 5, quote: 'Quote', timex: null, status: 'occurred', date: DAY }],
});
const index = (...events: TimelineEvent[]): TimelineIndex => ({ schema: 'dateline/1', articles: [], events: events.map((e) => summariseEvent(e, 0)), warnings: [] });

/** A fake server: index files by URL, and a push channel like the dev server's. */
function fakeServer(files: Record<string, TimelineIndex>) {
  const listeners = new Set<(m: DataManifest) => void>();
  const updates: DataUpdates = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  // Served as the site ships it (packed).
  const load = async (url: string) => packIndex(files[url]);
  const push = (url: string) => act(() => { for (const l of listeners) l({ index: url, textChunks: [], articleChunks: [], mentionChunks: [] }); });
  return { updates, load, push, listeners };
}

function Titles() {
  const { index: shown } = useTimelineData();
  return <ul>{shown.events.map((e) => <li key={e.id}>{e.title}</li>)}</ul>;
}

function renderWith(server: ReturnType<typeof fakeServer>, store: AppStore) {
  const source = createTimelineSource({ index: 'v1', textChunks: [], articleChunks: [], mentionChunks: [] }, server.load);
  return render(
    <StoreProvider store={store}>
      <TimelineDataProvider source={source} updates={server.updates} load={server.load}>
        {(state) => (state.status === 'ready' ? <Titles /> : <p>{state.status}</p>)}
      </TimelineDataProvider>
    </StoreProvider>,
  );
}

afterEach(cleanup);

describe('hot data updates', () => {
  it('shows the pushed index without remounting, and keeps a selected event that still exists', async () => {
    const server = fakeServer({ v1: index(event('e1', 'First title'), event('e2', 'Second')), v2: index(event('e1', 'Renamed first'), event('e2', 'Second')) });
    const store = createAppStore({ selectedEventId: 'e1' });
    renderWith(server, store);
    await screen.findByText('First title');
    await server.push('v2');
    await screen.findByText('Renamed first');
    expect(screen.queryByText('First title')).toBeNull();
    expect(store.getState().selectedEventId).toBe('e1');
  });

  it('closes the panel of a selected event that is gone from the new data', async () => {
    const server = fakeServer({ v1: index(event('e1', 'First'), event('e2', 'Second')), v2: index(event('e2', 'Second')) });
    const store = createAppStore({ selectedEventId: 'e1' });
    renderWith(server, store);
    await screen.findByText('First');
    await server.push('v2');
    await waitFor(() => expect(screen.queryByText('First')).toBeNull());
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('stops listening when unmounted', async () => {
    const server = fakeServer({ v1: index(event('e1', 'First')) });
    const { unmount } = renderWith(server, createAppStore());
    await screen.findByText('First');
    expect(server.listeners.size).toBe(1);
    unmount();
    expect(server.listeners.size).toBe(0);
  });

  it('resolves the paths the server sends against the page', () => {
    expect(resolveManifest({ index: '/@dateline/i.json', textChunks: ['/@dateline/t0.json'], articleChunks: ['/@dateline/a0.json'], mentionChunks: ['/@dateline/m0.json'] }, 'http://localhost:5173/')).toEqual({
      index: 'http://localhost:5173/@dateline/i.json', textChunks: ['http://localhost:5173/@dateline/t0.json'],
      articleChunks: ['http://localhost:5173/@dateline/a0.json'], mentionChunks: ['http://localhost:5173/@dateline/m0.json'],
    });
  });
});
