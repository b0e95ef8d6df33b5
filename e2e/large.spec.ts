/**
 * A large archive (20,000 synthetic events, scripts/bench/syntheticTimeline.ts) built with TIMELINE=FILE: the
 * timeline and the list put only what the screen shows in the DOM, and every event stays reachable (zoom, the
 * keyboard, the list). Behaviour only: the speed is measured by `npm run bench`, never in tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { syntheticTimeline } from '../scripts/bench/syntheticTimeline.ts';
import { pointAtPlot, settle, visibleRange, watchErrors } from './helpers.ts';
import { buildAndServe } from './siteBuild.ts';

const EVENTS = 20_000;
const OUT = resolve('node_modules/.dateline-e2e-large');
let folder = '';
let origin = '';
let close = async () => {};

test.beforeAll(async () => {
  test.setTimeout(240_000);
  folder = mkdtempSync(join(tmpdir(), 'dateline-large-'));
  const file = join(folder, 'timeline.json');
  writeFileSync(file, JSON.stringify(syntheticTimeline({ events: EVENTS, seed: 11 })));
  ({ origin, close } = await buildAndServe(OUT, { TIMELINE: file }));
});
test.afterAll(async () => {
  await close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const marks = (page: import('@playwright/test').Page) => page.locator('svg.plot-svg').locator('.mark, .cluster');
const countedEvents = (page: import('@playwright/test').Page) => page.locator('svg.plot-svg').evaluate((svg) =>
  svg.querySelectorAll('.mark').length + [...svg.querySelectorAll('.cluster')].reduce((n, c) => n + c.getAttribute('data-members')!.split(' ').length, 0));

test('20,000 events: counted clusters at first, a bounded DOM when zoomed in, every event reachable', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto(`${origin}/`);
  await expect(page.getByTestId('counts')).toHaveText(/^20,?000 events from 20,?000 articles$/, { timeout: 60_000 });
  await expect(marks(page).first()).toBeVisible({ timeout: 60_000 });
  // Zoomed out: every event is counted, in at most nine lanes of clusters.
  expect(await countedEvents(page)).toBe(EVENTS);
  expect(await marks(page).count()).toBeLessThan(300);
  await expect(page.locator('svg.plot-svg [role="button"][tabindex="0"]')).toHaveCount(1);

  // Zoom far in: only the marks near the view are in the DOM, a small part of the events.
  const before = await visibleRange(page);
  await pointAtPlot(page, 0.5);
  for (let i = 0; i < 30; i++) await page.mouse.wheel(0, -400);
  await settle(page);
  expect((await visibleRange(page)).days).toBeLessThan(before.days / 100);
  const drawn = await marks(page).count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(1000);
  expect(await countedEvents(page)).toBeLessThan(EVENTS / 10);

  // The keyboard still walks every item in time order: End reaches the last one, wherever it is.
  await marks(page).first().focus();
  const focusedKey = () => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
  const startKey = await focusedKey();
  await page.keyboard.press('End');
  // End may fly the view across the whole archive first (a long d3 transition on a busy machine); on the way the
  // focused mark can be redrawn, so wait for focus to settle on another mark.
  const focusMovedFrom = (key: string | null) => async () => { const k = await focusedKey(); return k !== null && k !== key; };
  await expect.poll(focusMovedFrom(startKey), { timeout: 20_000 }).toBe(true);
  const last = await focusedKey();
  await settle(page);
  // The view followed the focus to the end of the timeline.
  expect((await visibleRange(page)).end > before.start).toBe(true);
  await page.keyboard.press('Home');
  await expect.poll(focusMovedFrom(last), { timeout: 20_000 }).toBe(true);

  // The list draws a window of rows, says how many there are, and scrolling brings later rows in.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table.locator('caption')).toHaveText(`${EVENTS} events, sorted by date`);
  await expect(table).toHaveAttribute('aria-rowcount', String(EVENTS + 1));
  const rows = table.locator('tbody tr[data-row]');
  expect(await rows.count()).toBeLessThan(300);
  const firstRow = await rows.first().getAttribute('aria-rowindex');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await expect.poll(async () => rows.first().getAttribute('aria-rowindex')).not.toBe(firstRow);
  expect(await rows.count()).toBeLessThan(300);
  // A row in view opens its event.
  const row = rows.nth(Math.floor((await rows.count()) / 2));
  await expect(row).toBeInViewport();
  await row.getByRole('button').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(errors).toEqual([]);
});
