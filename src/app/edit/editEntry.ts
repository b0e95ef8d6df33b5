/**
 * Dev-only editing (npm run dev): turns an editor's choices in the panel into one `dateline.overrides.json` entry
 * and posts it to the dev server, which writes the file; the server then rebuilds and the page gets the new data.
 * The published site has no server to write to and never loads this code (see devEditors.ts).
 * The entry shapes are the pipeline's (`OverrideEntry`); the server validates every entry again before writing.
 */
import type { EventStatus, EventType, Mention } from '../../model/timeline.ts';
import type { EventSummary } from '../../model/timelineIndex.ts';
import { timexInterval } from '../../model/timexValue.ts';
import type { OverrideEntry } from '../../pipeline/stages/overrides.ts';

export interface EditDraft {
  title: string;
  date: string;
  status: EventStatus;
  type: EventType;
  participants: string;
  place: string;
  note: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const withNote = (note: string) => (note.trim() ? { note: note.trim() } : {});

export function draftOf(event: EventSummary): EditDraft {
  return { title: event.title, date: event.date.value, status: event.status, type: event.type, participants: event.participants.join(', '), place: event.place ?? '', note: '' };
}

/** The override entry for the fields that differ from the event as shown; null when nothing changed. */
export function editEntry(event: EventSummary, draft: EditDraft): OverrideEntry | null {
  const set: Extract<OverrideEntry, { action: 'edit' }>['set'] = {};
  if (draft.date.trim() && draft.date.trim() !== event.date.value) set.date = draft.date.trim();
  if (draft.status !== event.status) set.status = draft.status;
  if (draft.type !== event.type) set.type = draft.type;
  const participants = draft.participants.split(',').map((p) => p.trim()).filter(Boolean);
  if (participants.join('\n') !== event.participants.join('\n')) set.participants = participants;
  const place = draft.place.trim() || null;
  if (place !== event.place) set.place = place;
  if (draft.title.trim() && draft.title.trim() !== event.title) set.title = draft.title.trim();
  if (!Object.keys(set).length) return null;
  return { action: 'edit', event: event.id, set, ...withNote(draft.note) };
}

export function hideEntry(event: EventSummary, note: string): OverrideEntry {
  return { action: 'hide', event: event.id, ...withNote(note) };
}

/** Merges `other` into `event` (the event whose panel is open keeps its id and fields). */
export function mergeEntry(event: EventSummary, other: EventSummary, note: string): OverrideEntry {
  return { action: 'merge', events: [event.id, other.id], ...withNote(note) };
}

/**
 * Takes one reporting sentence out of an event into an event of its own. The event is named because a sentence
 * can report several events.
 */
export function splitEntry(event: EventSummary, mention: Mention, note: string): OverrideEntry {
  return { action: 'split', article: mention.article, quote: squash(mention.quote), event: event.id, ...withNote(note) };
}

export interface AddDraft {
  /** Index into the article's sentences. */
  sentence: number;
  date: string;
  title: string;
  type: EventType;
  status: EventStatus;
  note: string;
}

/**
 * The first candidate an override's date accepts (YYYY, YYYY-MM, YYYY-MM-DD, weeks, quarters, seasons), to start a
 * form with: a sentence's date may be PAST_REF or FUTURE_REF, which an editor would only have to clear.
 */
export function firstCalendarDate(candidates: ReadonlyArray<string | null | undefined>): string {
  return candidates.find((c): c is string => !!c && timexInterval(c) !== null) ?? '';
}

/** A new event reported by one sentence of an article; null when the sentence does not exist or is blank. */
export function addEntry(articleId: string, article: { text: string; sentences: ReadonlyArray<readonly [number, number]> }, draft: AddDraft): OverrideEntry | null {
  const span = article.sentences[draft.sentence];
  const quote = span ? squash(article.text.slice(span[0], span[1])) : '';
  if (!quote) return null;
  const title = draft.title.trim();
  return {
    action: 'add', article: articleId, quote,
    set: { date: draft.date.trim(), type: draft.type, status: draft.status, ...(title ? { title } : {}) },
    ...withNote(draft.note),
  };
}

/** Posts an entry to the dev server's endpoint (relative to the page, so any base path works). */
export async function postOverride(entry: OverrideEntry): Promise<void> {
  const response = await fetch(new URL('@dateline/overrides', document.baseURI), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(entry),
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({})) as { error?: string };
    throw new Error(body.error ?? `HTTP ${response.status}`);
  }
}
