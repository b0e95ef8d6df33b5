import type { NewsEventTable } from './newsEvents.ts';
import type { CountdownLexicon } from './countdown.ts';
/** Internal shapes of the temporal tagger: language-neutral symbols, lexicon tries and match records. */
import type { Precision, TimexMod, TimexType } from '../../model/timeline.ts';

export type { TimexMod };

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type Tense = 'past' | 'future' | 'present' | 'unknown';
/** 'prevWeek'/'nextWeek': the weekday of the previous/next ISO week ("上周一", "先週の月曜日"). */
export type WeekdayRel = 'this' | 'last' | 'next' | 'prevWeek' | 'nextWeek';
export type VagueRef = 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';

/**
 * What an expression means before it is anchored: stated parts only (chrono's "assigned"), never implied ones.
 * `rel` on weekdays/day-of-month: 'this' = in the DCT's week/month, 'last'/'next' = strictly before/after the DCT.
 */
export type TimexSymbol =
  | { kind: 'relative'; unit: Unit; shift: number }
  | { kind: 'ago'; unit: Unit; n: number; dir: -1 | 1 }
  | { kind: 'season'; season: Season; shift?: number; year?: number }
  | { kind: 'weekday'; dow: number; rel?: WeekdayRel }
  /** Saturday and Sunday: 'this' = the DCT's ISO week's, 'last'/'next' = the previous/next week's, else by tense. */
  | { kind: 'weekend'; rel?: 'this' | 'last' | 'next' }
  /** `monthShift`: the day of the DCT's month shifted ("지난달 10일", "先月10日", "上个月10日": -1). */
  | { kind: 'dayOfMonth'; day: number; rel?: 'last' | 'next'; dow?: number; monthShift?: number }
  /** `yearShift`: the month of the DCT's year shifted ("去年10月", "작년 10월", "来年3月": -1 / +1). */
  | { kind: 'date'; month: number; day?: number; year?: number; endDay?: number; endMonth?: number; endYear?: number; dow?: number; yearShift?: number; rel?: 'last' | 'next' }
  | { kind: 'year'; year: number; endYear?: number }
  /**
   * A calendar quarter with its year ("the third quarter of 2023", "Q3 2023", "2023년 3분기"). Without a year it is not
   * taken: "in the second quarter" is as often a game's as a business year's.
   */
  | { kind: 'quarter'; q: number; year: number }
  | { kind: 'vague'; ref: VagueRef }
  | { kind: 'duration'; unit: Unit; n: number | null }
  /** A named holiday whose year the sentence does not give: its day in each year follows `rules` (already narrowed
   * to the observing country); an empty rule list means the country is unknown and the expression stays vague. */
  | { kind: 'holiday'; id: string; rules: HolidayRule[]; year?: number }
  /**
   * A narrative (anaphoric) offset: "the next day", "two days later", "the following week", "a year earlier". Its
   * anchor is the nearest earlier expression of the article precise enough for the offset (HeidelTime's UNDEF-REF),
   * not the DCT; tagTime sets `anchor` and drops the expression when the text before it has none.
   */
  | { kind: 'anaphoric'; unit: Unit; shift: number; anchor?: AnaphoricAnchor };

/** One step of a chain of narrative offsets ("the next day … two days later"). */
export interface AnaphoricStep { unit: Unit; shift: number }

/**
 * What a narrative offset counts from: an expression that is not itself an offset (so the anchor's date follows
 * the document date as that expression's does), then the earlier offsets of a chain, in text order.
 */
export interface AnaphoricAnchor {
  symbol: Exclude<TimexSymbol, { kind: 'anaphoric' }>;
  tense: Tense;
  /** The anchor's words as the text has them, for the resolution note. */
  text: string;
  /** Offsets between the root anchor and this one ("the next day" after "two days later" after "on Monday"). */
  via: AnaphoricStep[];
}

/**
 * When a holiday falls in a given year: a fixed month-day, an offset from (Western or Orthodox) Easter Sunday, or
 * the nth weekday of a month (n = -1: the last one). `from`/`until` bound the years the rule applies (inclusive).
 */
export type HolidayRule = ({ month: number; day: number } | { easter: 'western' | 'orthodox'; offset: number } | { month: number; weekday: number; nth: number })
  & { from?: number; until?: number };

