/**
 * The folder-level result cache: a sources folder's whole timeline.json, reused at once when nothing that decides
 * it has changed. Its key hashes the per-article cache keys of every file (pipeline version, options, user
 * gazetteer, each file's name and bytes), the listing's warnings and the editor's files. A warm rebuild of an
 * unchanged folder then reads and hashes the files and copies one file, instead of decoding every cached analysis
 * and rerunning joint dating, clustering and duplicate detection over the folder.
 *
 * One result is kept per sources folder (a new one replaces the old), so the cache grows with the folders built,
 * not with the builds. Entries are written atomically (temp file + rename); the JSON is written before its
 * summary, and a summary is only trusted when its JSON is there: a damaged or half-replaced entry is a miss.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Warning } from '../../model/timeline.ts';
import { listSources, readArticleBytes, type ReadOptions, type SourceListing } from '../io/readSources.ts';
import { OVERRIDES_FILE } from '../stages/overrides.ts';
import { SETTINGS_FILE } from '../stages/settings.ts';
import { entryKey, runKey } from './analysisCache.ts';

/** User gazetteer file, read from the sources folder when present. */
export const USER_GAZETTEER_FILE = 'dateline.gazetteer.json';
/** Files of the sources folder besides the articles that change the result (the gazetteer is in the run key). */
const EDITOR_FILES = [OVERRIDES_FILE, SETTINGS_FILE];
const SUBFOLDER = 'folders';

function readOrNull(path: string): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/**
 * The key of a folder's result: every input of the build, hashed. Reads each article file once (at most
 * maxArticleBytes, like the build does); a file that cannot be read enters the key by its warnings.
 */
export function folderKey(dir: string, { files, warnings: listingWarnings }: SourceListing, read: ReadOptions): string {
  const run = runKey({ maxArticleBytes: read.maxArticleBytes, userGazetteer: readOrNull(join(dir, USER_GAZETTEER_FILE)) });
  const hash = createHash('sha256').update(run).update(`\0${files.length}\0`);
  for (const file of files) {
    const bytes = readArticleBytes(dir, file, read);
    hash.update(bytes.ok ? entryKey(run, file, bytes.bytes, bytes.truncated) : `unread ${file} ${JSON.stringify(bytes.warnings)}`).update('\0');
  }
  hash.update(JSON.stringify(listingWarnings));
  for (const name of EDITOR_FILES) {
    const bytes = readOrNull(join(dir, name));
    hash.update(`\0${name}\0${bytes ? bytes.length : 'absent'}\0`);
    if (bytes) hash.update(bytes);
  }
  return hash.digest('hex');
}

/** What the CLI says about a build without reading its timeline: the counts and the warnings. */
export interface FolderSummary {
  articles: number;
  events: number;
  warnings: Warning[];
}

export interface CachedFolderResult extends FolderSummary {
  /** A file holding exactly the timeline.json of the folder (read it, or copy it, before the next build of the folder). */
  jsonFile: string;
}

/** The stem of a folder's entry: one per absolute folder path. */
const stemOf = (cacheDir: string, sourcesDir: string) =>
  join(cacheDir, SUBFOLDER, createHash('sha256').update(resolve(sourcesDir)).digest('hex').slice(0, 32));

const pathsOf = (stem: string, key: string) => ({ json: `${stem}-${key}.json`, summary: `${stem}-${key}.summary.json` });

/** The cached result of the folder under this key, or null (never throws). */
export function readFolderResult(cacheDir: string, sourcesDir: string, key: string): CachedFolderResult | null {
  const paths = pathsOf(stemOf(cacheDir, sourcesDir), key);
  try {
    const summary = JSON.parse(readFileSync(paths.summary, 'utf8')) as FolderSummary & { key?: string };
    if (summary.key !== key || !Number.isInteger(summary.articles) || !Number.isInteger(summary.events) || !Array.isArray(summary.warnings)) return null;
    if (!existsSync(paths.json)) return null;
    return { articles: summary.articles, events: summary.events, warnings: summary.warnings, jsonFile: paths.json };
  } catch {
    return null;
  }
}

function writeAtomically(path: string, fill: (fd: number) => void): void {
  const temp = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      fill(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Stores a folder's result under its key, written from `pieces` (the timeline.json in order), and drops the
 * folder's older results. Returns the JSON file, or null when it could not be written (a read-only or full disk
 * only costs the next build its speed-up).
 */
export function writeFolderResult(cacheDir: string, sourcesDir: string, key: string, summary: FolderSummary, pieces: Iterable<string>): string | null {
  const stem = stemOf(cacheDir, sourcesDir);
  const paths = pathsOf(stem, key);
  try {
    mkdirSync(join(cacheDir, SUBFOLDER), { recursive: true });
    writeAtomically(paths.json, (fd) => {
      for (const piece of pieces) {
        const bytes = Buffer.from(piece, 'utf8');
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      }
    });
    writeAtomically(paths.summary, (fd) => writeSync(fd, JSON.stringify({ key, ...summary })));
  } catch {
    return null;
  }
  const prefix = basename(stem);
  try {
    for (const name of readdirSync(join(cacheDir, SUBFOLDER))) {
      if (name.startsWith(`${prefix}-`) && !name.startsWith(`${prefix}-${key}.`) && !name.endsWith('.tmp')) rmSync(join(cacheDir, SUBFOLDER, name), { force: true });
    }
  } catch {
    // Old results left behind take room, nothing else.
  }
  return paths.json;
}

/** A folder listed and keyed, with its cached result when there is one. */
export interface FolderLookup {
  listing: SourceListing;
  key: string;
  hit: CachedFolderResult | null;
}

/**
 * Lists and keys a folder and looks its result up. Light on purpose (no pipeline code or data loaded): a CLI that
 * finds the result has nothing else to load. Throws only when the folder itself cannot be listed.
 */
export function lookUpFolder(cacheDir: string, dir: string, read: ReadOptions): FolderLookup {
  const listing = listSources(dir);
  const key = folderKey(dir, listing, read);
  return { listing, key, hit: readFolderResult(cacheDir, dir, key) };
}
