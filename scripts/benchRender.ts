/**
 * Rendering benchmark: Dateline's timeline against vis-timeline on the same synthetic events, in headless Chromium.
 *
 *   npx tsx scripts/benchRender.ts [--smoke] [--sizes 1000,10000,50000] [--vis-cluster]
 *
 * For each size: a synthetic timeline (scripts/bench/syntheticTimeline.ts) is written as timeline.json, the real
 * site is built from it (`TIMELINE=… vite build`), and a vis-timeline page gets the same events
 * (scripts/bench/visTimelinePage.ts). Both are served by the repo's static server and opened in the same browser,
 * one after the other, with the same viewport and the same scripted input.
 *
 * What is measured, from rAF timestamps and 'longtask' entries recorded by an init script from navigation start:
 * - Interactive: the first event mark is present (Dateline: a mark or cluster with an accessible name and a Tab
 *   stop; vis-timeline: the first `.vis-item`, which has no name or Tab stop at all), and then the main thread is
 *   free of long frames for 500 ms. The figure is where that quiet stretch starts (the end of the last long frame
 *   or long task after the first mark, as Lighthouse's TTI does). A long frame is a rAF interval over 50 ms, a
 *   long task is Chromium's own (over 50 ms). No quiet stretch within 60 s: DNF.
 * - Frames: the rAF intervals while a scripted sequence runs over the middle of the plot: 20 wheel zoom-ins,
 *   20 drag pans (alternating left and right), 20 wheel zoom-outs, one step every 50 ms or so, as a quick hand
 *   would. Median and p95 of the intervals (at 60 Hz they come in 16.7 ms steps; a dropped frame shows as 33.3).
 *   The sequence stops after 45 s (vis-timeline at large sizes): the figures then cover the steps that ran.
 *
 * vis-timeline runs with its defaults (items stack, no clustering), because that is how it is used: its `cluster`
 * option groups items into unlabelled counts and changes what the reader sees, where Dateline's clusters are its
 * normal rendering. `--vis-cluster` runs vis-timeline with `cluster: true` instead, for comparison.
 *
 * - Load split (Dateline): when the code had run (DOMContentLoaded), when the data the first paint waits for had
 *   arrived (the index asset's responseEnd) and its size, and when the first mark appeared, from the page's own
 *   Navigation and Resource Timing entries.
 *
 * Prints a table and writes .bench-out/render.json. Speed figures live here only, never in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createStaticServer } from './staticServer.ts';
import { syntheticTimeline } from './bench/syntheticTimeline.ts';
import { writeVisTimelinePage } from './bench/visTimelinePage.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 800 };
const LONG_MS = 50;
const QUIET_MS = 500;
const LOAD_TIMEOUT_MS = 60_000;
const SEQUENCE_BUDGET_MS = 45_000;
const STEP_PAUSE_MS = 50;

interface Args { sizes: number[]; visCluster: boolean; smoke: boolean }

function parseArgs(argv: string[]): Args {
  const smoke = argv.includes('--smoke');
  const at = argv.indexOf('--sizes');
  const sizes = at >= 0 ? argv[at + 1].split(',').map(Number) : smoke ? [200] : [1000, 10_000, 50_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes wants whole numbers, got ${argv[at + 1]}`);
  return { sizes, smoke, visCluster: argv.includes('--vis-cluster') };
}

/** What the init script records in the page. */
interface PageRecord { firstMarkAt: number | null; frames: number[]; longTasks: Array<[number, number]>; now: number }

/**
 * Installed before any page script: a rAF loop (frame times), a long-task observer, and the first-mark check.
 * Plain source text, not a function: tsx wraps named functions in a helper the page does not have.
 */
