/**
 * How the built site ships `timeline.json`: an index with what the first paint draws, fetched first, and the rest
 * in chunks fetched on demand: article texts (with the event sentences of each article, for the reader), article
 * details (title, file, dates and their audit trail: for the panel, the Sources view and the article filter) and
 * event mentions (quotes, sentences, per-source dates: for the panel, the quote search and the exports). All are
 * hashed JSON assets next to the page (no inline script, CSP-friendly). `timeline.json` itself is unchanged: this
 * is only the site's shipping format, and `joinTimeline` (src/app/download) puts it back together byte for byte.
 */
import type { Article, Mention, Timeline, TimelineEvent } from './timeline.ts';
import { fitsEvents, placementColumns, type PlacementColumns } from './eventPlacement.ts';

/** An article without its text and sentence spans; `textChunk` says which chunk file holds them. */
export type ArticleSummary = Omit<Article, 'text' | 'sentences'> & { textChunk: number; textLength: number };

/**
 * What the first paint needs of an article: its language (support counts, the language filter);
 * `articleChunk` says which chunk file holds its summary.
 */
export interface ArticleBrief {
  id: string;
  lang: string;
  articleChunk: number;
}

/**
 * An event without its mentions: `articles` (in the place `mentions` has in the contract) lists the articles that
 * report it, once each in first-mention order, which is all that counts, filters and names need;
 * `mentionChunk` says which chunk file holds the mentions.
 */
export type EventSummary = Omit<TimelineEvent, 'mentions'> & { articles: string[]; mentionChunk: number };

export interface TimelineIndex extends Omit<Timeline, 'articles' | 'events'> {
  articles: ArticleBrief[];
  events: EventSummary[];
}

/** A sentence of an article that reports an event: what the reader highlights and links back to the timeline. */
export interface EventSentence {
  event: string;
  sentence: number;
  start: number;
  end: number;
}

/** One article's text, its sentence spans and the sentences of it that report events (in event order). */
export type ArticleText = Pick<Article, 'text' | 'sentences'> & { eventSentences: EventSentence[] };

/** One text chunk file: article id -> its text. */
export type TextChunk = Record<string, ArticleText>;

/** One mention chunk file: event id -> its mentions. */
export type MentionChunk = Record<string, Mention[]>;

/** One article chunk file: the summaries of consecutive articles, in input order. */
export type ArticleChunk = ArticleSummary[];

/** What `virtual:dateline/manifest` exports: URLs of the assets, relative to the page. */
export interface DataManifest {
  index: string;
  textChunks: string[];
  articleChunks: string[];
  mentionChunks: string[];
}

/** Target size of a text chunk: big enough to keep requests few, small enough to open a large archive quickly. */
export const TEXT_CHUNK_CHARS = 512 * 1024;
/**
 * Target size of a mention chunk (JSON characters): opening an event fetches one, so it stays small; events are in
 * date order, so a chunk holds neighbours, which are often opened next.
 */
export const MENTION_CHUNK_CHARS = 256 * 1024;
/** Target size of an article chunk (JSON characters): a panel fetches the chunks of its event's articles. */
export const ARTICLE_CHUNK_CHARS = 256 * 1024;

/** Cuts items into consecutive chunks of about `target` size (an item bigger than the target gets a chunk alone). */
function chunkBySize<T>(items: readonly T[], sizeOf: (item: T) => number, target: number): { chunkOf: number[]; chunks: T[][] } {
  const chunks: T[][] = [];
  const chunkOf: number[] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (current.length > 0 && size + itemSize > target) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
    chunkOf.push(chunks.length);
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return { chunkOf, chunks };
}

/** The articles that report an event, once each, in the order of its mentions. */
export function reportingArticles(mentions: readonly Pick<Mention, 'article'>[]): string[] {
  return [...new Set(mentions.map((m) => m.article))];
}

/** The event without its mentions, keys in contract order (`articles` where `mentions` was). */
export function summariseEvent(event: TimelineEvent, mentionChunk: number): EventSummary {
  const summary: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'mentions') summary.articles = reportingArticles(event.mentions);
    else summary[key] = value;
  }
  summary.mentionChunk = mentionChunk;
  return summary as EventSummary;
}

/** The event sentences of every article: article id -> the mentions found in it, in event order. */
function eventSentencesByArticle(events: readonly TimelineEvent[]): Map<string, EventSentence[]> {
  const byArticle = new Map<string, EventSentence[]>();
  for (const event of events) {
    for (const { article, sentence, start, end } of event.mentions) {
      const list = byArticle.get(article);
      const entry = { event: event.id, sentence, start, end };
      if (list) list.push(entry);
      else byArticle.set(article, [entry]);
    }
  }
  return byArticle;
}

