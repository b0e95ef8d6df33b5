import { expect, test } from '@playwright/test';
import { KIM_PUTIN_2023, KNOWN_EVENTS } from './knownEvents.ts';
import { eventIdByName, openApp, openEvent, quotesSearched, settle, visibleRange } from './helpers.ts';

test.describe('deep links', () => {
  test('the hash holds selection, range and filters; reloading restores exactly that view', async ({ page }) => {
    await openApp(page);
    const dialog = await openEvent(page, KIM_PUTIN_2023);
    const title = await dialog.getByRole('heading', { level: 2 }).textContent();
    await page.keyboard.press('+');
    await settle(page);
    await page.getByLabel('Search').fill('putin');
    await quotesSearched(page);
    const range = await visibleRange(page);
    await expect(page).toHaveURL(/#event=[^&]+&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d&q=putin$/);
    expect(page.url()).toContain(`from=${range.start}&to=${range.end}`);
    const url = page.url();
    const count = await page.getByTestId('filter-count').textContent();

    await page.reload();
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(title!);
    await settle(page);
    expect(await visibleRange(page)).toEqual(range);
    await expect(page.getByLabel('Search')).toHaveValue('putin');
    await expect(page.getByTestId('filter-count')).toHaveText(count!);
    expect(page.url()).toBe(url);

    // Shared into a fresh tab, the same link gives the same view.
    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(title!);
    await settle(other);
    expect(await visibleRange(other)).toEqual(range);
    await other.close();
  });

  test('back and forward move between selections', async ({ page }) => {
    await openApp(page);
    const a = await eventIdByName(page, KIM_PUTIN_2023);
    const b = await eventIdByName(page, KNOWN_EVENTS[0].name);
    expect(a && b).toBeTruthy();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const heading = page.getByRole('dialog').getByRole('heading', { level: 2 });
    await page.locator(`table [data-event-id="${a}"]`).click();
    const titleA = await heading.textContent();
    await page.locator(`table [data-event-id="${b}"]`).click();
    const titleB = await heading.textContent();
    expect(titleA).not.toBe(titleB);
    await page.goBack();
    await expect(heading).toHaveText(titleA!);
    await page.goBack();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.goForward();
    await expect(heading).toHaveText(titleA!);
    await page.goForward();
    await expect(heading).toHaveText(titleB!);
    // Range and filter changes replace the entry instead of adding one.
    const length = await page.evaluate(() => history.length);
    await page.getByLabel('Search').fill('kim');
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test('an unknown or malformed hash is ignored gracefully', async ({ page }) => {
    await openApp(page, './#event=no-such-event&from=2023-99-01&to=x&q=%E0%A4');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('svg.plot-svg').locator('.mark, .cluster').first()).toBeVisible();
  });

  test('works inside an iframe: the frame\'s own hash restores and records the view', async ({ page, baseURL }) => {
    const id = await (async () => { await openApp(page); return eventIdByName(page, KIM_PUTIN_2023); })();
    await page.setContent(`<!doctype html><title>Host</title><h1>A newsroom page</h1>
      <iframe title="Dateline" src="${baseURL}/#event=${encodeURIComponent(id!)}" style="width:1000px;height:700px;border:0"></iframe>`);
    const hostUrl = page.url();
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('dialog')).toBeVisible({ timeout: 15_000 });
    await frame.getByRole('button', { name: 'Close event details' }).click();
    await expect(frame.getByRole('dialog')).toHaveCount(0);
    const frameUrl = await frame.locator('body').evaluate(() => location.href);
    expect(frameUrl).not.toContain('event=');
    expect(page.url()).toBe(hostUrl); // the host page's URL is never touched
  });
});
