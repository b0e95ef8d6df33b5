// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SAMPLE_TIMELINE } from '../../export/__fixtures__/sample.ts';
import { EXPORT_FORMAT_IDS } from '../../export/index.ts';
import { memoryTimelineSource } from '../data/memorySource.ts';
import { DownloadMenu } from './DownloadMenu.tsx';

function setup() {
  const { index, source } = memoryTimelineSource(structuredClone(SAMPLE_TIMELINE));
  render(<DownloadMenu index={index} source={source} />);
  return screen.getByRole('button', { name: /Download/ });
}

describe('DownloadMenu', () => {
  const saved: Array<{ name: string; blob: Blob }> = [];
  beforeEach(() => {
    cleanup();
    saved.length = 0;
    let last: Blob | undefined;
    // jsdom has no object URLs and does not download: record what would have been saved.
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => { last = b; return 'blob:x'; }, revokeObjectURL: () => {} }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: last! });
    });
  });
  afterEach(() => { vi.restoreAllMocks(); cleanup(); });

  it('is a menu button: opens on the first item, arrows move, Escape closes and returns focus', async () => {
    const button = setup();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const items = await screen.findAllByRole('menuitem');
    expect(items).toHaveLength(1 + EXPORT_FORMAT_IDS.length + 2); // timeline.json, the formats, two pictures
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    fireEvent.keyDown(items[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1], { key: 'ArrowUp' });
    fireEvent.keyDown(items[0], { key: 'ArrowUp' }); // wraps
    expect(document.activeElement).toBe(items.at(-1));
    fireEvent.keyDown(items.at(-1)!, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    items[0].dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(true); // so the app does not also close the event panel
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(document.activeElement).toBe(button);
  });

  it('ArrowDown on the button opens the menu; a click outside closes it', async () => {
    const button = setup();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    await screen.findAllByRole('menuitem');
    fireEvent.pointerDown(document.body);
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  });

  it('downloads the chosen format, made from the full timeline (texts included)', async () => {
    const button = setup();
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('menuitem', { name: /Source sentences/ }));
    await screen.findByText('Downloaded dateline-mentions.csv');
    expect(saved.map((s) => s.name)).toEqual(['dateline-mentions.csv']);
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('menuitem', { name: /timeline\.json/ }));
    await screen.findByText('Downloaded timeline.json');
    expect(JSON.parse(await saved[1].blob.text())).toEqual(SAMPLE_TIMELINE);
  });
});
