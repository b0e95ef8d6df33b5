/**
 * A folder's analyses between pass 1 and the written timeline. The folder stages (joint dating, clustering,
 * duplicates) need every article's mentions at once but its text, sentences and expressions only now and then, so
 * each analysis is kept in two parts: a small held part in memory (the article without its text, its mention
 * candidates without their quotes, warnings, duplicate signature) and the whole analysis, encoded, in a spill file
 * on disk that is read back one article at a time. At 100,000 articles the whole analyses were about 4 GB of heap;
 * the held parts are a fraction of that.
 *
 * The spill file lives in the system's temporary folder and is removed on dispose() (and by the OS if the process
 * dies first, where the file can be unlinked while open). Entries are V8's structured-clone bytes: the same
 * encoding as the analysis cache and the worker threads' results, so a cache hit or a worker's result is spilled
 * as it came, never encoded again.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Warning } from '../../model/timeline.ts';
import type { MentionCandidate } from '../events/index.ts';
import type { AnalysedArticle } from '../index.ts';
import { signature as textSignature } from '../stages/duplicates.ts';
import { decodeAnalysis, encodeAnalysis } from './analysisCache.ts';
import { StringPool, shareMentionStrings } from './compactAnalysis.ts';

/** An article without its text, sentences and expressions (what the folder stages read of it). */
export type ArticleHead = Omit<Article, 'text' | 'sentences' | 'timexes'>;

/** What the folder keeps in memory of one article. */
export interface HeldArticle {
  /** Its `published` has no evidence notes (an empty list): they are only written out, and stay in the store. */
  article: ArticleHead;
  /** The mention candidates, each with an empty `quote`: the quote is the article's text between start and end. */
  mentions: MentionCandidate[];
  warnings: Warning[];
  /** The MinHash signature duplicate detection compares (null: a text without words). */
  signature: Uint32Array | null;
  /** The article has a text and tagged expressions, so joint dating can re-date it. */
  redatable: boolean;
}

/**
 * Append-only file of byte records, read back by position. When the temporary folder cannot be written (full,
 * read-only, missing), later records stay in memory instead: the build needs more memory, but it does not fail.
 */
class SpillFile {
  private fd: number | null = null;
  private folder: string | null = null;
  private size = 0;
  /** Records kept in memory, by position, once the file could not be used. */
  private inMemory: Map<number, Uint8Array> | null = null;

  append(bytes: Uint8Array): number {
    const at = this.size;
    this.size += bytes.length;
    if (!this.inMemory) {
      try {
        if (this.fd === null) this.open();
        for (let done = 0; done < bytes.length; ) done += writeSync(this.fd!, bytes, done, bytes.length - done, at + done);
        return at;
      } catch (error) {
        this.fallBack(error as Error);
      }
    }
    this.inMemory!.set(at, bytes);
    return at;
  }

  read(at: number, length: number): Uint8Array {
    const kept = this.inMemory?.get(at);
    if (kept) return kept;
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd!, bytes, done, length - done, at + done);
      if (n === 0) throw new Error('the spill file is shorter than its index');
      done += n;
    }
    return bytes;
  }

  /** The folder of the file while there is one. */
  get dir(): string | null {
    return this.folder;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.folder !== null) rmSync(this.folder, { recursive: true, force: true });
    this.fd = null;
    this.folder = null;
    this.size = 0;
    this.inMemory = null;
  }

  private open(): void {
    this.folder = mkdtempSync(join(tmpdir(), 'dateline-spill-'));
    const path = join(this.folder, 'analyses.v8');
    this.fd = openSync(path, 'w+');
    try {
      // Unlinked while open (POSIX): the OS frees it even if this process is killed before close().
      unlinkSync(path);
    } catch {
      // Windows keeps an open file: close() removes the folder instead.
    }
  }

  /**
   * Keeps every later record in memory. Records already in the file stay there and are still read from it (a full
   * disk can be read); a record half written when the write failed is kept whole in memory, under its position.
   */
  private fallBack(error: Error): void {
    process.emitWarning(`Dateline: the temporary file for the folder's analyses could not be written (${error.message}); the rest are kept in memory.`);
    this.inMemory = new Map();
  }
}

