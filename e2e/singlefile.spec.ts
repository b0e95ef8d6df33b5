/**
 * `npm run build:single`: one self-contained index.html that works opened from disk (file://), offline, under
 * its own CSP meta tag. Built once for this file, into a private folder (dist-single/ may be someone else's).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers.ts';
import { violations, watchCsp, watchRequests } from './fixtures/host/watch.ts';

const OUT = resolve('node_modules/.dateline-e2e-single');

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync('npm', ['run', '-s', 'build:single', '--', '--outDir', OUT, '--logLevel', 'warn'], { stdio: 'inherit' });
});

test('the build is one file that names nothing outside itself', () => {
  expect(readdirSync(OUT)).toEqual(['index.html']);
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  // Every src/href is a data: URL (the favicon) or none at all; the code and the data are inline.
  const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  expect(refs.filter((ref) => !ref.startsWith('data:'))).toEqual([]);
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
  expect(html).not.toContain('unsafe-inline');
  expect(html).toContain('<script type="application/ld+json">');
});

test('opens from file:// offline: marks render, an event and its article open, a download works', async ({ page, context }) => {
  await context.setOffline(true);
  await watchCsp(page);
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  const url = pathToFileURL(join(OUT, 'index.html')).href;
  await page.goto(url);

  const mark = page.locator('.mark[data-event-id]').first();
  await expect(mark).toBeVisible();
  expect(await page.locator('.mark').count()).toBeGreaterThan(3);
  await mark.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Read article' }).first().click();
  await expect(page.getByTestId('reader-text')).toBeVisible(); // the text chunk, inlined as a data: URL
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Download' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /iCalendar/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('dateline.ics');
  expect(readFileSync((await file.path())!, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);

  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  // Nothing but the file itself (and its own data: and blob: URLs) was requested.
  expect(requests.filter((r) => !/^(data|blob):/.test(r))).toEqual([url]);
});
