/**
 * Shapes shared by the event stage: compiled resources, sentence analysis and mention candidates.
 * Output shapes (TimelineEvent, Mention) live in src/model/timeline.ts.
 */
import type { DateInterval, EventStatus, EventType, Mention } from '../../model/timeline.ts';

/** A compiled token pattern: folded literals, each optionally a prefix (`visit*`). */
export interface TokenPattern {
  tokens: ReadonlyArray<{ text: string; prefix: boolean }>;
}

/** What a matched pattern means; the payload type depends on the lexicon. */
export interface PatternEntry<T> extends TokenPattern {
  value: T;
  /** Names: each token may carry up to three extra letters of inflection (Macronem, Rosji, 마크롱은). */
  inflect?: boolean;
}

/** Matches token sequences against a set of patterns, keyed by the first token, in linear time. */
export interface PatternIndex<T> {
  exact: Map<string, Array<PatternEntry<T>>>;
  /** Prefix patterns keyed by their first token's prefix; looked up for every prefix length of a token. */
  prefix: Map<string, Array<PatternEntry<T>>>;
  prefixLengths: number[];
  /** Function words match on the lower-cased token without folding: Albanian "se" (that) is not "së" (of). */
  field: 'norm' | 'lower';
  /** Cache of lexicon.ts: the entries each word seen so far may start (derived from the maps above; reset when they change). */
  candidates?: Map<string, ReadonlyArray<PatternEntry<T>>>;
}

export type StatusCue = Exclude<EventStatus, 'occurred'> | 'future' | 'past';

export interface TriggerValue {
  type: EventType;
  /** Statement verbs that need an explicit date or a press context before they count as news. */
  weak?: boolean;
  /** Companion words that must appear in the same clause (e.g. "sent" needs "troops"). */
  with?: PatternIndex<true>;
}

export interface LanguageResources {
  lang: string;
  triggers: PatternIndex<TriggerValue>;
  status: PatternIndex<StatusCue>;
  negation: PatternIndex<true>;
  clauseBreaks: PatternIndex<true>;
  anchors: PatternIndex<true>;
  locatives: PatternIndex<true>;
  coordinators: PatternIndex<true>;
  roles: PatternIndex<string>;
  /** The language writes common nouns with a capital (German): a capitalised trigger word is no name part. */
  capitalisedNouns: boolean;
  /** Words that make a title another office or a past one ("former", "then", "vice", "deputy"). */
  titleQualifiers: PatternIndex<true>;
  /** Words that void a statement trigger in their clause ("according to"). */
  attributions: PatternIndex<true>;
}

export type EntityKind = 'person' | 'org' | 'country' | 'city' | 'site' | 'region';

export interface RoleSpan {
  role: string;
  country: string | null;
  from: string;
  to: string | null;
}

export interface GazetteerEntity {
  id: string;
  name: string;
  kind: EntityKind;
  /** Country id (ISO 3166 alpha-2) the entity belongs to; a country's is its own id. */
  country: string | null;
  roles: RoleSpan[];
  /** Sites such as the Kremlin or the White House also speak for a government. */
  actor: boolean;
  /** For cities: the country whose government the capital stands for ("Moscow said"). */
  capitalOf: string | null;
  /** English takes "the" before the name ("at the Kremlin", "visits the White House"). */
  definite?: boolean;
  /** News media report events; they take part only in statements. */
  media: boolean;
  /** World region (`asia`, `europe`, `middle-east`, `africa`, `americas`, `oceania`); a region entity's is its own id. */
  region?: string | null;
}

export interface EntityRef {
  entity: GazetteerEntity;
  /** Short aliases ("Kim") count only when the full name occurs in the same article. */
  short: boolean;
  /** Demonyms ("Russian", "rosyjski") name a country but never a place. */
  demonym: boolean;
  /** The alias is written in lower case in the data ("mídia estatal norte-coreana"): no capital needed. */
  lower: boolean;
  /** Later words the data capitalises (word positions after the first): "Islamic State" is not "an Islamic state". */
  capitalWords?: number[];
}

export interface Gazetteer {
  entities: Map<string, GazetteerEntity>;
  aliases: PatternIndex<EntityRef>;
  /** People by `role|country`, for "North Korea's top diplomat" → whoever held that office at the time. */
  byRole: Map<string, GazetteerEntity[]>;
}

/**
 * A well-known dated event from the gazetteer's event table (`gazetteer/events.json`): world knowledge that dates
 * an article mentioning it ("the visit of Trump to Asia"). Compiled against the gazetteer at load time.
 */
export interface KnownEvent {
  id: string;
  /** English name, for evidence and the UI. */
  name: string;
  type: EventType;
  /** Participants as written in the data: gazetteer ids, or names the gazetteer does not know. */
  participants: string[];
  /** The participants that are gazetteer people, sorted. */
  people: string[];
  /** The participants that are other gazetteer entities (countries, organisations), sorted. */
  others: string[];
  /** Countries of the participants and hosts: a person of one of them may be in the delegation. */
  countries: string[];
  /** Host countries: the place's country and any listed host (a trip to several countries). */
  hosts: string[];
  /** The place's gazetteer kind (a trip "to Asia" has a region), or null for a place the gazetteer does not know. */
  placeKind: EntityKind | null;
  /** World regions of the place and hosts: a trip "to Asia" names a region. */
  regions: string[];
  /** The place: its gazetteer id, else its name as given; null when none is given. */
  place: string | null;
  /** start..end, day precision. */
  date: DateInterval;
}

export interface EventResources {
  languages: Map<string, LanguageResources>;
  /** Used for languages without their own data: every language's triggers merged. */
  fallback: LanguageResources;
  gazetteer: Gazetteer;
  /** The table of well-known dated events (gazetteer `events`), sorted by id; empty when there is none. */
  knownEvents?: readonly KnownEvent[];
}

/** A word or punctuation token of one sentence, with offsets into article.text. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Lower-cased, NFC, diacritics folded. */
  norm: string;
  /** Lower-cased, NFC, apostrophes straightened; diacritics kept. */
  lower: string;
  word: boolean;
  /** Starts with an upper-case letter (or belongs to an uncased script). */
  cap: boolean;
  uncased: boolean;
}

/** One event mention as extraction sees it, before clustering. */
export interface MentionCandidate extends Mention {
  type: EventType;
  /** Canonical English names. */
  participants: string[];
  place: string | null;
  lang: string;
  /** Gazetteer ids (or `name:<surface>` for people found by their title), sorted. */
  participantIds: string[];
  /** The participant ids that are people (not countries or organisations). */
  people: string[];
  /** Countries of the participants and of the visited place: lets "Scholz visits France" meet "Scholz meets Macron". */
  affiliations: string[];
  placeId: string | null;
  /** The place's English name takes "the" (gazetteer `definite`). */
  placeDefinite?: boolean;
  placeCountry: string | null;
  /** Document date of the article (ISO day of its start), for "latest report wins" status decisions. */
  published: string | null;
  /** A well-known event the sentence names (news-event data): its English name, the event's title. */
  eventName?: string;
}
