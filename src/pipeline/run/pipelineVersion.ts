/**
 * A fingerprint of everything that decides what the per-article analysis returns: the pipeline's code, the model
 * types, the language and world data files, the locked dependency versions (eld) and the runtime (V8 and ICU,
 * which Intl.Segmenter follows). A cached analysis is only reused under the same fingerprint.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../', import.meta.url));
const CODE_FOLDERS = ['pipeline', 'model', 'resources'];
const LOCKFILE = join(SRC, '..', 'package-lock.json');

/** Tests and their fixtures do not change what the pipeline computes, so editing them keeps the cache. */
const isRelevant = (name: string) => !/\.test\.tsx?$/.test(name) && name !== '__fixtures__';

function addFolder(hash: ReturnType<typeof createHash>, dir: string, label: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!isRelevant(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) addFolder(hash, path, `${label}/${entry.name}`);
    else if (entry.isFile()) hash.update(`${label}/${entry.name}\0`).update(readFileSync(path)).update('\0');
  }
}

let memo: string | null = null;

/** Hex sha256 of the pipeline's code, data and runtime; computed once per process (about 1 MB of files). */
export function pipelineVersion(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) addFolder(hash, join(SRC, folder), folder);
  if (existsSync(LOCKFILE)) hash.update(readFileSync(LOCKFILE));
  const { node, v8, icu, unicode } = process.versions;
  hash.update(JSON.stringify({ node, v8, icu, unicode }));
  memo = hash.digest('hex');
  return memo;
}
