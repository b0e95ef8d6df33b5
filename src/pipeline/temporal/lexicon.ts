/**
 * Per-language lexicons: CLDR names and relative phrases from Intl, merged with the hand-written data file
 * (inflections, word orders, seasons, prepositions, tense cues). Everything is compiled into token tries once.
 */
import { foldToken, normalizeToken, phraseTokens } from './tokens.ts';
import { parseSymbol } from './symbols.ts';
import { addHolidayNames } from './holidays.ts';
import { intlMonthNames } from './intlMonths.ts';
import { compileCountdown, type CountdownData } from './countdown.ts';
import type {
  Lexicon, PairEnding, PatternSpec, PrefixTrie, SlotKind, SubTrie, TimexMod, TimexSymbol, TrieNode, Unit, WeekdayRel,
} from './types.ts';

/** Shape of `src/resources/lang/<iso>/temporal.json` (all keys optional). */
export interface LanguageData {
  lang?: string;
  /** Whole phrases and their meaning, in the symbol notation of symbols.ts. */
  phrases?: Record<string, string>;
  /**
   * Narrative offsets, counted from the nearest earlier expression of the article (not the DCT): "the next day",
   * "la veille", "tags darauf", "{num} days later". `phrases` map to a relative symbol ("day+1", "week-1",
   * "year+1"); `alone` phrases count only when no word follows them ("The day before, …" but not "the day before
   * the vote"), `initial` ones only when no word precedes them (ko "전날 북한은 …" but not "선거 전날"); `patterns`
   * are slot patterns with a {num} slot, a unit and a direction. `notAfter`/`notBefore`: words that, right before or
   * after any of them, make it count from the noun beside it (ja "会談の翌日", "前日比") or a comparison ("nine years
   * later than planned", "später als geplant": a delay); no such phrase is tagged.
   */
  anaphoric?: {
    phrases?: Record<string, string>;
    alone?: Record<string, string>;
    initial?: Record<string, string>;
    patterns?: Array<{ slots: string; unit: Unit; dir: -1 | 1; alone?: boolean; initial?: boolean }>;
    notAfter?: string[];
    notBefore?: string[];
    /** Words (particles, pronouns) after which an `initial` phrase still opens its clause: ja "首相は前日". */
    initialAfter?: string[];
    /** Words (pronouns, prepositions) before which an `alone` phrase still stands alone: ru "Накануне он …". */
    aloneBefore?: string[];
  };
  /** Phrases whose preceding preposition belongs to the next noun (adjectival forms). */
  adjectives?: Record<string, string>;
  months?: Record<string, string[]>;
  /** Quarter (1-4) → its ordinal words as a "{quarter}" slot reads them ("third", "dritten", "trzecim"). */
  quarters?: Record<string, string[]>;
  monthsWeak?: Record<string, string[]>;
  weekdays?: Record<string, string[]>;
  weekdaysWeak?: Record<string, string[]>;
  /** CLDR-derived words to drop (homographs such as Albanian "mot", weather / next year). */
  exclude?: string[];
  prepositions?: string[];
  /**
   * One-word prepositions (also listed in `prepositions`) after which a month without day or year modifies a noun:
   * fr "les élections de juin", it "le elezioni di giugno". The clause's tense does not date such a month.
   */
  attributive?: string[];
  /**
   * One-word prepositions after which a day and month without a year name a noun's day ("las elecciones generales del
   * 10 de noviembre", "l'accord du 5 mai"), when a word other than a preposition's stands before them ("antes del 10
   * de noviembre" is adverbial). Such a day is as often ahead as past.
   */
  attributiveDay?: string[];
  /** Nouns of time whose day is the clause's own ("la noche del 14 de julio", "le week-end du 12 juin"), and "partir" of "à partir du". */
  attributiveDayNotAfter?: string[];
  /**
   * One-word expressions that, capitalised after another word, are a noun: de "bis zum Morgen" (until the morning),
   * not "morgen" (tomorrow), which German writes in lower case.
   */
  capitalisedNouns?: string[];
  /**
   * Determiners that, before a capitalised weekday followed by another capitalised word, make the three a name, not
   * a day: en "the Sunday Times", "the Monday Club" (but "the Sunday after the vote" is a day).
   */
  weekdayNameDeterminers?: string[];
  /** One-word conjunctions for "or" ("oder", "ou", "또는"): see UnresolvedTimex.afterAlternative. */
  alternatives?: string[];
  /** Modifier phrases before an expression, with their TIMEX mod (or null). */
  modifiers?: Record<string, TimexMod>;
  /** Modifiers that are adverbs on their own ("later", "plus tard"): a number after them is not taken for a year. */
  adverbialModifiers?: string[];
  patterns?: Array<{ slots: string; unit?: Unit; dir?: -1 | 1; rel?: WeekdayRel; mod?: TimexMod; needsPrefix?: boolean; symbol?: string; decade?: boolean; yearShift?: number; monthShift?: number }>;
  ordinals?: string[];
  clitics?: string[];
  /**
   * Possessive endings glued to an expression that then determines the next word: en "Sunday's election", "last
   * week's summit". Matched like clitics, but only before a lower-case word: "Friday's Child", "Today's Zaman" are names.
   */
  possessives?: string[];
  events?: Record<string, string[]>;
  /** Holiday id (see und/holidays.json) → names in this language, added to the neutral file's names. */
  holidays?: Record<string, string[]>;
  numbers?: Record<string, number>;
  /**
   * How the language writes a two-digit number from its tens and units words of `numbers`: "{tens}-{unit}" (fr
   * "soixante-huit", en "sixty-eight"), "{tens} y {unit}" (es), "{unit}und{tens}" (de "achtundsechzig"). Without
   * them "Soixante-huit ans après" would read as "huit ans". "{tens~}" drops the tens word's last letter (it "ventotto").
   */
  numberCompounds?: string[];
  /** Adjectives built on weekday stems ("poniedziałkow" + "ym"): they name the day, not a span. */
  weekdayAdjectives?: { stems: Record<string, string[]>; endings: string[] };
  /**
   * Tense cue words and verb endings. An ending with a space ("ᆯ 것", "ᆻ을 것") is a word pair: a word ending in the
   * part before the space followed by a word starting with the part after it. Endings are compared in canonical
   * decomposition (NFD), so a Korean final consonant written as a conjoining jamo (U+11A8–U+11FF, "ᆯ") matches
   * inside a syllable block ("될 것이라는", "열릴 것으로").
   */
  tense?: {
    past?: string[]; future?: string[]; present?: string[]; pastSuffixes?: string[]; futureSuffixes?: string[]; suffixNotAfter?: string[];
    /**
     * For a language that ends its sentences with the predicate and writes without spaces (ja): how a sentence's last
     * predicate ends when it is not past. `present` endings ("いる", "ある") are checked first; a `future` one
     * ("る", "す": the non-past of an action, which news uses for what is still to come) makes the predicate a future
     * cue. The sentence's past ending ("た") is in `past` already.
     */
    finalNonPast?: { present?: string[]; future?: string[] };
    /**
     * Past-participle endings that are a past only after an auxiliary (`participleAuxiliaries`) a few words before
     * them in their clause: "è arrivata", "ha annunciato", "a annoncé". Alone they are as often nouns and adjectives
     * ("comitato", "campionato", "comité", "année", "partido", "Estado").
     */
    participleSuffixes?: string[];
    participleAuxiliaries?: string[];
    /**
     * Words that contain a cue word but are none: zh "为了" (in order to) and "了解" (to understand) hold the past
     * marker 了. Written as words; in scripts without spaces they are matched character by character.
     */
    notCues?: string[];
    /**
     * Auxiliaries of a compound past that are also present-tense verbs of their own: de "ist", "hat" ("ist
     * angekommen" / "ist fertig"), fr "a", it "ha", es "ha", nl "heeft". Listed in `past` too, they count as past
     * only when a past participle (`participles`) follows in their clause, else as present ("Mitte März ist das
     * Projekt fertig", "La France a un nouveau gouvernement").
     */
    auxiliaries?: string[];
    /**
     * What a past participle looks like: a listed word (`words`: "fait", "detto", "hecho"), a word with one of
     * `endings` ("-iert", "-ato", "-ado", "-é"), or one that starts with one of `prefixes` or holds one of `infixes`
     * after its first letters ("ge" in "angekommen") and ends with one of `suffixes` ("-t", "-en"). Words shorter than
     * `minLength` letters are none (listed words excepted). `before`: the language ends subordinate clauses with
     * the verb, so the participle may also stand before the auxiliary ("…, weil er angekommen ist").
     */
    participles?: { words?: string[]; endings?: string[]; prefixes?: string[]; infixes?: string[]; suffixes?: string[]; minLength?: number; before?: boolean };
  };
  examples?: Array<[text: string, dct: string | null, value: string]>;
  /**
   * Words beside a named news event that say which side of it the text is on: `ahead` ("ahead of the", "vor der",
   * "を前に") means still to come, `since` ("after the", "nach der", "이후") means past. `pre` phrases come before the
   * event's name, `post` phrases after it.
   */
  eventCues?: { ahead?: { pre?: string[]; post?: string[] }; since?: { pre?: string[]; post?: string[] } };
  /**
   * Words right beside a date or year that make it a target or a start still to come, whatever the verb's tense:
   * "d'ici à 2025", "à partir de 2020", "ab 2025", "entro il 2030", "2030年までに". `pre` phrases come before the
   * expression (or are the preposition it starts with), `post` phrases after it. Only words news rarely uses for
   * the past belong here ("since 2010" does not; "from 2020 onwards" does).
   */
  targetCues?: { pre?: string[]; post?: string[] };
  /**
   * Words right beside a date or year that make it a baseline of a comparison, which is past whatever the verb says:
   * "will fall 65% below 2005 levels", "比2005年下降", "par rapport à 1990", "im Vergleich zu 1990", "2005년 대비".
   */
  baselineCues?: { pre?: string[]; post?: string[] };
  /**
   * "Since" right beside a year-bearing date: the start of what still holds, past whatever the verb says ("Die Regel gilt
   * seit 2019", "Il est ministre depuis 2019", "2019年以来"). Only words that mean "since" and nothing else ("dal",
   * "desde", "od" also open ranges: "dal 10 al 13 settembre").
   */
  startCues?: { pre?: string[]; post?: string[] };
  /**
   * "Until" beside a date ("bis zum 13. Oktober", "10月13日まで", "hasta el domingo"): in a present-tense clause the
   * date is still to come ("the Expo runs until 13 October"); in a past one it is past, as the verb says.
   */
  untilCues?: { pre?: string[]; post?: string[] };
  /**
   * Words beside the name of an event that lasts several days that name its first or its last day: "COP28 opened",
   * "la clôture des Jeux", "Олимпиада завершилась", "万博が開幕". "Opened on Thursday" is then the first day, not any
   * day of the fortnight. Only words news uses for the opening or the end of the event itself belong here.
   */
  eventEdges?: { start?: string[]; end?: string[]; decided?: string[] };
  /**
   * Words right before an event's name that make it another event: "quartas de final da Copa do Mundo" is a
   * quarter-final, not the "final da Copa do Mundo"; "semi" before "finale". The name is then not matched there.
   */
  eventNameNotAfter?: string[];
  /**
   * Word beginnings that make a sentence a commemoration ("jährt sich", "anniversary", "rocznica", "주년", "周年"): an
   * event it names is remembered, not reported, so "yesterday" there is no day of the event. Lower case; matched at the
   * start of a word (anywhere in text written without spaces).
   */
  anniversaryCues?: string[];
  /**
   * Words right before an event's name (`pre`) or right after it (`post`) that make it the point a comparison counts
   * from: "the deadliest since Sandy Hook", "das schwerste seit Fukushima", "以来最大". Such an event is recalled, not
   * reported: "yesterday" in that sentence is another day.
   */
  referenceCues?: { pre?: string[]; post?: string[] };
  /**
   * Verb-final languages that put a relative clause before its noun ("5月1日から使う新元号", the new era name used from
   * 1 May): the particles that may follow a date, and the endings of the clause's verb that say past or non-past. A
   * date with such a clause takes that verb's tense, not the sentence's last verb's.
   */
  relativeClause?: { particles: string[]; past: string[]; nonPast: string[] };
  /**
   * Prepositions that make a weekday a day something is set for, still to come whatever the verb's tense: "ogłosił
   * żałobę na poniedziałek" (announced mourning for Monday), "назначено на пятницу", "prévu pour lundi". They must
   * start the expression or stand just before it ("w nocy z niedzieli na poniedziałek" is a past night).
   */
  weekdayTargetCues?: string[];
  /**
   * Countdowns to a named event that count from the day of writing ("With 100 days to go until …", "Faltan diez días
   * para …", "До … осталось 50 дней", "…까지 100일 남았다"): see countdown.ts. They date the document, they are not
   * expressions of their own.
   */
  countdown?: CountdownData;
  /**
   * Counts since a named event, in the present ("Un an après les attentats du 13 novembre, Paris se souvient",
   * "A un año del terremoto", "震災から10年"): constructions with `{num} {unit} {event}` slots, matched like the
   * countdowns with the `countdown` section's units, numbers and fillers. The document is that far after the event.
   */
  sinceCount?: { patterns: CountdownData['patterns']; notAfter?: string[] };
  /**
   * Endings that make a noun of an action ("inaugur-ation", "Eröffn-ung", "otwar-cie"): a news-event name's
   * word with one of them is matched loosely by its root, so that a lead's verb finds the name's noun
   * ("Chirac a inauguré le viaduc de Millau" names the "inauguration du viaduc de Millau"). Written without accents.
   */
  eventNameSuffixes?: string[];
  /**
   * The participle infix ("ge": "geopend", "eingestürzt"): taken out of a text word near its start, it leaves the root
   * a name's noun has ("opening", "Einsturz"). Written without accents.
   */
  eventNameInfixes?: string[];
  /**
   * Words of event names that the press words as other words of the same meaning: a group per meaning, every member
   * standing for all ("moord op Pim Fortuyn" is named by "Fortuyn doodgeschoten", "death of X" by "X died"). Lower
   * case, accents optional (letters of their own, as pl "ł", are written as such); a member ending in `*` matches any
   * word it starts, the others whole words only.
   */
  eventNameSynonyms?: string[][];
}