/** A matched expression before resolution. */
export interface UnresolvedTimex {
  start: number;
  end: number;
  symbol: TimexSymbol;
  mod: TimexMod;
  /** Tense of the clause around the expression, from the language's tense cues. */
  tense: Tense;
  sentence: number;
  /** A crawler's metadata token (" date 2023-09"). */
  metadata?: boolean;
  /**
   * A month without day or year that dates a noun, not the clause ("les élections législatives de juin" in a
   * sentence about Monday's meeting), or such a day ("los acuerdos del 5 de mayo"): the clause's tense says nothing
   * about it, so its tense is 'unknown'.
   */
  attributive?: boolean;
  /**
   * A word for "or" ("oder", "ou", "또는") stands just before it: "next month or in June" offers two periods, so
   * the two expressions are not read as naming the same one.
   */
  afterAlternative?: boolean;
  /** "Until" stands beside it ("bis zum 13. Oktober", "10月13日まで"): in a present clause, the end of what runs now. */
  until?: boolean;
  /** A weekday after "since" ("Sinds zondag is de wet van kracht"): a day before the document's, not the document's own. */
  since?: boolean;
  /**
   * A count whose event is named by a common noun ("six years after her death") that another sentence dates ("She died
   * on 5 September 1997"): that date's start (eventCounts.ts).
   */
  countsFrom?: number;
  /** Which rule produced it, for the audit trail. */
  rule: string;
}

export interface ResolvedFields {
  value: string;
  type: TimexType;
  precision: Precision;
  endValue?: string;
  resolution?: string;
}

/** One token of a sentence: `norm` is lower-cased NFC with unified apostrophes; offsets are into the full text. */
export interface Token {
  norm: string;
  fold: string;
  start: number;
  end: number;
  /** Digits only (ASCII). */
  digits: boolean;
  /** Starts with an upper-case letter (never true in scripts without case). */
  cap: boolean;
}

/** Slot kinds a pattern may contain. `month`/`weekday`/`event` match a sub-lexicon, the rest match digit tokens. */
export type SlotKind = 'day' | 'day2' | 'month' | 'month2' | 'monthnum' | 'monthnum2' | 'year' | 'year2' | 'num' | 'weekday' | 'event' | 'holiday' | 'quarter';

export interface PatternSpec {
  id: string;
  /** Fixed meaning (whole phrases), or null when the meaning is built from the captured slots. */
  symbol: TimexSymbol | null;
  /** Extra meaning for slot patterns: unit/direction for "N days ago", rel for weekdays/days. */
  unit?: Unit;
  dir?: -1 | 1;
  rel?: WeekdayRel;
  mod?: TimexMod;
  /** Bare years and other risky cores only count after a preposition from the language's prefix list. */
  needsPrefix?: boolean;
  /** Adjectival forms ("poniedziałkowym") whose preceding preposition belongs to the noun, not to the date. */
  noPrefix?: boolean;
  /** Relative year or month the pattern's words name ("去年 {monthnum} 月": yearShift -1; "先月 {day} 日": monthShift -1). */
  yearShift?: number;
  monthShift?: number;
  /** The {year} is a decade's first year ("the 1990s", "1990년대"): the years it starts, through the ninth after. */
  decade?: boolean;
  /** A narrative offset ("{num} days later"): the {num} slot and unit/dir build an 'anaphoric' symbol. */
  anaphoric?: boolean;
  /**
   * Only when no word follows (punctuation or the sentence's end): "The day before, …" is a narrative offset, "the
   * day before the vote" and "la veille du sommet" count from an event.
   */
  alone?: boolean;
  /** Only when no word precedes (the sentence's start or punctuation): ko "전날, …" but not "선거 전날" (the day before the election). */
  initial?: boolean;
  source: 'cldr' | 'hand' | 'numeric';
}

export interface TrieNode {
  lit: Map<string, TrieNode>;
  slots: Array<[SlotKind, TrieNode]>;
  pattern: PatternSpec | null;
}

/** Sub-lexicon entry for month/weekday/event slots. */
export interface SubEntry {
  value: number | string;
  /** Abbreviations and ambiguous words: only accepted next to a day number or year. */
  weak: boolean;
  /** Per token of the name: must the text's word start with a capital? (holiday names: official capitalised form) */
  caps?: boolean[];
}

export interface SubTrie {
  lit: Map<string, SubTrie>;
  entry: SubEntry | null;
}

export interface PrefixSpec {
  mod: TimexMod;
  /** Prepositions licence bare years; pure modifiers ("já", "early") do not. */
  preposition: boolean;
}

export interface PrefixTrie {
  lit: Map<string, PrefixTrie>;
  spec: PrefixSpec | null;
}

/** A word ending in `end` followed by a word starting with `start` (both NFD) is a cue for `tense`. */
export interface PairEnding { end: string; start: string; tense: 'past' | 'future' }

