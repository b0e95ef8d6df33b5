import { expect, test, type Browser } from '@playwright/test';
import { KIM_PUTIN_2023 } from './knownEvents.ts';
import { openApp, openEvent, showList } from './helpers.ts';

/** Everything date-like the app shows: every event's name and date in the list, marks and clusters, one panel. */
async function datesSeenIn(browser: Browser, timezoneId: string) {
  const context = await browser.newContext({ timezoneId, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  expect(await page.evaluate(() => 0)).toBe(0);
  await openApp(page);
  const offset = await page.evaluate(() => new Date(Date.UTC(2023, 8, 1)).getTimezoneOffset());
  const timeline = await page.locator('svg.plot-svg').locator('.mark, .cluster').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const axis = await page.locator('.axis-label').allTextContents();
  const range = await page.getByTestId('visible-range').textContent();
  await showList(page);
  const list = await page.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => `${r.querySelector('[data-name]')!.getAttribute('data-name')} | ${r.querySelector('td')!.textContent}`));
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  const dialog = await openEvent(page, KIM_PUTIN_2023);
  const panel = [await dialog.getByTestId('event-date').textContent(), ...(await dialog.locator('.mention-meta, [data-testid="mention-claim"], .audit').allTextContents())];
  await context.close();
  return { offset, seen: { timeline, axis, range, list, panel } };
}

test('no time zone moves a date: Honolulu and Kiritimati see exactly what UTC sees', async ({ browser }) => {
  test.setTimeout(90_000);
  const utc = await datesSeenIn(browser, 'UTC');
  expect(utc.offset).toBe(0);
  expect(utc.seen.list.length).toBeGreaterThan(0);
  for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
    const far = await datesSeenIn(browser, zone);
    expect(Math.abs(far.offset)).toBeGreaterThanOrEqual(600); // -10 h and +14 h: the zone really applies
    expect(far.seen).toEqual(utc.seen);
  }
});

test.describe('in Honolulu', () => {
  test.use({ timezoneId: 'Pacific/Honolulu' });
  test('the September 2023 meeting is still September 2023', async ({ page }) => {
    await openApp(page);
    const dialog = await openEvent(page, KIM_PUTIN_2023);
    await expect(dialog.getByTestId('event-date')).toHaveText(/^September 2023/);
  });
});

test.describe('in Kiritimati', () => {
  test.use({ timezoneId: 'Pacific/Kiritimati' });
  test('the September 2023 meeting is still September 2023', async ({ page }) => {
    await openApp(page);
    const dialog = await openEvent(page, KIM_PUTIN_2023);
    await expect(dialog.getByTestId('event-date')).toHaveText(/^September 2023/);
  });
});