const instrument = (selector: string) => `(() => {
  const record = { firstMarkAt: null, frames: [], longTasks: [] };
  window.__bench = record;
  const frame = (t) => {
    record.frames.push(t);
    if (record.firstMarkAt === null && document.querySelector(${JSON.stringify(selector)})) record.firstMarkAt = performance.now();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) record.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

const readRecord = (page: Page) => page.evaluate(() => {
  const r = (window as unknown as { __bench: PageRecord }).__bench;
  return { firstMarkAt: r.firstMarkAt, frames: r.frames.slice(), longTasks: r.longTasks.slice(), now: performance.now() };
});

/** Busy stretches of the main thread: long rAF intervals and long tasks, as [start, end] in page time. */
function busyStretches(record: PageRecord): Array<[number, number]> {
  const busy: Array<[number, number]> = [...record.longTasks];
  for (let i = 1; i < record.frames.length; i++) {
    if (record.frames[i] - record.frames[i - 1] > LONG_MS) busy.push([record.frames[i - 1], record.frames[i]]);
  }
  return busy.sort((a, b) => a[0] - b[0]);
}

/** Start of the first quiet stretch of QUIET_MS after the first mark, once the page has been watched that long. */
export function interactiveAt(record: PageRecord): number | null {
  if (record.firstMarkAt === null) return null;
  let start = record.firstMarkAt;
  for (const [from, to] of busyStretches(record)) {
    if (to <= start) continue;
    if (from >= start + QUIET_MS) break;
    start = to;
  }
  return record.now >= start + QUIET_MS ? start : null;
}

async function waitInteractive(page: Page, startedAt: number): Promise<number | null> {
  while (Date.now() - startedAt < LOAD_TIMEOUT_MS + QUIET_MS) {
    const record = await withTimeout(readRecord(page), LOAD_TIMEOUT_MS);
    if (!record) return null;
    const at = interactiveAt(record);
    if (at !== null) return at <= LOAD_TIMEOUT_MS ? at : null;
    await page.waitForTimeout(200);
  }
  return null;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((done) => { timer = setTimeout(() => done(null), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

interface FrameStats { median: number; p95: number; max: number; frames: number; steps: number; of: number }

/** Wheel in, drag, wheel out over the middle of `target`; returns frame statistics over the whole sequence. */
async function scriptedSequence(page: Page, target: string): Promise<FrameStats> {
  const box = (await page.locator(target).first().boundingBox())!;
  const x = box.x + box.width / 2, y = box.y + Math.min(box.height / 2, 60);
  const steps: Array<() => Promise<void>> = [];
  for (let i = 0; i < 20; i++) steps.push(() => page.mouse.wheel(0, -120));
  for (let i = 0; i < 20; i++) {
    const dx = i % 2 === 0 ? -200 : 200;
    steps.push(async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y, { steps: 10 });
      await page.mouse.up();
    });
  }
  for (let i = 0; i < 20; i++) steps.push(() => page.mouse.wheel(0, 120));
  await page.mouse.move(x, y);
  const start = await page.evaluate(() => performance.now());
  const began = Date.now();
  let done = 0;
  for (const step of steps) {
    if (Date.now() - began > SEQUENCE_BUDGET_MS) break;
    await step();
    await page.waitForTimeout(STEP_PAUSE_MS);
    done++;
  }
  await page.waitForTimeout(300); // let the last step's frames land
  const record = await readRecord(page);
  const frames = record.frames.filter((t) => t >= start);
  const intervals = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  return { median: quantile(intervals, 0.5), p95: quantile(intervals, 0.95), max: intervals.at(-1) ?? NaN, frames: intervals.length, steps: done, of: steps.length };
}

/** Where the time before the first mark went (Dateline's page only; null for vis-timeline, whose data is inline). */
interface LoadSplit { codeRunMs: number; dataKb: number; dataArrivedMs: number; firstMarkMs: number }

interface PageResult { interactiveMs: number | null; frames: FrameStats | null; domMarks: number; split: LoadSplit | null }

/** The load split from the page's timing entries; null when it has no data asset (vis-timeline's page). */
const readSplit = (page: Page) => page.evaluate((): LoadSplit | null => {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const data = performance.getEntriesByType('resource').find((e) => /timeline-index-[0-9a-f]+\.json/.test(e.name)) as PerformanceResourceTiming | undefined;
  const first = (window as unknown as { __bench: PageRecord }).__bench.firstMarkAt;
  if (!nav || !data || first === null) return null;
  return { codeRunMs: Math.round(nav.domContentLoadedEventEnd), dataKb: Math.round(data.decodedBodySize / 1024), dataArrivedMs: Math.round(data.responseEnd), firstMarkMs: Math.round(first) };
});

async function measure(browser: Browser, url: string, markSelector: string, plotSelector: string, countSelector: string): Promise<PageResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: instrument(markSelector) });
    const startedAt = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    const interactive = await waitInteractive(page, startedAt);
    if (interactive === null) return { interactiveMs: null, frames: null, domMarks: 0, split: null };
    const domMarks = await page.locator(countSelector).count();
    const split = await readSplit(page);
    const frames = await withTimeout(scriptedSequence(page, plotSelector), SEQUENCE_BUDGET_MS + 30_000);
    return { interactiveMs: Math.round(interactive), frames, domMarks, split };
  } finally {
    await withTimeout(context.close(), 10_000);
  }
}

function serve(root: string): Promise<{ url: string; close: () => void }> {
  const server = createStaticServer(root);
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    done({ url: `http://127.0.0.1:${port}/`, close: () => { server.closeAllConnections(); server.close(); } });
  }));
}

