// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Timeline } from '../../model/timeline.ts';
import { App } from '../App.tsx';
import { memoryTimelineSource } from '../data/memorySource.ts';
import { createAppStore } from '../store/appStore.ts';

const TEXT = '<img src=x onerror="window.__pwned=1"> Nothing happened here.';
const timeline: Timeline = {
  schema: 'dateline/1',
  articles: [{ id: 'x', file: 'x.txt', lang: 'en', title: '<script>window.__pwned=2</script>', url: 'javascript:alert(1)', published: null,
    text: TEXT, sentences: [[0, TEXT.length]], timexes: [] }],
  events: [],
  warnings: [
    { article: 'x', file: 'x.txt', code: 'no-document-date', message: 'No date was given.' },
    { article: null, file: 'sub', code: 'skipped-folder', message: 'Skipped sub-folder "sub".' },
  ],
};

afterEach(cleanup);

describe('Sources view', () => {
  it('lists an article without events, with its warnings as text, and opens it in a reader; Escape goes back', async () => {
    const { source } = memoryTimelineSource(timeline);
    const store = createAppStore({ viewMode: 'sources' });
    render(<App source={source} store={store} />);
    const table = await screen.findByRole('table');
    expect(within(table).getByText('1 article in the order they were read, 1 with warnings')).toBeTruthy();
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1].textContent).toContain('⚠ 1 warning');
    expect(rows[1].textContent).toContain('No date was given.');
    expect(screen.getByRole('region', { name: /Not read as articles/ }).textContent).toContain('sub: Skipped sub-folder "sub".');
    expect(document.querySelector('script, img')).toBeNull();

    fireEvent.click(within(table).getByRole('button', { name: '<script>window.__pwned=2</script>' }));
    const text = await screen.findByTestId('reader-text');
    expect(text.textContent).toBe(TEXT);
    expect(document.querySelector('img, script')).toBeNull();
    expect([...document.querySelectorAll('a')].filter((a) => !/^(#|https?:)/.test(a.getAttribute('href') ?? ''))).toEqual([]);
    fireEvent.keyDown(document, { key: 'Escape' });
    await waitFor(() => expect(screen.getByRole('table')).toBeTruthy());
  });
});
