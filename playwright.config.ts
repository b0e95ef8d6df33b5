import { defineConfig } from '@playwright/test';
import { E2E_DIST } from './e2e/distDir.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The suite runs against the real build of seeds/ by default. E2E_FIXTURE=1 builds from the gold fixture instead
// (e2e/fixtures/gold-timeline.json), for working on the app while the pipeline is unavailable.
const FIXTURE_CONFIG = process.env.E2E_FIXTURE ? ' --config e2e/fixtures/vite.fixture.config.ts' : '';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  workers: 1, // 2-core machine
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: 'http://127.0.0.1:4173',
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite build${FIXTURE_CONFIG} --outDir ${E2E_DIST} --emptyOutDir && npx vite preview${FIXTURE_CONFIG} --outDir ${E2E_DIST} --host 127.0.0.1 --port 4173 --strictPort`,
    url: 'http://127.0.0.1:4173',
    // Never test a server someone else started on this port: it may serve another build of the shared tree.
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
