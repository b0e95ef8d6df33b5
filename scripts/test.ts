/**
 * `npm test`: typecheck, unit tests (Vitest), e2e tests (Playwright in Chromium), then one plain closing line
 * `tests: N passed, N failed` that CI reads. Every step runs even when an earlier one fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const OUT = '.ci-out';
mkdirSync(OUT, { recursive: true });
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  process.stdout.write(`\n== ${label}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status ?? 1;
}

function readJson(path: string): any {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;

if (run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) === 0) passed += 1;
else failed += 1;

rmSync(`${OUT}/vitest.json`, { force: true });
run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUT}/vitest.json`]);
const vitest = readJson(`${OUT}/vitest.json`);
if (vitest) {
  passed += vitest.numPassedTests;
  // A test file that fails to load has no test results of its own: count it as one failure.
  const brokenFiles = (vitest.testResults ?? []).filter((f: any) => f.status === 'failed' && !(f.assertionResults ?? []).length).length;
  failed += vitest.numFailedTests + brokenFiles;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else failed += 1;

process.stdout.write('\n== browser for e2e\n');
const browser = spawnSync('npx', ['tsx', 'scripts/ensureBrowser.ts'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const chromiumPath = browser.status === 0 ? browser.stdout.trim().split('\n').pop() ?? '' : '';
if (!chromiumPath) failed += 1;
else {
  process.stdout.write(`${chromiumPath}\n`);
  rmSync(`${OUT}/playwright.json`, { force: true });
  run('e2e tests (playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], { CHROMIUM_PATH: chromiumPath, PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/playwright.json` });
  const pw = readJson(`${OUT}/playwright.json`);
  if (pw) {
    passed += pw.stats.expected + pw.stats.flaky;
    failed += pw.stats.unexpected;
    skipped += pw.stats.skipped;
  } else failed += 1;
}

writeFileSync(`${OUT}/test-summary.json`, JSON.stringify({ passed, failed, skipped }));
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed > 0 ? 1 : 0);