/** Verb endings of one word (entries without a space), in NFD as tense.ts compares them. */
const wordEndings = (xs?: string[]): string[] => (xs ?? []).filter((x) => !x.includes(' ')).map((x) => normalizeToken(x).normalize('NFD'));

/** The two-digit numbers a language's `numberCompounds` templates write from its tens (20–90) and units (1–9) words. */
export function compoundNumbers(numbers: Record<string, number>, templates: readonly string[]): Array<[string, number]> {
  if (!templates.length) return [];
  const words = Object.entries(numbers);
  const tens = words.filter(([, n]) => n >= 20 && n <= 90 && n % 10 === 0);
  const units = words.filter(([, n]) => n >= 1 && n <= 9);
  const out: Array<[string, number]> = [];
  // "{tens~}" is the tens word without its last letter: Italian elides it before a vowel ("ventotto").
  for (const t of templates) for (const [tw, tn] of tens) for (const [uw, un] of units) out.push([t.replace('{tens~}', tw.slice(0, -1)).replace('{tens}', tw).replace('{unit}', uw), tn + un]);
  return out;
}

/** Two-word endings ("ᆯ 것": a word ending in ᆯ, then one starting with 것), in NFD, the most specific first. */
function pairEndings(past?: string[], future?: string[]): PairEnding[] {
  const pairs = (xs: string[] | undefined, tense: 'past' | 'future'): PairEnding[] => (xs ?? []).filter((x) => x.includes(' ')).map((x) => {
    const [end, start] = normalizeToken(x).normalize('NFD').split(/ +/, 2);
    return { end, start, tense };
  });
  return [...pairs(past, 'past'), ...pairs(future, 'future')].sort((a, b) => b.end.length + b.start.length - a.end.length - a.start.length);
}

