import { expect, test } from '@playwright/test';
import { KIM_PUTIN_2023 } from './knownEvents.ts';
import { axeViolations, openApp, openEvent, showList, watchErrors } from './helpers.ts';

test.describe('sources panel', () => {
  test('every source with language, document date, quote with date expression, its own claim and the audit trail', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    const dialog = await openEvent(page, KIM_PUTIN_2023);
    await expect(dialog.getByTestId('event-date')).toHaveText(/September 2023 \(month\)/);
    await expect(dialog.getByTestId('status')).toHaveText(/^(expected|planned)$/);
    await expect(dialog.getByTestId('support')).toHaveText(/\d+ sources in \d+ languages?/);
    const cards = dialog.locator('li.mention');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    const meta = await dialog.locator('.mention-meta').allTextContents();
    expect(meta.join(' ')).toMatch(/Portuguese|Italian|Polish|Albanian/);
    expect(meta.every((m) => /Published /.test(m))).toBe(true);
    // The Portuguese source marks "já este mês" (this month) as the date expression and shows its audit trail.
    const pt = cards.filter({ has: page.locator('mark.hl-date', { hasText: 'este mês' }) });
    await expect(pt).toHaveCount(1);
    await expect(pt.locator('.audit')).toContainText('Date expression');
    await expect(pt.locator('.audit')).toContainText(/“[^”]*este mês[^”]*” = September 2023/);
    await expect(pt.locator('.audit')).toContainText(/Resolved against/);
    await expect(pt.getByTestId('mention-claim')).toHaveText(/^September 2023, \w+/);
    // Event words are marked where the pipeline found them.
    expect(await dialog.locator('blockquote mark.hl-trigger').count()).toBeGreaterThan(0);
    // Original links, when known, are web links that open safely.
    for (const link of await dialog.locator('a[target="_blank"]').all()) {
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await link.getAttribute('rel')).toMatch(/noopener.*noreferrer|noreferrer.*noopener/);
    }
    await page.screenshot({ path: 'test-results/screens/03-panel.png' });
    expect(errors).toEqual([]);
  });

  test('where sources disagree, the panel says so; the merge is explained', async ({ page }) => {
    await openApp(page);
    // Find an event with conflicts through the list (any event the pipeline reports conflicts for).
    await showList(page);
    const rows = page.locator('table .row-button');
    const n = await rows.count();
    let checked = false;
    for (let i = 0; i < n && !checked; i++) {
      await rows.nth(i).click();
      const dialog = page.getByRole('dialog');
      if (await dialog.locator('.note-conflict').count() > 0) {
        await expect(dialog.locator('.note-conflict')).toContainText(/Sources disagree/);
        await expect(dialog.locator('.note-conflict li').first()).toHaveText(/^(Date|Status|Place): .+ vs .+/);
        checked = true;
      }
      await page.keyboard.press('Escape');
    }
    test.skip(!checked, 'no event of this build has conflicting sources');
    await rows.first().click();
  });

  test('the reader shows the whole article; a highlighted sentence leads back to its event', async ({ page }) => {
    await openApp(page);
    const dialog = await openEvent(page, KIM_PUTIN_2023);
    const title = await dialog.getByRole('heading', { level: 2 }).textContent();
    const mention = dialog.locator('li.mention').filter({ has: page.locator('mark.hl-date', { hasText: 'este mês' }) });
    const quote = (await mention.locator('blockquote').textContent())!;
    await mention.getByRole('button', { name: 'Read article' }).click();
    const reader = page.getByTestId('reader-text');
    await expect(reader).toBeVisible();
    const selected = reader.locator('mark.hl-selected-sentence');
    await expect(selected.first()).toBeInViewport();
    expect((await selected.allTextContents()).join('')).toBe(quote);
    expect(((await reader.textContent()) ?? '').length).toBeGreaterThan(quote.length * 3);
    await page.screenshot({ path: 'test-results/screens/04-reader.png' });
    // Another event's sentence in this article is a link to that event.
    const links = reader.locator('a.sentence-link');
    expect(await links.count()).toBeGreaterThan(1);
    const currentId = decodeURIComponent(/event=([^&]+)/.exec(page.url())![1]);
    const other = reader.locator(`a.sentence-link:not([data-event-id-link="${currentId}"])`).first();
    const targetId = (await other.getAttribute('data-event-id-link'))!;
    await other.click();
    await expect(reader).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`#event=${encodeURIComponent(targetId).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).not.toHaveText(title!);
    // Back returns to the previous event.
    await page.goBack();
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(title!);
  });
});

test.describe('accessibility (axe-core)', () => {
  test('no violations: timeline, panel, reader, list', async ({ page }) => {
    await openApp(page);
    expect(await axeViolations(page)).toEqual([]);
    await openEvent(page, KIM_PUTIN_2023);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Read article' }).first().click();
    await expect(page.getByTestId('reader-text')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.getByRole('table')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Open filter groups too.
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    for (const summary of await page.locator('.facet summary').all()) await summary.click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('dark colour scheme passes axe too (contrast included)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    expect(await axeViolations(page)).toEqual([]);
    await openEvent(page, KIM_PUTIN_2023);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screens/05-dark.png' });
    await page.keyboard.press('Escape');
    await showList(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