export interface SplitTimeline {
  index: TimelineIndex;
  textChunks: TextChunk[];
  articleChunks: ArticleChunk[];
  mentionChunks: MentionChunk[];
}

/** Splits a timeline into its index, text chunks and mention chunks (pure: same timeline, same output). */
export function splitTimeline(timeline: Timeline): SplitTimeline {
  const sentences = eventSentencesByArticle(timeline.events);
  const texts = chunkBySize(timeline.articles, (a) => a.text.length, TEXT_CHUNK_CHARS);
  const textChunks: TextChunk[] = texts.chunks.map((articles) => Object.fromEntries(articles.map((a) => [
    a.id, { text: a.text, sentences: a.sentences, eventSentences: sentences.get(a.id) ?? [] },
  ])));
  const summaries: ArticleSummary[] = timeline.articles.map((article, i) => {
    const { text, sentences: _spans, ...rest } = article;
    return { ...rest, textChunk: texts.chunkOf[i], textLength: text.length };
  });
  const details = chunkBySize(summaries, (a) => JSON.stringify(a).length, ARTICLE_CHUNK_CHARS);
  const articles: ArticleBrief[] = summaries.map((a, i) => ({ id: a.id, lang: a.lang, articleChunk: details.chunkOf[i] }));
  const mentions = chunkBySize(timeline.events, (e) => JSON.stringify(e.mentions).length, MENTION_CHUNK_CHARS);
  const mentionChunks: MentionChunk[] = mentions.chunks.map((events) => Object.fromEntries(events.map((e) => [e.id, e.mentions])));
  const events = timeline.events.map((event, i) => summariseEvent(event, mentions.chunkOf[i]));
  return { index: { ...timeline, articles, events }, textChunks, articleChunks: details.chunks, mentionChunks };
}

/** The contract's event back from its summary and mentions (the inverse of `summariseEvent`, down to key order). */
export function restoreEvent(summary: EventSummary, mentions: Mention[]): TimelineEvent {
  const event: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'articles') event.mentions = mentions;
    else if (key !== 'mentionChunk') event[key] = value;
  }
  return event as unknown as TimelineEvent;
}

/**
 * A table of objects as the index file ships it: each distinct key list (shape) once, and the objects one after
 * another in one flat list of cells: an object's shape number, then its values, so that ten thousand events do
 * not repeat ten key names each, nor cost an array each to parse. Fields listed in `nested` hold objects (or
 * null), packed in the same way in their place: the nested object's shape number (null for a null field)
 * followed by its values. Fields listed
 * in `coded` (at any depth) hold strings, lists of strings or null, and each string is written once in `strings`
 * and referred to by its number: types, statuses, names and places repeat across thousands of events.
 * Unpacking gives the objects back with their keys in their own order (downloads rebuild timeline.json byte for byte).
 */
export interface PackedTable {
  shapes: string[][];
  nested: string[];
  coded: string[];
  strings: string[];
  /** How many objects `cells` holds. */
  count: number;
  cells: unknown[];
}

/**
 * The index as shipped: events and articles packed, the rest (schema, settings, warnings) as is, and the events'
 * placement columns (src/model/eventPlacement.ts), which are not part of the index: unpacking keeps them aside.
 */
export type PackedIndex = Omit<TimelineIndex, 'articles' | 'events'> & { articles: PackedTable; events: PackedTable; placement?: PlacementColumns };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Numbers each distinct value once, in order of first use. */
function numbering<T>(key: (value: T) => string = String) {
  const values: T[] = [];
  const ids = new Map<string, number>();
  return {
    values,
    of(value: T): number {
      const k = key(value);
      let id = ids.get(k);
      if (id === undefined) {
        id = values.push(value) - 1;
        ids.set(k, id);
      }
      return id;
    },
  };
}

