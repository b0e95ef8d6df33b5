/**
 * Editors' corrections (`dateline.overrides.json` in the sources folder), applied after clustering.
 *
 * Entries point at events by their stable, content-derived id, and at sentences by article id and quote, so they
 * keep working when the folder is rebuilt with more articles. Kinds:
 *   { "action": "hide",  "event": ID }
 *   { "action": "edit",  "event": ID, "set": { date?, precision?, status?, title?, type?, participants?, place? } }
 *   { "action": "merge", "events": [ID, ID, …] }                       (into the first)
 *   { "action": "split", "article": ID, "quote": TEXT, "event"?: ID, "set"?: {…}, "id"?: ID }
 *   { "action": "add",   "article": ID, "quote": TEXT, "set": { date, title?, type?, status?, participants?, place? }, "id"?: ID }
 * A sentence can report several events: a split's "event" says which one it is taken from. When that event does not
 * hold the sentence (a rebuild renamed it, or the sentence reached it through a merge entry, applied after splits),
 * the first event that holds it is used, as without "event".
 * Every entry may carry a "note". Kinds are applied in this order, whatever the order in the file: add, split,
 * merge, edit, hide (file order within a kind), so a split-off or merged event can be edited in the same file.
 * An entry whose target no longer exists becomes a warning that names it; nothing here throws.
 * Changed events are `curated: true` and list their changes in `edits` (what the machine found, what the editor set).
 */
import { EVENT_STATUSES, EVENT_TYPES, type Article, type DateInterval, type EventEdit, type EventStatus, type EventType, type Mention, type Timeline, type TimelineEvent, type Warning } from '../../model/timeline.ts';
import { timexInterval } from '../../model/timexValue.ts';
import { eventTitle, shortHash } from '../events/title.ts';

export const OVERRIDES_FILE = 'dateline.overrides.json';

export interface EventChanges {
  /** YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn or YYYY-SP|SU|FA|WI. */
  date?: string;
  /** Coarsens (or refines) the date to day, month or year, keeping its start. */
  precision?: 'day' | 'month' | 'year';
  status?: EventStatus;
  title?: string;
  type?: EventType;
  participants?: string[];
  place?: string | null;
}

interface Base { note?: string }
export type OverrideEntry =
  | (Base & { action: 'hide'; event: string })
  | (Base & { action: 'edit'; event: string; set: EventChanges })
  | (Base & { action: 'merge'; events: string[] })
  | (Base & { action: 'split'; article: string; quote: string; event?: string; set?: EventChanges; id?: string })
  | (Base & { action: 'add'; article: string; quote: string; set: EventChanges & { date: string }; id?: string });

export interface Overrides {
  overrides: OverrideEntry[];
}

const ACTIONS = ['hide', 'edit', 'merge', 'split', 'add'] as const;
const CHANGE_KEYS = ['date', 'precision', 'status', 'title', 'type', 'participants', 'place'] as const;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function validateChanges(set: unknown, where: string, problems: string[]): EventChanges | null {
  if (!isObject(set)) { problems.push(`${where}: "set" must be an object`); return null; }
  const out: EventChanges = {};
  let ok = true;
  const bad = (message: string) => { problems.push(`${where}: ${message}`); ok = false; };
  for (const key of Object.keys(set)) if (!(CHANGE_KEYS as readonly string[]).includes(key)) bad(`unknown field "${key}" in "set" (known: ${CHANGE_KEYS.join(', ')})`);
  if (set.date !== undefined) {
    if (typeof set.date !== 'string' || !timexInterval(set.date)) bad(`"date" must be YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn or YYYY-SP|SU|FA|WI (found ${JSON.stringify(set.date)})`);
    else out.date = set.date;
  }
  if (set.precision !== undefined) {
    if (set.precision !== 'day' && set.precision !== 'month' && set.precision !== 'year') bad(`"precision" must be day, month or year`);
    else out.precision = set.precision;
  }
  if (set.status !== undefined) {
    if (!(EVENT_STATUSES as readonly unknown[]).includes(set.status)) bad(`"status" must be one of ${EVENT_STATUSES.join(', ')}`);
    else out.status = set.status as EventStatus;
  }
  if (set.type !== undefined) {
    if (!(EVENT_TYPES as readonly unknown[]).includes(set.type)) bad(`"type" must be one of ${EVENT_TYPES.join(', ')}`);
    else out.type = set.type as EventType;
  }
  if (set.title !== undefined) {
    if (!nonEmpty(set.title)) bad('"title" must be a non-empty string');
    else out.title = set.title.trim();
  }
  if (set.participants !== undefined) {
    if (!Array.isArray(set.participants) || !set.participants.every(nonEmpty)) bad('"participants" must be a list of names');
    else out.participants = (set.participants as string[]).map((p) => p.trim());
  }
  if (set.place !== undefined) {
    if (set.place !== null && !nonEmpty(set.place)) bad('"place" must be a name or null');
    else out.place = set.place === null ? null : (set.place as string).trim();
  }
  return ok ? out : null;
}

