/**
 * Sharing the repeated strings of decoded analyses (workers' results and cache entries): decoding builds every
 * string afresh, and a folder holds every article's mention candidates until its events are built. The values do
 * not change, only which copy is kept.
 */
import type { DateInterval } from '../../model/timeline.ts';
import type { MentionCandidate } from '../events/index.ts';

/** Strings longer than this are unlikely to repeat between articles (sentences, titles): not pooled. */
const MAX_POOLED = 64;

/**
 * One pool per folder: the first copy of each short string seen, and of each list of names and each date interval
 * (shared lists and dates are frozen: a stage that changed one would change it for every mention that has it).
 */
export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly dates = new Map<string, DateInterval>();

  get size(): number {
    return this.strings.size;
  }

  share<T extends string | null | undefined>(s: T): T {
    if (typeof s !== 'string' || s.length > MAX_POOLED) return s;
    const kept = this.strings.get(s);
    if (kept !== undefined) return kept as T;
    this.strings.set(s, s);
    return s;
  }

  shareAll(list: string[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.share(list[i]);
  }

  /** One frozen copy of each list of short strings (participants, their ids, countries). */
  shareList(list: string[]): string[] {
    const key = list.join('\u0001');
    const kept = this.lists.get(key);
    if (kept !== undefined && kept.length === list.length) return kept as string[];
    this.shareAll(list);
    this.lists.set(key, Object.freeze(list));
    return list;
  }

  /** One frozen copy of each date interval. */
  shareDate(date: DateInterval): DateInterval {
    const key = `${date.value}|${date.precision}|${date.start}|${date.end}`;
    const kept = this.dates.get(key);
    if (kept !== undefined && Object.keys(kept).length === Object.keys(date).length) return kept;
    this.shareFields(date);
    this.dates.set(key, Object.freeze(date));
    return date;
  }

  /** The string-valued fields of a small record (a date, a symbol) shared in place. */
  shareFields(record: object | null | undefined): void {
    if (!record) return;
    const r = record as Record<string, unknown>;
    for (const key of Object.keys(r)) {
      const value = r[key];
      if (typeof value === 'string') r[key] = this.share(value);
    }
  }
}

/**
 * Shares the strings, name lists and dates of the mention candidates of the article with this id in place:
 * participants, types, places and dates recur across a folder, and a folder holds every article's candidates
 * until its events are built.
 */
export function shareMentionStrings(mentions: readonly MentionCandidate[], id: string, pool: StringPool): void {
  for (const m of mentions) {
    m.article = id;
    m.type = pool.share(m.type);
    m.status = pool.share(m.status);
    m.lang = pool.share(m.lang);
    m.place = pool.share(m.place);
    m.placeId = pool.share(m.placeId);
    m.placeCountry = pool.share(m.placeCountry);
    m.published = pool.share(m.published);
    if (m.dateSource !== undefined) m.dateSource = pool.share(m.dateSource);
    if (m.eventName !== undefined) m.eventName = pool.share(m.eventName);
    m.date = pool.shareDate(m.date);
    m.participants = pool.shareList(m.participants);
    m.participantIds = pool.shareList(m.participantIds);
    m.people = pool.shareList(m.people);
    m.affiliations = pool.shareList(m.affiliations);
  }
}

/**
 * A copy of `s` that shares no memory with the string it was cut from: V8 keeps a slice of 13 characters or more as
 * a view of its parent, so a quote or an expression's words kept past their article would keep its whole text.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
