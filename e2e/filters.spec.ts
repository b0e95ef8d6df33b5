import { expect, test } from '@playwright/test';
import { openApp, quotesSearched, visibleRange } from './helpers.ts';

const shownEvents = async (page: import('@playwright/test').Page) => page.locator('svg.plot-svg').evaluate((svg) =>
  [...svg.querySelectorAll('.mark')].length + [...svg.querySelectorAll('.cluster')].reduce((n, c) => n + c.getAttribute('data-members')!.split(' ').length, 0));

test.describe('find and filter', () => {
  test('search is diacritic- and case-insensitive and removes events from the timeline', async ({ page }) => {
    await openApp(page);
    const all = await shownEvents(page);
    const search = page.getByLabel('Search');
    // "zeszłym" (Polish: last) typed without the ł.
    await search.fill('ZESZLYM');
    await quotesSearched(page);
    await expect(page.getByTestId('filter-count')).toHaveText(/^\d+ of \d+ events match$/);
    const found = await shownEvents(page);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all);
    expect(page.url()).toContain('q=ZESZLYM');
    await search.fill('putin');
    expect(await shownEvents(page)).toBeGreaterThan(0);
    await search.fill('no such words anywhere');
    await expect(page.getByTestId('filter-count')).toHaveText(/^0 of \d+ events match$/);
    expect(await shownEvents(page)).toBe(0);
    await expect(page.locator('.plot-empty')).toHaveText('No events match the filters.');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    expect(await shownEvents(page)).toBe(all);
  });

  test('facet filters with live counts: status, type, language, article, participant', async ({ page }) => {
    await openApp(page);
    const range = await visibleRange(page);
    const status = page.locator('.facet[data-facet="statuses"]');
    await status.locator('summary').click();
    const occurred = status.getByRole('checkbox', { name: /^Occurred/ });
    const expectedCount = Number(await status.locator('label').filter({ has: page.getByRole('checkbox', { name: /^Occurred/ }) }).locator('.facet-count').textContent());
    await occurred.check();
    await expect(page.getByTestId('filter-count')).toHaveText(`${expectedCount} of ${await page.getByTestId('counts').textContent().then((t) => t!.split(' ')[0])} events match`);
    expect(await shownEvents(page)).toBe(expectedCount);
    expect(await page.locator('svg.plot-svg .mark').evaluateAll((m) => m.every((e) => e.getAttribute('data-status') === 'occurred'))).toBe(true);
    expect(page.url()).toContain('status=occurred');
    // The axis does not move when filtering.
    expect((await visibleRange(page)).start).toBe(range.start);
    // Counts of the other facets follow.
    const lang = page.locator('.facet[data-facet="langs"]');
    await lang.locator('summary').click();
    const langCounts = await lang.locator('.facet-count').allTextContents();
    expect(langCounts.map(Number).reduce((a, b) => Math.max(a, b), 0)).toBeLessThanOrEqual(expectedCount);
    await lang.getByRole('checkbox').first().check();
    const types = page.locator('.facet[data-facet="types"]');
    await types.locator('summary').click();
    await types.getByRole('checkbox').first().check();
    expect(page.url()).toMatch(/lang=\w+/);
    expect(page.url()).toMatch(/type=\w+/);
    await page.locator('.facet[data-facet="articles"] summary').click();
    await page.locator('.facet[data-facet="participants"] summary').click();
    await expect(page.locator('.facet[data-facet="participants"]').getByRole('checkbox', { name: /Kim Jong Un/ })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByTestId('filter-count')).toHaveText(/^All \d+ events$/);
    await page.screenshot({ path: 'test-results/screens/10-filters.png', fullPage: true });
  });
});
