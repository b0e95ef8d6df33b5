/**
 * `npm run extract -- [--sources DIR] [--out FILE] [--strict]`: writes timeline.json (the data the site embeds).
 * Exit 0 with warnings for bad articles; non-zero only when nothing can be built, or with --strict on warnings.
 * Unchanged articles are not analysed again: their analyses come from a content-hash cache (`--cache DIR`, default
 * node_modules/.cache/dateline or DATELINE_CACHE; `--no-cache` to do without). An unchanged folder is not built
 * at all: plain JSON output is copied from the folder-level result in the same cache (run/folderResult.ts).
 */
import { closeSync, copyFileSync, openSync, readSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormatId } from '../export/index.ts';
import type { Timeline } from '../model/timeline.ts';
// Types only: the pipeline's code and data load only when the folder has to be built (see writeFolderJson).
import type { RunOptions } from './index.ts';
import { lookUpFolder, type FolderSummary } from './run/folderResult.ts';
import { mergeImports, readImport } from './io/readImports.ts';
import { resolveCacheDir } from './run/analysisCache.ts';
import { coalesce, timelineJsonChunks } from './timelineFile.ts';

const USAGE = `usage: npm run extract -- [--sources DIR] [--out FILE] [--format ${['json', ...Object.keys(EXPORT_FORMATS)].join('|')}] [--import FILE.json|FILE.csv]... [--strict] [--max-article-bytes N] [--cache DIR | --no-cache] [--workers N]`;

/** The sources folder could not be read (the one failure that stops the CLI with exit 1). */
class SourcesError extends Error {}

async function extracting<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new SourcesError('sources', { cause: error });
  }
}

/** Writes pieces of text to a file, or to stdout without a file. */
function writePieces(pieces: Iterable<string>, out: string | undefined): void {
  if (!out) {
    for (const piece of pieces) process.stdout.write(piece);
    return;
  }
  const fd = openSync(out, 'w');
  try {
    for (const piece of pieces) {
      const bytes = Buffer.from(piece, 'utf8');
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    }
  } finally {
    closeSync(fd);
  }
}

/** Copies a ready timeline.json to the output; false when it is gone (another build of the folder replaced it). */
function copyJson(file: string, out: string | undefined): boolean {
  try {
    if (out) copyFileSync(file, out);
    else writePieces(chunksOf(file), undefined);
    return true;
  } catch {
    return false;
  }
}

/** A file's text in pieces (stdout takes no file descriptor copy). */
function* chunksOf(file: string): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 16);
    const decoder = new TextDecoder('utf-8');
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield decoder.decode(buffer.subarray(0, n), { stream: true });
    yield decoder.decode();
  } finally {
    closeSync(fd);
  }
}

const pipeline = () => import('./index.ts');

/**
 * Plain timeline.json: an unchanged folder's is copied from the folder-level result cache, before any of the
 * pipeline is loaded (at 10,000 articles: read and hash the files, copy one file).
 */
async function writeFolderJson(dir: string, options: RunOptions, out: string | undefined): Promise<FolderSummary> {
  const looked = options.cacheDir ? await extracting(async () => lookUpFolder(options.cacheDir!, dir, { maxArticleBytes: options.maxArticleBytes })) : undefined;
  if (looked?.hit && copyJson(looked.hit.jsonFile, out)) return looked.hit;
  const { extractTimeline, extractTimelineJson } = await pipeline();
  // A built folder not stored in the cache is written as it is made, one article at a time.
  const result = await extracting(() => extractTimelineJson(dir, options, looked?.hit ? undefined : looked, (pieces) => writePieces(pieces, out)));
  if (result.from === 'build' && !result.jsonFile) return result;
  if (result.jsonFile && copyJson(result.jsonFile, out)) return result;
  return writeTimeline(await extracting(() => extractTimeline(dir, options)), 'json', out);
}

async function timelineWithImports(dir: string, options: RunOptions, imports: Parameters<typeof mergeImports>[1]): Promise<Timeline> {
  const { extractTimeline } = await pipeline();
  const timeline = await extracting(() => extractTimeline(dir, options));
  return imports.length ? mergeImports(timeline, imports) : timeline;
}

/** Writes a timeline in a format; JSON goes out in pieces (one string of 100,000 articles would double the peak memory). */
function writeTimeline(timeline: Timeline, format: string, out: string | undefined): FolderSummary {
  writePieces(format === 'json' ? coalesce(timelineJsonChunks(timeline)) : [EXPORT_FORMATS[format as keyof typeof EXPORT_FORMATS].render(timeline)], out);
  return { articles: timeline.articles.length, events: timeline.events.length, warnings: timeline.warnings };
}

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
  const runOptions: RunOptions = {
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
  };
  const imports = (args.import ?? []).map((file) => ({ file, result: readImport(resolve(file)) }));
  let summary: FolderSummary;
  try {
    summary = format === 'json' && !imports.length
      ? await writeFolderJson(dir, runOptions, args.out)
      : writeTimeline(await timelineWithImports(dir, runOptions, imports), format, args.out);
  } catch (error) {
    if (!(error instanceof SourcesError)) throw error;
    process.stderr.write(`dateline: cannot read sources folder ${dir}: ${(error.cause as Error).message}\n`);
    return 1;
  }
  process.stderr.write(`dateline: ${summary.articles} articles, ${summary.events} events, ${summary.warnings.length} warnings${args.out ? ` -> ${args.out}` : ''}\n`);
  for (const w of summary.warnings) process.stderr.write(`  warning ${w.file}: ${w.code}: ${w.message}\n`);
  if (args.strict && summary.warnings.length > 0) {
    process.stderr.write('dateline: --strict: failing because of the warnings above\n');
    return 1;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
