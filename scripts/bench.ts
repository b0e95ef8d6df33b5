/**
 * `npm run bench`: the pipeline benchmark (scripts/benchPipeline.ts) then the rendering benchmark
 * (scripts/benchRender.ts), each as a child process, then both tables together. Exit code non-zero when either fails.
 *
 *   npm run bench -- [--smoke] [--sizes 100,1000,10000,100000] [--render-sizes 1000,10000,50000] [--no-render] [other benchPipeline flags]
 *
 * `--no-render` runs the pipeline benchmark alone (the rendering one needs a browser and several minutes).
 * `--smoke` goes to both (the small sizes CI runs so the benchmark cannot rot; no timing assertions anywhere).
 * `--sizes` and the other flags go to the pipeline benchmark; `--render-sizes` is the rendering benchmark's `--sizes`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Part {
  name: string;
  script: string;
  args: string[];
}

/** Splits this script's flags between the two benchmarks. */
function partsOf(argv: readonly string[]): Part[] {
  const pipeline: string[] = [];
  const render: string[] = [];
  let withRender = true;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--no-render') withRender = false;
    else if (flag === '--smoke') {
      pipeline.push(flag);
      render.push(flag);
    } else if (flag === '--render-sizes') render.push('--sizes', argv[++i] ?? '');
    else if (flag === '--vis-cluster') render.push(flag);
    else pipeline.push(flag);
  }
  return [
    { name: 'pipeline', script: 'scripts/benchPipeline.ts', args: pipeline },
    ...(withRender ? [{ name: 'rendering', script: 'scripts/benchRender.ts', args: render }] : []),
  ];
}

/** Runs one benchmark, streaming its output live and keeping its stdout to reprint the table at the end. */
function run(part: Part): Promise<{ code: number; stdout: string }> {
  return new Promise((done) => {
    const child = spawn('npx', ['tsx', part.script, ...part.args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 1 : 0), stdout }));
  });
}

/** The table lines of a benchmark's output (markdown rows) with the lines right around them. */
function tableOf(stdout: string): string {
  const lines = stdout.trimEnd().split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  if (first < 0) return '(no table printed)';
  return lines.slice(Math.max(0, first - 1)).join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const summaries: string[] = [];
  let failed = false;
  for (const part of partsOf(process.argv.slice(2))) {
    if (!existsSync(join(ROOT, part.script))) {
      process.stderr.write(`bench: ${part.script} does not exist yet; the ${part.name} benchmark is skipped\n`);
      summaries.push(`${part.name}: not run (${part.script} missing)`);
      continue;
    }
    process.stderr.write(`bench: ${part.name} benchmark: npx tsx ${part.script} ${part.args.join(' ')}\n`);
    const { code, stdout } = await run(part);
    if (code !== 0) {
      failed = true;
      process.stderr.write(`bench: the ${part.name} benchmark failed (exit ${code})\n`);
    }
    summaries.push(`${part.name}${code === 0 ? '' : ` (FAILED, exit ${code})`}:\n${tableOf(stdout)}`);
  }
  const minutes = (performance.now() - started) / 60_000;
  process.stdout.write(`\n== npm run bench: both parts in ${minutes.toFixed(1)} min (figures in .bench-out/)\n\n${summaries.join('\n\n')}\n`);
  process.exitCode = failed ? 1 : 0;
}

await main();
