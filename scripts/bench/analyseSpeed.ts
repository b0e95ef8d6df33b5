/**
 * Per-thread speed of the per-article stages (`analyseArticle`: language → sentences → time → events) on one
 * thread, over a folder of articles repeated until enough time has passed. Reading files, clustering and joint
 * dating are not measured: they are not per-article work.
 *
 *   npx tsx scripts/bench/analyseSpeed.ts [--sources DIR] [--seconds N] [--warmup N]
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseArticle, loadResources } from '../../src/pipeline/index.ts';
import { listSources, readSource } from '../../src/pipeline/io/readSources.ts';
import type { SourceArticle } from '../../src/pipeline/types.ts';

export interface AnalyseSpeedOptions {
  /** Folder of articles (default: the seeds). */
  sourcesDir?: string;
  /** Measured time, in seconds (the loop finishes its current pass over the folder). */
  seconds?: number;
  /** Untimed passes first, in seconds, so the JIT has compiled the hot paths. */
  warmupSeconds?: number;
}

export interface AnalyseSpeed {
  articlesPerSecond: number;
  /**
   * Articles per second of the process's CPU time (user + system, GC threads included): steadier than wall time on a
   * shared machine, where other processes take turns on the cores.
   */
  articlesPerCpuSecond: number;
  /**
   * The rate of the median and of the fastest pass over the folder. On a machine shared with other work, the
   * fastest pass is the closest to what the thread does when it has a core to itself; the mean above is what it
   * did during the measurement.
   */
  medianPassArticlesPerSecond: number;
  fastestPassArticlesPerSecond: number;
  /** Articles analysed in the measured time (the folder's articles, repeated). */
  articles: number;
  seconds: number;
  /** Mean article length in UTF-16 code units. */
  meanChars: number;
  distinctArticles: number;
}

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** Runs `analyseArticle` over the folder's articles, repeated, and reports articles per second on this thread. */
export function measureAnalyseSpeed(options: AnalyseSpeedOptions = {}): AnalyseSpeed {
  const dir = options.sourcesDir ?? SEEDS;
  const resources = loadResources(dir);
  const sources: SourceArticle[] = listSources(dir).files.map((file) => readSource(dir, file)).filter((s) => s.text.trim());
  if (!sources.length) throw new Error(`${dir}: no article with text`);
  const loop = (seconds: number) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const passMs: number[] = [];
    while (performance.now() - started < seconds * 1000) {
      const passStarted = performance.now();
      for (const s of sources) analyseArticle(s, resources);
      passMs.push(performance.now() - passStarted);
    }
    const used = process.cpuUsage(cpu);
    return { passMs: passMs.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  };
  loop(options.warmupSeconds ?? 2);
  const { passMs, seconds, cpuSeconds } = loop(options.seconds ?? 5);
  const articles = passMs.length * sources.length;
  const passRate = (ms: number) => (sources.length * 1000) / ms;
  return {
    articlesPerSecond: articles / seconds,
    articlesPerCpuSecond: articles / cpuSeconds,
    medianPassArticlesPerSecond: passRate(passMs[passMs.length >> 1]),
    fastestPassArticlesPerSecond: passRate(passMs[0]),
    articles,
    seconds,
    meanChars: sources.reduce((n, s) => n + s.text.length, 0) / sources.length,
    distinctArticles: sources.length,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { sources: { type: 'string' }, seconds: { type: 'string' }, warmup: { type: 'string' } } });
  const r = measureAnalyseSpeed({
    sourcesDir: values.sources ? resolve(values.sources) : undefined,
    seconds: values.seconds ? Number(values.seconds) : undefined,
    warmupSeconds: values.warmup ? Number(values.warmup) : undefined,
  });
  process.stdout.write(`analyseArticle: ${r.articlesPerSecond.toFixed(0)} articles/s on one thread, ${r.articlesPerCpuSecond.toFixed(0)} per CPU second; passes over the folder: median ${r.medianPassArticlesPerSecond.toFixed(0)}/s, fastest ${r.fastestPassArticlesPerSecond.toFixed(0)}/s (${r.articles} articles in ${r.seconds.toFixed(1)} s; ${r.distinctArticles} distinct, mean ${r.meanChars.toFixed(0)} chars)\n`);
}
