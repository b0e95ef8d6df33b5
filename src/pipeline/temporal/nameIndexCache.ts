/**
 * A file cache of built news-event name indexes (see NameIndexStore in newsEvents.ts), in V8's structured-clone
 * format: Maps and shared lists come back as they were built. One file per index kind and language, holding its
 * key beside the index: sha256 of the pipeline's fingerprint (its code, data and runtime: pipelineVersion.ts), the
 * kind, the language and the very names it is built from, so a changed tokeniser or data file never meets an old
 * index; a new build overwrites the old file (the folder stays at one file per index, about 22 MB in all). Written
 * atomically (temp file + rename: parallel builds and test workers never read half a file). Anything that cannot be
 * read, decoded or written counts as no cache: a damaged or read-only cache slows a run down, never breaks it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';
import type { NameIndexKind, NameIndexStore, NamesOfLanguage } from './newsEvents.ts';

/** Dateline's own node_modules/.cache, beside the analysis cache and eld's table. */
export const DEFAULT_NAME_INDEX_DIR = fileURLToPath(new URL('../../../node_modules/.cache/dateline-names/', import.meta.url));

/** The key of one index: what it was built by and from. */
export function nameIndexKey(version: string, kind: NameIndexKind, lang: string, names: NamesOfLanguage): string {
  return createHash('sha256').update(version).update(`\0${kind}\0${lang}\0`).update(JSON.stringify(names)).digest('hex');
}

const fileOf = (dir: string, kind: NameIndexKind, lang: string) => join(dir, `${kind}-${lang.replace(/[^a-z0-9-]/gi, '_')}.v8`);

/** A store of name indexes in `dir`, for the pipeline fingerprint `version`. */
export function openNameIndexStore(dir: string, version: string): NameIndexStore {
  return {
    load(kind, lang, names) {
      try {
        const kept = deserialize(readFileSync(fileOf(dir, kind, lang))) as { key?: unknown; index?: unknown };
        return kept.key === nameIndexKey(version, kind, lang, names) ? kept.index : undefined;
      } catch {
        return undefined;
      }
    },
    save(kind, lang, names, index) {
      const path = fileOf(dir, kind, lang);
      const temp = `${path}.${process.pid}-${threadId}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temp, serialize({ key: nameIndexKey(version, kind, lang, names), index }));
        renameSync(temp, path);
      } catch {
        try {
          rmSync(temp, { force: true });
        } catch {
          // Nothing more to do: the next run builds the index again.
        }
      }
    },
  };
}
