// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Timeline } from '../model/timeline.ts';
import { App } from './App.tsx';
import { memoryTimelineSource } from './data/memorySource.ts';
import { createTimelineSource } from './data/timelineSource.ts';
import { createAppStore } from './store/appStore.ts';

const TEXT = 'Intro line. Kim will travel to Russia this month <script>alert(1)</script>. The end.';
const timeline: Timeline = {
  schema: 'dateline/1',
  articles: [{
    id: 'a1', file: 'a1.txt', lang: 'pt', title: 'Kim to visit', url: 'javascript:alert(1)',
    published: { value: '2023-09-04', precision: 'day', source: 'inferred', window: ['2023-09-04', '2023-09-05'], evidence: ['Monday remark'] },
    text: TEXT, sentences: [[0, 11], [12, 74], [75, 83]],
    timexes: [{ start: 38, end: 48, text: 'this month', value: '2023-09', type: 'DATE', precision: 'month', mod: null }],
  }],
  events: [{
    id: 'kim-putin-2023-09', type: 'meeting', title: 'Kim Jong Un and Vladimir Putin meet in Russia', participants: ['Kim Jong Un', 'Vladimir Putin'],
    place: 'Russia', date: { value: '2023-09', precision: 'month', start: '2023-09-01', end: '2023-09-30' }, status: 'expected',
    mentions: [{ article: 'a1', sentence: 1, start: 12, end: 74, quote: TEXT.slice(12, 74), timex: 0, status: 'expected',
      date: { value: '2023-09', precision: 'month', start: '2023-09-01', end: '2023-09-30' } }],
    conflicts: [{ field: 'date', values: ['2023-08', '2023-09'], mentions: [0] }], merge: ['same participants'],
  }],
  warnings: [{ article: null, file: 'notes', code: 'not-a-file', message: 'Sub-folder skipped.' }],
};

function renderApp() {
  const { source, requests } = memoryTimelineSource(timeline);
  const store = createAppStore();
  render(<App source={source} store={store} />);
  return { store, requests };
}

describe('App', () => {
  beforeEach(() => { cleanup(); history.replaceState(null, '', '/'); });
  afterEach(cleanup);

  it('renders one focusable mark per event with its accessible name, and the counts', async () => {
    const { requests } = renderApp();
    const mark = await screen.findByRole('button', { name: 'Kim Jong Un and Vladimir Putin meet in Russia, September 2023, expected, 1 source' });
    expect(mark.getAttribute('tabindex')).toBe('0');
    expect(screen.getByTestId('counts').textContent).toBe('1 event from 1 article');
    expect(screen.getByText('1 warning')).toBeTruthy();
    expect(requests).toEqual(['index.json']); // texts and mentions are not fetched until needed
  });

  it('Enter on a mark opens the panel with the quote and its date marked; Escape closes it', async () => {
    const { store } = renderApp();
    await screen.findByRole('button', { name: /meet in Russia/ });
    fireEvent.keyDown(screen.getByRole('button', { name: /meet in Russia/ }), { key: 'Enter' });
    const dialog = await screen.findByRole('dialog', { name: 'Kim Jong Un and Vladimir Putin meet in Russia' });
    // The quotes arrive with the event's mention chunk, just after the panel opens.
    expect((await within(dialog).findByText('this month', { selector: 'mark' })).className).toContain('hl-date');
    expect(within(dialog).getByText(/August 2023 vs September 2023/).textContent).toContain('Date: August 2023 vs September 2023');
    expect(within(dialog).getByText('Portuguese')).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('the reader fetches the text, renders markup as text, and never links to a javascript: URL', async () => {
    const { requests } = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: /meet in Russia/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Read article' }));
    const text = await screen.findByTestId('reader-text');
    // The panel fetched the event's mentions and its articles' details, the reader the article's text.
    expect(requests).toEqual(['index.json', 'mentions-0.json', 'articles-0.json', 'text-0.json']);
    expect(text.textContent).toBe(TEXT);
    expect(text.querySelector('script')).toBeNull();
    const selected = [...text.querySelectorAll('mark.hl-selected-sentence')].map((m) => m.textContent).join('');
    expect(selected).toBe(TEXT.slice(12, 74));
    // The only links are the event sentences, back to the timeline: never the javascript: URL.
    const hrefs = screen.queryAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#event=kim-putin-2023-09']);
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('reader-text')).toBeNull());
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('a highlighted sentence in the reader selects its event and closes the reader', async () => {
    const { store } = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: /meet in Russia/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Read article' }));
    await screen.findByTestId('reader-text');
    fireEvent.click(screen.getByRole('link'));
    expect(store.getState()).toMatchObject({ selectedEventId: 'kim-putin-2023-09', reader: null });
    expect(screen.queryByTestId('reader-text')).toBeNull();
  });

  it('search filters events out of the timeline, quotes included once loaded, and the hash follows', async () => {
    const { requests } = renderApp();
    await screen.findByRole('button', { name: /meet in Russia/ });
    // "travel" is only in the quote: the mentions load on the first query, and then it matches.
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'russia TRAVEL' } });
    await waitFor(() => expect(screen.getByTestId('filter-count').textContent).toBe('1 of 1 events match'));
    expect(requests).toEqual(['index.json', 'mentions-0.json']);
    expect(screen.getByRole('button', { name: /meet in Russia/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'beijing' } });
    await waitFor(() => expect(screen.getByTestId('filter-count').textContent).toBe('0 of 1 events match'));
    expect(screen.queryByRole('button', { name: /meet in Russia/ })).toBeNull();
    await waitFor(() => expect(location.hash).toBe('#q=beijing'));
  });

  it('a chunk that cannot be loaded is said in the panel and the search, and the rest still works', async () => {
    const { manifest, load } = memoryTimelineSource(timeline);
    const offline = new Set(['articles-0.json', 'mentions-0.json']);
    const source = createTimelineSource(manifest, async (url) => {
      if (offline.has(url)) throw new Error(`${url} is offline`);
      return load(url);
    });
    render(<App source={source} store={createAppStore()} />);
    fireEvent.click(await screen.findByRole('button', { name: /meet in Russia/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Kim Jong Un and Vladimir Putin meet in Russia' });
    expect((await within(dialog).findByRole('alert')).textContent).toContain('mentions-0.json is offline');
    fireEvent.keyDown(document, { key: 'Escape' });
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'putin' } });
    expect((await screen.findByText(/The quotes could not be loaded/)).textContent).toContain('titles and names are searched');
    await waitFor(() => expect(screen.getByTestId('filter-count').textContent).toBe('1 of 1 events match'));
  });

  it('the list view is a table with a caption and header cells', async () => {
    renderApp();
    await screen.findByRole('button', { name: /meet in Russia/ });
    fireEvent.click(screen.getByRole('button', { name: 'List' }));
    const table = await screen.findByRole('table');
    expect(table.querySelector('caption')?.textContent).toBe('1 event, sorted by date');
    expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent)).toEqual(['Date', 'Event', 'Status', 'Sources', 'Type', 'Where']);
    expect(within(table).getByRole('rowheader').textContent).toBe('Kim Jong Un and Vladimir Putin meet in Russia');
    await waitFor(() => expect(location.hash).toBe('#view=list'));
  });
});
