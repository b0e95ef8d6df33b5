/**
 * Site settings (dateline.settings.json, issue 11) in the built app: a copy of seeds/ with the fixture settings
 * file, built once for this file with `SOURCES=<copy> vite build` into a private folder. The page title, header
 * title and introduction, Open Graph and Twitter tags, accent colour, date-label locale, first visible range and
 * default filters all follow the file; a deep link still wins over the first view.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { unpackIndex, type PackedIndex, type TimelineIndex } from '../src/model/timelineIndex.ts';
import { visibleRange, watchErrors } from './helpers.ts';
import { buildAndServe } from './siteBuild.ts';

const OUT = resolve('node_modules/.dateline-e2e-settings');
const FIXTURE = resolve('e2e/fixtures/settings/dateline.settings.json');
const settings = JSON.parse(readFileSync(FIXTURE, 'utf8')) as {
  title: string; introduction: string; initialRange: [string, string]; filters: { types: string[] }; accentColor: string; locale: string;
};
let sources = '';
let origin = '';
let index: TimelineIndex;
let close = async () => {};

test.beforeAll(async () => {
  test.setTimeout(180_000);
  sources = mkdtempSync(join(tmpdir(), 'dateline-settings-'));
  cpSync('seeds', sources, { recursive: true });
  copyFileSync(FIXTURE, join(sources, 'dateline.settings.json'));
  ({ origin, close } = await buildAndServe(OUT, { SOURCES: sources }));
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  const indexFile = /timeline-index-[0-9a-f]+\.json/.exec(readFileSync(join(OUT, 'assets', /assets\/(index-[^"]+\.js)/.exec(html)![1]), 'utf8'))?.[0];
  index = unpackIndex(JSON.parse(readFileSync(join(OUT, 'assets', indexFile!), 'utf8')) as PackedIndex);
});
test.afterAll(async () => {
  await close();
  if (sources) rmSync(sources, { recursive: true, force: true });
});

test('the page says the settings title and introduction, in the head (Open Graph, Twitter) and the header', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${origin}/`);
  await expect(page).toHaveTitle(settings.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(settings.title);
  await expect(page.getByTestId('intro')).toHaveText(settings.introduction);
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
  expect(await meta('property="og:title"')).toBe(settings.title);
  expect(await meta('name="twitter:title"')).toBe(settings.title);
  const description = `${settings.introduction} (${index.events.length} events from ${index.articles.length} articles, `;
  expect(await meta('property="og:description"')).toContain(description);
  expect(await meta('name="twitter:description"')).toContain(description);
  // The raw HTML (what link previews read, without scripts) escapes the title.
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  expect(html).toContain('<title>Kim &amp; Putin: the meetings &lt;reported&gt;</title>');
  expect(html).not.toContain('<reported>');
  expect(errors).toEqual([]);
});

test('the accent colour, the first view (range and filters) and French date labels follow the settings', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${origin}/`);
  await expect(page.locator('svg.plot-svg').locator('.mark, .cluster').first()).toBeVisible();

  // Accent: the custom property, and a colour that uses it.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())).toBe(settings.accentColor.toLowerCase());
  await expect(page.locator('.brand')).toHaveCSS('color', 'rgb(176, 65, 62)');

  // First view: the settings' range, and only the settings' types.
  await expect.poll(async () => (await visibleRange(page)).start).toBe(settings.initialRange[0]);
  expect((await visibleRange(page)).end).toBe(settings.initialRange[1]);
  // The axis labels use the settings' locale too (not the browser's English): French short months.
  const frenchMonths = ['2023-08-15', '2023-09-15', '2023-10-15'].map((d) => new Intl.DateTimeFormat('fr', { timeZone: 'UTC', month: 'short' }).format(new Date(`${d}T00:00:00Z`)));
  const axisLabels = await page.locator('.axis-label').allTextContents();
  expect(axisLabels.some((label) => frenchMonths.some((m) => label.includes(m))), axisLabels.join(' | ')).toBe(true);
  expect(axisLabels.some((label) => /\b(Aug|Sep|Oct)\b/.test(label)), axisLabels.join(' | ')).toBe(false);
  const kept = index.events.filter((e) => settings.filters.types.includes(e.type));
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.length).toBeLessThan(index.events.length);
  await expect(page.locator('.filter-summary')).toContainText(`Filtered: ${kept.length} of ${index.events.length} events shown.`);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const rows = page.locator('table [data-event-id]');
  await expect(rows).toHaveCount(kept.length);
  expect(new Set(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id'))))).toEqual(new Set(kept.map((e) => e.id)));

  // Date labels in French: the panel of a month-precise event names the month in French.
  const monthly = kept.find((e) => e.date.precision === 'month' && !e.date.value.includes('/'))!;
  await rows.evaluateAll((els, id) => (els.find((e) => e.getAttribute('data-event-id') === id) as HTMLElement).click(), monthly.id);
  const expected = new Intl.DateTimeFormat('fr', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${monthly.date.start}T00:00:00Z`));
  await expect(page.getByRole('dialog').getByTestId('event-date')).toContainText(expected);
  expect(expected).toMatch(/^[a-zéû]+ \d{4}$/); // e.g. "septembre 2023", not "September 2023"
  expect(errors).toEqual([]);
});

test('a deep link wins over the first view of the settings', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`${origin}/#from=2019-01-01&to=2019-12-31`);
  await expect(page.locator('svg.plot-svg')).toBeVisible();
  await expect.poll(async () => (await visibleRange(page)).start).toBe('2019-01-01');
  await expect(page.locator('.filter-summary')).toHaveCount(0);
  // The accent and title still apply.
  await expect(page.locator('.brand')).toHaveCSS('color', 'rgb(176, 65, 62)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(settings.title);
  expect(errors).toEqual([]);
});
