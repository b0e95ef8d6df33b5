/** Shared e2e helpers: console error capture, the axe-core scan, reading the visible range. */
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
  await expect(page.locator('.mark').first()).toBeVisible();
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
