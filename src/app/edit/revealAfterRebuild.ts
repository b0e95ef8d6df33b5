/**
 * An event an editor creates (added from a sentence, or split off) gets its id from the pipeline, and exists only
 * after the rebuild. So the editor's action leaves a note of the sentence it was made from in sessionStorage, and
 * the app shows the new event as soon as data holding it arrives: after a full page reload (the note survives
 * it) or a hot data update alike. A note that finds nothing within a minute is dropped.
 */
import type { TimelineEvent } from '../../model/timeline.ts';

export interface RevealTarget {
  article: string;
  quote: string;
  /** For a split: the event the sentence was taken from. */
  from?: string;
}

const KEY = 'dateline:reveal-after-rebuild';
const MAX_AGE_MS = 60_000;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Events an editor made the way the target says (added by hand, or split off `from`): the only candidates. */
export function madeLikeTarget<E extends Pick<TimelineEvent, 'edits'>>(events: readonly E[], target: RevealTarget): E[] {
  return events.filter((e) => (e.edits ?? []).some((edit) => (target.from === undefined
    ? edit.field === 'added'
    : edit.field === 'split' && edit.from === target.from)));
}

/** The id of the event an editor made from this sentence: added by hand, or split off (from `from`). */
export function revealedEventId(events: readonly Pick<TimelineEvent, 'id' | 'edits' | 'mentions'>[], target: RevealTarget): string | null {
  const quote = squash(target.quote);
  const found = madeLikeTarget(events, target).find((e) => e.mentions.some((m) => m.article === target.article && squash(m.quote).includes(quote)));
  return found?.id ?? null;
}


export function rememberReveal(target: RevealTarget, now = Date.now()): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...target, at: now }));
  } catch {
    // Storage may be off: the change still lands, the editor finds the event by hand.
  }
}

export function forgetReveal(): void {
  try { sessionStorage.removeItem(KEY); } catch { /* nothing to forget */ }
}

export function pendingReveal(now = Date.now()): RevealTarget | null {
  let raw: string | null = null;
  try { raw = sessionStorage.getItem(KEY); } catch { return null; }
  if (!raw) return null;
  try {
    const note = JSON.parse(raw) as RevealTarget & { at: number };
    if (typeof note.at !== 'number' || now - note.at > MAX_AGE_MS || typeof note.article !== 'string' || typeof note.quote !== 'string') {
      forgetReveal();
      return null;
    }
    return { article: note.article, quote: note.quote, ...(typeof note.from === 'string' ? { from: note.from } : {}) };
  } catch {
    forgetReveal();
    return null;
  }
}