/** Shape of the language-neutral `und/temporal.json`. */
export interface NeutralData {
  patterns?: LanguageData['patterns'];
  anniversaries?: Record<string, string>;
}

const UNITS: Unit[] = ['day', 'week', 'month', 'quarter', 'year'];
const SLOT = /^\{(day2?|month2?|monthnum2?|year2?|num|weekday|event|holiday|quarter)\}$/;
const HAS_DIGIT = /\d/;

const newNode = (): TrieNode => ({ lit: new Map(), slots: [], pattern: null });
const newSub = (): SubTrie => ({ lit: new Map(), entry: null });

function addSub(trie: SubTrie, tokens: string[], value: number | string, weak: boolean): void {
  if (!tokens.length) return;
  let node = trie;
  for (const t of tokens) {
    let next = node.lit.get(t);
    if (!next) node.lit.set(t, (next = newSub()));
    node = next;
  }
  // A strong reading wins over a weak one for the same words.
  if (!node.entry || (node.entry.weak && !weak)) node.entry = { value, weak };
}

function addPattern(root: TrieNode, parts: Array<string | SlotKind>, slotMask: boolean[], spec: PatternSpec): void {
  let node = root;
  parts.forEach((part, i) => {
    if (slotMask[i]) {
      let found = node.slots.find(([k]) => k === part);
      if (!found) node.slots.push((found = [part as SlotKind, newNode()]));
      node = found[1];
    } else {
      let next = node.lit.get(part);
      if (!next) node.lit.set(part, (next = newNode()));
      node = next;
    }
  });
  // First definition wins: hand data is added before CLDR data, so hand data overrides.
  if (!node.pattern) node.pattern = spec;
}

