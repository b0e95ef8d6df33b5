/**
 * Pipeline benchmark (issue 10): synthetic corpora of 100 to 100,000 ~3 kB articles (scripts/bench/syntheticCorpus.ts),
 * each run through the command line (`npm run extract`, as a child process: wall time end to end and the child's
 * peak RSS) and through the chrono-node + eld baseline (scripts/bench/baselineExtract.ts) in the same run, plus an
 * incremental rebuild after one article changed, with a warm cache. Prints a table and writes
 * .bench-out/pipeline.json. No assertions: speed is recorded here, never tested.
 *
 *   npx tsx scripts/benchPipeline.ts [--smoke] [--sizes 100,1000,10000,100000] [--seed 1]
 *     [--timeout SECONDS] [--baseline-timeout SECONDS] [--incremental N | --no-incremental]
 *
 * Corpora are written once per seed and size under the system's temp folder (dateline-bench/) and reused while the
 * generator and its data are unchanged.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSyntheticCorpus } from './bench/syntheticCorpus.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, '.bench-out');
const WORK = join(tmpdir(), 'dateline-bench');
const PEAK_RSS = pathToFileURL(join(ROOT, 'scripts/bench/peakRss.mjs')).href;
const FULL_SIZES = [100, 1_000, 10_000, 100_000];
const INCREMENTAL_SIZE = 10_000;

interface Run {
  status: 'ok' | 'DNF' | 'failed';
  seconds: number;
  articlesPerSecond: number | null;
  peakMb: number | null;
  /** The CLI's closing summary ("dateline: N articles, M events, K warnings"), or the baseline's. */
  summary: string;
}

interface SizeResult {
  articles: number;
  corpusMb: number;
  dateline: Run;
  baseline: Run;
  /** Dateline articles/s over the baseline's; `atLeast` when the baseline did not finish (its rate is an upper bound). */
  ratio: { value: number; atLeast: boolean } | null;
}

interface Incremental {
  articles: number;
  /** First build into an empty cache, then a rebuild with nothing changed, then one with one article edited. */
  coldSeconds: number;
  unchangedSeconds: number;
  oneChangedSeconds: number;
  /** `vite` serving the folder (warm cache): seconds from saving one article to the hot data event, per edit. */
  devHotUpdateSeconds: number[] | null;
  status: 'ok' | 'failed';
}

function options() {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      seed: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '600' },
      'baseline-timeout': { type: 'string', default: '150' },
      incremental: { type: 'string' },
      'no-incremental': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.replace(/_/g, ''))) : values.smoke ? [100] : FULL_SIZES;
  if (sizes.some((n) => !(Number.isInteger(n) && n > 0))) throw new Error(`--sizes: whole numbers, comma-separated (got ${values.sizes})`);
  const incremental = values['no-incremental'] ? null : values.incremental ? Number(values.incremental) : sizes.includes(INCREMENTAL_SIZE) ? INCREMENTAL_SIZE : Math.max(...sizes);
  return { sizes, seed: Number(values.seed), timeout: Number(values.timeout), baselineTimeout: Number(values['baseline-timeout']), incremental, smoke: values.smoke };
}

/** What the corpus depends on: the generator, its frames and the resource data it draws words from. */
function generatorHash(): string {
  const hash = createHash('sha256');
  const files = [join(ROOT, 'scripts/bench/syntheticCorpus.ts'), join(ROOT, 'scripts/bench/syntheticCorpus.languages.json')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) files.push(path);
    }
  };
  walk(join(ROOT, 'src/resources'));
  for (const f of files) hash.update(f.slice(ROOT.length)).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

/** The corpus folder for a size, written unless an identical one is already there. */
function corpus(articles: number, seed: number, generator: string): { dir: string; bytes: number } {
  const dir = join(WORK, `seed${seed}-${articles}`);
  const marker = `${dir}.json`;
  if (existsSync(marker) && existsSync(dir)) {
    const m = JSON.parse(readFileSync(marker, 'utf8'));
    if (m.generator === generator && m.articles === articles && m.seed === seed) return { dir, bytes: m.bytes };
  }
  rmSync(marker, { force: true });
  const started = performance.now();
  const written = writeSyntheticCorpus(dir, { articles, seed });
  writeFileSync(marker, JSON.stringify({ generator, articles, seed, bytes: written.bytes }));
  log(`corpus: ${articles.toLocaleString('en-GB')} articles, ${(written.bytes / 1e6).toFixed(1)} MB written in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`);
  return { dir, bytes: written.bytes };
}

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