export interface TenseCues {
  past: Set<string>;
  future: Set<string>;
  present: Set<string>;
  /** Verb endings, in NFD (tense.ts compares decomposed words: Korean "ᆻ다" is the past of any verb). */
  pastSuffixes: string[];
  futureSuffixes: string[];
  /** Words after which a verb ending or a listed past form is no tense (en "be": "will be finished", "will be held" are future passives, not pasts). */
  suffixNotAfter: Set<string>;
  /** Past-participle endings (NFD) that are a past only after one of `participleAuxiliaries` in their clause (lexicon.ts). */
  participleSuffixes: string[];
  participleAuxiliaries: Set<string>;
  /** Endings across two words ("ᆯ 것": Korean -ㄹ 것, the future), in NFD, the most specific first. */
  pairEndings: PairEnding[];
  /** How a sentence-final predicate ends when it is present or future (ja; lexicon.ts). Empty elsewhere. */
  finalNonPast: { present: string[]; future: string[] };
  /** Words (as token lists) whose tokens are no cues though one of them is listed ("为了"; lexicon.ts). */
  notCues: string[][];
  /** Compound-past auxiliaries that are past only before a participle in their clause (de "ist", fr "a"; lexicon.ts). */
  auxiliaries: Set<string>;
  /** How a past participle looks (lexicon.ts). */
  participles: { words: Set<string>; endings: string[]; prefixes: string[]; infixes: string[]; suffixes: string[]; minLength: number; before: boolean };
  /** Some cue has two words. */
  bigrams: boolean;
}

/** Everything the tagger knows about one language, built once by loadTemporalResources. */
export interface Lexicon {
  lang: string;
  trie: TrieNode;
  months: SubTrie;
  weekdays: SubTrie;
  /** Ordinal words for the four quarters ("third", "dritten", "troisième"); digits 1-4 need no entry. */
  quarters: SubTrie;
  events: SubTrie;
  /** Holiday names of the language (value = holiday id), from und/holidays.json and the language file. */
  holidays: SubTrie;
  /** Number words ("cinque", "five") for the num slot. */
  numbers: SubTrie;
  prefixes: PrefixTrie;
  /** One-word prepositions that make a bare month a noun's modifier ("de juin", "di giugno"), normalised. */
  attributive: Set<string>;
  /** One-word prepositions that make a day and month a noun's modifier ("del 10 de noviembre"), normalised. */
  attributiveDay: Set<string>;
  /** Words before which a day is the clause's, not a noun's: those of prepositions ("antes" of "antes de") and nouns of time. */
  notAttributiveBefore: Set<string>;
  /** One-word expressions that are nouns when capitalised after a word (de "Morgen", the morning), normalised. */
  capitalisedNouns: Set<string>;
  /** Determiners before a name that starts with a weekday ("the Sunday Times"), normalised (lexicon.ts). */
  weekdayNameDeterminers: Set<string>;
  /** Words for "or" that join two alternatives ("next month or in June"), normalised. */
  alternatives: Set<string>;
  /** The language's word for "month" (Intl.DisplayNames): "le mois de juin" is adverbial, not attributive. */
  monthWord: string | null;
  tense: TenseCues;
  /** Order of day and month in numeric dates (13/09/2023 vs 9/13/2023), from Intl. */
  dayFirst: boolean;
  /** The locale writes a day and month in numbers as "4.12." (from Intl): such a pair after a preposition is a date. */
  dottedDayMonth: boolean;
  /**
   * The language writes month names in lower case (CLDR: "mars", "marzo", "marca"), so a capitalised one inside a
   * sentence is a name ("Champ-de-Mars", the planet), not a month.
   */
  lowercaseMonths: boolean;
  /** Intl's full month names, lower case ("may", "march"): a weak one capitalised mid-sentence is a month (match.ts). */
  longMonthNames: Set<string>;
  /** Phrases beside a named news event that put it ahead of the text or behind it (token lists, longest first). */
  eventCues: { aheadPre: string[][]; aheadPost: string[][]; sincePre: string[][]; sincePost: string[][] };
  /** Phrases beside a date that make it still to come ("d'ici", "ab", "までに"), as token lists. */
  targetCues: { pre: string[][]; post: string[][] };
  /** Comparison words beside a year-bearing expression ("below 2005 levels", "比2005年"): a past baseline. */
  baselineCues: { pre: string[][]; post: string[][] };
  /** "Since" beside a date ("seit", "depuis", "以来"): the start of what still holds, past. */
  startCues: { pre: string[][]; post: string[][] };
  /** "Until" beside a date ("bis", "まで"): a present-tense clause makes the date still to come. */
  untilCues: { pre: string[][]; post: string[][] };
  /** Words beside a several-day event's name that name its first or last day ("opened", "closing"), as token lists. */
  eventEdges: { start: string[][]; end: string[][]; decided: string[][] };
  /** Words right before a name that make it another event ("quartas de" before "final da Copa"), as token lists. */
  eventNameNotAfter: string[][];
  /** Word beginnings of a commemoration ("jährt", "anniversar", "주년"): see NamedEventHit.recalled. */
  anniversaryCues: string[];
  /** Words right before a name (or after it, `post`) that make it a point of comparison: "since" (see NamedEventHit.recalled). */
  referenceCues: { pre: string[][]; post: string[][] };
  /** A relative clause's verb after a date and a particle ("5月1日から使う新元号"): see relativeClauseTense. */
  relativeClause?: { particles: string[]; past: string[]; nonPast: string[] };
  /** Prepositions that set something for a weekday still to come ("na poniedziałek", "pour lundi"), as token lists. */
  weekdayTargetCues: string[][];
  /** Particles that may be glued to the end of a word (Korean 에, 의 …). */
  clitics: string[];
  /** Possessive endings among the clitics ("'s"): an expression ending in one must precede a lower-case word. */
  possessives: string[];
  /** Ordinal marks after a day or anniversary number ("13th", "1er", "70º"). */
  ordinals: Set<string>;
  /**
   * Words right before or after a narrative offset that make it count from the noun beside it, not from an earlier
   * date: ja "会談の翌日" (の), "前日比" (比, a day-on-day comparison), zh "选举的第二天" (的). `initialAfter`: words
   * after which an `initial` offset still starts its clause (ja "首相は前日", zh "他次日"); `aloneBefore`: words before
   * which an `alone` offset still stands alone (ru "Накануне он …", "накануне в Москве": no genitive follows). Normalised.
   */
  anaphoricGuards: { notAfter: Set<string>; notBefore: Set<string>; initialAfter: Set<string>; aloneBefore: Set<string> };
  /** Countdown constructions to a named event ("100 days to go until …"; countdown.ts). */
  countdown: CountdownLexicon;
  /** Counts since a named event in the present ("a year after the Fukushima disaster"; countdown.ts matches them). */
  sinceCount: CountdownLexicon;
  /** Longest pattern length in tokens, bounds the work per start token. */
  maxLen: number;
}

