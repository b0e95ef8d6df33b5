/** Shared e2e helpers: console error capture, the axe-core scan, reading the visible range, finding events. */
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('svg.plot-svg').locator('.mark, .cluster').first()).toBeVisible();
}

/** Runs axe-core in the page (injected from node_modules: @axe-core/playwright needs Node 22). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; nodes: string[] }>> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** First and last visible day, as the timeline publishes them on its <svg>. */
export async function visibleRange(page: Page): Promise<{ start: string; end: string; days: number }> {
  const svg = page.locator('svg.plot-svg');
  const start = (await svg.getAttribute('data-visible-start'))!;
  const end = (await svg.getAttribute('data-visible-end'))!;
  return { start, end, days: (Date.parse(end) - Date.parse(start)) / 86_400_000 };
}

export async function axisLabels(page: Page): Promise<string[]> {
  return page.locator('.axis-label').allTextContents();
}

/** Moves the mouse to the middle of the plot (wheel events go where the mouse is). */
export async function pointAtPlot(page: Page, fractionX = 0.5): Promise<{ x: number; y: number }> {
  const box = (await page.locator('svg.plot-svg').boundingBox())!;
  const point = { x: box.x + box.width * fractionX, y: box.y + 20 };
  await page.mouse.move(point.x, point.y);
  return point;
}

/** Waits until the zoom stops changing (animations are 220 ms). */
export async function settle(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = `${await page.locator('svg.plot-svg').getAttribute('data-zoom')}|${(await visibleRange(page)).start}`;
    if (now === last) return;
    last = now;
    await page.waitForTimeout(120);
  }
}

/** Sets the hash as a person would (fires hashchange), so the app restores that view. */
export async function goToHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await settle(page);
}

/** Switches to the list view and waits for its table (the list's code loads in its own chunk). */
export async function showList(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
}

/**
 * The id of the event whose accessible name matches, read from the list view (which lists every event, never
 * clustered); null when no event matches. Leaves the page in the timeline view.
 */
export async function eventIdByName(page: Page, name: RegExp): Promise<string | null> {
  await showList(page);
  const ids = await page.locator('table [data-event-id]').evaluateAll((els, [source, flags]) => els
    .filter((e) => new RegExp(source, flags).test(e.getAttribute('data-name') ?? ''))
    .map((e) => e.getAttribute('data-event-id')!), [name.source, name.flags] as const);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  return ids[0] ?? null;
}

/**
 * The timeline mark of an event, found by its accessible name. Zoomed out, the event may sit inside a counted
 * cluster: then it is found in the list and shown by a deep link (#event=…), which opens its clusters and its panel
 * (left open).
 */
export async function revealEvent(page: Page, name: RegExp) {
  const target = page.locator('svg.plot-svg').getByRole('button', { name });
  if (await target.count() > 0) return target;
  const id = await eventIdByName(page, name);
  if (id) {
    await goToHash(page, `#event=${encodeURIComponent(id)}`);
    await expect(target).toHaveCount(1, { timeout: 8000 }).catch(() => undefined);
    await settle(page);
  }
  return target;
}

/** Reveals an event's mark and opens its panel. */
export async function openEvent(page: Page, name: RegExp) {
  const mark = await revealEvent(page, name);
  await mark.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The date under a horizontal fraction of the plot, from the published visible range (ms since epoch). */
export async function timeAtFraction(page: Page, fraction: number): Promise<number> {
  const { start, end } = await visibleRange(page);
  const t0 = Date.parse(start), t1 = Date.parse(end) + 86_400_000;
  return t0 + (t1 - t0) * fraction;
}

/** Elements that stick out past the right edge of the viewport (for narrow-screen checks). */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('svg'))
    .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`).slice(0, 5));
}

/**
 * The first search of a page loads the quotes (the site ships them apart from the index) and shows titles and names
 * matches meanwhile: wait until the quotes are searched too, so that counts read next are final.
 */
export async function quotesSearched(page: Page): Promise<void> {
  await expect(page.getByText('Loading the quotes to search them too…')).toHaveCount(0);
}
