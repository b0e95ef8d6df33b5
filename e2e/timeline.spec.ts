import { expect, test } from '@playwright/test';
import { KIM_PUTIN_2023, KNOWN_EVENTS } from './knownEvents.ts';
import { axisLabels, openApp, overflowingElements, openEvent, pointAtPlot, revealEvent, settle, timeAtFraction, visibleRange, watchErrors } from './helpers.ts';

const DAY = 86_400_000;

test.describe('timeline', () => {
  test('loads without console errors and shows the counts', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Dateline' })).toBeVisible();
    await expect(page.getByTestId('counts')).toHaveText(/^\d+ events? from 5 articles$/);
    // One Tab stop for all events (roving focus).
    await expect(page.locator('svg.plot-svg [role="button"][tabindex="0"]')).toHaveCount(1);
    await page.screenshot({ path: 'test-results/screens/01-timeline.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  test('the view switch does not move when the download menu arrives (its chunk comes after the first paint)', async ({ page }) => {
    // Hold the download menu's chunk back, as a slow network or a busy machine would.
    let release!: () => void;
    const held = new Promise<void>((done) => { release = done; });
    await page.route(/DownloadMenu-[\w-]+\.js$/, async (route) => { await held; await route.continue(); });
    await openApp(page);
    const list = page.getByRole('button', { name: 'List', exact: true });
    const before = await list.boundingBox();
    release();
    await expect(page.getByRole('button', { name: /^Download/ })).toBeVisible();
    const after = (await list.boundingBox())!;
    // Within half a pixel (text measured in two elements rounds differently); without the placeholder it moved ~100 px.
    expect(after.x).toBeCloseTo(before!.x, 0);
    expect(after.y).toBeCloseTo(before!.y, 0);
  });

  for (const known of KNOWN_EVENTS) {
    test(`shows the known event: ${known.what}`, async ({ page }) => {
      await openApp(page);
      await expect(await revealEvent(page, known.name)).toHaveCount(1);
    });
  }

  test('marks are points for exact days and bands for longer spans, and show their support', async ({ page }) => {
    await openApp(page);
    const mark = await revealEvent(page, KIM_PUTIN_2023);
    await expect(mark).toHaveAttribute('data-kind', 'band'); // September 2023: a month-long band
    await expect(mark).toHaveAccessibleName(/, September 2023, \w+, \d+ sources in \d+ languages?$/);
    await expect(mark.locator('.mark-count')).toHaveText(/\(\d+ sources, \d+ languages?\)/);
    const days = page.locator('svg.plot-svg .mark[data-kind="point"]');
    if (await days.count() > 0) await expect(days.first()).toHaveAccessibleName(/, \d{1,2} [A-Z][a-z]+ \d{4}, /);
  });

  test('the first view fits every mark and cluster', async ({ page }) => {
    await openApp(page);
    const width = (await page.locator('svg.plot-svg').boundingBox())!.width;
    const shapes = await page.locator('svg.plot-svg').locator('.mark-shape, .cluster-shape').evaluateAll((nodes) => nodes.map((n) => {
      const box = (n as SVGGraphicsElement).getBoundingClientRect();
      const svg = (n as SVGGraphicsElement).ownerSVGElement!.getBoundingClientRect();
      return [box.left - svg.left, box.right - svg.left];
    }));
    expect(shapes.length).toBeGreaterThan(0);
    for (const [left, right] of shapes) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(width);
    }
  });

  test('wheel zooms around the pointer and tick labels adapt', async ({ page }) => {
    await openApp(page);
    const before = await visibleRange(page);
    expect((await axisLabels(page)).some((l) => /^\d{4}$/.test(l))).toBe(true);
    const anchor = 0.7;
    const atPointer = await timeAtFraction(page, anchor);
    await pointAtPlot(page, anchor);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await visibleRange(page)).days).toBeLessThan(before.days / 20);
    await settle(page);
    const after = await visibleRange(page);
    // The date under the pointer stays under it (within a few days at this zoom).
    expect(Math.abs((await timeAtFraction(page, anchor)) - atPointer) / DAY).toBeLessThan(after.days * 0.05 + 2);
    expect((await axisLabels(page)).some((label) => /\p{L}{3}/u.test(label))).toBe(true); // months, not bare years
    await page.screenshot({ path: 'test-results/screens/02-zoomed.png' });
  });

  test('zoom is bounded: never out past all events, never in past a few days', async ({ page }) => {
    await openApp(page);
    const initial = await visibleRange(page);
    await pointAtPlot(page, 0.5);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 600);
    await settle(page);
    expect((await visibleRange(page)).days).toBeLessThanOrEqual(initial.days + 1);
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -600);
    await settle(page);
    expect((await visibleRange(page)).days).toBeGreaterThanOrEqual(3);
    expect((await visibleRange(page)).days).toBeLessThan(8);
  });

  test('drag pans, double-click zooms in, Fit all restores the first view', async ({ page }) => {
    await openApp(page);
    const initial = await visibleRange(page);
    const { x, y } = await pointAtPlot(page, 0.5);
    await page.mouse.dblclick(x, y);
    await expect.poll(async () => (await visibleRange(page)).days).toBeLessThan(initial.days * 0.6);
    await settle(page);
    const zoomed = await visibleRange(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 150, y, { steps: 8 });
    await page.mouse.up();
    await settle(page);
    const panned = await visibleRange(page);
    expect(panned.start > zoomed.start).toBe(true); // dragging left brings later dates into view
    expect(Math.abs(panned.days - zoomed.days)).toBeLessThan(2);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(async () => (await visibleRange(page)).start).toBe(initial.start);
  });

  test('dense periods are counted clusters that split up when zoomed in', async ({ page }) => {
    await openApp(page);
    const clusters = page.locator('svg.plot-svg .cluster');
    expect(await clusters.count()).toBeGreaterThan(0);
    const cluster = clusters.first();
    const name = (await cluster.getAttribute('aria-label'))!;
    expect(name).toMatch(/^\d+ events, ([A-Z][a-z]+(–[A-Z][a-z]+)? \d{4}|[A-Z][a-z]+ \d{4} – [A-Z][a-z]+ \d{4})$/);
    const size = Number(name.split(' ')[0]);
    const members = (await cluster.getAttribute('data-members'))!.split(' ');
    expect(members).toHaveLength(size);
    await page.screenshot({ path: 'test-results/screens/08-clusters.png' });
    // Activating the cluster zooms in on it: its events show, as marks or as smaller clusters.
    await cluster.focus();
    await page.keyboard.press('Enter');
    await settle(page);
    const shown = await page.locator('svg.plot-svg').evaluate((svg, ids) => {
      const marks = [...svg.querySelectorAll('.mark')].map((m) => m.getAttribute('data-event-id')).filter((id) => ids.includes(id!));
      const sizes = [...svg.querySelectorAll('.cluster')].map((c) => c.getAttribute('data-members')!.split(' ')).filter((m) => m.some((id) => ids.includes(id))).map((m) => m.length);
      return { marks: marks.length, biggestCluster: Math.max(0, ...sizes) };
    }, members);
    expect(shown.marks).toBeGreaterThan(0);
    expect(shown.biggestCluster).toBeLessThan(size);
    // Focus followed into the cluster: a member of it has focus now.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? document.activeElement?.getAttribute('data-members'));
    expect(members.some((id) => focused?.split(' ').includes(id))).toBe(true);
  });

  test('the overview strip shows the window; brushing moves and zooms the view', async ({ page }) => {
    await openApp(page);
    const minimap = page.getByTestId('minimap');
    const box = (await minimap.boundingBox())!;
    const initial = await visibleRange(page);
    // Brush a new window over the middle fifth of the whole range.
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await settle(page);
    const brushed = await visibleRange(page);
    expect(brushed.days).toBeLessThan(initial.days * 0.3);
    expect(brushed.days).toBeGreaterThan(initial.days * 0.1);
    // The brush selection follows the view; dragging it moves the view without zooming.
    const selection = (await minimap.locator('.selection').boundingBox())!;
    expect(selection.width).toBeGreaterThan(box.width * 0.15);
    expect(selection.width).toBeLessThan(box.width * 0.25);
    await page.mouse.move(selection.x + selection.width / 2, selection.y + selection.height / 2);
    await page.mouse.down();
    await page.mouse.move(selection.x + selection.width / 2 + box.width * 0.15, selection.y + selection.height / 2, { steps: 6 });
    await page.mouse.up();
    await settle(page);
    const moved = await visibleRange(page);
    expect(moved.start > brushed.start).toBe(true);
    expect(Math.abs(moved.days - brushed.days)).toBeLessThan(3);
    // Zooming the timeline updates the brush.
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle(page);
    const smaller = (await minimap.locator('.selection').boundingBox())!;
    expect(smaller.width).toBeLessThan(selection.width * 0.8);
    await page.screenshot({ path: 'test-results/screens/09-brushed.png' });
  });
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('pinch zooms and a tap opens an event', async ({ page }) => {
    await openApp(page);
    const before = await visibleRange(page);
    const box = (await page.locator('svg.plot-svg').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + 30, cx = box.x + box.width / 2;
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: type === 'touchEnd' ? [] : [{ x: cx - spread, y, id: 1 }, { x: cx + spread, y, id: 2 }],
    });
    await touch('touchStart', 20);
    for (let spread = 30; spread <= 150; spread += 15) await touch('touchMove', spread);
    await touch('touchEnd', 150);
    await settle(page);
    const after = await visibleRange(page);
    expect(after.days).toBeLessThan(before.days / 3);
    // A tap on a mark or cluster works like a click.
    await page.getByRole('button', { name: 'Fit all' }).tap();
    await settle(page);
    await revealEvent(page, KIM_PUTIN_2023);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const mark = await revealEvent(page, KIM_PUTIN_2023);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await mark.locator('.mark-shape').tap();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('keyboard only: Tab to the events, arrows move in time order, Home/End, zoom keys, Enter opens, Escape closes', async ({ page }) => {
    await openApp(page);
    let tabs = 0;
    do {
      await page.keyboard.press('Tab');
      tabs++;
    } while (tabs < 8 && !(await page.evaluate(() => !!document.activeElement?.closest('svg.plot-svg'))));
    expect(tabs).toBeLessThanOrEqual(5);
    const items = page.locator('svg.plot-svg').locator('.mark, .cluster');
    await expect(items.first()).toBeFocused();
    // The focus ring is visible.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.mark-hit')!).stroke);
    expect(outline).not.toBe('none');

    // Arrow keys walk the events in time order; End and Home jump to the ends.
    const order = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    await page.keyboard.press('ArrowRight');
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(page.locator(`svg.plot-svg [data-key="${order.at(-1)}"]`)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(items.first()).toBeFocused();

    const before = await visibleRange(page);
    await page.keyboard.press('+');
    await expect.poll(async () => (await visibleRange(page)).days).toBeLessThan(before.days * 0.8);
    await settle(page);
    const zoomed = await visibleRange(page);
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await visibleRange(page)).start).not.toBe(zoomed.start);
    await page.keyboard.press('-');
    await page.keyboard.press('0');
    await expect.poll(async () => (await visibleRange(page)).start).toBe(before.start);

    // Walk to the September 2023 Kim–Putin event with the arrow keys only (Enter expands clusters on the way).
    const reached = await page.evaluate(() => 0);
    let found = false;
    for (let step = reached; step < 120 && !found; step++) {
      const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (/(Kim Jong Un.*Putin|Putin.*Kim Jong Un).*, September 2023, /.test(name)) { found = true; break; }
      const isCluster = await page.evaluate(() => document.activeElement?.classList.contains('cluster'));
      const members = isCluster ? await page.evaluate(() => document.activeElement!.getAttribute('data-members')!) : '';
      if (isCluster && /kim-jong-un.*putin|putin.*kim-jong-un/.test(members) && /2023/.test(await page.evaluate(() => document.activeElement!.getAttribute('aria-label')!))) {
        await page.keyboard.press('Enter');
        await settle(page);
      } else {
        await page.keyboard.press('ArrowRight');
      }
    }
    expect(found).toBe(true);
    const mark = page.getByRole('button', { name: KIM_PUTIN_2023 });
    await expect(mark).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
    // Tab moves through the panel's controls, each with a visible focus.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Close event details' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(mark).toBeFocused();
    await page.keyboard.press(' ');
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('the filters come after the timeline in tab order', async ({ page }) => {
    await openApp(page);
    // The filters load in their own chunk just after the first paint: tab through the page once they are there.
    await expect(page.locator('#event-search')).toBeVisible();
    const order: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const el = document.activeElement!;
        if (el.closest('svg.plot-svg')) return 'event';
        return el.id === 'event-search' ? 'search' : el.tagName.toLowerCase();
      }));
    }
    expect(order.indexOf('event')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('event')).toBeLessThan(order.indexOf('search'));
  });
});

test.describe('axis in the viewer\'s locale', () => {
  test.use({ locale: 'de-DE' });

  test('month labels follow the locale; the rest of the UI stays English', async ({ page }) => {
    await openApp(page);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle(page);
    const labels = await axisLabels(page);
    expect(labels.some((l) => /^(Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.?( \d{4})?$|^\d+\. /.test(l))).toBe(true);
    await expect(page.getByRole('button', { name: 'Fit all' })).toBeVisible();
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('at 360 px everything fits and the panel is a bottom sheet', async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    expect(await overflowingElements(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/screens/06-narrow.png', fullPage: true });
    const dialog = await openEvent(page, KIM_PUTIN_2023);
    await expect(dialog).toBeInViewport();
    const box = (await dialog.boundingBox())!;
    expect(box.width).toBeGreaterThan(350);
    expect(box.y + box.height).toBeGreaterThan(770);
    expect(await overflowingElements(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/screens/07-narrow-panel.png' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'List' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: 'test-results/screens/12-narrow-list.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