export interface ExampleRow {
  lang: string;
  text: string;
  dct: string | null;
  value: string;
}

/** One holiday: where it falls, by country. `countries` ["*"] = every country without a rule of its own. */
export interface HolidayObservance {
  countries: string[];
  rule: HolidayRule;
}

export interface HolidayTable {
  observances: Map<string, HolidayObservance[]>;
  /** Language → countries assumed when a sentence names none (the language's main country). */
  languageCountries: Map<string, string[]>;
  /** Country names and demonyms (value = ISO code); names written with a capital need one in the text. */
  countries: SubTrie;
}

export interface TemporalResources {
  lexicons: Map<string, Lexicon>;
  /** Anniversary event id → its date (YYYY-MM-DD or YYYY), from the neutral data file. */
  anniversaries: Map<string, string>;
  /** `examples` rows of the data files, for the data-example test. */
  examples: ExampleRow[];
  /** Holiday observances and the country names that pick one (und/holidays.json + gazetteer/countries.json). */
  holidays: HolidayTable;
  /** Builds (and caches) an Intl-only lexicon for a language without a data file. */
  fallback: (lang: string) => Lexicon;
  /** Well-known dated events and their names per language (gazetteer/newsEvents/*.json). */
  newsEvents: NewsEventTable;
}

/**
 * A person the text names with the title of an office the gazetteer says they held ("prezydent Andrzej Duda",
 * "박근혜 대통령"): news names the office someone holds at the time, so the document most likely falls in one of the
 * terms. Found by the event stage's sentence analysis (events/officeHoldings.ts); evidence for the document date.
 */
export interface OfficeHolding {
  /** Gazetteer id of the person. */
  person: string;
  /** The office the title names (the gazetteer's role name). */
  role: string;
  /** Their terms in that office: first and last month ("YYYY-MM"), last null while in office. */
  terms: Array<[from: string, to: string | null]>;
  sentence: number;
  /** The title and the name, as a text span. */
  start: number;
  end: number;
}
