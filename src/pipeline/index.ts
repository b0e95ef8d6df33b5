/**
 * The extraction pipeline, composition only: read → front matter → language → sentences → time → events → clusters.
 * The Vite plugin, the CLI, the eval script and the tests all call these functions.
 */
import { SCHEMA, type Article, type Mention, type Timeline, type Warning } from '../model/timeline.ts';
import { clusterMentions, extractMentions, loadEventResources, namedEventMentions, officeHoldings, sentenceTexts, type EventResources, type MentionCandidate, type SentenceInfo } from './events/index.ts';
import { listSources, type ReadOptions } from './io/readSources.ts';
import { analyseFolder } from './run/analyseFolder.ts';
import { detectLanguage } from './stages/language.ts';
import { segmentSentences } from './stages/sentences.ts';
import { dateJointly, probeMentions, type JointInput } from './stages/jointDating.ts';
import { findDuplicates, markDuplicates, signature } from './stages/duplicates.ts';
import { applyOverrides, type Overrides } from './stages/overrides.ts';
import { readEditorFiles, type EditorFiles } from './io/readEditorFiles.ts';
import { storeOf, type ArticleHead, type FolderStore } from './run/folderStore.ts';
import { releaseMemory } from './run/releaseMemory.ts';
import { detached } from './run/compactAnalysis.ts';
import { loadTemporalResources, resolveTime, tagTime, type DocumentDate, type TaggedTime, type TemporalResources } from './temporal/index.ts';
import type { SourceArticle } from './types.ts';
import { folderKey, lookUpFolder, USER_GAZETTEER_FILE, writeFolderResult, type FolderLookup, type FolderSummary } from './run/folderResult.ts';
import { coalesce, timelineJsonChunks } from './timelineFile.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PipelineResources {
  temporal: TemporalResources;
  events: EventResources;
}

export { USER_GAZETTEER_FILE };

/** Loads language and world knowledge once; `sourcesDir` adds the user's own gazetteer file if it has one. */
export function loadResources(sourcesDir?: string): PipelineResources {
  const userGazetteer = sourcesDir ? join(sourcesDir, USER_GAZETTEER_FILE) : null;
  return {
    temporal: loadTemporalResources(),
    events: loadEventResources({ extraGazetteerFiles: userGazetteer && existsSync(userGazetteer) ? [userGazetteer] : [] }),
  };
}

const TITLE_CHARS = 100;

/** A short lead of the text for articles without a title: the first sentence, cut at a word. */
export function leadTitle(text: string, sentences: ReadonlyArray<readonly [number, number]>): string {
  const first = sentences.find(([s, e]) => /\p{L}/u.test(text.slice(s, e)) && e - s > 3);
  if (!first) return '';
  const sentence = text.slice(first[0], first[1]).replace(/\s+/g, ' ');
  if (sentence.length <= TITLE_CHARS) return sentence;
  const cut = sentence.lastIndexOf(' ', TITLE_CHARS);
  return `${sentence.slice(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS)}…`;
}

const NO_DATE = 'no-document-date';

export interface AnalysedArticle {
  article: Article;
  mentions: MentionCandidate[];
  warnings: Warning[];
  /** The tagged (unanchored) expressions, kept so that joint dating can re-resolve the article cheaply. */
  tagged?: TaggedTime;
  /**
   * An undated article's probe mentions (what joint dating extracts against a provisional day): worked out here,
   * per article, so that they are computed on the worker threads and come from the cache in a warm build.
   */
  probes?: MentionCandidate[];
  /**
   * The MinHash signature duplicate detection compares (null: a text without words). It depends on the text alone,
   * so it is worked out in pass 1 and kept in the analysis cache: a warm build does not compute it again.
   */
  signature?: Uint32Array | null;
}

/** An article's event mentions: what its trigger words report, and the well-known events it names. */
function articleMentions(article: Article, tagged: TaggedTime, resources: PipelineResources, texts?: readonly SentenceInfo[]): MentionCandidate[] {
  const reported = extractMentions(article, resources.events, texts);
  const named = namedEventMentions(article, tagged.named, resources.temporal.newsEvents, reported);
  return named.length ? [...reported, ...named] : reported;
}