function buildSite(timelineFile: string, outDir: string): void {
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const run = spawnSync(vite, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT, env: { ...process.env, TIMELINE: timelineFile }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`site build failed for ${timelineFile}:\n${run.stderr}${run.stdout}`);
}

interface SizeResult { events: number; dateline: PageResult; vis: PageResult; ratio: number | null }

async function benchSize(browser: Browser, events: number, visCluster: boolean): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), `dateline-bench-${events}-`));
  try {
    const timeline = syntheticTimeline({ events, seed: 1 });
    const timelineFile = join(dir, 'timeline.json');
    writeFileSync(timelineFile, JSON.stringify(timeline));
    buildSite(timelineFile, join(dir, 'site'));
    writeVisTimelinePage(join(dir, 'vis'), timeline, { cluster: visCluster });
    const site = await serve(join(dir, 'site')), vis = await serve(join(dir, 'vis'));
    try {
      const dateline = await measure(browser, site.url, 'svg.plot-svg [role="button"][aria-label][tabindex="0"]', 'svg.plot-svg', 'svg.plot-svg .mark, svg.plot-svg .cluster');
      const visResult = await measure(browser, vis.url, '.vis-item', '.vis-panel.vis-center', '.vis-item');
      const ratio = dateline.interactiveMs && visResult.interactiveMs ? visResult.interactiveMs / dateline.interactiveMs : null;
      return { events, dateline, vis: visResult, ratio };
    } finally {
      site.close();
      vis.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
const frameCell = (f: FrameStats | null) => (f ? `${ms(f.median)} / ${ms(f.p95)}${f.steps < f.of ? ` (${f.steps}/${f.of} steps)` : ''}` : 'DNF');

function table(results: readonly SizeResult[]): string {
  const rows = [
    ['events', 'Dateline interactive ms', 'vis-timeline interactive ms', 'ratio', 'Dateline frame median / p95 ms', 'vis-timeline frame median / p95 ms', 'DOM marks D / vis', 'Dateline code run / index kB arrived / first mark ms'],
    ...results.map((r) => [
      r.events.toLocaleString('en-GB'),
      r.dateline.interactiveMs === null ? 'DNF' : String(r.dateline.interactiveMs),
      r.vis.interactiveMs === null ? 'DNF (60 s)' : String(r.vis.interactiveMs),
      r.ratio === null ? (r.vis.interactiveMs === null && r.dateline.interactiveMs !== null ? '> ' + (LOAD_TIMEOUT_MS / r.dateline.interactiveMs).toFixed(0) + '×' : '–') : `${r.ratio.toFixed(1)}×`,
      frameCell(r.dateline.frames), frameCell(r.vis.frames), `${r.dateline.domMarks} / ${r.vis.domMarks}`,
      r.dateline.split ? `${r.dateline.split.codeRunMs} / ${r.dateline.split.dataKb.toLocaleString('en-GB')} kB at ${r.dateline.split.dataArrivedMs} / ${r.dateline.split.firstMarkMs}` : '–',
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  return [line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

const USAGE = `Rendering benchmark: Dateline against vis-timeline in headless Chromium (see the comment at the top of
scripts/benchRender.ts for what is measured).

  npx tsx scripts/benchRender.ts [--smoke] [--sizes 1000,10000,50000] [--vis-cluster]

  --smoke        one small size (200 events), as CI runs it
  --sizes LIST   event counts to run, comma-separated (default 1000,10000,50000)
  --vis-cluster  run vis-timeline with cluster: true
  --help         this text
`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const chromiumVersion = browser.version();
  const results: SizeResult[] = [];
  const began = Date.now();
  try {
    for (const events of args.sizes) {
      const t0 = Date.now();
      results.push(await benchSize(browser, events, args.visCluster));
      process.stderr.write(`render bench: ${events} events done in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
    }
  } finally {
    await browser.close();
  }
  const out = join(ROOT, '.bench-out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'render.json'), `${JSON.stringify({
    date: new Date().toISOString(), chromium: chromiumVersion, viewport: VIEWPORT, visCluster: args.visCluster,
    seconds: Math.round((Date.now() - began) / 1000), results,
  }, null, 2)}\n`);
  process.stdout.write(`${table(results)}\n`);
  const failed = results.some((r) => r.dateline.interactiveMs === null || !r.dateline.frames);
  if (failed) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`render bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
