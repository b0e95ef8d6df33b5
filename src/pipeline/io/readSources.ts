/**
 * The only file-system code of the pipeline: lists a sources folder and decodes each article file.
 * Whatever happens to a file, it comes back as a SourceArticle (possibly empty) with warnings, never an exception.
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Warning } from '../../model/timeline.ts';
import { parseFrontMatter } from '../stages/frontMatter.ts';
import type { SourceArticle } from '../types.ts';

export interface ReadOptions {
  /** Bytes read per article at most; longer files are truncated with a warning. */
  maxArticleBytes?: number;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface SourceListing {
  /** `.txt` files in input order (JavaScript's default sort of the names). */
  files: string[];
  /** Warnings for entries that are not read (sub-folders, other files, links). */
  warnings: Warning[];
}

/** Lists the article files of a folder. Throws only when the folder itself cannot be read. */
export function listSources(dir: string): SourceListing {
  const names = readdirSync(dir).sort();
  const files: string[] = [];
  const warnings: Warning[] = [];
  for (const name of names) {
    let kind: 'file' | 'dir' | 'link' | 'other' = 'other';
    try {
      const stat = lstatSync(join(dir, name));
      kind = stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
    } catch {
      kind = 'other';
    }
    const isTxt = name.endsWith('.txt');
    if (kind === 'file' && isTxt) files.push(name);
    else if (kind === 'link' && isTxt) {
      // Links are not followed: they may point outside the folder. The article still appears, empty.
      files.push(name);
    } else if (!isDatelineDataFile(name)) {
      const what = kind === 'dir' ? 'sub-folder' : kind === 'link' ? 'link' : 'file that is not a .txt article';
      warnings.push({ article: null, file: name, code: kind === 'dir' ? 'skipped-folder' : 'skipped-file', message: `Skipped ${what} "${name}": only .txt files directly in the sources folder are read.` });
    }
  }
  return { files, warnings };
}

/** Data files Dateline itself reads from a sources folder (gazetteer, overrides, settings) are not "skipped". */
function isDatelineDataFile(name: string): boolean {
  return /^dateline\.[a-z-]+\.json$/.test(name);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const windows1252 = new TextDecoder('windows-1252');

/**
 * Node 20's TextDecoder treats 'windows-1252' as ISO-8859-1 and leaves bytes 0x80–0x9F as C1 controls
 * (nodejs/node#56542), so "€", curly quotes and dashes would be lost. These are the 27 code points that differ.
 */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return windows1252.decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

interface Decoded {
  text: string;
  problem: { code: string; message: string } | null;
}

/** Share of control characters (other than tab/newline/CR) above which a file is taken as binary. */
const BINARY_CONTROL_SHARE = 0.05;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  // A few stray NULs make a damaged text file, not a binary one: only the share of control bytes decides.
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_SHARE;
}

/**
 * True when a file that fails strict UTF-8 decoding still holds valid multi-byte UTF-8 sequences and only a few
 * broken bytes: a damaged UTF-8 file, better read as UTF-8 with replacements than re-read as Windows-1252.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return valid > 0 && invalid <= Math.max(2, valid / 20);
}

/** Decodes article bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, else Windows-1252 with a warning. */
export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes.subarray(2)), problem: { code: 'utf16', message: 'The file is UTF-16; it was decoded, but please save articles as UTF-8.' } };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be.decode(bytes.subarray(2)), problem: { code: 'utf16', message: 'The file is UTF-16; it was decoded, but please save articles as UTF-8.' } };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { text: '', problem: { code: 'binary', message: 'The file looks binary (not text), so no text was read from it.' } };
  try {
    return { text: utf8.decode(body), problem: null };
  } catch {
    if (mostlyUtf8(body)) {
      return { text: utf8Lenient.decode(body), problem: { code: 'invalid-utf8', message: 'The file is UTF-8 with a few broken byte sequences; they were replaced with �.' } };
    }
    return { text: decodeWindows1252(body), problem: { code: 'not-utf8', message: 'The file is not valid UTF-8; it was read as Windows-1252 (Latin-1). Check accented letters, and save articles as UTF-8.' } };
  }
}