function addPrefix(trie: PrefixTrie, tokens: string[], mod: TimexMod, preposition: boolean): void {
  let node = trie;
  for (let i = tokens.length - 1; i >= 0; i--) {
    let next = node.lit.get(tokens[i]);
    if (!next) node.lit.set(tokens[i], (next = { lit: new Map(), spec: null }));
    node = next;
  }
  if (!node.spec) node.spec = { mod, preposition };
}

/** The locale's word for "month" ("mois", "mese"), lower case; null where Intl has none. */
function monthWordOf(lang: string): string | null {
  try {
    const word = new Intl.DisplayNames(lang, { type: 'dateTimeField' }).of('month');
    return word ? normalizeToken(word) : null;
  } catch {
    return null;
  }
}

/** Intl's month, weekday and relative-time vocabulary for one locale. */
function cldrVocabulary(lang: string) {
  const months = intlMonthNames(lang);
  const weekdays: Array<[string, number, boolean]> = [];
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' });
  for (let d = 1; d <= 7; d++) {
    const date = new Date(Date.UTC(2023, 8, 10 + d)); // 2023-09-11 is a Monday
    weekdays.push([fmt({ weekday: 'long' }).format(date), d, false]);
    weekdays.push([fmt({ weekday: 'short' }).format(date).replace(/\.$/, ''), d, true]);
  }
  const relative: Array<[string, Unit, number]> = [];
  const ago: Array<[string, Unit, -1 | 1]> = [];
  const auto = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const always = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  for (const unit of UNITS) {
    for (const n of [-1, 0, 1]) {
      const phrase = auto.format(n, unit);
      if (!HAS_DIGIT.test(phrase)) relative.push([phrase, unit, n]);
    }
    // Several numbers so that every plural form (Slavic 2/5/21 …) yields its own pattern.
    for (const n of [1, 2, 3, 5, 11, 21, 22, 25]) {
      for (const dir of [-1, 1] as const) {
        const parts = always.formatToParts(dir * n, unit);
        if (parts.filter((p) => p.type === 'integer').length !== 1) continue;
        ago.push([parts.map((p) => (p.type === 'integer' ? ' {num} ' : p.value)).join(''), unit, dir]);
      }
    }
  }
  const sample = fmt({ day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(Date.UTC(2023, 8, 13)));
  const dayFirst = sample.findIndex((p) => p.type === 'day') < sample.findIndex((p) => p.type === 'month');
  // "4.12." as the locale writes a day and month in numbers (de, fi, nb): day, ".", month, ".".
  const dayMonth = fmt({ day: 'numeric', month: 'numeric' }).formatToParts(new Date(Date.UTC(2023, 11, 4))).map((p) => (p.type === 'literal' ? p.value : p.type)).join('|');
  const dottedDayMonth = dayMonth === 'day|.|month|.';
  const longMonths = months.filter(([, , weak]) => !weak).map(([name]) => name);
  const lowercaseMonths = longMonths.length > 0 && longMonths.every((n) => n === n.toLowerCase() && n !== n.toUpperCase());
  return { months, weekdays, relative, ago, dayFirst, dottedDayMonth, lowercaseMonths, longMonthNames: new Set(longMonths.map((n) => n.toLowerCase())) };
}

/** Splits a pattern string into literal tokens and slots; literals are tokenised like text. */
function patternParts(slots: string, lang: string): { parts: string[]; mask: boolean[] } {
  const parts: string[] = [];
  const mask: boolean[] = [];
  for (const piece of slots.split(' ')) {
    if (!piece) continue;
    const m = SLOT.exec(piece);
    if (m) { parts.push(m[1]); mask.push(true); continue; }
    for (const t of phraseTokens(piece, lang)) { parts.push(t); mask.push(false); }
  }
  return { parts, mask };
}

/** Cue phrases as token lists, longest first (so "ahead of the" is tried before "ahead of"). */
const cueTokens = (phrases: string[] | undefined, lang: string): string[][] =>
  (phrases ?? []).map((p) => phraseTokens(p, lang)).filter((t) => t.length > 0).sort((a, b) => b.length - a.length);

/** "day+1" in the `anaphoric` section: a narrative offset of one day ("day0": the same day); throws on anything but an offset. */
function anaphoricSymbol(s: string): TimexSymbol {
  const sym = parseSymbol(s);
  // "day0": the same day as the anchor ("the same day", "同日"); "day+1": the next.
  if (sym.kind !== 'relative') throw new Error(`anaphoric phrase symbol "${s}" must be an offset such as "day+1" or "day0"`);
  return { kind: 'anaphoric', unit: sym.unit, shift: sym.shift };
}

const relSymbol = (unit: Unit, shift: number) => `${unit}${shift > 0 ? '+' : ''}${shift === 0 ? '0' : shift}`;

/**
 * Builds one language's lexicon: hand data first (it wins on conflicts), then CLDR, then neutral patterns.
 * `holidayNames` are the language's names from the neutral holiday file (id → names).
 */
export function buildLexicon(lang: string, data: LanguageData, neutral: NeutralData, useCldr = true, holidayNames: Record<string, string[]> = {}): Lexicon {
  const trie = newNode();
  const months = newSub();
  const weekdays = newSub();
  const quarters = newSub();
  const events = newSub();
  const holidays = newSub();
  const numbers = newSub();
  const prefixes: PrefixTrie = { lit: new Map(), spec: null };
  const exclude = new Set((data.exclude ?? []).map(normalizeToken));
  let maxLen = 1;
  const fold = (tokens: string[]) => tokens.map(foldToken);
  const foldable = (tokens: string[]) => tokens.join(' ').length >= 5;

  const addPhrase = (text: string, symbol: TimexSymbol, source: 'cldr' | 'hand', noPrefix = false, guard: 'alone' | 'initial' | null = null) => {
    if (source === 'cldr' && exclude.has(normalizeToken(text))) return;
    const tokens = phraseTokens(text, lang);
    if (!tokens.length) return;
    const spec: PatternSpec = { id: `${source}:${text}`, symbol, source, noPrefix };
    if (guard) spec[guard] = true;
    addPattern(trie, tokens, tokens.map(() => false), spec);
    if (foldable(tokens)) addPattern(trie, fold(tokens), tokens.map(() => false), spec);
    maxLen = Math.max(maxLen, tokens.length);
  };
  const addSlotPattern = (p: NonNullable<LanguageData['patterns']>[number] & { anaphoric?: boolean; alone?: boolean; initial?: boolean }, source: 'hand' | 'cldr') => {
    const { parts, mask } = patternParts(p.slots, lang);
    if (!parts.length) return;
    const spec: PatternSpec = {
      id: `${source}:${p.slots}`, symbol: p.symbol ? parseSymbol(p.symbol) : null, source,
      unit: p.unit, dir: p.dir, rel: p.rel, mod: p.mod ?? null, needsPrefix: p.needsPrefix, ...(p.decade ? { decade: true } : {}),
      ...(p.yearShift !== undefined ? { yearShift: p.yearShift } : {}), ...(p.monthShift !== undefined ? { monthShift: p.monthShift } : {}),
      ...(p.anaphoric ? { anaphoric: true } : {}), ...(p.alone ? { alone: true } : {}), ...(p.initial ? { initial: true } : {}),
    };
    addPattern(trie, parts, mask, spec);
    maxLen = Math.max(maxLen, parts.length + 4); // sub-lexicon slots may span several tokens
  };
  const addNames = (sub: SubTrie, text: string, value: number | string, weak: boolean, source: 'cldr' | 'hand' = 'hand') => {
    if (source === 'cldr' && exclude.has(normalizeToken(text))) return;
    const tokens = phraseTokens(text, lang);
    addSub(sub, tokens, value, weak);
    if (foldable(tokens)) addSub(sub, fold(tokens), value, weak);
  };

  // Narrative offsets first: where a phrase is also listed as DCT-relative, the narrative reading wins.
  for (const [text, sym] of Object.entries(data.anaphoric?.phrases ?? {})) addPhrase(text, anaphoricSymbol(sym), 'hand');
  for (const [text, sym] of Object.entries(data.anaphoric?.alone ?? {})) addPhrase(text, anaphoricSymbol(sym), 'hand', false, 'alone');
  for (const [text, sym] of Object.entries(data.anaphoric?.initial ?? {})) addPhrase(text, anaphoricSymbol(sym), 'hand', false, 'initial');
  for (const p of data.anaphoric?.patterns ?? []) {
    if (!p.slots.includes('{num}')) throw new Error(`anaphoric pattern "${p.slots}" (${lang}) needs a {num} slot`);
    addSlotPattern({ ...p, anaphoric: true }, 'hand');
  }
  for (const [text, sym] of Object.entries(data.phrases ?? {})) addPhrase(text, parseSymbol(sym), 'hand');
  for (const [text, sym] of Object.entries(data.adjectives ?? {})) addPhrase(text, parseSymbol(sym), 'hand', true);
  for (const p of data.patterns ?? []) addSlotPattern(p, 'hand');
  for (const [m, names] of Object.entries(data.months ?? {})) for (const n of names) addNames(months, n, Number(m), false);
  for (const [m, names] of Object.entries(data.monthsWeak ?? {})) for (const n of names) addNames(months, n, Number(m), true);
  for (const [d, names] of Object.entries(data.weekdays ?? {})) for (const n of names) addNames(weekdays, n, Number(d), false);
  for (const [q, names] of Object.entries(data.quarters ?? {})) for (const n of names) addNames(quarters, n, Number(q), false);
  for (const [d, names] of Object.entries(data.weekdaysWeak ?? {})) for (const n of names) addNames(weekdays, n, Number(d), true);
  for (const [id, names] of Object.entries(data.events ?? {})) for (const n of names) addNames(events, n, id, false);
  for (const [w, n] of Object.entries(data.numbers ?? {})) addNames(numbers, w, n, false);
  for (const [w, n] of compoundNumbers(data.numbers ?? {}, data.numberCompounds ?? [])) addNames(numbers, w, n, false);
  addHolidayNames(holidays, data.holidays ?? {}, lang);
  addHolidayNames(holidays, holidayNames, lang);
  for (const [d, stems] of Object.entries(data.weekdayAdjectives?.stems ?? {})) {
    for (const stem of stems) for (const e of data.weekdayAdjectives!.endings) addPhrase(stem + e, parseSymbol(`weekday:${d}`), 'hand', true);
  }
  for (const p of data.prepositions ?? []) addPrefix(prefixes, phraseTokens(p, lang), null, true);
  // A modifier licenses what a preposition licenses: "in late 2019", "fin 2023", "mid-2024", "a finales de 2023" are
  // years as "in 2019" is (a bare number is only taken for a year after such a word). Not the adverbs ("later 2000
  // troops arrived").
  const adverbs = new Set((data.adverbialModifiers ?? []).map((p) => phraseTokens(p, lang).join(' ')));
  for (const [p, mod] of Object.entries(data.modifiers ?? {})) {
    const tokens = phraseTokens(p, lang);
    addPrefix(prefixes, tokens, mod, !adverbs.has(tokens.join(' ')));
  }

  // Intl silently falls back to the default locale for unknown languages; their CLDR data would be wrong.
  const cldr = useCldr ? cldrVocabulary(lang) : { months: [], weekdays: [], relative: [], ago: [], dayFirst: true, dottedDayMonth: false, lowercaseMonths: false, longMonthNames: new Set<string>() };
  for (const [text, unit, shift] of cldr.relative) addPhrase(text, parseSymbol(relSymbol(unit, shift)), 'cldr');
  for (const [text, unit, dir] of cldr.ago) addSlotPattern({ slots: text, unit, dir }, 'cldr');
  // Single-letter abbreviations (CJK "月") are never safe on their own.
  for (const [text, m, weak] of cldr.months) if (text.length > 1 || !weak) addNames(months, text, m, weak || text.length < 3, 'cldr');
  for (const [text, d, weak] of cldr.weekdays) if (text.length > 1) addNames(weekdays, text, d, weak || text.length < 3, 'cldr');
  for (const p of neutral.patterns ?? []) addSlotPattern(p, 'cldr');

  const t = data.tense ?? {};
  const set = (xs?: string[]) => new Set((xs ?? []).map((w) => phraseTokens(w, lang).join(' ')));
  return {
    lang, trie, months, weekdays, quarters, events, holidays, numbers, prefixes,
    attributive: new Set((data.attributive ?? []).map(normalizeToken)),
    attributiveDay: new Set((data.attributiveDay ?? []).map(normalizeToken)),
    notAttributiveBefore: new Set([...(data.prepositions ?? []), ...(data.attributiveDayNotAfter ?? [])].flatMap((p) => phraseTokens(p, lang))),
    capitalisedNouns: new Set((data.capitalisedNouns ?? []).map(normalizeToken)),
    weekdayNameDeterminers: new Set((data.weekdayNameDeterminers ?? []).map(normalizeToken)),
    alternatives: new Set((data.alternatives ?? []).map(normalizeToken)),
    monthWord: useCldr ? monthWordOf(lang) : null,
    tense: {
      past: set(t.past), future: set(t.future), present: set(t.present),
      bigrams: [...(t.past ?? []), ...(t.future ?? []), ...(t.present ?? [])].some((w) => phraseTokens(w, lang).length > 1),
      pastSuffixes: wordEndings(t.pastSuffixes), futureSuffixes: wordEndings(t.futureSuffixes),
      suffixNotAfter: set(t.suffixNotAfter),
      participleSuffixes: wordEndings(t.participleSuffixes), participleAuxiliaries: set(t.participleAuxiliaries),
      pairEndings: pairEndings(t.pastSuffixes, t.futureSuffixes),
      finalNonPast: { present: t.finalNonPast?.present ?? [], future: t.finalNonPast?.future ?? [] },
      notCues: (t.notCues ?? []).map((w) => phraseTokens(w, lang)).filter((ws) => ws.length > 0),
      auxiliaries: set(t.auxiliaries),
      participles: {
        words: set(t.participles?.words), endings: (t.participles?.endings ?? []).map(normalizeToken),
        prefixes: (t.participles?.prefixes ?? []).map(normalizeToken), infixes: (t.participles?.infixes ?? []).map(normalizeToken),
        suffixes: (t.participles?.suffixes ?? []).map(normalizeToken), minLength: t.participles?.minLength ?? 4, before: t.participles?.before === true,
      },
    },
    dayFirst: cldr.dayFirst,
    dottedDayMonth: cldr.dottedDayMonth,
    lowercaseMonths: cldr.lowercaseMonths,
    longMonthNames: cldr.longMonthNames,
    eventCues: {
      aheadPre: cueTokens(data.eventCues?.ahead?.pre, lang), aheadPost: cueTokens(data.eventCues?.ahead?.post, lang),
      sincePre: cueTokens(data.eventCues?.since?.pre, lang), sincePost: cueTokens(data.eventCues?.since?.post, lang),
    },
    targetCues: { pre: cueTokens(data.targetCues?.pre, lang), post: cueTokens(data.targetCues?.post, lang) },
    baselineCues: { pre: cueTokens(data.baselineCues?.pre, lang), post: cueTokens(data.baselineCues?.post, lang) },
    startCues: { pre: cueTokens(data.startCues?.pre, lang), post: cueTokens(data.startCues?.post, lang) },
    untilCues: { pre: cueTokens(data.untilCues?.pre, lang), post: cueTokens(data.untilCues?.post, lang) },
    eventEdges: { start: cueTokens(data.eventEdges?.start, lang), end: cueTokens(data.eventEdges?.end, lang), decided: cueTokens(data.eventEdges?.decided, lang) },
    eventNameNotAfter: cueTokens(data.eventNameNotAfter, lang),
    anniversaryCues: (data.anniversaryCues ?? []).map((c) => c.toLowerCase()),
    referenceCues: { pre: cueTokens(data.referenceCues?.pre, lang), post: cueTokens(data.referenceCues?.post, lang) },
    ...(data.relativeClause ? { relativeClause: data.relativeClause } : {}),
    weekdayTargetCues: cueTokens(data.weekdayTargetCues, lang),
    clitics: [...(data.clitics ?? []), ...(data.possessives ?? [])].map(normalizeToken),
    possessives: (data.possessives ?? []).map(normalizeToken),
    anaphoricGuards: {
      notAfter: new Set((data.anaphoric?.notAfter ?? []).map(normalizeToken)),
      notBefore: new Set((data.anaphoric?.notBefore ?? []).map(normalizeToken)),
      initialAfter: new Set((data.anaphoric?.initialAfter ?? []).map(normalizeToken)),
      aloneBefore: new Set((data.anaphoric?.aloneBefore ?? []).map(normalizeToken)),
    },
    ordinals: new Set((data.ordinals ?? []).map(normalizeToken)),
    countdown: compileCountdown(data.countdown, lang),
    sinceCount: compileCountdown(data.countdown && data.sinceCount ? { ...data.countdown, patterns: data.sinceCount.patterns, notAfter: data.sinceCount.notAfter ?? data.countdown.notAfter } : undefined, lang),
    maxLen,
  };
}
