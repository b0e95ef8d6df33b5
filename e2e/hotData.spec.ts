/**
 * `npm run dev` hot data (issue 10): a new article saved into the sources folder shows on the open page without a
 * reload; the open event panel stays open, and the view keeps its state. Against a real `vite` dev server on a
 * copy of seeds/.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startDevServer, type DevServer } from './devServer.ts';
import { watchErrors } from './helpers.ts';

let sources = '';
let server: DevServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  sources = mkdtempSync(join(tmpdir(), 'dateline-hot-'));
  cpSync('seeds', sources, { recursive: true });
  server = await startDevServer(sources);
});

test.afterAll(async () => {
  await server?.stop();
  if (sources) rmSync(sources, { recursive: true, force: true });
});

const NEW_ARTICLE = 'Published 2024-03-05.\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on 3 March 2024. The two leaders discussed trade.\n';
const NEW_EVENT = 'Emmanuel Macron and Olaf Scholz meet in Paris';

test('a new article shows without a reload, and the open event stays open', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto(server.url);
  await expect(page.locator('svg.plot-svg .mark').first()).toBeVisible({ timeout: 60_000 });
  // A marker that only survives if the page is not reloaded.
  await page.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
  await page.locator('svg.plot-svg .mark').first().click();
  const heading = page.getByRole('dialog').getByRole('heading', { level: 2 });
  await expect(heading).toBeVisible();
  const selected = await heading.textContent();
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
  const rows = page.locator('tr[data-row]');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole('table').getByText(NEW_EVENT)).toHaveCount(0);

  writeFileSync(join(sources, 'zz-hot-update.txt'), NEW_ARTICLE);
  await expect(page.getByRole('table').getByText(NEW_EVENT)).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  // The view and the open panel are as they were.
  await expect(page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  await expect(heading).toHaveText(selected!);
  expect(errors).toEqual([]);
});