/** Everything that can be done with one article alone (pure; safe to run in a worker). */
export function analyseArticle(source: SourceArticle, resources: PipelineResources): AnalysedArticle {
  const warnings = [...source.warnings];
  const warn = (code: string, message: string) => warnings.push({ article: source.id, file: source.file, code, message });
  let lang = source.lang;
  if (!lang && source.text.trim()) {
    const guess = detectLanguage(source.text);
    lang = guess.lang;
    if (!lang) warn('language-unknown', 'The language of the article could not be identified; dates and events were searched with language-neutral rules only.');
  }
  lang ??= 'und';
  const sentences = segmentSentences(source.text, lang);
  const tagged = tagTime({ text: source.text, sentences, lang, published: source.published }, resources.temporal);
  // The sentences' people and titles are known before the date: who holds which office is evidence for it.
  const texts = source.text.trim() ? sentenceTexts(source.text, sentences, lang, resources.events) : [];
  const offices = officeHoldings(texts, lang, resources.events);
  if (offices.length) tagged.offices = offices;
  const time = resolveTime(source.text, tagged);
  if (source.text.trim() && !time.published) warn(NO_DATE, 'No date was given and none could be inferred from the text, so relative dates ("last week") could not be resolved.');
  const article: Article = {
    id: source.id,
    file: source.file,
    lang,
    title: source.title ?? leadTitle(source.text, sentences),
    url: source.url,
    published: time.published,
    text: source.text,
    sentences,
    timexes: time.timexes,
    ...(Object.keys(source.meta).length ? { meta: source.meta } : {}),
  };
  const mentions = source.text.trim() ? articleMentions(article, tagged, resources, texts) : [];
  const sig = signature(source.text);
  if (!source.text.trim() || time.published) return { article, mentions, warnings, tagged, signature: sig };
  const probes = probeMentions(article, tagged, (t, doc) => resolveTime(source.text, t, doc).timexes, resources.events, extractMentions);
  return { article, mentions, warnings, tagged, probes, signature: sig };
}


/** Pass 2 for one article: anchors its expressions to the jointly refined date and extracts its events again. */
function redated(a: AnalysedArticle, date: DocumentDate, resources: PipelineResources): AnalysedArticle {
  const time = resolveTime(a.article.text, a.tagged!, date);
  const article: Article = { ...a.article, published: time.published, timexes: time.timexes };
  return { ...a, article, mentions: articleMentions(article, a.tagged!, resources), warnings: a.warnings.filter((w) => w.code !== NO_DATE || !time.published) };
}

/**
 * Joint document dating over a folder (pass 1 is analyseArticle): articles whose own text leaves the date open
 * or imprecise are dated by the events they share with firmly dated articles, then re-analysed (pass 2). Only
 * those take pass 2; the others are returned as they are.
 */
export function dateFolder(analysed: readonly AnalysedArticle[], resources: PipelineResources): AnalysedArticle[] {
  const folder = storeOf(analysed);
  try {
    const redated = dateStoredFolder(folder, resources);
    return analysed.map((a, i) => (redated.has(i) ? folder.load(i) : a));
  } finally {
    folder.dispose();
  }
}

/** dateFolder over a store: re-dated articles are replaced in it. Returns their indices. */
function dateStoredFolder(folder: FolderStore, resources: PipelineResources): Set<number> {
  const inputs: JointInput[] = folder.held.map((h, i) => ({
    article: h.article,
    mentions: h.mentions,
    timed: h.redatable,
    load: () => {
      const a = folder.load(i);
      return { article: a.article, tagged: a.tagged!, probes: a.probes && folder.leanMentions(i, a.probes) };
    },
  }));
  const refined = dateJointly(inputs, {
    events: resources.events,
    resolve: (text, tagged, doc) => resolveTime(text, tagged, doc).timexes,
    extract: extractMentions,
  });
  const redatedAt = new Set<number>();
  folder.held.forEach((h, i) => {
    const r = refined.get(h.article.id);
    if (!r) return;
    folder.replace(i, redated(folder.load(i), r.date, resources));
    redatedAt.add(i);
  });
  return redatedAt;
}