/**
 * Checks an overrides file (parsed JSON). Returns the valid entries and a plain-words problem for each invalid one
 * (an invalid entry is skipped; the others still apply).
 */
export function validateOverrides(json: unknown): { overrides: Overrides; problems: string[] } {
  const problems: string[] = [];
  const entries: OverrideEntry[] = [];
  const list = Array.isArray(json) ? json : isObject(json) ? json.overrides : undefined;
  if (!Array.isArray(list)) return { overrides: { overrides: [] }, problems: ['the file must be an object with an "overrides" list'] };
  list.forEach((raw: unknown, i) => {
    const where = `entry ${i + 1}`;
    const before = problems.length;
    if (!isObject(raw)) { problems.push(`${where}: must be an object`); return; }
    const action = raw.action;
    if (!(ACTIONS as readonly unknown[]).includes(action)) { problems.push(`${where}: "action" must be one of ${ACTIONS.join(', ')} (found ${JSON.stringify(action)})`); return; }
    if (raw.note !== undefined && typeof raw.note !== 'string') problems.push(`${where}: "note" must be a string`);
    const note = typeof raw.note === 'string' && raw.note.trim() ? { note: raw.note.trim() } : {};
    const needId = (key: string) => { if (!nonEmpty(raw[key])) problems.push(`${where} (${String(action)}): "${key}" must be a non-empty string`); };
    if (action === 'hide' || action === 'edit') needId('event');
    if (action === 'split' || action === 'add') { needId('article'); needId('quote'); }
    if ((action === 'split' || action === 'add') && raw.id !== undefined && !nonEmpty(raw.id)) problems.push(`${where}: "id" must be a non-empty string`);
    if (action === 'split' && raw.event !== undefined && !nonEmpty(raw.event)) problems.push(`${where} (split): "event" must be a non-empty string`);
    if (action === 'merge' && !(Array.isArray(raw.events) && raw.events.length >= 2 && raw.events.every(nonEmpty))) problems.push(`${where} (merge): "events" must list at least two event ids`);
    let set: EventChanges | null | undefined;
    if (action === 'edit' || action === 'add' || raw.set !== undefined) set = validateChanges(raw.set, `${where} (${String(action)})`, problems);
    if (action === 'add' && set && !set.date) problems.push(`${where} (add): "set.date" is required for a new event`);
    if (problems.length > before) return;
    const id = nonEmpty(raw.id) ? { id: raw.id.trim() } : {};
    switch (action) {
      case 'hide': entries.push({ action, event: raw.event as string, ...note }); break;
      case 'edit': entries.push({ action, event: raw.event as string, set: set!, ...note }); break;
      case 'merge': entries.push({ action, events: raw.events as string[], ...note }); break;
      case 'split': entries.push({ action, article: raw.article as string, quote: raw.quote as string, ...(nonEmpty(raw.event) ? { event: raw.event } : {}), ...(set ? { set } : {}), ...id, ...note }); break;
      case 'add': entries.push({ action, article: raw.article as string, quote: raw.quote as string, set: set as EventChanges & { date: string }, ...id, ...note }); break;
    }
  });
  return { overrides: { overrides: entries }, problems };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function intervalOf(value: string): DateInterval {
  return timexInterval(value)!;
}

/** The event date at another precision, anchored at its start day. */
function withPrecision(date: DateInterval, precision: 'day' | 'month' | 'year'): DateInterval {
  const value = precision === 'day' ? date.start : precision === 'month' ? date.start.slice(0, 7) : date.start.slice(0, 4);
  return intervalOf(value);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Applies changes to an event, recording each real change (against what the event had before). */
function applyChanges(event: TimelineEvent, set: EventChanges, note: string | undefined): TimelineEvent {
  const edits: EventEdit[] = [...(event.edits ?? [])];
  const record = (field: EventEdit['field'], from: unknown, to: unknown) => {
    if (sameJson(from, to)) return;
    // Two entries on one field: keep what the machine found as `from`.
    const prior = edits.findIndex((e) => e.field === field);
    const machine = prior >= 0 ? edits[prior].from : from;
    if (prior >= 0) edits.splice(prior, 1);
    edits.push({ field, from: machine, to, ...(note ? { note } : {}) });
  };
  const next: TimelineEvent = { ...event };
  if (set.date) {
    const date = intervalOf(set.date);
    record('date', event.date.value, date.value);
    next.date = date;
  }
  if (set.precision && set.precision !== next.date.precision) {
    const date = withPrecision(next.date, set.precision);
    record('precision', event.date.precision, set.precision);
    next.date = date;
  }
  if (set.status) { record('status', event.status, set.status); next.status = set.status; }
  if (set.type) { record('type', event.type, set.type); next.type = set.type; }
  if (set.participants) { record('participants', event.participants, set.participants); next.participants = set.participants; }
  if (set.place !== undefined) { record('place', event.place, set.place); next.place = set.place; }
  // A title the editor did not write follows the fields it is made of.
  const title = set.title ?? (set.type || set.participants || set.place !== undefined ? eventTitle(next.type, next.participants, next.place) : event.title);
  if (set.title || title !== event.title) { record('title', event.title, title); next.title = title; }
  if (edits.length) { next.edits = edits; next.curated = true; }
  if (next.date !== event.date) next.conflicts = dateConflicts(next);
  return next;
}

/**
 * An editor's date wins, but sources that say otherwise stay visible: mentions whose dates no longer overlap the
 * event's are recorded as a date conflict (the contract's rule for disagreeing mentions).
 */
function dateConflicts(event: TimelineEvent): TimelineEvent['conflicts'] {
  const others = event.conflicts.filter((c) => c.field !== 'date');
  const off = event.mentions.map((m, i) => ({ m, i })).filter(({ m }) => m.date.start > event.date.end || m.date.end < event.date.start);
  if (!off.length) return others;
  const values = [...new Set([event.date.value, ...off.map(({ m }) => m.date.value)])].sort();
  return [...others, { field: 'date' as const, values, mentions: off.map(({ i }) => i) }];
}

function stale(message: string): Warning {
  return { article: null, file: OVERRIDES_FILE, code: 'override-stale', message };
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The mention (event index, mention index) quoting `quote` in `article`, whitespace-insensitive: in event `preferred`
 * when it holds one, else in the first event that does.
 */
function findMention(events: readonly TimelineEvent[], article: string, quote: string, preferred?: string): { e: number; m: number } | null {
  const q = squash(quote);
  const mentionIn = (e: number) => events[e].mentions.findIndex((x) => x.article === article && squash(x.quote).includes(q));
  const named = preferred === undefined ? -1 : events.findIndex((e) => e.id === preferred);
  if (named >= 0) {
    const m = mentionIn(named);
    if (m >= 0) return { e: named, m };
  }
  for (let e = 0; e < events.length; e++) {
    const m = mentionIn(e);
    if (m >= 0) return { e, m };
  }
  return null;
}

/** A mention for a sentence of an article that the machine did not tie to any event (a hand-added event). */
function sentenceMention(article: Article, quote: string, date: DateInterval, status: EventStatus): Mention | null {
  const q = squash(quote);
  const index = article.sentences.findIndex(([s, e]) => squash(article.text.slice(s, e)).includes(q));
  if (index < 0) return null;
  const [start, end] = article.sentences[index];
  return { article: article.id, sentence: index, start, end, quote: article.text.slice(start, end), timex: null, status, date };
}

function articleOrder(timeline: OverridableTimeline): (a: Mention, b: Mention) => number {
  const order = new Map(timeline.articles.map((a, i) => [a.id, i]));
  return (a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start;
}

/** A clustered timeline whose articles may be heads only (the pipeline keeps texts out of memory until written). */
type OverridableTimeline = { articles: ReadonlyArray<{ id: string }>; events: TimelineEvent[]; warnings: Warning[] };

/**
 * Applies an editor's overrides to a clustered timeline (pure, deterministic). `articleById` gives the whole article
 * (text and sentences) an "add" entry quotes, when the timeline's articles are heads only.
 */
export function applyOverrides(timeline: Timeline, overrides: Overrides): { timeline: Timeline; warnings: Warning[] };
export function applyOverrides<T extends OverridableTimeline>(timeline: T, overrides: Overrides, articleById: (id: string) => Article | undefined): { timeline: T; warnings: Warning[] };
export function applyOverrides(timeline: OverridableTimeline, overrides: Overrides, articleById?: (id: string) => Article | undefined): { timeline: OverridableTimeline; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let events = timeline.events.map((e) => ({ ...e }));
  const byId = articleById ? null : new Map((timeline.articles as readonly Article[]).map((a) => [a.id, a]));
  const articles = { get: (id: string) => (byId ? byId.get(id) : articleById!(id)) };
  const byOrder = articleOrder(timeline);
  const of = <K extends OverrideEntry['action']>(action: K) => overrides.overrides.filter((o): o is Extract<OverrideEntry, { action: K }> => o.action === action);
  const ids = () => new Set(events.map((e) => e.id));

  for (const o of of('add')) {
    const article = articles.get(o.article);
    if (!article) { warnings.push(stale(`An "add" entry names article "${o.article}", which is not in the sources folder: the event was not added.`)); continue; }
    const date = intervalOf(o.set.date);
    const status = o.set.status ?? 'occurred';
    const mention = sentenceMention(article, o.quote, date, status);
    if (!mention) { warnings.push(stale(`An "add" entry quotes "${o.quote}" from article "${o.article}", but no sentence of it contains that text: the event was not added.`)); continue; }
    const type = o.set.type ?? 'other';
    const participants = o.set.participants ?? [];
    const place = o.set.place ?? null;
    const id = o.id ?? `manual--${shortHash(`${o.article}\n${squash(o.quote)}`)}`;
    if (ids().has(id)) { warnings.push(stale(`An "add" entry would create event "${id}", which already exists: give it another "id".`)); continue; }
    const title = o.set.title ?? eventTitle(type, participants, place);
    events.push({
      id, type, title, participants, place, date, status, mentions: [mention], conflicts: [], curated: true,
      edits: [{ field: 'added', from: null, to: title, ...(o.note ? { note: o.note } : {}) }],
    });
  }

  for (const o of of('split')) {
    const found = findMention(events, o.article, o.quote, o.event);
    if (!found) { warnings.push(stale(`A "split" entry quotes "${o.quote}" from article "${o.article}", but no event has that sentence any more: nothing was split.`)); continue; }
    const source = events[found.e];
    if (source.mentions.length < 2) { warnings.push(stale(`A "split" entry points at the only sentence of event "${source.id}": there is nothing to split it from.`)); continue; }
    const mention = source.mentions[found.m];
    const id = o.id ?? `${source.id}--split-${shortHash(`${o.article}\n${squash(o.quote)}`)}`;
    if (ids().has(id)) { warnings.push(stale(`A "split" entry would create event "${id}", which already exists: give it another "id".`)); continue; }
    const note = o.note ? { note: o.note } : {};
    const remaining = source.mentions.filter((_, i) => i !== found.m);
    events[found.e] = {
      ...source, mentions: remaining, conflicts: [], curated: true,
      edits: [...(source.edits ?? []), { field: 'split', from: source.mentions.length, to: remaining.length, ...note }],
    };
    let split: TimelineEvent = {
      id, type: source.type, title: source.title, participants: source.participants, place: source.place, date: mention.date,
      status: mention.status, mentions: [mention], conflicts: [], curated: true,
      edits: [{ field: 'split', from: source.id, to: id, ...note }],
    };
    if (o.set) split = applyChanges(split, o.set, o.note);
    events.push(split);
  }

  for (const o of of('merge')) {
    const present = o.events.filter((id) => events.some((e) => e.id === id));
    const missing = o.events.filter((id) => !present.includes(id));
    if (missing.length) warnings.push(stale(`A "merge" entry names event${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}, which no longer exist${missing.length > 1 ? '' : 's'}${present.length >= 2 ? ': the others were merged' : ': nothing was merged'}.`));
    if (new Set(present).size < 2) continue;
    const [targetId, ...rest] = [...new Set(present)];
    const target = events.find((e) => e.id === targetId)!;
    const absorbed = events.filter((e) => rest.includes(e.id));
    const mentions = [...target.mentions, ...absorbed.flatMap((e) => e.mentions)].sort(byOrder);
    const merged: TimelineEvent = {
      ...target, mentions, conflicts: [], curated: true,
      merge: [...(target.merge ?? []), `merged by an editor with ${rest.join(', ')}`],
      edits: [...(target.edits ?? []), { field: 'merge', from: [targetId, ...rest], to: targetId, ...(o.note ? { note: o.note } : {}) }],
    };
    events = events.filter((e) => !rest.includes(e.id)).map((e) => (e.id === targetId ? merged : e));
  }

  for (const o of of('edit')) {
    const at = events.findIndex((e) => e.id === o.event);
    if (at < 0) { warnings.push(stale(`An "edit" entry names event "${o.event}", which no longer exists: the change was not applied.`)); continue; }
    events[at] = applyChanges(events[at], o.set, o.note);
  }

  for (const o of of('hide')) {
    if (!events.some((e) => e.id === o.event)) { warnings.push(stale(`A "hide" entry names event "${o.event}", which no longer exists.`)); continue; }
    events = events.filter((e) => e.id !== o.event);
  }

  events.sort(compareEvents);
  return { timeline: { ...timeline, events, warnings: [...timeline.warnings, ...warnings] }, warnings };
}

/** Warnings for problems in the file itself (invalid JSON, invalid entries). */
export function overrideProblemWarnings(problems: readonly string[]): Warning[] {
  return problems.map((p) => ({ article: null, file: OVERRIDES_FILE, code: 'override-invalid', message: `${p}; the entry was ignored.` }));
}