const NO_NOTES: string[] = Object.freeze([]) as unknown as string[];

/** Copies of decoded mention candidates without their quotes and with their strings, lists and dates shared. */
function leanMentions(mentions: readonly MentionCandidate[], id: string, pool: StringPool): MentionCandidate[] {
  const lean = mentions.map((m) => ({ ...m, quote: '' }));
  shareMentionStrings(lean, id, pool);
  return lean;
}

/** The held part of a freshly decoded analysis (its strings belong to it alone, so nothing keeps the text alive). */
function hold(a: AnalysedArticle, pool: StringPool, sig: Uint32Array | null | undefined): HeldArticle {
  const { text, sentences: _sentences, timexes: _timexes, ...head } = a.article;
  const mentions = leanMentions(a.mentions, head.id, pool);
  return {
    article: head.published ? { ...head, published: { ...head.published, evidence: NO_NOTES } } : head,
    mentions,
    warnings: a.warnings,
    signature: sig !== undefined ? sig : a.signature !== undefined ? a.signature : textSignature(text),
    redatable: a.tagged !== undefined && text.trim() !== '',
  };
}

/**
 * The analyses of one folder, by their index in the folder. put() every index once (in any order), read the held
 * parts, load() whole analyses on demand, replace() an analysis a folder stage changed, and dispose() at the end.
 */
export class FolderStore {
  readonly held: HeldArticle[];
  private readonly spill = new SpillFile();
  private readonly at: Float64Array;
  private readonly length: Uint32Array;
  private readonly pool = new StringPool();

  constructor(readonly size: number) {
    this.held = new Array(size);
    this.at = new Float64Array(size);
    this.length = new Uint32Array(size);
  }

  /**
   * Stores the encoded analysis of the article at `index`; false (and nothing stored) unless the bytes decode to an
   * analysis of `file`. `signature`: the duplicate signature when it was worked out beside the analysis.
   */
  put(index: number, file: string, encoded: Uint8Array, signature?: Uint32Array | null): boolean {
    const analysed = decodeAnalysis(encoded, file);
    if (!analysed) return false;
    this.at[index] = this.spill.append(encoded);
    this.length[index] = encoded.length;
    this.held[index] = hold(analysed, this.pool, signature);
    return true;
  }

  /** Stores an analysis made in this thread. */
  putAnalysed(index: number, analysed: AnalysedArticle): void {
    this.put(index, analysed.article.file, encodeAnalysis(analysed));
  }

  /** The whole analysis at `index`, decoded afresh (the caller may change it). */
  load(index: number): AnalysedArticle {
    const file = this.held[index].article.file;
    const analysed = decodeAnalysis(this.spill.read(this.at[index], this.length[index]), file);
    if (!analysed) throw new Error(`the analysis of ${file} could not be read back`);
    return analysed;
  }

  /**
   * Mention candidates of the article at `index` as the held ones are (no quotes, shared strings, lists and dates):
   * for a stage that keeps candidates it loaded, such as an undated article's probe mentions in joint dating.
   */
  leanMentions(index: number, mentions: readonly MentionCandidate[]): MentionCandidate[] {
    return leanMentions(mentions, this.held[index].article.id, this.pool);
  }

  /** Replaces the analysis at `index` (a folder stage re-dated the article); its signature stays. */
  replace(index: number, analysed: AnalysedArticle): void {
    this.put(index, analysed.article.file, encodeAnalysis(analysed), this.held[index].signature);
  }

  /** The temporary folder of the spill file, while there is one. */
  get spillDir(): string | null {
    return this.spill.dir;
  }

  dispose(): void {
    this.spill.close();
  }
}

/** A store of analyses already in memory (tests, and callers that analysed a list of articles themselves). */
export function storeOf(analysed: readonly AnalysedArticle[]): FolderStore {
  const store = new FolderStore(analysed.length);
  analysed.forEach((a, i) => store.putAnalysed(i, a));
  return store;
}