/** Like analyseArticle, but a failure in any stage keeps the article (text only) with a warning instead of stopping the build. */
export function analyseSafely(source: SourceArticle, resources: PipelineResources): AnalysedArticle {
  try {
    return analyseArticle(source, resources);
  } catch (error) {
    const article: Article = {
      id: source.id, file: source.file, lang: source.lang ?? 'und', title: source.title ?? '', url: source.url,
      published: null, text: source.text, sentences: [], timexes: [],
    };
    const warning: Warning = { article: source.id, file: source.file, code: 'analysis-failed', message: `The article could not be analysed (${(error as Error).message}); it is listed with its text but without dates or events.` };
    return { article, mentions: [], warnings: [...source.warnings, warning] };
  }
}

/**
 * Joins analysed articles into the timeline: clusters mentions across articles and collects warnings. Given the
 * resources, it first dates the folder jointly (dateFolder).
 */
export function assembleTimeline(analysed: readonly AnalysedArticle[], listingWarnings: readonly Warning[] = [], resources?: PipelineResources): Timeline {
  const folder = storeOf(analysed);
  try {
    const timeline = assembleFolder(folder, listingWarnings, resources);
    fillQuotes(timeline, folder);
    return wholeTimeline(timeline, folder);
  } finally {
    folder.dispose();
  }
}

/** A timeline whose articles have no text, sentences or expressions yet: those stay in the folder's store until written. */
export type FolderTimeline = Omit<Timeline, 'articles'> & { articles: ArticleHead[] };

/**
 * The folder stages over a store of analyses: joint dating (given the resources), clustering, duplicates. Events'
 * mentions come without quotes (fillQuotes). The held mention candidates are handed to clustering and let go.
 */
function assembleFolder(folder: FolderStore, listingWarnings: readonly Warning[], resources?: PipelineResources): FolderTimeline {
  const size = folder.held.length;
  releaseMemory(size);
  if (resources) {
    dateStoredFolder(folder, resources);
    releaseMemory(size);
  }
  const articles = folder.held.map((h) => h.article);
  const warnings = [...listingWarnings, ...folder.held.flatMap((h) => h.warnings)];
  const mentions = folder.held.flatMap((h) => h.mentions);
  for (const h of folder.held) h.mentions = [];
  const events = clusterMentions(mentions, articles);
  mentions.length = 0;
  releaseMemory(size);
  const duplicates = findDuplicates(folder.held.map((h) => ({ id: h.article.id, signature: h.signature })));
  return markDuplicates({ schema: SCHEMA, articles, events, warnings }, duplicates);
}

/** The events' mentions that have no quote yet, by article id. */
type PendingQuotes = Map<string, Mention[]>;

function pendingQuotes(timeline: FolderTimeline): PendingQuotes {
  const byArticle: PendingQuotes = new Map();
  for (const e of timeline.events) {
    for (const m of e.mentions) {
      const list = byArticle.get(m.article);
      if (list) list.push(m);
      else byArticle.set(m.article, [m]);
    }
  }
  return byArticle;
}

/** Quotes the article's pending mentions from its text. */
function quoteFrom(article: Article, pending: PendingQuotes): void {
  const mentions = pending.get(article.id);
  if (!mentions) return;
  for (const m of mentions) m.quote = detached(article.text.slice(m.start, m.end));
  pending.delete(article.id);
}

/** Quotes the events' mentions from their articles' texts: one read of each article that has any. */
function fillQuotes(timeline: FolderTimeline, folder: FolderStore): void {
  const pending = pendingQuotes(timeline);
  folder.held.forEach((h, i) => {
    if (pending.has(h.article.id)) quoteFrom(folder.load(i).article, pending);
  });
}

/**
 * The article at `index` whole: its analysis from the store (re-dated there by joint dating) and, from its head,
 * the one thing a later folder stage adds, `duplicateOf`. Its events' mentions still `pending` get their quotes.
 */
function wholeArticle(timeline: FolderTimeline, folder: FolderStore, index: number, pending?: PendingQuotes | null): Article {
  const article = folder.load(index).article;
  if (pending) quoteFrom(article, pending);
  const copyOf = timeline.articles[index].duplicateOf;
  return copyOf === undefined ? article : { ...article, duplicateOf: copyOf };
}

/** The timeline with every article whole (for callers that keep it in memory). */
function wholeTimeline(timeline: FolderTimeline, folder: FolderStore, pending?: PendingQuotes | null): Timeline {
  return { ...timeline, articles: timeline.articles.map((_, i) => wholeArticle(timeline, folder, i, pending)) };
}

