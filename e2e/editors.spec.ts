/**
 * Editors' pictures and print: the SVG and PNG of the current view download and have the expected shape and size;
 * printing (print media) hides the controls and keeps the timeline and legend; no edit UI in the built site.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers.ts';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function plotSize(page: import('@playwright/test').Page) {
  const plot = page.locator('svg.plot-svg');
  return { width: Number(await plot.getAttribute('width')), height: Number(await plot.getAttribute('height')) };
}

async function downloadPicture(page: import('@playwright/test').Page, name: RegExp): Promise<{ file: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Download' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name }).click();
  const d = await download;
  return { file: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

test('the picture of the view downloads as SVG (parses, with legend and source line) and PNG (twice its size)', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1200, height: 800 });
  await openApp(page);
  const plot = await plotSize(page);
  expect(page.getByTestId('edit-event')).toHaveCount(0);

  const svg = await downloadPicture(page, /Picture of this view \(SVG\)/);
  expect(svg.file).toMatch(/^timeline-\d{4}-\d{2}-\d{2}--\d{4}-\d{2}-\d{2}\.svg$/);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return { error: doc.querySelector('parsererror')?.textContent ?? null, width: root.getAttribute('width'), height: Number(root.getAttribute('height')), marks: doc.querySelectorAll('.mark, .cluster').length, text: root.textContent ?? '' };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(Number(parsed.width)).toBe(plot.width);
  expect(parsed.marks).toBeGreaterThan(0);
  expect(parsed.text).toContain('Source: ');
  expect(parsed.text).toContain('Occurred'); // the legend

  const png = await downloadPicture(page, /Picture of this view \(PNG\)/);
  expect(png.file).toMatch(/\.png$/);
  expect(pngSize(png.bytes)).toEqual({ width: plot.width * 2, height: parsed.height * 2 });
  expect(errors).toEqual([]);
});

test('prints the visible range and the list legibly (print media)', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await openApp(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('toolbar')).toBeHidden();
  await expect(page.locator('.minimap')).toBeHidden();
  await expect(page.locator('svg.plot-svg')).toBeVisible();
  await expect(page.locator('.legend')).toBeVisible();
  const box = (await page.locator('svg.plot-svg').boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(794);
  const shot = await page.screenshot({ fullPage: true });
  expect(pngSize(shot).width).toBeGreaterThan(0);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');

  // The list view: Letter width.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page.locator('table').first()).toBeVisible();
  await page.setViewportSize({ width: 816, height: 1056 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('table').first()).toBeVisible();
  const table = (await page.locator('table').first().boundingBox())!;
  expect(table.width).toBeLessThanOrEqual(816);
  await page.screenshot({ fullPage: true });
});