function packTable(items: readonly object[], nested: readonly string[], coded: readonly string[]): PackedTable {
  const shapes = numbering<string[]>((keys) => keys.join('\n'));
  const strings = numbering<string>();
  const nestedSet = new Set(nested), codedSet = new Set(coded);
  const code = (field: string, value: unknown): unknown => {
    if (value === null) return null;
    if (typeof value === 'string') return strings.of(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.map((v: string) => strings.of(v));
    throw new Error(`packTable: field ${field} must hold a string, a list of strings or null`);
  };
  /** Appends the object's shape number and values to `row`. */
  const pack = (item: Record<string, unknown>, topLevel: boolean, row: unknown[]): unknown[] => {
    const keys = Object.keys(item);
    row.push(shapes.of(keys));
    for (const field of keys) {
      const value = item[field];
      if (codedSet.has(field)) row.push(code(field, value));
      else if (!topLevel || !nestedSet.has(field)) row.push(value);
      else if (value === null) row.push(null);
      else if (!isPlainObject(value)) throw new Error(`packTable: field ${field} must hold an object or null`);
      else pack(value, false, row);
    }
    return row;
  };
  const cells: unknown[] = [];
  for (const item of items) pack(item as Record<string, unknown>, true, cells);
  return { shapes: shapes.values, nested: [...nested], coded: [...coded], strings: strings.values, count: items.length, cells };
}

/** How a packed field is read back: as is, as string codes, or as a nested object packed into the row. */
const PLAIN = 0, CODED = 1, NESTED = 2;

function unpackTable<T>(table: PackedTable): T[] {
  const { shapes, strings } = table;
  const nested = new Set(table.nested), coded = new Set(table.coded);
  // The kind of each field of each shape, worked out once per shape rather than looked up once per value: this
  // runs over every event on load, before the first paint, while the page's code is still cold.
  const kinds = (topLevel: boolean) => shapes.map((keys) => keys.map((key) => (coded.has(key) ? CODED
    : topLevel && nested.has(key) ? NESTED : PLAIN)));
  const topKinds = kinds(true), innerKinds = kinds(false);
  const shapeKeys = (shape: number): string[] => {
    const keys = shapes[shape];
    if (!keys) throw new Error(`The index names a shape it does not have (${String(shape)})`);
    return keys;
  };
  const { cells, count } = table, items = new Array<T>(count);
  // Plain loops with the read position in a local: this is the hottest code on load, and still cold.
  let at = 0;
  for (let r = 0; r < count; r++) {
    const shape = cells[at++] as number;
    const keys = shapeKeys(shape), fieldKinds = topKinds[shape];
    const item: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const kind = fieldKinds[i];
      const value = cells[at++];
      if (kind === NESTED && value !== null) {
        // A nested object (one level: its own fields are plain or coded), its values next in the row.
        const innerKeys = shapeKeys(value as number), innerFieldKinds = innerKinds[value as number];
        const inner: Record<string, unknown> = {};
        for (let j = 0; j < innerKeys.length; j++) {
          const innerValue = cells[at++];
          inner[innerKeys[j]] = innerFieldKinds[j] === PLAIN || innerValue === null ? innerValue : decode(innerValue, strings);
        }
        item[keys[i]] = inner;
      } else item[keys[i]] = kind === PLAIN || value === null ? value : decode(value, strings);
    }
    items[r] = item as T;
  }
  return items;
}

/** A coded value: a string's number, or a list of them (the parsed list becomes the list of strings: no second array). */
function decode(value: unknown, strings: readonly string[]): unknown {
  if (!Array.isArray(value)) return strings[value as number];
  for (let j = 0; j < value.length; j++) value[j] = strings[value[j] as number];
  return value;
}

/** Event fields that hold objects worth packing too (each event has a date). */
const PACKED_EVENT_FIELDS = ['date'];
/** Fields whose strings repeat across events and articles (the same few types, statuses, names and languages). */
const CODED_EVENT_FIELDS = ['type', 'status', 'participants', 'place', 'precision'];
const CODED_ARTICLE_FIELDS = ['lang'];

export function packIndex(index: TimelineIndex): PackedIndex {
  const packed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(index)) {
    packed[key] = key === 'events' ? packTable(index.events, PACKED_EVENT_FIELDS, CODED_EVENT_FIELDS)
      : key === 'articles' ? packTable(index.articles, [], CODED_ARTICLE_FIELDS)
        : value;
  }
  const langs = new Map(index.articles.map((a) => [a.id, a.lang]));
  packed.placement = placementColumns(index.events, (id) => langs.get(id) ?? 'und');
  return packed as unknown as PackedIndex;
}

/** The placement columns shipped with each unpacked list of events (kept aside: the index's keys stay the contract's). */
const shipped = new WeakMap<readonly EventSummary[], PlacementColumns>();

/** The placement columns the index shipped for exactly this list of events (the index's own), else undefined. */
export function shippedPlacement(events: readonly EventSummary[]): PlacementColumns | undefined {
  return shipped.get(events);
}

/** The index back from its packed form. Takes the packed form over (its lists of codes become lists of strings): unpack it once. */
export function unpackIndex(packed: PackedIndex): TimelineIndex {
  const index: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(packed)) {
    if (key === 'placement') continue;
    index[key] = key === 'events' || key === 'articles' ? unpackTable(value as PackedTable) : value;
  }
  const events = index.events as EventSummary[];
  if (fitsEvents(packed.placement, events.length)) shipped.set(events, packed.placement);
  return index as unknown as TimelineIndex;
}