/** The editor's layer over an extracted timeline: corrections (overrides) and site settings. Pure. */
export function applyEditorFiles(timeline: Timeline, files: EditorFiles): Timeline;
/** `articleById` gives the whole articles of a timeline that has only their heads. */
export function applyEditorFiles<T extends FolderTimeline>(timeline: T, files: EditorFiles, articleById: (id: string) => Article | undefined): T;
export function applyEditorFiles(timeline: FolderTimeline, files: EditorFiles, articleById?: (id: string) => Article | undefined): FolderTimeline {
  let out: FolderTimeline = { ...timeline, warnings: [...timeline.warnings, ...files.warnings] };
  const wholeById = articleById ?? ((id: string) => (timeline as Timeline).articles.find((a) => a.id === id));
  if (files.overrides) out = markDuplicatesAgain(applyOverrides(out, files.overrides, wholeById).timeline);
  if (files.settings && Object.keys(files.settings).length) out = { ...out, settings: files.settings };
  return out;
}

/** Source counts after merges and splits (duplicates were found before; only the counts change). */
function markDuplicatesAgain<T extends FolderTimeline>(timeline: T): T {
  const copies = new Map(timeline.articles.filter((a) => a.duplicateOf).map((a) => [a.id, a.duplicateOf!]));
  return markDuplicates({ ...timeline, events: timeline.events.map(({ sourceCount: _, ...e }) => e) }, copies);
}

export interface RunOptions extends ReadOptions {
  /** The main thread's resources (worker threads load their own for the folder). */
  resources?: PipelineResources;
  onProgress?: (done: number, total: number) => void;
  /** Folder of the per-article analysis cache (content-hash keys, see run/analysisCache.ts); absent: no cache. */
  cacheDir?: string | null;
  /** Worker threads for the per-article analysis at most (default: the machine's parallelism; 0: this thread only). */
  workers?: number;
  /** Folders with fewer articles to analyse than this stay in this thread (default DEFAULT_POOL_FROM). */
  poolFrom?: number;
  /** False: once workers are started, this thread leaves all the analysis to them (tests, benchmarks). */
  mainThreadHelps?: boolean;
}

/**
 * Reads a sources folder and builds its timeline. Throws only when the folder itself cannot be read. The
 * per-article pass runs on worker threads for large folders and reuses cached analyses of unchanged files; the
 * result is the same whatever the threads and the cache.
 */
export async function extractTimeline(dir: string, options: RunOptions = {}): Promise<Timeline> {
  return extractListed(dir, listSources(dir), options);
}

/**
 * A built folder: its timeline (articles as heads) and the store that holds the rest of each article. Without
 * editor overrides (which find mentions by their quotes), the events' quotes are filled as the articles are made
 * whole (`pending`), which saves reading every article once more: the articles come before the events in the
 * timeline and in timeline.json, so every quote is there before an event is written.
 */
interface BuiltFolder {
  timeline: FolderTimeline;
  folder: FolderStore;
  pending: PendingQuotes | null;
}

async function buildFolder(dir: string, listing: ReturnType<typeof listSources>, options: RunOptions): Promise<BuiltFolder> {
  let resources = options.resources;
  const mainResources = () => (resources ??= loadResources(dir));
  const folder = await analyseFolder(dir, listing.files, {
    maxArticleBytes: options.maxArticleBytes,
    resources: mainResources,
    cacheDir: options.cacheDir ?? null,
    workers: options.workers,
    poolFrom: options.poolFrom,
    mainThreadHelps: options.mainThreadHelps,
    onProgress: options.onProgress,
  });
  try {
    const assembled = assembleFolder(folder, listing.warnings, mainResources());
    const files = readEditorFiles(dir);
    let pending: PendingQuotes | null = null;
    if (files.overrides) fillQuotes(assembled, folder);
    else pending = pendingQuotes(assembled);
    releaseMemory(assembled.articles.length);
    let indexById: Map<string, number> | null = null;
    const articleById = (id: string) => {
      indexById ??= new Map(assembled.articles.map((a, i) => [a.id, i]));
      const index = indexById.get(id);
      return index === undefined ? undefined : wholeArticle(assembled, folder, index);
    };
    return { timeline: applyEditorFiles(assembled, files, articleById), folder, pending };
  } catch (error) {
    folder.dispose();
    throw error;
  }
}

