import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { KIM_PUTIN_2023 } from './knownEvents.ts';
import { serveFolder } from './staticServer.ts';
import { openEvent, watchErrors } from './helpers.ts';
import { E2E_DIST } from './distDir.ts';

// The webServer built the site before any test ran; serve it again under a deep sub-path, as an embed would.
test('the built site works from a sub-path', async ({ page }) => {
  const server = await serveFolder(resolve(E2E_DIST), '/some/sub/path/');
  try {
    const errors = watchErrors(page);
    await page.goto(server.url);
    await expect(page.locator('svg.plot-svg').locator('.mark, .cluster').first()).toBeVisible();
    await openEvent(page, KIM_PUTIN_2023);
    await page.getByRole('button', { name: 'Read article' }).first().click();
    await expect(page.getByTestId('reader-text')).toBeVisible(); // the text chunk loaded from the sub-path
    expect(errors).toEqual([]);
  } finally {
    await server.close();
  }
});
