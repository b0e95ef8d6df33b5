/**
 * Dev-only editing (npm run dev): turns an editor's choices in the panel into one `dateline.overrides.json` entry
 * and posts it to the dev server, which writes the file; the server then rebuilds and reloads the page.
 * The published site has no server to write to and never loads this code (see EditEvent's lazy import).
 */
import type { EventStatus, EventType, TimelineEvent } from '../../model/timeline.ts';

export interface EditDraft {
  title: string;
  date: string;
  status: EventStatus;
  type: EventType;
  participants: string;
  place: string;
  note: string;
}

export function draftOf(event: TimelineEvent): EditDraft {
  return { title: event.title, date: event.date.value, status: event.status, type: event.type, participants: event.participants.join(', '), place: event.place ?? '', note: '' };
}

/** The override entry for the fields that differ from the event as shown; null when nothing changed. */
export function editEntry(event: TimelineEvent, draft: EditDraft): Record<string, unknown> | null {
  const set: Record<string, unknown> = {};
  if (draft.date.trim() && draft.date.trim() !== event.date.value) set.date = draft.date.trim();
  if (draft.status !== event.status) set.status = draft.status;
  if (draft.type !== event.type) set.type = draft.type;
  const participants = draft.participants.split(',').map((p) => p.trim()).filter(Boolean);
  if (participants.join('\n') !== event.participants.join('\n')) set.participants = participants;
  const place = draft.place.trim() || null;
  if (place !== event.place) set.place = place;
  if (draft.title.trim() && draft.title.trim() !== event.title) set.title = draft.title.trim();
  if (!Object.keys(set).length) return null;
  return { action: 'edit', event: event.id, set, ...(draft.note.trim() ? { note: draft.note.trim() } : {}) };
}

export function hideEntry(event: TimelineEvent, note: string): Record<string, unknown> {
  return { action: 'hide', event: event.id, ...(note.trim() ? { note: note.trim() } : {}) };
}

/** Posts an entry to the dev server's endpoint (relative to the page, so any base path works). */
export async function postOverride(entry: Record<string, unknown>): Promise<void> {
  const response = await fetch(new URL('@dateline/overrides', document.baseURI), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(entry),
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({})) as { error?: string };
    throw new Error(body.error ?? `HTTP ${response.status}`);
  }
}