async function extractListed(dir: string, listing: ReturnType<typeof listSources>, options: RunOptions): Promise<Timeline> {
  const { timeline, folder, pending } = await buildFolder(dir, listing, options);
  try {
    return wholeTimeline(timeline, folder, pending);
  } finally {
    folder.dispose();
  }
}

/**
 * A folder's timeline for a process that stays up (the dev server): read from the folder-level result cache when
 * nothing changed, else built at once and handed back with `storeResult`, which stores it in that cache. The caller
 * runs it when the timeline has been shown: writing some 40 MB of JSON for 10,000 articles then no longer delays a
 * hot update. `storeResult` does nothing when a file changed meanwhile (the next build stores that folder).
 */
export async function extractTimelineNow(dir: string, options: RunOptions & { cacheDir: string }): Promise<{ timeline: Timeline; storeResult: () => void }> {
  const read = { maxArticleBytes: options.maxArticleBytes };
  const lookup = lookUpFolder(options.cacheDir, dir, read);
  if (lookup.hit) {
    try {
      return { timeline: JSON.parse(readFileSync(lookup.hit.jsonFile, 'utf8')) as Timeline, storeResult: () => {} };
    } catch {
      // Replaced by another build of the folder since it was found: build it here.
    }
  }
  const timeline = await extractListed(dir, lookup.listing, options);
  const storeResult = () => {
    if (folderKey(dir, lookup.listing, read) !== lookup.key) return;
    const summary: FolderSummary = { articles: timeline.articles.length, events: timeline.events.length, warnings: timeline.warnings };
    writeFolderResult(options.cacheDir, dir, lookup.key, summary, coalesce(timelineJsonChunks(timeline)));
  };
  return { timeline, storeResult };
}

/** A folder's timeline.json as the CLI writes it: from the folder-level result cache, or built. */
export type FolderJson =
  | (FolderSummary & { from: 'cache'; jsonFile: string })
  | (FolderSummary & { from: 'build'; timeline: Timeline | null; jsonFile: string | null });

/**
 * extractTimeline for a caller that writes timeline.json as it is (the CLI without imports or other formats):
 * with a cache folder, an unchanged folder (same files, editor files, options and pipeline) is not built again,
 * its previous timeline.json is handed back as a file (see run/folderResult.ts); a built one is stored for the
 * next time. The file's bytes are those of timelineJsonChunks(extractTimeline(dir)). `looked` is the caller's
 * lookUpFolder of the same folder and options, if it made one.
 *
 * Given `write`, a built timeline that is not stored in the cache is handed to it in pieces, one article read back
 * from the store at a time, and is not returned (`timeline: null`): a folder of 100,000 articles is never whole in
 * memory. Without it, the built timeline is returned whole.
 */
export async function extractTimelineJson(dir: string, options: RunOptions = {}, looked?: FolderLookup, write?: (pieces: Iterable<string>) => void): Promise<FolderJson> {
  const cacheDir = options.cacheDir ?? null;
  const read = { maxArticleBytes: options.maxArticleBytes };
  const lookup = looked ?? (cacheDir ? lookUpFolder(cacheDir, dir, read) : null);
  if (lookup?.hit) return { from: 'cache', ...lookup.hit };
  const listing = lookup?.listing ?? listSources(dir);
  const { timeline, folder, pending } = await buildFolder(dir, listing, options);
  try {
    const summary: FolderSummary = { articles: timeline.articles.length, events: timeline.events.length, warnings: timeline.warnings };
    const pieces = () => coalesce(timelineJsonChunks(timeline, (i) => wholeArticle(timeline, folder, i, pending)));
    // A file saved while the folder was being built may or may not be in this result: then it is not stored.
    const stable = cacheDir !== null && lookup !== null && folderKey(dir, listing, read) === lookup.key;
    const jsonFile = stable ? writeFolderResult(cacheDir, dir, lookup.key, summary, pieces()) : null;
    if (write && !jsonFile) {
      write(pieces());
      return { from: 'build', ...summary, timeline: null, jsonFile };
    }
    return { from: 'build', ...summary, timeline: write ? null : wholeTimeline(timeline, folder, pending), jsonFile };
  } finally {
    folder.dispose();
  }
}
