/**
 * `npm run test:heavy`: the heaviest messy inputs (a 50 MB log file, a 5 MB single line, 100,000 tiny files)
 * through the pipeline, with time and memory bounds. Kept out of `npm test` (which must stay under five minutes);
 * `.ci/run` calls it after `npm test`. Ends with a plain `heavy: N passed, N failed` line.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMessyCorpus, writeTinyFiles } from './fixtures/messyCorpus.ts';
import { extractTimeline, loadResources } from '../src/pipeline/index.ts';

const TINY_FILES = Number(process.env.HEAVY_TINY_FILES ?? 100_000);
let passed = 0;
let failed = 0;

function check(name: string, ok: boolean, detail: string): void {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
}

async function measure<T>(f: () => Promise<T>): Promise<{ value: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const value = await f();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return { value, seconds, peakMb: Math.round(peak / 1024 / 1024) };
}

const resources = loadResources();
const root = mkdtempSync(join(tmpdir(), 'dateline-heavy-'));

const messyDir = join(root, 'messy');
writeMessyCorpus(messyDir, { heavy: true });
const messy = await measure(() => extractTimeline(messyDir, { resources }));
const huge = messy.value.articles.find((a) => a.file === 'huge-log.txt');
const longLine = messy.value.articles.find((a) => a.file === 'one-long-line.txt');
const codes = (file: string) => messy.value.warnings.filter((w) => w.file === file).map((w) => w.code);
check('50 MB file is read up to the cap, with a warning', !!huge && huge.text.length <= 2 * 1024 * 1024 && codes('huge-log.txt').includes('truncated'), `${huge?.text.length ?? 0} chars kept, warnings ${codes('huge-log.txt').join(',')}`);
check('5 MB single line is capped and split into bounded sentences', !!longLine && longLine.sentences.every(([s, e]) => e - s <= 2000) && codes('one-long-line.txt').includes('truncated'), `${longLine?.sentences.length ?? 0} sentences`);
check('heavy messy corpus finishes in under 120 s', messy.seconds < 120, `${messy.seconds.toFixed(1)} s`);
check('heavy messy corpus stays under 1 GB', messy.peakMb < 1024, `${messy.peakMb} MB peak RSS`);

const tinyDir = join(root, 'tiny');
writeTinyFiles(tinyDir, TINY_FILES);
const tiny = await measure(() => extractTimeline(tinyDir, { resources }));
check(`${TINY_FILES} tiny files are all listed`, tiny.value.articles.length === TINY_FILES, `${tiny.value.articles.length} articles, ${tiny.value.events.length} events`);
check(`${TINY_FILES} tiny files finish in under 15 minutes`, tiny.seconds < 900, `${tiny.seconds.toFixed(1)} s (${Math.round(TINY_FILES / tiny.seconds)} articles/s)`);
check(`${TINY_FILES} tiny files stay under 2 GB`, tiny.peakMb < 2048, `${tiny.peakMb} MB peak RSS`);

mkdirSync('.ci-out', { recursive: true });
writeFileSync('.ci-out/heavy-summary.json', JSON.stringify({ passed, failed, skipped: 0 }));
console.log(`heavy: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
