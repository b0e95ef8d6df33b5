/**
 * Where a build's time goes, for users with big archives: `DATELINE_TIMINGS=1 npm run extract` prints the time of
 * each pipeline stage to stderr when the process ends (main thread and worker threads apart, and garbage
 * collection). Off by default, and then free: `timed` hands back the function itself.
 *
 * Stages nest: a stage timed inside another is recorded under both names ("joint dating > events" is the event
 * extraction that joint dating runs again), so the outer figure includes the inner one.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

export const TIMINGS_ON = Boolean(process.env.DATELINE_TIMINGS) && process.env.DATELINE_TIMINGS !== '0';

export interface StageTime {
  ms: number;
  calls: number;
}

/** Stage path → time, in the order stages first ran. */
export type StageTimes = Record<string, StageTime>;

let totals: StageTimes = {};
const stack: string[] = [];
let gcMs = 0;
/** When the last outermost stage ended: what follows it (writing the JSON) is reported at exit. */
let lastStageEnd = 0;
let gcObserver: PerformanceObserver | null = null;

function watchGc(): void {
  if (gcObserver) return;
  gcObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) gcMs += e.duration; });
  gcObserver.observe({ entryTypes: ['gc'] });
}

/** Adds `ms` to a stage (its path under the stages running now). */
export function addTime(stage: string, ms: number, calls = 1): void {
  const path = stack.length ? `${stack[stack.length - 1]} > ${stage}` : stage;
  const t = (totals[path] ??= { ms: 0, calls: 0 });
  t.ms += ms;
  t.calls += calls;
}

/** `fn` timed as `stage` when timings are on; `fn` itself otherwise. */
export function timed<A extends unknown[], R>(stage: string, fn: (...args: A) => R): (...args: A) => R {
  if (!TIMINGS_ON) return fn;
  watchGc();
  return (...args: A): R => {
    const path = stack.length ? `${stack[stack.length - 1]} > ${stage}` : stage;
    stack.push(path);
    const started = performance.now();
    try {
      return fn(...args);
    } finally {
      stack.pop();
      const ended = performance.now();
      const t = (totals[path] ??= { ms: 0, calls: 0 });
      t.ms += ended - started;
      t.calls++;
      if (!stack.length) lastStageEnd = ended;
    }
  };
}

/** The times recorded in this thread since the last take, with its garbage collection; the counters restart. */
export function takeTimes(): StageTimes {
  const out = totals;
  if (gcMs) out['garbage collection (during the stages above)'] = { ms: gcMs, calls: 0 };
  totals = {};
  gcMs = 0;
  return out;
}

/** Adds another thread's times under a prefix ("worker > …"). */
export function mergeTimes(times: StageTimes, prefix: string): void {
  for (const [path, t] of Object.entries(times)) {
    const mine = (totals[`${prefix} > ${path}`] ??= { ms: 0, calls: 0 });
    mine.ms += t.ms;
    mine.calls += t.calls;
  }
}

/** The report printed at exit: one line per stage, seconds and calls. */
export function formatTimes(times: StageTimes, totalMs: number): string {
  const rows = Object.entries(times).map(([path, t]) => [path, `${(t.ms / 1000).toFixed(2)} s`, t.calls ? `${t.calls}×` : '']);
  rows.push(['total (process start to exit)', `${(totalMs / 1000).toFixed(2)} s`, '']);
  const width = Math.max(...rows.map((r) => r[0].length));
  const secs = Math.max(...rows.map((r) => r[1].length));
  return ['dateline timings (wall time per stage; a worker line sums every worker thread):',
    ...rows.map(([path, s, calls]) => `  ${path.padEnd(width)}  ${s.padStart(secs)}  ${calls}`.trimEnd())].join('\n');
}

let reporting = false;
/** Prints this (main) thread's report when the process exits; once. Workers hand their times to the main thread instead. */
export function reportAtExit(): void {
  if (!TIMINGS_ON || reporting || !isMainThread) return;
  reporting = true;
  watchGc();
  process.on('exit', () => {
    const now = performance.now();
    if (lastStageEnd) addTime('after the last stage (editor files, output written)', now - lastStageEnd);
    process.stderr.write(`${formatTimes(takeTimes(), now)}\n`);
  });
}

/** Records the time since `since` (performance.now()) as `stage`. */
export function recordSince(stage: string, since: number): void {
  if (TIMINGS_ON) addTime(stage, performance.now() - since);
}