/** The closing line of the CLI and of the baseline: "dateline: N articles, M events, K warnings". */
const SUMMARY = /^(dateline|baseline): \d+ articles/;

/** Runs a node script as a child with the peak-RSS reporter preloaded; wall time from spawn to exit. */
function timed(args: string[], timeoutSeconds: number, articles: number): Promise<Run> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', PEAK_RSS, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let tail = '';
    let line = '';
    let summary = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    // Only the summary and the end of stderr (peak memory) matter; progress lines are dropped as they pass. The
    // summary is caught on its way: the CLI lists every warning after it, thousands of lines at 10,000 articles.
    child.stderr.on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-4000);
      const lines = (line + chunk).split('\n');
      line = lines.pop() ?? '';
      for (const l of lines) if (!summary && SUMMARY.test(l)) summary = l;
    });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const peak = [...tail.matchAll(/bench-peak-rss-kb (\d+)/g)].pop();
      if (!summary && SUMMARY.test(line)) summary = line;
      const status = timedOut ? 'DNF' : code === 0 ? 'ok' : 'failed';
      if (status === 'failed') log(`child failed (exit ${code}): ${args.join(' ')}\n${tail.slice(-1500)}`);
      done({
        status,
        seconds: timedOut ? timeoutSeconds : seconds,
        articlesPerSecond: status === 'ok' ? articles / seconds : null,
        peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null,
        summary,
      });
    });
  });
}

const extract = (dir: string, out: string, cache: string[], timeout: number, articles: number) =>
  timed(['src/pipeline/cli.ts', '--sources', dir, '--out', out, ...cache], timeout, articles);

/** One article edited (a sentence added in the middle of the folder), rebuilt with the warm cache, then restored. */
async function incremental(dir: string, articles: number, timeout: number): Promise<Incremental> {
  const cache = join(WORK, `cache-${articles}`);
  rmSync(cache, { recursive: true, force: true });
  const out = join(WORK, `incremental-${articles}.json`);
  const cold = await extract(dir, out, ['--cache', cache], timeout, articles);
  const unchanged = await extract(dir, out, ['--cache', cache], timeout, articles);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const edited = join(dir, files[Math.floor(files.length / 2)]);
  const original = readFileSync(edited);
  let changed: Run;
  try {
    appendFileSync(edited, '\nAn editor added this closing sentence after publication.\n');
    changed = await extract(dir, out, ['--cache', cache], timeout, articles);
  } finally {
    writeFileSync(edited, original);
  }
  const dev = await devRebuild(dir, cache, timeout);
  rmSync(cache, { recursive: true, force: true });
  const ok = [cold, unchanged, changed].every((r) => r.status === 'ok') && dev !== null;
  return { articles, coldSeconds: cold.seconds, unchangedSeconds: unchanged.seconds, oneChangedSeconds: changed.seconds, devHotUpdateSeconds: dev, status: ok ? 'ok' : 'failed' };
}

/** scripts/bench/devRebuild.ts on the folder with the warm cache: the hot-update seconds of three edits, or null. */
function devRebuild(dir: string, cache: string, timeoutSeconds: number): Promise<number[] | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/devRebuild.ts', '--sources', dir, '--cache', cache], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(err.trim().split('\n').slice(-3).join(' ') || `exit ${code}`);
        done((JSON.parse(out.trim().split('\n').pop()!) as { hotUpdateSeconds: number[] }).hotUpdateSeconds);
      } catch (error) {
        log(`  dev server rebuild failed: ${(error as Error).message}`);
        done(null);
      }
    });
  });
}

