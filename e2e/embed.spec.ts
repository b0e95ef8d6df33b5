/**
 * The built site embedded in an <iframe> on another origin (a second local port), with the README's snippet
 * (embed.js, served by the site itself) and the site's strict CSP: it renders without the page header, the
 * iframe follows the content height, a click opens an event, and a deep link in the iframe src opens that event.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { createStaticServer } from '../scripts/staticServer.ts';
import { unpackIndex, type PackedIndex, type TimelineIndex } from '../src/model/timelineIndex.ts';
import { SITE_CSP } from '../src/pipeline/vitePagePlugin.ts';
import { E2E_DIST } from './distDir.ts';
import { watchErrors } from './helpers.ts';
import { startHostPage } from './fixtures/host/hostServer.ts';
import { violations, watchCsp } from './fixtures/host/watch.ts';

const MOUNT = '/news/dateline/';
let site = '';
let host: Awaited<ReturnType<typeof startHostPage>>;
let closeSite = async () => {};

test.beforeAll(async () => {
  const server = createStaticServer(resolve(E2E_DIST), MOUNT, { 'Content-Security-Policy': SITE_CSP });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${MOUNT}`;
  closeSite = () => new Promise((done) => server.close(() => done()));
  host = await startHostPage(site);
});
test.afterAll(async () => {
  await host.close();
  await closeSite();
});

/** The built index, to name events by id without depending on how the timeline draws them. */
function builtIndex(): TimelineIndex {
  const assets = join(E2E_DIST, 'assets');
  const file = readdirSync(assets).find((f) => /^timeline-index-.*\.json$/.test(f))!;
  return unpackIndex(JSON.parse(readFileSync(join(assets, file), 'utf8')) as PackedIndex);
}

async function openHost(page: Page, src: string): Promise<FrameLocator> {
  await page.goto(host.pageFor(src));
  const frame = page.frameLocator('iframe[data-dateline]');
  await expect(frame.locator('.mark').first()).toBeVisible();
  return frame;
}

/** The iframe's height on the host page and the height of the content inside it. */
async function heights(page: Page): Promise<{ iframe: number; content: number }> {
  const iframe = (await page.locator('iframe[data-dateline]').boundingBox())!.height;
  const frame = page.frames().find((f) => f.url().startsWith(site))!;
  const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  return { iframe, content };
}

test('renders in a cross-origin iframe without the page header, and the iframe follows its height', async ({ page }) => {
  await watchCsp(page);
  const errors = watchErrors(page);
  expect(new URL(site).origin).not.toBe(host.origin);
  const frame = await openHost(page, `${site}?embed`);
  await expect(frame.locator('h1')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Download' })).toHaveCount(0);
  // The filters load in their own chunk after the first paint and add to the height: measure once they are in.
  await expect(frame.getByRole('heading', { name: 'Find and filter' })).toBeVisible();
  // The snippet sized the iframe from the default 150 px to the content.
  await expect.poll(async () => { const h = await heights(page); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
  expect((await heights(page)).iframe).toBeGreaterThan(200);
  // The page text after the embed moved down with it: the host lays out around the real height.
  const after = (await page.locator('#after').boundingBox())!.y;
  expect(after).toBeGreaterThan((await page.locator('iframe[data-dateline]').boundingBox())!.y + 200);

  // A narrower host changes the content height; the iframe follows (down as well as up).
  const before = (await heights(page)).iframe;
  await page.setViewportSize({ width: 900, height: 700 });
  await expect.poll(async () => { const h = await heights(page); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(async () => (await heights(page)).iframe).toBeCloseTo(before, -1);

  await page.screenshot({ path: 'test-results/screens/10-embed.png', fullPage: true });
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a click inside the iframe opens an event and its source text', async ({ page }) => {
  const errors = watchErrors(page);
  const frame = await openHost(page, `${site}?embed`);
  await frame.locator('.mark[data-event-id]').first().click();
  const dialog = frame.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Read article' }).first().click();
  await expect(frame.getByTestId('reader-text')).toBeVisible(); // the text chunk loads inside the iframe
  // Links that leave the page never navigate the host's iframe: new tab, no opener, no referrer.
  for (const link of await frame.locator('a[href^="http"]').all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
  expect(errors).toEqual([]);
});

test('a deep link in the iframe src opens that event', async ({ page }) => {
  const index = builtIndex();
  // The September 2023 Kim–Putin event: several sources, and drawn inside a cluster at the first zoom level.
  const event = index.events.find((e) => e.participants.includes('Kim Jong Un') && e.participants.includes('Vladimir Putin')
    && e.date.start.startsWith('2023-09')) ?? index.events[0];
  const frame = await openHost(page, `${site}?embed#event=${encodeURIComponent(event.id)}`);
  const dialog = frame.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(event.title);
  // The embed flag and the deep link coexist: still embedded, still resized.
  await expect(frame.locator('h1')).toHaveCount(0);
  await expect.poll(async () => { const h = await heights(page); return Math.abs(h.iframe - h.content); }).toBeLessThanOrEqual(1);
});
