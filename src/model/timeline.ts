/**
 * The data contract (../shared/CONTRACT.md, schema "dateline/1") as TypeScript types.
 * Every part of Dateline (pipeline, CLI, browser app, tests) reads and writes these shapes.
 * Extend with optional fields only; renaming or dropping a field means bumping `schema`.
 */

export const SCHEMA = 'dateline/1' as const;

/** An ISO calendar day, `YYYY-MM-DD`. A calendar date, never an instant. */
export type IsoDay = string;

/** `[start, end)` UTF-16 offsets into `article.text`. */
export type Span = readonly [start: number, end: number];

export type Precision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'vague';
export type TimexType = 'DATE' | 'DURATION' | 'SET';
export type TimexMod = 'START' | 'MID' | 'END' | 'APPROX' | null;

export const EVENT_TYPES = [
  'meeting', 'summit', 'visit', 'call', 'letter', 'statement', 'sanctions', 'treaty', 'deployment',
  'military_exercise', 'arms_transfer', 'launch', 'forum', 'parade', 'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['occurred', 'planned', 'expected', 'possible', 'alleged', 'denied', 'ongoing'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface Timex {
  start: number;
  end: number;
  text: string;
  /** TIMEX3 style: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-SP|SU|FA|WI, YYYY-Qn, PAST_REF|PRESENT_REF|FUTURE_REF, PnY... */
  value: string;
  type: TimexType;
  precision: Precision;
  mod: TimexMod;
  /** Optional: end value of a range ("dal 10 al 13 settembre" gives value 2023-09-10, endValue 2023-09-13). */
  endValue?: string;
  /** Optional: true for a crawler's metadata token (" date 2023-09"): a timex, never an event date. */
  metadata?: boolean;
  /** Optional: how the value was obtained, for the audit trail ("weekday before DCT, past tense"). */
  resolution?: string;
  /** Optional: true when the value would differ somewhere inside the document-date window. */
  windowSensitive?: boolean;
}

export interface PublishedDate {
  value: string;
  precision: 'day' | 'month' | 'year';
  source: 'metadata' | 'inferred' | 'metadata+inferred';
  window: [IsoDay, IsoDay];
  evidence: string[];
}

export interface Article {
  id: string;
  file: string;
  lang: string;
  title: string;
  url: string | null;
  published: PublishedDate | null;
  text: string;
  sentences: Array<[number, number]>;
  timexes: Timex[];
  /** Optional: unknown front-matter keys, kept as strings. */
  meta?: Record<string, string>;
  /** Optional: id of the earlier article this one is a near-identical copy of (syndicated or saved twice). */
  duplicateOf?: string;
}

export interface DateInterval {
  value: string;
  precision: Precision;
  /** Inclusive ISO days. */
  start: IsoDay;
  end: IsoDay;
}

export interface Mention {
  article: string;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  timex: number | null;
  status: EventStatus;
  date: DateInterval;
  trigger?: { start: number; end: number };
  /**
   * Optional: how the mention's date was chosen when no timex governs it ("document date"); `gazetteer`: the
   * sentence names a well-known event, dated by Dateline's event data.
   */
  dateSource?: 'timex' | 'context' | 'document' | 'gazetteer';
}

export interface Conflict {
  field: 'date' | 'status' | 'place';
  values: string[];
  mentions: number[];
}

export interface TimelineEvent {
  id: string;
  type: EventType;
  title: string;
  participants: string[];
  place: string | null;
  date: DateInterval;
  status: EventStatus;
  mentions: Mention[];
  conflicts: Conflict[];
  merge?: string[];
  curated?: boolean;
  /** Optional: distinct sources when copies of one story (article.duplicateOf) count once; set only when fewer than the articles. */
  sourceCount?: number;
  /** Optional: what an editor changed (dateline.overrides.json), with what the machine had found. */
  edits?: EventEdit[];
}

/** One editor's change to an event: `from` is what the machine found (null for a hand-added event). */
export interface EventEdit {
  field: 'hidden' | 'date' | 'precision' | 'status' | 'title' | 'type' | 'participants' | 'place' | 'merge' | 'split' | 'added';
  from: unknown;
  to: unknown;
  note?: string;
}

/** Optional site settings (dateline.settings.json), shipped with the timeline for the page and its first view. */
export interface SiteSettings {
  title?: string;
  introduction?: string;
  /** Inclusive first and last day shown on first load (when the URL asks for nothing else). */
  initialRange?: [IsoDay, IsoDay];
  /** Filters applied on first load: same keys as the filter panel. */
  filters?: { q?: string; types?: string[]; statuses?: string[]; langs?: string[]; articles?: string[]; participants?: string[] };
  /** A CSS hex colour (#rgb or #rrggbb) for links, marks' accents and the brand. */
  accentColor?: string;
  /** BCP 47 locale for date labels (en-GB, de, fr-CA). */
  locale?: string;
}

export interface Warning {
  article: string | null;
  file: string;
  code: string;
  message: string;
}

export interface Timeline {
  schema: typeof SCHEMA;
  articles: Article[];
  events: TimelineEvent[];
  warnings: Warning[];
  /** Optional: site settings from dateline.settings.json. */
  settings?: SiteSettings;
}
