import { expect, test } from '@playwright/test';
import { openApp, quotesSearched } from './helpers.ts';

test.describe('list view', () => {
  test('a table of the same events, sorted by date, with caption and header scopes; keyboard reachable', async ({ page }) => {
    await openApp(page);
    const total = Number((await page.getByTestId('counts').textContent())!.split(' ')[0]);
    // Reach the toggle by keyboard.
    let onList = false;
    for (let i = 0; i < 6 && !onList; i++) {
      await page.keyboard.press('Tab');
      onList = await page.evaluate(() => document.activeElement?.textContent === 'List');
    }
    expect(onList).toBe(true);
    await page.keyboard.press('Enter');
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(table.locator('caption')).toHaveText(`${total} events, sorted by date`);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(6);
    await expect(table.locator('tbody tr')).toHaveCount(total);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(total);
    expect(page.url()).toContain('view=list');
    // Sorted by date: the first day of each row never goes backwards.
    const starts = await table.locator('tbody [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    expect(starts.length).toBe(total);
    await page.screenshot({ path: 'test-results/screens/11-list.png', fullPage: true });
    // Same filters as the timeline.
    await page.getByLabel('Search').fill('putin');
    await quotesSearched(page);
    const matching = Number((await page.getByTestId('filter-count').textContent())!.split(' ')[0]);
    await expect(table.locator('tbody tr')).toHaveCount(matching);
    await expect(table.locator('caption')).toHaveText(new RegExp(`^${matching} events? matching the filters, sorted by date$`));
    // A row opens the same panel; Escape returns focus to the row.
    const row = table.locator('tbody .row-button').first();
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(row).toBeFocused();
    // And back to the timeline by keyboard.
    await page.getByRole('button', { name: 'Timeline', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('svg.plot-svg')).toBeVisible();
    await expect(table).toHaveCount(0);
  });
});
