/**
 * The content-hash cache of pass 1 (what `analyseSafely` returns for one article file). Key: sha256 of the run key
 * (pipeline version + options + user gazetteer), the file name and the file's bytes; value: the analysis in V8's
 * structured-clone format, exactly what a worker thread sends back. One small file per entry, written atomically
 * (temp file + rename) so that parallel builds never read half an entry. An entry that cannot be read or decoded,
 * or that belongs to another file, counts as a miss: a damaged cache slows a build down, never breaks it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';
import type { AnalysedArticle } from '../index.ts';
import { pipelineVersion } from './pipelineVersion.ts';

/** Where the CLI and the Vite plugin keep the cache unless told otherwise: Dateline's own node_modules/.cache. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/dateline/', import.meta.url));

/**
 * The cache folder to use: an explicit choice wins (`false` = no cache; a relative path counts from `cwd`), then
 * the DATELINE_CACHE variable (empty, `0`, `off`, `no` or `false` = no cache), then DEFAULT_CACHE_DIR.
 */
export function resolveCacheDir(choice: string | false | undefined, cwd: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (choice === false) return null;
  if (choice) return resolve(cwd, choice);
  const fromEnv = env.DATELINE_CACHE;
  if (fromEnv !== undefined) return /^(|0|off|false|no)$/i.test(fromEnv.trim()) ? null : resolve(cwd, fromEnv);
  return DEFAULT_CACHE_DIR;
}

/** The part of every key shared by one run: whatever else decides the analysis besides the file itself. */
export function runKey(parts: { maxArticleBytes?: number; userGazetteer: Uint8Array | null }): string {
  return createHash('sha256')
    .update(pipelineVersion())
    .update(`\0max-article-bytes ${parts.maxArticleBytes ?? 'default'}\0`)
    .update(parts.userGazetteer ?? 'no user gazetteer')
    .digest('hex');
}

/** The key of one article file: the run key, its name and its bytes. */
export function entryKey(run: string, file: string, bytes: Uint8Array, truncated: boolean): string {
  return createHash('sha256').update(run).update(`\0${file}\0${truncated ? 'truncated' : 'whole'}\0`).update(bytes).digest('hex');
}

export const encodeAnalysis = (analysed: AnalysedArticle): Uint8Array => serialize(analysed);

/** Decodes an encoded analysis; null unless it is one for `file`. */
export function decodeAnalysis(bytes: Uint8Array, file: string): AnalysedArticle | null {
  try {
    const value = deserialize(bytes) as AnalysedArticle;
    return value && typeof value === 'object' && value.article?.file === file && Array.isArray(value.mentions) && Array.isArray(value.warnings) ? value : null;
  } catch {
    return null;
  }
}

export interface AnalysisCache {
  readonly dir: string;
  /** The entry's bytes, undecoded (null when there is none); decodeAnalysis tells whether they are good. */
  readEncoded(key: string): Uint8Array | null;
  write(key: string, encoded: Uint8Array): void;
}

/**
 * Entries live in a folder per pipeline version (`v-<16 hex>`): an entry of another version is never read again (its
 * key hashes the version), so whole folders of them can go (pruneAnalysisCache) instead of the cache growing with
 * every upgrade or data change.
 */
const VERSION_FOLDER = /^v-[0-9a-f]{16}$/;
/** The layout before version folders: entries straight under two-letter folders. */
const LEGACY_FOLDER = /^[0-9a-f]{2}$/;
/** Versions kept: this one and the latest other, so that switching between two checkouts stays warm. */
const VERSIONS_KEPT = 2;

/** The folder of this pipeline version's entries in a cache folder: what openAnalysisCache is given. */
export const versionFolder = (dir: string) => join(dir, `v-${pipelineVersion().slice(0, 16)}`);
const entryPath = (dir: string, key: string) => join(dir, key.slice(0, 2), `${key}.v8`);

/** When a folder was last written to: its own time or its sub-folders' (where entries are added). */
function lastWritten(path: string): number {
  let latest = statSync(path).mtimeMs;
  for (const sub of readdirSync(path, { withFileTypes: true })) if (sub.isDirectory()) latest = Math.max(latest, statSync(join(path, sub.name)).mtimeMs);
  return latest;
}

/**
 * Removes the entries of older pipeline versions from a cache folder: all but this version's and the most recently
 * written other one, and any left in the layout before version folders. Touches nothing else in the folder (the
 * folder-level results live beside them). Never throws: a cache that cannot be cleaned only takes more room.
 */
export function pruneAnalysisCache(dir: string): string[] {
  const removed: string[] = [];
  try {
    const current = versionFolder(dir);
    const folders = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
    const others = folders
      .filter((e) => VERSION_FOLDER.test(e.name) && join(dir, e.name) !== current)
      .map((e) => ({ path: join(dir, e.name), at: lastWritten(join(dir, e.name)) }))
      .sort((a, b) => b.at - a.at);
    const legacy = folders.filter((e) => LEGACY_FOLDER.test(e.name)).map((e) => join(dir, e.name));
    for (const path of [...others.slice(VERSIONS_KEPT - 1).map((o) => o.path), ...legacy]) {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    }
  } catch {
    // A missing or unreadable folder: nothing to clean.
  }
  return removed;
}

export function openAnalysisCache(dir: string): AnalysisCache {
  return {
    dir,
    readEncoded(key) {
      try {
        return readFileSync(entryPath(dir, key));
      } catch {
        return null;
      }
    },
    write(key, encoded) {
      const path = entryPath(dir, key);
      const temp = `${path}.${process.pid}-${threadId}.tmp`;
      try {
        mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
        writeFileSync(temp, encoded);
        renameSync(temp, path);
      } catch {
        // A read-only or full disk only costs the next build its speed-up.
        try {
          rmSync(temp, { force: true });
        } catch {
          // Nothing more to do: a stray temp file is never read as an entry.
        }
      }
    },
  };
}
