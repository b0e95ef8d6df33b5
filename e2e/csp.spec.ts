/**
 * The built site under the strict Content-Security-Policy the README recommends (SITE_CSP, sent as a header):
 * no violation, no console error, and no request to any host but the page's own, while the timeline loads, an
 * event opens, an article text chunk loads and a lazily loaded export is downloaded.
 */
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createStaticServer } from '../scripts/staticServer.ts';
import { SITE_CSP } from '../src/pipeline/vitePagePlugin.ts';
import { E2E_DIST } from './distDir.ts';
import { watchErrors } from './helpers.ts';
import { violations, watchCsp, watchRequests } from './fixtures/host/watch.ts';

let origin = '';
let close = async () => {};

test.beforeAll(async () => {
  const server = createStaticServer(resolve(E2E_DIST), '/', { 'Content-Security-Policy': SITE_CSP });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((done) => server.close(() => done()));
});
test.afterAll(() => close());

test('runs under the strict CSP: no violations, no errors, no foreign requests', async ({ page }) => {
  await watchCsp(page);
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  const response = await page.goto(`${origin}/`);
  expect(response?.headers()['content-security-policy']).toBe(SITE_CSP);

  // Any single-event mark (not a cluster): which one does not matter here.
  const mark = page.locator('.mark[data-event-id]').first();
  await expect(mark).toBeVisible();
  await mark.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Read article' }).first().click();
  await expect(page.getByTestId('reader-text')).toBeVisible(); // a text chunk fetched under connect-src 'self'
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // The export code is a separate chunk, loaded under script-src 'self' when the menu opens.
  await page.getByRole('button', { name: 'Download' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Source sentences \(CSV\)/ }).click();
  expect((await download).suggestedFilename()).toBe('dateline-mentions.csv');

  // The page's structured data is a data block: present, parseable, and not blocked. (The E2E_FIXTURE build
  // has no page plugin, so no JSON-LD.)
  if (!process.env.E2E_FIXTURE) {
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('ItemList');
    expect(jsonLd.itemListElement.length).toBeGreaterThan(0);
  }

  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
  expect(requests.some((url) => /\/assets\/exportFile-[\w-]+\.js$/.test(url))).toBe(true);
});
