/**
 * A messy folder (empty, binary, Latin-1, UTF-16, NULs, HTML and scripts in text and front matter, javascript:
 * URLs, case twins, a sub-folder, a stray file, a symlink) through the real build and into the browser: the page
 * loads cleanly, every .txt file is listed in the Sources view with its warnings, no payload runs, no unsafe link
 * exists and nothing is fetched from another host. Built once for this file into a private folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MESSY_CASES, writeMessyCorpus } from '../scripts/fixtures/messyCorpus.ts';
import { axeViolations, watchErrors } from './helpers.ts';
import { buildAndServe } from './siteBuild.ts';
import { watchRequests } from './fixtures/host/watch.ts';

const OUT = resolve('node_modules/.dateline-e2e-messy');
let corpus = '';
let origin = '';
let close = async () => {};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  corpus = mkdtempSync(join(tmpdir(), 'dateline-messy-'));
  writeMessyCorpus(corpus);
  ({ origin, close } = await buildAndServe(OUT, { SOURCES: corpus }));
});
test.afterAll(async () => {
  await close();
  if (corpus) rmSync(corpus, { recursive: true, force: true });
});

/** The Sources table row of a file, found by its exact file name (case twins differ only in case). */
function rowOf(page: Page, file: string) {
  return page.locator('.sources-table tbody tr').filter({ has: page.locator('td.source-file', { hasText: new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
}

async function openSources(page: Page) {
  await page.goto(`${origin}/#view=sources`);
  await expect(page.locator('.sources-table')).toBeVisible();
}

test('every file is listed in the Sources view with its warnings; no payload runs; only safe links; nothing foreign', async ({ page }) => {
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  await openSources(page);
  const files = [...MESSY_CASES.map((c) => c.file), 'outside-link.txt'];
  await expect(page.getByTestId('counts')).toHaveText(`0 events from ${files.length} articles`);
  await expect(page.locator('.sources-table tbody tr')).toHaveCount(files.length);
  await expect(page.locator('.sources-table caption')).toContainText(`${files.length} articles`);
  for (const file of files) await expect(rowOf(page, file), file).toHaveCount(1);
  // The case twins, the name with spaces and non-Latin letters, and the link that was not followed.
  await expect(rowOf(page, 'case.txt').locator('th')).toHaveText(/^lower /);
  await expect(rowOf(page, 'CASE.txt').locator('th')).toHaveText(/^upper /);
  await expect(rowOf(page, 'Name With Spaces ü 日本.txt')).toHaveCount(1);
  await expect(rowOf(page, 'outside-link.txt')).toContainText('symbolic link');
  // Each expected warning is there, in plain words, with a visible flag (icon and words).
  await expect(rowOf(page, 'image.txt')).toContainText('looks binary');
  await expect(rowOf(page, 'image.txt').locator('.source-flag')).toHaveText(/⚠ \d+ warnings?/);
  for (const c of MESSY_CASES) {
    for (const code of c.warnings) await expect(rowOf(page, c.file).locator(`li[data-code="${code}"]`), `${c.file}: ${code}`).toHaveCount(1);
  }
  // Folder-level warnings: the sub-folder and the stray file.
  const folder = page.locator('.folder-warnings');
  await expect(folder.locator('li[data-file="a-sub-folder"]')).toContainText('sub-folder');
  await expect(folder.locator('li[data-file="notes.md"]')).toHaveCount(1);

  // The script title is shown as literal text; opening the article runs nothing.
  const html = rowOf(page, 'html-and-script.txt');
  await expect(html.locator('th')).toHaveText('<script>window.__pwned=1</script>');
  await html.getByRole('button').click();
  const reader = page.locator('.sources-reader');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText('<script>window.__pwned=1</script>');
  await expect(page.getByTestId('reader-text')).toContainText('<img src=x onerror="window.__pwned=3">');
  await expect(page.getByTestId('reader-text')).toContainText('javascript:window.__pwned=4');
  expect(await page.locator('script:not([type="application/ld+json"]):not([src])').count()).toBe(0);
  expect(await page.locator('img').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expectOnlySafeLinks(page);
  // Back to the table by keyboard; focus returns to the title it came from.
  await page.keyboard.press('Escape');
  await expect(html.getByRole('button')).toBeFocused();

  // The javascript: url of bad-front-matter.txt is never a link either.
  await rowOf(page, 'bad-front-matter.txt').getByRole('button').click();
  await expect(reader).toContainText('is not an http(s) address');
  await expectOnlySafeLinks(page);
  await reader.getByRole('button', { name: '← Back to sources' }).click();

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
  expect(foreign).toEqual([]);
});

test('the Sources view is reachable by keyboard, accessible, and fits 360 px', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${origin}/`);
  await expect(page.getByTestId('counts')).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Sources', exact: true });
  let onSources = false;
  for (let i = 0; i < 10 && !onSources; i++) {
    await page.keyboard.press('Tab');
    onSources = await toggle.evaluate((el) => el === document.activeElement);
  }
  expect(onSources).toBe(true);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.sources-table')).toBeVisible();
  expect(page.url()).toMatch(/#view=sources$/);
  const table = page.locator('.sources-table');
  await expect(table.locator('caption')).toHaveText(/^\d+ articles in the order they were read, \d+ with warnings$/);
  expect(await table.locator('thead th[scope="col"]').count()).toBe(6);
  expect(await table.locator('tbody th[scope="row"]').count()).toBe(await table.locator('tbody tr').count());
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 360, height: 740 });
  await expect(table).toBeVisible();
  expect(await overflowingElements(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await rowOf(page, 'huge-front-matter-value.txt').getByRole('button').click();
  await expect(page.locator('.sources-reader h2')).toBeVisible();
  expect(await overflowingElements(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

/** Rendered elements that stick out past the right edge (content of a closed <details> is not rendered). */
async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((e) => e.checkVisibility() && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('svg'))
    .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}`).slice(0, 5));
}

/** Every link on the page is an in-page link or a web address. */
async function expectOnlySafeLinks(page: Page) {
  const hrefs = await page.locator('a[href], area[href]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
  expect(hrefs.filter((href) => !/^(https?:\/\/|#)/i.test(href))).toEqual([]);
  const resolved = await page.locator('a[href]').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).protocol));
  expect(resolved.filter((p) => p !== 'http:' && p !== 'https:')).toEqual([]);
}
