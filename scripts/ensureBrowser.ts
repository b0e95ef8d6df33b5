/**
 * Finds a Chromium for the e2e tests: CHROMIUM_PATH, /usr/bin/chromium, or Playwright's own browsers. When none
 * is present it installs one (Playwright's download where it works, else Debian's package when root on Debian),
 * or stops with one line saying what to install. Prints the path it found on stdout.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function playwrightBrowser(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function findBrowser(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return playwrightBrowser();
}

function tryInstall(): void {
  process.stderr.write('dateline: no Chromium found; trying `npx playwright install chromium`\n');
  const pw = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 300_000 });
  if (pw.status === 0 && playwrightBrowser()) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    process.stderr.write("dateline: installing Debian's chromium package with apt-get\n");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = ['-o', 'DPkg::Lock::Timeout=600', '-o', 'Acquire::Retries=3', '-qq'];
    execFileSync('apt-get', [...apt, 'update'], { stdio: 'inherit', env });
    execFileSync('apt-get', [...apt, 'install', '-y', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  }
}

let browser = findBrowser();
if (!browser) {
  try {
    tryInstall();
  } catch {
    // Fall through to the clear message below.
  }
  browser = findBrowser();
}
if (!browser) {
  process.stderr.write('dateline: no Chromium for the e2e tests. Install one (Debian: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH.\n');
  process.exit(1);
}
process.stdout.write(`${browser}\n`);
