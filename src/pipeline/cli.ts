/**
 * `npm run extract -- [--sources DIR] [--out FILE] [--strict]`: writes timeline.json (the data the site embeds).
 * Exit 0 with warnings for bad articles; non-zero only when nothing can be built, or with --strict on warnings.
 * Unchanged articles are not analysed again: their analyses come from a content-hash cache (`--cache DIR`, default
 * node_modules/.cache/dateline or DATELINE_CACHE; `--no-cache` to do without).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormatId } from '../export/index.ts';
import { extractTimeline } from './index.ts';
import { mergeImports, readImport } from './io/readImports.ts';
import { resolveCacheDir } from './run/analysisCache.ts';
import { coalesce, timelineJsonChunks } from './timelineFile.ts';

const USAGE = `usage: npm run extract -- [--sources DIR] [--out FILE] [--format ${['json', ...Object.keys(EXPORT_FORMATS)].join('|')}] [--import FILE.json|FILE.csv]... [--strict] [--max-article-bytes N] [--cache DIR | --no-cache] [--workers N]`;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        sources: { type: 'string' },
        out: { type: 'string' },
        strict: { type: 'boolean', default: false },
        format: { type: 'string', default: 'json' },
        import: { type: 'string', multiple: true, default: [] },
        'max-article-bytes': { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = resolve(args.sources ?? process.env.SOURCES ?? 'seeds');
  const maxArticleBytes = args['max-article-bytes'] ? Number(args['max-article-bytes']) : undefined;
  if (maxArticleBytes !== undefined && !(maxArticleBytes > 0)) {
    process.stderr.write(`--max-article-bytes must be a positive number\n${USAGE}\n`);
    return 2;
  }
  const workers = args.workers === undefined ? undefined : Number(args.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    process.stderr.write(`--workers must be a whole number (0: no worker threads)\n${USAGE}\n`);
    return 2;
  }
  if (args.cache !== undefined && args['no-cache']) {
    process.stderr.write(`--cache and --no-cache exclude each other\n${USAGE}\n`);
    return 2;
  }
  const cacheDir = resolveCacheDir(args['no-cache'] ? false : args.cache, process.cwd());
  const format = args.format ?? 'json';
  if (format !== 'json' && !isExportFormatId(format)) {
    process.stderr.write(`unknown --format ${format}\n${USAGE}\n`);
    return 2;
  }
  const started = Date.now();
  let lastReport = started;
  let timeline;
  try {
    timeline = await extractTimeline(dir, {
      maxArticleBytes,
      cacheDir,
      workers,
      onProgress(done, total) {
        const now = Date.now();
        // A progress line only for long runs, at most once a second, on stderr so stdout stays pure JSON.
        if (now - lastReport >= 1000 || (done === total && now - started >= 1000)) {
          lastReport = now;
          process.stderr.write(`dateline: ${done}/${total} articles (${Math.round((now - started) / 1000)} s)\n`);
        }
      },
    });
  } catch (error) {
    process.stderr.write(`dateline: cannot read sources folder ${dir}: ${(error as Error).message}\n`);
    return 1;
  }
  const imports = (args.import ?? []).map((file) => ({ file, result: readImport(resolve(file)) }));
  if (imports.length) timeline = mergeImports(timeline, imports);
  // JSON goes out in pieces: at 100,000 articles one string of the whole file would double the peak memory.
  const output = format === 'json' ? coalesce(timelineJsonChunks(timeline)) : [EXPORT_FORMATS[format].render(timeline)];
  if (args.out) {
    const fd = openSync(args.out, 'w');
    try {
      for (const piece of output) {
        const bytes = Buffer.from(piece, 'utf8');
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      }
    } finally {
      closeSync(fd);
    }
  } else for (const piece of output) process.stdout.write(piece);
  const summary = `dateline: ${timeline.articles.length} articles, ${timeline.events.length} events, ${timeline.warnings.length} warnings${args.out ? ` -> ${args.out}` : ''}`;
  process.stderr.write(`${summary}\n`);
  for (const w of timeline.warnings) process.stderr.write(`  warning ${w.file}: ${w.code}: ${w.message}\n`);
  if (args.strict && timeline.warnings.length > 0) {
    process.stderr.write('dateline: --strict: failing because of the warnings above\n');
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
