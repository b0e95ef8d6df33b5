/**
 * Hand-curated events (imported from a TimelineJS file or an events CSV) as contract events.
 *
 * The contract wants every event to have at least one mention, and every mention to point at a sentence of an
 * article. A curated event has no news article, so each import makes one synthetic article standing for the
 * imported file: id `curated:<source>` (file `curated:<source>.txt`, keeping `file === id + '.txt'`), language
 * `und`, no publication date, no timexes. Its text is the events' own texts, one per sentence, separated by a
 * blank line, in file order; event i's single mention is sentence i, quoting exactly that text (so
 * `quote === text.slice(start, end)` holds). A source URL given for the event is kept at the end of its sentence
 * ("Source: https://…"), since the one synthetic article can hold only one `url`.
 *
 * Event ids are derived from content, never from row order: `curated--<title slug>--<date value>`, plus a hash
 * of the text on every event that shares title and date with another (so no id depends on row order). Exact
 * duplicates are dropped with a problem.
 */
import { trimChar } from '../model/text.ts';
import { EVENT_STATUSES, EVENT_TYPES } from '../model/timeline.ts';
import type { Article, DateInterval, EventStatus, EventType, Mention, TimelineEvent } from '../model/timeline.ts';

export interface CuratedDraft {
  title: string;
  date: DateInterval;
  status: EventStatus;
  type: EventType;
  participants: string[];
  place: string | null;
  /** The sentence that reports the event (plain text); the title when the file has none. */
  text: string;
  /** An http(s) URL the file gives for the event. */
  url: string | null;
  /** Where the draft came from, for problems ("event 3", "row 5"). */
  where: string;
}

export interface ImportResult {
  events: TimelineEvent[];
  /** The synthetic article the events' mentions point at (empty when nothing was imported). */
  articles: Article[];
  /** What was skipped or repaired, in plain words; never thrown. */
  problems: string[];
}

export interface ImportOptions {
  /** Name of the imported file; becomes the synthetic article id `curated:<source>`. */
  source?: string;
}

const SENTENCE_SEPARATOR = '\n\n';
const MAX_SLUG_CHARS = 60;

/** Lower-case letters and digits of any script, dash-separated (ids stay readable for non-Latin titles). */
export function slugify(text: string): string {
  const slug = trimChar(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'), '-');
  return trimChar([...slug].slice(0, MAX_SLUG_CHARS).join(''), '-') || 'event';
}

/** FNV-1a over UTF-16 code units: a short, stable content hash (no crypto needed, ids are not secrets). */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function sentenceText(draft: CuratedDraft): string {
  const text = draft.text.trim() || draft.title;
  return draft.url ? `${text} Source: ${draft.url}` : text;
}

export function buildCuratedImport(drafts: CuratedDraft[], options: ImportOptions, problems: string[]): ImportResult {
  const articleId = `curated:${options.source ?? 'import'}`;
  // Namesakes (same title and date, different text) all get a text hash, so no id depends on which came first.
  const baseIds = drafts.map((draft) => `curated--${slugify(draft.title)}--${slugify(draft.date.value)}`);
  const textsByBase = new Map<string, Set<string>>();
  drafts.forEach((draft, i) => {
    const texts = textsByBase.get(baseIds[i]) ?? new Set<string>();
    texts.add(sentenceText(draft));
    textsByBase.set(baseIds[i], texts);
  });
  const seen = new Set<string>();
  const kept: Array<{ draft: CuratedDraft; id: string; text: string }> = [];
  drafts.forEach((draft, i) => {
    const text = sentenceText(draft);
    const id = textsByBase.get(baseIds[i])!.size > 1 ? `${baseIds[i]}--${contentHash(text)}` : baseIds[i];
    if (seen.has(id)) {
      problems.push(`${draft.where}: same title, date and text as an earlier event; skipped as a duplicate.`);
      return;
    }
    seen.add(id);
    kept.push({ draft, id, text });
  });
  if (kept.length === 0) return { events: [], articles: [], problems };

  let articleText = '';
  const sentences: Array<[number, number]> = [];
  const events: TimelineEvent[] = kept.map(({ draft, id, text }, index) => {
    if (index > 0) articleText += SENTENCE_SEPARATOR;
    const start = articleText.length;
    articleText += text;
    sentences.push([start, articleText.length]);
    const mention: Mention = {
      article: articleId, sentence: index, start, end: articleText.length, quote: text,
      timex: null, status: draft.status, date: draft.date,
    };
    return {
      id, type: draft.type, title: draft.title, participants: draft.participants, place: draft.place,
      date: draft.date, status: draft.status, mentions: [mention], conflicts: [], curated: true,
    };
  });
  const article: Article = {
    id: articleId, file: `${articleId}.txt`, lang: 'und', title: `Curated events (${options.source ?? 'import'})`,
    url: null, published: null, text: articleText, sentences, timexes: [],
  };
  // Contract order: by date.start, then id.
  events.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { events, articles: [article], problems };
}

/** Problems refer to the file's own wording; long values are cut so a report stays readable. */
export function quoteValue(value: unknown): string {
  if (typeof value !== 'string') return String(JSON.stringify(value) ?? value).slice(0, 40);
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** A contract status, `occurred` when absent (curated events are usually settled facts), problem when unknown. */
export function readStatus(value: unknown, where: string, problems: string[]): EventStatus {
  if (value === undefined || value === null || value === '') return 'occurred';
  const normalised = String(value).trim().toLowerCase();
  if ((EVENT_STATUSES as readonly string[]).includes(normalised)) return normalised as EventStatus;
  problems.push(`${where}: status ${quoteValue(value)} is not one of ${EVENT_STATUSES.join(', ')}; used "occurred".`);
  return 'occurred';
}

/** A contract type ("military exercise" or "military_exercise"), `other` when absent or unknown. */
export function readType(value: unknown, where: string, problems: string[]): EventType {
  if (value === undefined || value === null || value === '') return 'other';
  const normalised = String(value).trim().toLowerCase().replace(/[\s-]+/g, '_');
  if ((EVENT_TYPES as readonly string[]).includes(normalised)) return normalised as EventType;
  problems.push(`${where}: type ${quoteValue(value)} is not a Dateline event type; used "other".`);
  return 'other';
}