const fmt = (n: number | null, digits = 0) => (n === null ? '–' : n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

function runCell(r: Run, what: (r: Run) => string): string {
  return r.status === 'ok' ? what(r) : r.status === 'DNF' ? `DNF (${fmt(r.seconds)} s)` : 'failed';
}

export function pipelineTable(results: readonly SizeResult[], inc: Incremental | null): string {
  const rows = [
    ['articles', 'Dateline articles/s', 'total s', 'peak MB', 'events', 'chrono+eld articles/s', 'chrono+eld s', 'chrono+eld peak MB', 'ratio'],
    ...results.map((r) => [
      fmt(r.articles),
      runCell(r.dateline, (x) => fmt(x.articlesPerSecond)),
      runCell(r.dateline, (x) => fmt(x.seconds, 1)),
      fmt(r.dateline.peakMb),
      /(\d+) events/.exec(r.dateline.summary)?.[1] ?? '–',
      runCell(r.baseline, (x) => fmt(x.articlesPerSecond)),
      runCell(r.baseline, (x) => fmt(x.seconds, 1)),
      fmt(r.baseline.peakMb),
      r.ratio ? `${r.ratio.atLeast ? '> ' : ''}${r.ratio.value.toFixed(1)}×` : '–',
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  const lines = [line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)];
  if (inc) {
    lines.push('', inc.status === 'ok'
      ? `Incremental at ${fmt(inc.articles)} articles (CLI, --cache): first build ${fmt(inc.coldSeconds, 1)} s, nothing changed ${fmt(inc.unchangedSeconds, 1)} s, one article changed ${fmt(inc.oneChangedSeconds, 1)} s`
        + (inc.devHotUpdateSeconds ? `; dev server, one article saved to hot data: ${inc.devHotUpdateSeconds.map((x) => fmt(x, 1)).join(' / ')} s` : '')
      : `Incremental at ${fmt(inc.articles)} articles: failed (see the log above)`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const opts = options();
  mkdirSync(WORK, { recursive: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const generator = generatorHash();
  const results: SizeResult[] = [];
  let inc: Incremental | null = null;
  for (const articles of opts.sizes) {
    const { dir, bytes } = corpus(articles, opts.seed, generator);
    log(`${articles.toLocaleString('en-GB')} articles: Dateline (npm run extract, no cache)…`);
    const dateline = await extract(dir, join(WORK, `timeline-${articles}.json`), ['--no-cache'], opts.timeout, articles);
    log(`  ${dateline.status} ${dateline.seconds.toFixed(1)} s, peak ${dateline.peakMb} MB; chrono-node + eld baseline…`);
    const baseline = await timed(['scripts/bench/baselineExtract.ts', '--sources', dir, '--out', join(WORK, `baseline-${articles}.jsonl`)], opts.baselineTimeout, articles);
    log(`  ${baseline.status} ${baseline.seconds.toFixed(1)} s, peak ${baseline.peakMb} MB`);
    let ratio: SizeResult['ratio'] = null;
    if (dateline.articlesPerSecond !== null && baseline.articlesPerSecond !== null) ratio = { value: dateline.articlesPerSecond / baseline.articlesPerSecond, atLeast: false };
    else if (dateline.articlesPerSecond !== null && baseline.status === 'DNF') ratio = { value: dateline.articlesPerSecond / (articles / baseline.seconds), atLeast: true };
    results.push({ articles, corpusMb: bytes / 1e6, dateline, baseline, ratio });
    if (articles === opts.incremental) {
      log(`  incremental rebuild at ${articles.toLocaleString('en-GB')} articles…`);
      inc = await incremental(dir, articles, opts.timeout);
    }
  }
  const machine = { os: `${process.platform} ${release()}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
  writeFileSync(join(OUT_DIR, 'pipeline.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, seed: opts.seed, smoke: opts.smoke, results, incremental: inc }, null, 2)}\n`);
  process.stdout.write(`\nPipeline (${machine.cpus} cores, ${machine.node}; seed ${opts.seed}):\n${pipelineTable(results, inc)}\n`);
  const failed = results.some((r) => r.dateline.status === 'failed' || r.baseline.status === 'failed') || inc?.status === 'failed';
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