/**
 * Reads at most `limit` bytes of a file, so that a huge file never has to fit in memory. The buffer is sized by the
 * file (not by the limit): a folder of small files must not cost a 2 MB allocation each, and the bytes may be kept
 * (hashed, sent to a worker) without pinning a large buffer.
 */
function readHead(path: string, limit: number): { bytes: Uint8Array; truncated: boolean } {
  const fd = openSync(path, 'r');
  try {
    const read = (buffer: Buffer) => {
      let total = 0;
      while (total < buffer.length) {
        const n = readSync(fd, buffer, total, buffer.length - total, total);
        if (n === 0) break;
        total += n;
      }
      return total;
    };
    // One byte more than the expected size tells a file that grew since fstat; then read again up to the cap.
    let buffer = Buffer.allocUnsafeSlow(Math.min(fstatSync(fd).size, limit) + 1);
    let total = read(buffer);
    if (total === buffer.length && total <= limit) {
      buffer = Buffer.allocUnsafeSlow(limit + 1);
      total = read(buffer);
    }
    const truncated = total > limit;
    let end = Math.min(total, limit);
    // Do not cut a UTF-8 sequence in half at the cap.
    if (truncated) while (end > 0 && (buffer[end] & 0xc0) === 0x80) end--;
    return { bytes: buffer.subarray(0, end), truncated };
  } finally {
    closeSync(fd);
  }
}

/** Removes characters that break JSON consumers or rendering (NUL, lone surrogates) while keeping length and offsets. */
function sanitiseText(text: string): { text: string; changed: boolean } {
  const clean = text.toWellFormed().replace(/\u0000/g, '\uFFFD');
  return { text: clean, changed: clean !== text };
}

/** The raw bytes of one article file, or the warnings that say why there are none. Never throws. */
export type ArticleBytes =
  | { ok: true; bytes: Uint8Array; truncated: boolean }
  | { ok: false; warnings: Warning[] };

const idOf = (file: string) => file.slice(0, -'.txt'.length);

/** Reads the bytes of one article file (at most maxArticleBytes); links are not followed. Never throws. */
export function readArticleBytes(dir: string, file: string, options: ReadOptions = {}): ArticleBytes {
  const id = idOf(file);
  const path = join(dir, file);
  const failed = (code: string, message: string): ArticleBytes => ({ ok: false, warnings: [{ article: id, file, code, message }] });
  try {
    if (lstatSync(path).isSymbolicLink()) return failed('symlink', 'The file is a symbolic link; links are not followed (they may point outside the sources folder), so it was not read.');
  } catch (error) {
    return failed('unreadable', `The file could not be read: ${(error as Error).message}`);
  }
  try {
    return { ok: true, ...readHead(path, options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES) };
  } catch (error) {
    return failed('unreadable', `The file could not be read: ${(error as Error).message}`);
  }
}

/** Decodes and parses the bytes of one article file (pure: the same bytes give the same article). */
export function parseArticle(file: string, read: ArticleBytes, options: ReadOptions = {}): SourceArticle {
  const id = idOf(file);
  if (!read.ok) return { id, file, text: '', title: null, url: null, published: null, lang: null, meta: {}, warnings: [...read.warnings] };
  const warnings: Warning[] = [];
  const warn = (code: string, message: string) => warnings.push({ article: id, file, code, message });
  if (read.truncated) warn('truncated', `The file is larger than ${options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES} bytes; only the beginning was read.`);
  const decoded = decodeArticleBytes(read.bytes);
  if (decoded.problem) warn(decoded.problem.code, decoded.problem.message);
  const { text: raw, changed } = sanitiseText(decoded.text);
  if (changed) warn('invalid-characters', 'The file contains NUL bytes or broken characters; they were replaced with �.');

  const front = parseFrontMatter(raw);
  for (const problem of front.problems) warn(problem.code, problem.message);
  const text = raw.slice(front.bodyStart);
  if (text.trim() === '') warn('empty', 'The article has no text.');
  return { id, file, text, title: front.title, url: front.url, published: front.published, lang: front.lang, meta: front.meta, warnings };
}

/** Reads and parses one article file. Never throws. */
export function readSource(dir: string, file: string, options: ReadOptions = {}): SourceArticle {
  return parseArticle(file, readArticleBytes(dir, file, options), options);
}
