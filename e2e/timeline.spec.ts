import { expect, test } from '@playwright/test';
import { KIM_PUTIN_2023, KNOWN_EVENTS } from './knownEvents.ts';
import { axeViolations, axisLabels, openApp, pointAtPlot, visibleRange, watchErrors } from './helpers.ts';

test.describe('timeline', () => {
  test('loads without console errors and shows the counts', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Dateline' })).toBeVisible();
    await expect(page.getByTestId('counts')).toHaveText(/^\d+ events? from 5 articles$/);
    await expect(page.locator('svg.plot-svg [role="button"][tabindex="0"]').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/01-timeline.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  for (const known of KNOWN_EVENTS) {
    test(`shows the known event: ${known.what}`, async ({ page }) => {
      await openApp(page);
      await expect(page.getByRole('button', { name: known.name })).toHaveCount(1);
    });
  }

  test('the first view fits every event', async ({ page }) => {
    await openApp(page);
    const width = (await page.locator('svg.plot-svg').boundingBox())!.width;
    const shapes = await page.locator('.mark .mark-shape').evaluateAll((nodes) => nodes.map((n) => {
      const box = (n as SVGGraphicsElement).getBBox();
      return [box.x, box.x + box.width];
    }));
    for (const [left, right] of shapes) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
    }
  });

  test('wheel zooms around the pointer and tick labels adapt to days', async ({ page }) => {
    await openApp(page);
    const before = await visibleRange(page);
    expect(await axisLabels(page)).toContain('2023');
    const mark = page.getByRole('button', { name: KIM_PUTIN_2023 }).locator('.mark-shape');
    const markX = async () => { const b = (await mark.boundingBox())!; return b.x + b.width / 2; };
    const x0 = await markX();
    const plot = (await page.locator('svg.plot-svg').boundingBox())!;
    await page.mouse.move(x0, plot.y + 20);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await visibleRange(page)).days).toBeLessThan(before.days / 20);
    const after = await visibleRange(page);
    expect(after.start > before.start).toBe(true);
    expect(after.end < before.end).toBe(true);
    // Zooming is anchored at the pointer: the event under it stays close to it.
    expect(Math.abs((await markX()) - x0)).toBeLessThan(plot.width * 0.15);
    // Zoomed to months or days: labels are no longer bare years.
    expect((await axisLabels(page)).some((label) => /[A-Z][a-z]{2}/.test(label))).toBe(true);
    await page.screenshot({ path: 'test-results/screens/02-zoomed.png' });
  });

  test('drag pans and Fit all restores the first view', async ({ page }) => {
    await openApp(page);
    const initial = await visibleRange(page);
    await pointAtPlot(page, 0.5);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await visibleRange(page)).days).toBeLessThan(initial.days / 4);
    const zoomed = await visibleRange(page);
    const { x, y } = await pointAtPlot(page, 0.5);
    await page.mouse.down();
    await page.mouse.move(x - 150, y, { steps: 8 });
    await page.mouse.up();
    const panned = await visibleRange(page);
    expect(panned.start > zoomed.start).toBe(true); // dragging left brings later dates into view
    expect(Math.abs(panned.days - zoomed.days)).toBeLessThan(2);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(async () => (await visibleRange(page)).start).toBe(initial.start);
  });

  test('keyboard: + zooms, arrows pan, Tab reaches the first mark, Enter opens, Escape closes', async ({ page }) => {
    await openApp(page);
    let tabs = 0;
    do {
      await page.keyboard.press('Tab');
      tabs++;
    } while (tabs < 5 && !(await page.evaluate(() => document.activeElement?.classList.contains('mark'))));
    expect(tabs).toBeLessThanOrEqual(3);
    const first = page.locator('.mark').first();
    await expect(first).toBeFocused();

    const before = await visibleRange(page);
    await page.keyboard.press('+');
    await expect.poll(async () => (await visibleRange(page)).days).toBeLessThan(before.days * 0.8);
    const zoomed = await visibleRange(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await visibleRange(page)).start).not.toBe(zoomed.start);

    await page.getByRole('button', { name: KIM_PUTIN_2023 }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: KIM_PUTIN_2023 })).toBeFocused();
    await page.keyboard.press(' ');
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});

test.describe('sources', () => {
  test('clicking an event opens its panel with every source quote and the date expression marked', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await page.getByRole('button', { name: KIM_PUTIN_2023 }).click();
    const dialog = page.getByRole('dialog', { name: /Kim Jong Un|Putin/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('September 2023', { exact: false }).first()).toBeVisible();
    const quotes = dialog.locator('blockquote.quote');
    expect(await quotes.count()).toBeGreaterThanOrEqual(3);
    // Each source is named with its language.
    const meta = await dialog.locator('.mention-meta').allTextContents();
    expect(meta.join(' ')).toMatch(/Portuguese|Italian|Polish|Albanian/);
    // The Portuguese source marks "já este mês" (this month) as the date expression.
    await expect(dialog.locator('blockquote mark.hl-date', { hasText: 'este mês' })).toHaveCount(1);
    await expect(dialog.locator('blockquote mark.hl-date').first()).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/03-panel.png' });
    expect(errors).toEqual([]);
  });

  test('the reader opens the article and highlights the sentence', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: KIM_PUTIN_2023 }).click();
    const dialog = page.getByRole('dialog');
    const mention = dialog.locator('li.mention').filter({ has: page.locator('mark.hl-date', { hasText: 'este mês' }) });
    const quote = (await mention.locator('blockquote').textContent())!;
    await mention.getByRole('button', { name: 'Read article' }).click();
    const reader = page.getByTestId('reader-text');
    await expect(reader).toBeVisible();
    const selected = reader.locator('mark.hl-selected-sentence');
    await expect(selected.first()).toBeInViewport();
    expect((await selected.allTextContents()).join('')).toBe(quote);
    // The full article is there, not just the quote.
    expect(((await reader.textContent()) ?? '').length).toBeGreaterThan(quote.length * 3);
    await page.screenshot({ path: 'test-results/screens/04-reader.png' });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Read article' }).first()).toBeVisible();
  });

  test('axe-core finds no violations: timeline, panel and reader', async ({ page }) => {
    await openApp(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: KIM_PUTIN_2023 }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Read article' }).first().click();
    await expect(page.getByTestId('reader-text')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('dark colour scheme passes axe too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    await page.getByRole('button', { name: KIM_PUTIN_2023 }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screens/05-dark.png' });
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('at 360 px the panel is a bottom sheet', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await page.screenshot({ path: 'test-results/screens/06-narrow.png' });
    await page.getByRole('button', { name: KIM_PUTIN_2023 }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeInViewport();
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBeGreaterThan(350);
    expect(box.y + box.height).toBeGreaterThan(770);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/screens/07-narrow-panel.png' });
    expect(errors).toEqual([]);
  });
});
