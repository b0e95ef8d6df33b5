/**
 * Well-known dated news events, found by name ("the Brexit referendum", "Eurovision 2022", "Bundestagswahl"). Real
 * articles rarely state their own date but name the event they report; its date bounds the document date and,
 * when the event is the article's subject, anchors it. World knowledge lives in `gazetteer/newsEvents/*.json`;
 * this module only loads the table, compiles the names into token tries per language and finds them in tokens.
 */
import { dayNumber, daysInMonth, isoDay } from '../../model/calendar.ts';
import { foldToken, phraseTokens, tokenize } from './tokens.ts';
import { segmenterFor } from '../stages/segmenters.ts';
import type { Tense, Token } from './types.ts';
import type { Countdown } from './countdown.ts';

/** Shape of one `gazetteer/newsEvents/<domain>.json` file. */
export interface NewsEventFile {
  source?: string;
  note?: string;
  events: NewsEventData[];
}

export interface NewsEventData {
  id: string;
  kind: string;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY-MM-DD/YYYY-MM-DD"; several items = a series named without its year. */
  when: string[];
  /** Language → names; "und" names are matched in every language. */
  names: Record<string, string[]>;
  /**
   * A series' occurrence (its `when` item) → names a report of that occurrence almost always mentions (the
   * candidates of an election, the winner of a contest), in any script: they tell the occurrences apart.
   */
  cues?: Record<string, string[]>;
  sure?: boolean;
}

/** One occurrence as day numbers (inclusive). */
/** An occurrence's days; `days` when both bounds were given as days (not a month, which only bounds it). */
export interface Occurrence { from: number; to: number; days?: true }

export interface NewsEvent {
  id: string;
  kind: string;
  /** Its English name (the first `en` name, else the first name in the file): the title of its timeline event. */
  title: string;
  occurrences: Occurrence[];
  /** Per occurrence (same order), its cue names folded for matching (see countOccurrenceCues); absent when none. */
  cues?: string[][];
}

interface NameNode {
  lit: Map<string, NameNode>;
  /** Event ids named by the tokens up to here. */
  ids: string[] | null;
}

export interface NewsEventTable {
  events: Map<string, NewsEvent>;
  /** Language → [name, event id] pairs of that language; "und" holds the names matched in every language. */
  names: Map<string, Array<[string, string]>>;
  /** Language → its names plus the neutral ones, compiled on first use (a worker rarely sees every language). */
  tries: Map<string, NameNode>;
  /** Language → the stem index of its multi-word names (see looseNamesFor), compiled on first use. */
  loose: Map<string, LooseIndex>;
  /** Language → the word index of its names written without spaces (see cjkNamesFor), compiled on first use. */
  cjk: Map<string, CjkIndex>;
  /** Where built indexes are kept between runs (nameIndexCache.ts); without one they are built every time. */
  store?: NameIndexStore;
  /** Language → endings that make a noun of an action (`eventNameSuffixes` in its temporal.json): see looseName. */
  nameSuffixes?: ReadonlyMap<string, readonly string[]>;
  /** Language → participle infixes (`eventNameInfixes`): see stemHits. */
  nameInfixes?: ReadonlyMap<string, readonly string[]>;
  /** Language → groups of words of one meaning (`eventNameSynonyms`): see synonymGroup. */
  nameSynonyms?: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
}

/** The kinds of name index a language has: exact-name trie, loose stem index, CJK part index. */
export type NameIndexKind = 'trie' | 'loose' | 'cjk';

/**
 * Built name indexes kept between runs: building every language's indexes costs a fresh thread about two seconds
 * of CPU (tokenising and stemming some 90,000 names); reading them back about a third of that. `names` is the
 * data the index is built from (the language's own names, then the neutral ones): part of the key.
 */
export interface NameIndexStore {
  load(kind: NameIndexKind, lang: string, names: NamesOfLanguage): unknown;
  save(kind: NameIndexKind, lang: string, names: NamesOfLanguage, index: unknown): void;
}

/** A language's [name, event id] pairs and the neutral ones ("und"), as the indexes are built from them. */
export type NamesOfLanguage = readonly [own: ReadonlyArray<[string, string]>, neutral: ReadonlyArray<[string, string]>];

const namesOfLanguage = (table: NewsEventTable, key: string): NamesOfLanguage => [table.names.get(key) ?? [], key !== 'und' ? table.names.get('und') ?? [] : []];

/** An index from the table's store, built (and stored) when the store has none. */
function storedIndex<T>(table: NewsEventTable, kind: NameIndexKind, key: string, isIndex: (x: unknown) => x is T, build: () => T): T {
  const names = table.store && namesOfLanguage(table, key);
  const kept = names && table.store!.load(kind, key, names);
  if (kept !== undefined && isIndex(kept)) return kept;
  const built = build();
  if (names) table.store!.save(kind, key, names, built);
  return built;
}

const isNameNode = (x: unknown): x is NameNode => typeof x === 'object' && x !== null && (x as NameNode).lit instanceof Map;
const isStoredLoose = (x: unknown): x is Pick<LooseIndex, 'names' | 'byStem'> => typeof x === 'object' && x !== null && Array.isArray((x as LooseIndex).names) && (x as LooseIndex).byStem instanceof Map;
const isCjkIndex = (x: unknown): x is CjkIndex => typeof x === 'object' && x !== null && Array.isArray((x as CjkIndex).names) && (x as CjkIndex).byHead instanceof Map;

/** Kinds of event (as the news-event data names them) that nobody can name before they happen. */
export const UNFORESEEABLE_KINDS: ReadonlySet<string> = new Set(['attack', 'disaster', 'death', 'crime']);

/** One event name found in an article; it carries the event's dates so that dating needs no tables. */
export interface NamedEventHit {
  id: string;
  kind: string;
  occurrences: Occurrence[];
  start: number;
  end: number;
  sentence: number;
  tense: Tense;
  /**
   * The clause's tense is about something else ("won the right to host the Games in 2007", "after the Games, … will
   * be held"): the mention says nothing about which side of the event the document is on.
   */
  noSide?: true;
  /** For a series with cues: how many of each occurrence's cue names the article mentions (same order). */
  cueHits?: number[];
  /** A countdown governs the name ("100 days to go until …"): the event is that far after the document (countdown.ts). */
  countdown?: Countdown;
  /** A count since the event governs the name ("a year after the Fukushima disaster"): the document is that far after it. */
  since?: Countdown;
  /**
   * Words beside the name make it the first or last day of a several-day event ("COP28 opened", "the closing of the
   * Games"): `occurrences` are then those days alone (of the occurrences whose days are known).
   */
  edge?: 'start' | 'end';
  /**
   * The sentence recalls it rather than reports it: a commemoration ("Gestern jährte sich die Wiedervereinigung zum
   * 35. Mal", "세월호 참사 11주기"), a count of years on from it ("33 anni dopo"), a comparison since it ("the deadliest
   * since Sandy Hook"). A "yesterday" or a weekday beside it is then no day of the event.
   */
  recalled?: true;
}

/**
 * Events up to two months long (games, summits, festivals, tournaments) open and close; in a longer one (a pandemic,
 * a war) "closed" is as often what it did ("the pandemic closed schools") as its end.
 */
const MAX_EDGED_EVENT_DAYS = 62;

/** An occurrence of several known days, short enough for an opening or closing word to name one of them. */
const spansDays = (o: Occurrence): boolean => o.days === true && o.to > o.from && o.to - o.from <= MAX_EDGED_EVENT_DAYS;

/**
 * The occurrences (in date order) grouped into one event each: a series may list an election's two rounds as two
 * days ("2022-04-10", "2022-04-24"); those within MAX_EDGED_EVENT_DAYS of the group's first day are one election.
 */
function roundsOf(occurrences: readonly Occurrence[]): Occurrence[][] {
  const groups: Occurrence[][] = [];
  for (const o of occurrences) {
    const last = groups[groups.length - 1];
    if (last && o.days && last[0].days && o.to - last[0].from <= MAX_EDGED_EVENT_DAYS) last.push(o);
    else groups.push([o]);
  }
  return groups;
}

/**
 * Whether an opening or closing word can name a day of the event: it lasts several known days, or it is an election
 * with rounds (other series close together, test flights or launches, are separate events).
 */
export const hasEdges = (occurrences: readonly Occurrence[], kind: string): boolean =>
  occurrences.some(spansDays) || (kind === 'election' && roundsOf(occurrences).some((g) => g.length > 1));

/**
 * The occurrences narrowed to their first or last day: of an occurrence of several known days, and of a group of
 * rounds (the first round, the runoff). Those known only by month, or long ones, are left whole.
 */
export function edgeOccurrences(occurrences: readonly Occurrence[], edge: 'start' | 'end', kind: string): Occurrence[] {
  // One entry per occurrence, in the same order, so that per-occurrence cue counts still line up: both rounds of an
  // election become its runoff (or its first round).
  return (kind === 'election' ? roundsOf(occurrences) : occurrences.map((o) => [o])).flatMap((g) => {
    const o = g.length > 1 ? { from: g[0].from, to: g[g.length - 1].to, days: true as const } : g[0];
    const narrowed = spansDays(o) ? (edge === 'start' ? { from: o.from, to: o.from, days: true as const } : { from: o.to, to: o.to, days: true as const }) : null;
    return g.map((x) => narrowed ?? x);
  });
}

/** Longest name in tokens (CJK names are one token per character). */
const MAX_NAME_TOKENS = 16;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** Parses one `when` item, or null when it is not a valid date, month or interval. */
export function parseOccurrence(when: string): Occurrence | null {
  const parts = when.split('/');
  if (parts.length > 2) return null;
  const bounds = parts.map((p) => {
    const d = DAY.exec(p);
    if (d) {
      const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
      if (m < 1 || m > 12 || day < 1 || day > daysInMonth(y, m)) return null;
      const n = dayNumber(isoDay(y, m, day));
      return { from: n, to: n };
    }
    const mo = MONTH.exec(p);
    if (mo) {
      const [y, m] = [Number(mo[1]), Number(mo[2])];
      if (m < 1 || m > 12) return null;
      return { from: dayNumber(isoDay(y, m, 1)), to: dayNumber(isoDay(y, m, daysInMonth(y, m))) };
    }
    return null;
  });
  if (bounds.some((b) => b === null)) return null;
  const from = bounds[0]!.from;
  const to = bounds[bounds.length - 1]!.to;
  if (to < from) return null;
  return parts.every((p) => DAY.test(p)) ? { from, to, days: true } : { from, to };
}

const newNode = (): NameNode => ({ lit: new Map(), ids: null });

function addName(root: NameNode, tokens: string[], id: string): void {
  if (!tokens.length || tokens.length > MAX_NAME_TOKENS) return;
  let node = root;
  for (const t of tokens) {
    let next = node.lit.get(t);
    if (!next) node.lit.set(t, (next = newNode()));
    node = next;
  }
  if (!node.ids) node.ids = [id];
  else if (!node.ids.includes(id)) node.ids.push(id);
}

/** A name's tokens as written and diacritic-less (text tokens of five letters or more are also looked up folded). */
function nameForms(name: string, lang: string): string[][] {
  const tokens = phraseTokens(name, lang);
  const folded = tokens.map((t) => (t.length >= 5 ? foldToken(t) : t));
  return folded.some((t, i) => t !== tokens[i]) ? [tokens, folded] : [tokens];
}

function addForms(root: NameNode, forms: string[][], id: string): void {
  for (const f of forms) addName(root, f, id);
}

/** Problems with the data, as messages (empty when the files are sound); the loader skips bad entries. */
export function validateNewsEvents(files: ReadonlyArray<[string, NewsEventFile]>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [file, data] of files) {
    if (!Array.isArray(data.events)) { problems.push(`${file}: no "events" array`); continue; }
    for (const e of data.events) {
      const where = `${file} ${e.id ?? '(no id)'}`;
      if (typeof e.id !== 'string' || !e.id) problems.push(`${where}: no id`);
      else if (ids.has(e.id)) problems.push(`${where}: duplicate id`);
      else ids.add(e.id);
      if (!Array.isArray(e.when) || !e.when.length) problems.push(`${where}: no "when"`);
      else for (const w of e.when) if (!parseOccurrence(w)) problems.push(`${where}: bad "when" item ${JSON.stringify(w)}`);
      if (!e.names || typeof e.names !== 'object' || !Object.values(e.names).some((ns) => Array.isArray(ns) && ns.length)) problems.push(`${where}: no names`);
      if (e.cues !== undefined) problems.push(...cueProblems(where, e));
    }
  }
  return problems;
}

const ONE_WORD_ALPHABETIC = /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u;

/** Cues name occurrences of a series; a one-word Latin or Cyrillic cue shorter than four letters is a common word somewhere. */
function cueProblems(where: string, e: NewsEventData): string[] {
  const problems: string[] = [];
  if (!e.cues || typeof e.cues !== 'object' || !Array.isArray(e.when) || e.when.length < 2) return [`${where}: "cues" belong to a series (two or more "when" items)`];
  for (const [occurrence, cues] of Object.entries(e.cues)) {
    if (!e.when.includes(occurrence)) problems.push(`${where}: cue key ${JSON.stringify(occurrence)} is not an item of "when"`);
    if (!Array.isArray(cues)) { problems.push(`${where}: cues of ${occurrence} are not a list`); continue; }
    for (const cue of cues) {
      if (typeof cue !== 'string' || !cue.trim()) problems.push(`${where}: empty cue for ${occurrence}`);
      else if (ONE_WORD_ALPHABETIC.test(cue) && cue.length < 4) problems.push(`${where}: cue "${cue}" is too short`);
    }
  }
  return problems;
}

/** Loads the event files (sure entries with valid dates only) into the table; name tries are built per language on use. */
export function compileNewsEvents(files: ReadonlyArray<[string, NewsEventFile]>, nameSuffixes: ReadonlyMap<string, readonly string[]> = new Map(),
  nameInfixes: ReadonlyMap<string, readonly string[]> = new Map(), nameSynonyms: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = new Map()): NewsEventTable {
  const events = new Map<string, NewsEvent>();
  const names = new Map<string, Array<[string, string]>>();
  for (const [, data] of files) {
    for (const e of data.events ?? []) {
      if (e.sure !== true || typeof e.id !== 'string' || events.has(e.id) || !Array.isArray(e.when)) continue;
      const occurrences = e.when.map(parseOccurrence);
      if (!occurrences.length || occurrences.some((o) => o === null)) continue;
      // Occurrences are kept in date order; each keeps its own cues.
      const order = occurrences.map((o, i) => i).sort((a, b) => occurrences[a]!.from - occurrences[b]!.from);
      const title = e.names?.en?.[0] ?? Object.values(e.names ?? {}).flat().find((n) => typeof n === 'string') ?? e.id;
      const event: NewsEvent = { id: e.id, kind: e.kind, title, occurrences: order.map((i) => occurrences[i]!) };
      if (e.cues && order.some((i) => e.cues![e.when[i]]?.length)) event.cues = order.map((i) => distinctCues(e.cues![e.when[i]] ?? []));
      events.set(e.id, event);
      for (const [lang, ns] of Object.entries(e.names ?? {})) {
        const key = lang.toLowerCase();
        let list = names.get(key);
        if (!list) names.set(key, (list = []));
        for (const n of ns ?? []) if (typeof n === 'string') list.push([n, e.id]);
      }
    }
  }
  const synonyms = new Map([...nameSynonyms].map(([lang, groups]) => [lang, groups.map((g) => g.map((w) => looseForm(w)))]));
  return { events, names, tries: new Map(), loose: new Map(), cjk: new Map(), nameSuffixes, nameInfixes, nameSynonyms: synonyms };
}

/** The trie for a language's text: its own names plus the neutral ones, tokenised the way that language's text is. */
export function namesFor(table: NewsEventTable, lang: string): NameNode {
  const key = table.names.has(lang) ? lang : 'und';
  let root = table.tries.get(key);
  if (!root) {
    root = storedIndex(table, 'trie', key, isNameNode, () => {
      const built = newNode();
      for (const [name, id] of table.names.get(key) ?? []) addForms(built, nameForms(name, key), id);
      // A neutral name is also read the way this language's text is: "COP28" in Japanese text is two tokens ("cop", "28").
      if (key !== 'und') for (const [name, id] of table.names.get('und') ?? []) addForms(built, [...nameForms(name, 'und'), ...nameForms(name, key)], id);
      return built;
    });
    table.tries.set(key, root);
  }
  return root;
}

function step(node: NameNode, tok: Token): NameNode | undefined {
  return node.lit.get(tok.norm) ?? (tok.fold !== tok.norm ? node.lit.get(tok.fold) : undefined);
}

/** Longest elided article before an apostrophe ("l'", "dell'", "nell'"). */
const MAX_ELISION = 5;

function elided(node: NameNode, tok: Token): NameNode | undefined {
  const at = tok.norm.indexOf("'");
  if (at < 1 || at > MAX_ELISION - 1 || at === tok.norm.length - 1) return undefined;
  return node.lit.get(tok.norm.slice(at + 1));
}

/** "GPT-4" is not the start of "GPT-4o": a name may not end on digits glued to the letters that follow. */
function endsInsideWord(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  // A particle glued to the number is not more of the word: "COP28が", "COP28이".
  return !!next && tokens[last].digits && next.start === tokens[last].end && !next.digits && !GLUED_PARTICLE.test(next.norm);
}

/** Hiragana or Hangul: the scripts of the particles Japanese and Korean glue to a name. */
const GLUED_PARTICLE = /^[\p{Script=Hiragana}\p{Script=Hangul}]/u;

/**
 * Event names in a token run: at each position the longest name wins, and matches never overlap. A particle glued
 * to a name's last word ("브렉시트를") still counts. Work per token is bounded by MAX_NAME_TOKENS.
 */
export function matchNewsEvents(tokens: readonly Token[], root: NameNode, clitics: readonly string[]): Array<{ from: number; to: number; ids: string[] }> {
  const out: Array<{ from: number; to: number; ids: string[] }> = [];
  if (!root.lit.size) return out;
  for (let i = 0; i < tokens.length; ) {
    let node: NameNode | undefined = root;
    let best: { to: number; ids: string[] } | null = null;
    for (let p = i; node && p < tokens.length && p - i < MAX_NAME_TOKENS; p++) {
      const tok = tokens[p];
      // "l'attentat de Nice", "dell'Expo": an elided article glued to the name's first word.
      const next: NameNode | undefined = step(node, tok) ?? (p === i ? elided(node, tok) : undefined);
      if (!next) {
        for (const c of clitics) {
          if (tok.norm.length <= c.length || !tok.norm.endsWith(c)) continue;
          const hit = node.lit.get(tok.norm.slice(0, -c.length));
          if (hit?.ids) best = { to: p + 1, ids: hit.ids };
        }
      }
      node = next;
      if (node?.ids && !endsInsideWord(tokens, p)) best = { to: p + 1, ids: node.ids };
    }
    if (best) {
      out.push({ from: i, to: best.to, ids: best.ids });
      i = best.to;
    } else i++;
  }
  return out;
}

/**
 * Loose matching. Real copy rarely repeats a name as the data writes it: "w katastrofie rządowego samolotu pod
 * Smoleńskiem" for "katastrofa pod Smoleńskiem", "shpalli sot pavarësinë e Kosovës" for "shpallja e pavarësisë së
 * Kosovës". A name of two or more content words also matches when a word starting with each word's stem appears,
 * in the name's order, within a few words of each other in one sentence. Stems are prefixes, so inflected and
 * derived forms count; function words (short) are skipped. Scripts written without spaces keep exact matching.
 */
interface LooseName {
  id: string;
  stems: string[];
  /** Longest text word each stem stands for: an ending, not another word built on it ("fire", not "firefighters"). */
  longest: number[];
  maxWords: number;
  /**
   * Per stem: the name writes it with a capital (a proper noun, in a cased script). A loose match needs one of these
   * capitalised in the text too: "the academy said … awarded" is not the "Academy Awards".
   */
  capital: boolean[];
}

interface LooseIndex {
  names: LooseName[];
  /** Stem → [name index, position of the stem in the name]. */
  byStem: Map<string, Array<[number, number]>>;
  /** Token form → the stems it stands for (see stemHits), or null for a token that is not a word; by `digits`. */
  hits: [Map<string, StemHits | null>, Map<string, StemHits | null>];
  /** Per name, scratch state of one match call (see prefilter); all zero between calls. */
  progress?: Int32Array;
  /** The language's participle infixes ("ge": "geopend", "eingestürzt"), read out of a text word to find its root. */
  infixes: readonly string[];
  /** The language's groups of words of one meaning (see synonymGroup). */
  synonyms: ReadonlyArray<readonly string[]>;
}

type StemHits = ReadonlyArray<readonly [number, number]>;

/** Shortest word a stem is taken from: shorter ones are mostly articles and prepositions. */
const MIN_CONTENT_WORD = 4;
/** Words a matched stretch may have beyond the name's own. */
const LOOSE_EXTRA_WORDS = 4;
/** A stem keeps this share of its word: enough for the inflected forms of one word, not for other words. */
const STEM_SHARE = 0.7;
/** How much longer than the name's word a text word may be (its ending): at least this many letters, or this share. */
const MIN_ENDING = 3;
const ENDING_SHARE = 0.4;
const LETTERS = /^\p{L}+$/u;
const DIGITS = /^\d+$/;
/**
 * A decimal number ("8,8", "8.8"): an earthquake's magnitude. Kept as one stem, written with a point whatever the
 * language writes, so that "terremoto de 8,8" is not found in "un terremoto de 8,1 … a las 8 horas".
 */
const DECIMAL = /^\d+\.\d+$/;
const isNumber = (w: string) => DIGITS.test(w) || DECIMAL.test(w);
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** A Han or kana character: a CJK name needs a word of two of them (see matchCjkNames). */
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/**
 * A Hangul syllable spells two or three letters: "파면" (removal from office) is a content word of two syllables,
 * and Korean words take their endings whole ("박근혜를", "파면한다"), so a Hangul word is its own stem.
 */
const HANGUL = /^\p{Script=Hangul}/u;
const HANGUL_MIN_WORD = 2;
const WORD_START = /^[\p{L}\p{N}]/u;
const APOSTROPHE = /['\u2019]/;
/** A Roman numeral as names write them ("Super Bowl LVII", "XXIX Olympiad"): a number, matched whole like digits. */
const ROMAN_NUMERAL = /^[MDCLXVI]{2,}$/;
/** For the ReDoS lint. */
/** Between the words of a matched name. */
const NON_WORD = /[^\p{L}\p{N}]+/u;
export const LOOSE_NAME_REGEXES = [GLUED_PARTICLE, LETTERS, DIGITS, DECIMAL, NO_SPACES, HANGUL, WORD_START, APOSTROPHE, ROMAN_NUMERAL, HAN_OR_KANA, NON_WORD];

/**
 * The stem a text word must start with to count as the name's `word`, or null for words that tell nothing (short
 * lower-case ones: articles, prepositions). Numbers ("447", "2012") and short capitalised words ("USA", "Rio") are
 * kept whole: they are what sets a name apart from others of its kind.
 */
export function stemOf(word: string): string | null {
  const form = looseForm(word);
  if (isNumber(form)) return form;
  if (!LETTERS.test(form)) return null;
  if (HANGUL.test(form)) return form.length >= HANGUL_MIN_WORD ? form : null;
  if (form.length < MIN_CONTENT_WORD) return word !== word.toLowerCase() ? form : null;
  return form.slice(0, Math.max(MIN_CONTENT_WORD, Math.ceil(form.length * STEM_SHARE)));
}

export const looseForm = (t: string) => foldToken(t.toLowerCase());

/** "Catalonia's", "l'accord": the word itself, without the clitic glued to it by an apostrophe. */
const wordOf = (token: string) => token.split(APOSTROPHE).reduce((a, b) => (b.length > a.length ? b : a), '');

/** The length a synonym group's stem counts as: longer than any word, so that every member matches it. */
const SYNONYM_LENGTH = 64;

/** Shortest root left once an action ending is taken off ("open" of "opening"). */
const MIN_ACTION_ROOT = 4;

/**
 * The root of a name word that ends like a noun of action in its language ("inauguration" → "inaugur", "Eröffnung"
 * → "eroffn"), or null: the text's verb or participle starts with it ("inauguré", "eröffnet").
 */
function actionRoot(word: string, suffixes: readonly string[]): string | null {
  if (!suffixes.length) return null;
  const form = looseForm(word);
  for (const s of suffixes) if (form.endsWith(s) && form.length - s.length >= MIN_ACTION_ROOT) return form.slice(0, form.length - s.length);
  return null;
}

/** The stem that stands for every word of synonym group `k`. */
const synonymStem = (k: number) => `\u00a7${k}`;

/**
 * The group of words of one meaning a word (loose form) belongs to, or -1: a member ending in `*` takes any word it
 * starts ("vermoord*": "vermoorde"), the others only themselves ("dood" is not "doodsoorzaak").
 */
export function synonymGroup(form: string, groups: ReadonlyArray<readonly string[]>): number {
  for (let k = 0; k < groups.length; k++) {
    for (const m of groups[k]) if (m.endsWith('*') ? form.startsWith(m.slice(0, -1)) : form === m) return k;
  }
  return -1;
}

/**
 * A name's stems in order, or null when it is not worth matching loosely: fewer than two stems of letters, or no
 * proper noun or number among its words ("independence referendum" names a kind of event, not one event; the
 * proper noun that made it one must be there: "Catalonia's independence referendum").
 */
function looseName(name: string, lang: string, id: string, suffixes: readonly string[] = [], synonyms: ReadonlyArray<readonly string[]> = []): LooseName | null {
  if (NO_SPACES.test(name)) return null;
  const tokens = tokenize(name, 0, name.length, lang);
  // A short word joined by a hyphen ("run-off") is part of a longer one: it is kept whole, not dropped as a function word.
  const joined = (i: number) => [tokens[i - 1], tokens[i + 1]].some((n) => n && n.norm === '-' && (n.end === tokens[i].start || n.start === tokens[i].end));
  const hyphened = new Set<string>();
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!WORD_START.test(t.norm)) continue;
    // "8,8" is one number, not two eights.
    const decimal = decimalAt(tokens, i);
    if (decimal !== null) { words.push(decimal); i += 2; continue; }
    const w = wordOf(name.slice(t.start, t.end));
    if (joined(i)) hyphened.add(w);
    words.push(w);
  }
  // Scripts without case (Hangul) cannot show a proper noun: every name of theirs is taken as one.
  if (!words.some((w) => isNumber(w) || w !== w.toLowerCase() || HANGUL.test(w))) return null;
  // A Roman numeral keeps its whole form and no ending: "XXXI" (Rio 2016) must not find "XXXIV" (2028).
  // [stem, word length, kept whole, capitalised]
  type Kept = readonly [string | null, number, boolean, boolean];
  const kept = words.map((w): Kept => {
    if (ROMAN_NUMERAL.test(w)) return [looseForm(w), w.length, true, false];
    if (DECIMAL.test(w)) return [w, w.length, true, false];
    // A word of a synonym group is the group: any member, of any length, stands for it.
    const group = synonyms.length ? synonymGroup(looseForm(w), synonyms) : -1;
    if (group >= 0) return [synonymStem(group), SYNONYM_LENGTH, true, false];
    const stem = actionRoot(w, suffixes) ?? stemOf(w);
    return stem === null && hyphened.has(w) ? [looseForm(w), w.length, true, false] : [stem, w.length, false, w !== w.toLowerCase()];
  })
    .filter((p): p is readonly [string, number, boolean, boolean] => p[0] !== null);
  // Without case, a dropped short word may be the name that made it one ("윤 대통령 탄핵": Yoon's impeachment).
  if (kept.length < words.length && words.some((w) => HANGUL.test(w))) return null;
  const stems = kept.map(([stem]) => stem);
  if (stems.filter((s) => !isNumber(s)).length < 2) return null;
  return {
    id, stems, longest: kept.map(([, n, whole]) => (whole ? n : n + Math.max(MIN_ENDING, Math.ceil(n * ENDING_SHARE)))), maxWords: words.length + LOOSE_EXTRA_WORDS,
    capital: kept.map(([, , , cap]) => cap),
  };
}

export function looseNamesFor(table: NewsEventTable, lang: string): LooseIndex {
  const key = table.names.has(lang) ? lang : 'und';
  let index = table.loose.get(key);
  if (!index) {
    // Stored without its per-run memo and scratch state.
    const { names, byStem } = storedIndex(table, 'loose', key, isStoredLoose, () => {
      const built: Pick<LooseIndex, 'names' | 'byStem'> = { names: [], byStem: new Map() };
      const seen = new Set<string>();
      const pairs = [...(table.names.get(key) ?? []), ...(key !== 'und' ? table.names.get('und') ?? [] : [])];
      for (const [name, id] of pairs) {
        const n = looseName(name, key, id, table.nameSuffixes?.get(key), table.nameSynonyms?.get(key));
        const sig = n && `${id} ${n.stems.join(' ')}`;
        if (!n || seen.has(sig!)) continue;
        seen.add(sig!);
        const at = built.names.push(n) - 1;
        n.stems.forEach((s, i) => {
          let list = built.byStem.get(s);
          if (!list) built.byStem.set(s, (list = []));
          list.push([at, i]);
        });
      }
      return built;
    });
    index = { names, byStem, hits: [new Map(), new Map()], infixes: table.nameInfixes?.get(key) ?? [], synonyms: table.nameSynonyms?.get(key) ?? [] };
    table.loose.set(key, index);
  }
  return index;
}

/** A match's words (token positions per stem) show one of the name's proper nouns with its capital, if it has any. */
function capitalShown(name: LooseName, tokens: readonly Token[], at: readonly number[]): boolean {
  return !name.capital.some(Boolean) || at.some((p, i) => name.capital[i] && tokens[p].cap);
}

/** Letters before a participle infix at most: none ("ge-öffnet"), or a separable prefix ("ein-ge-stürzt", "aus-ge-zeichnet"). */
const MAX_INFIX_AT = 5;

/** A word with one of `infixes` taken out near its start, where participles have it; none for a short word. */
function withoutInfix(form: string, infixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const x of infixes) {
    for (let at = form.indexOf(x); at >= 0 && at <= MAX_INFIX_AT; at = form.indexOf(x, at + 1)) {
      const alt = form.slice(0, at) + form.slice(at + x.length);
      if (alt.length >= MIN_CONTENT_WORD + 1) out.push(alt);
    }
  }
  return out;
}

/** Distinct token forms remembered per index at most (cleared when full: it only costs recomputation). */
const HITS_LIMIT = 50_000;

/**
 * The (name, stem position) pairs a token stands for, in the order matchLooseNames meets them, or null when the
 * token is not a word. Worked out once per distinct token form: news text repeats its words, and folding a word
 * and looking up each of its prefixes was most of the tagger's time per token.
 */
function stemHits(index: LooseIndex, t: Token): StemHits | null {
  const memo = index.hits[t.digits ? 1 : 0];
  let hits = memo.get(t.norm);
  if (hits !== undefined) return hits;
  if (!WORD_START.test(t.norm)) hits = null;
  else {
    const found: Array<readonly [number, number]> = [];
    const form = looseForm(wordOf(t.norm));
    // Numbers and short words match whole; longer words by each of their prefixes.
    const minStem = HANGUL.test(form) ? HANGUL_MIN_WORD : MIN_CONTENT_WORD;
    const byPrefixes = (f: string) => {
      const shortest = t.digits || f.length <= minStem ? f.length : minStem;
      for (let k = shortest; k <= f.length; k++) {
        for (const hit of index.byStem.get(f.slice(0, k)) ?? []) if (f.length <= index.names[hit[0]].longest[hit[1]] && !found.includes(hit)) found.push(hit);
      }
    };
    byPrefixes(form);
    // "geopend", "eingestürzt": the participle's infix read out ("opend", "einstürzt") finds "opening", "Einsturz".
    if (!t.digits) for (const alt of withoutInfix(form, index.infixes)) byPrefixes(alt);
    // "doodgeschoten" is the "moord" of "moord op Pim Fortuyn".
    const group = index.synonyms.length && !t.digits ? synonymGroup(form, index.synonyms) : -1;
    if (group >= 0) for (const hit of index.byStem.get(synonymStem(group)) ?? []) if (!found.includes(hit)) found.push(hit);
    hits = found;
  }
  if (memo.size >= HITS_LIMIT) memo.clear();
  memo.set(t.norm, hits);
  return hits;
}

/** The separator of a decimal number, glued to its digits. */
const isDecimalPoint = (t: Token | undefined) => !!t && (t.norm === ',' || t.norm === '.');
const glued = (a: Token, b: Token) => a.end === b.start;

/**
 * The decimal number ("8.8") tokens p, p+1, p+2 spell ("8", ",", "8"), written with a point, or null. Not a part
 * of a longer dotted run: "8.8.2010" is a date, "2.500.000" a count.
 */
function decimalAt(tokens: readonly Token[], p: number): string | null {
  const [a, sep, b] = [tokens[p], tokens[p + 1], tokens[p + 2]];
  if (!a?.digits || !b?.digits || !isDecimalPoint(sep) || !glued(a, sep!) || !glued(sep!, b)) return null;
  const before = tokens[p - 1], after = tokens[p + 3];
  if (before && isDecimalPoint(before) && glued(before, a) && tokens[p - 2]?.digits && glued(tokens[p - 2], before)) return null;
  if (after && isDecimalPoint(after) && glued(b, after) && tokens[p + 4]?.digits && glued(after, tokens[p + 4])) return null;
  return `${a.norm}.${b.norm}`;
}

/** stemHits of token p, plus those of the decimal number that starts there ("8,8"), if any. */
function hitsAt(index: LooseIndex, tokens: readonly Token[], p: number): StemHits | null {
  const hits = stemHits(index, tokens[p]);
  if (!tokens[p].digits) return hits;
  const decimal = decimalAt(tokens, p);
  const more = decimal === null ? undefined : index.byStem.get(decimal);
  return more ? [...(hits ?? []), ...more] : hits;
}

/**
 * Loose name matches in a token run (see looseNamesFor): [from, to) token spans with the event id. Work per word is
 * bounded by its length (one lookup per prefix); a name is sought only where its first stem appears.
 */
export function matchLooseNames(tokens: readonly Token[], index: LooseIndex): Array<{ from: number; to: number; id: string }> {
  if (!index.names.length) return [];
  const candidates = inOrderCandidates(tokens, index);
  if (!candidates.length) return [];
  // Word positions (punctuation is not a word) and, per candidate name, where each of its stems was seen.
  const words: number[] = [];
  const seen = new Map<number, Array<number[] | undefined>>();
  for (const n of candidates) seen.set(n, []);
  for (let p = 0; p < tokens.length; p++) {
    const hits = hitsAt(index, tokens, p);
    if (!hits) continue;
    const w = words.push(p) - 1;
    for (const [n, i] of hits) {
      // A name's words count in order: a word seen before any of the name's previous word can never be the next
      // one of a match (the search below wants each after the last), so it is not recorded.
      const at = seen.get(n);
      if (!at || (i > 0 && at[i - 1] === undefined)) continue;
      (at[i] ??= []).push(w);
    }
  }
  const out: Array<{ from: number; to: number; id: string }> = [];
  const found = new Set<string>();
  for (const [n, at] of seen) {
    const name = index.names[n];
    if (found.has(name.id)) continue;
    for (const first of at[0]!) {
      let last = first;
      let ok = true;
      const chosen = [words[first]];
      for (let i = 1; i < name.stems.length && ok; i++) {
        const next = at[i]!.find((w) => w > last);
        if (next === undefined || next - first >= name.maxWords) ok = false;
        else { last = next; chosen.push(words[next]); }
      }
      if (ok && capitalShown(name, tokens, chosen)) { out.push({ from: words[first], to: words[last] + 1, id: name.id }); found.add(name.id); break; }
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * The names whose stems all appear in the tokens in their order, in the order their first stem first appears. Only
 * these can match loosely; common words ("said", "election") stand for stems of hundreds of names, and following
 * every one of them with lists of positions was most of the tagger's time. Per name this keeps one number: how many
 * of its leading stems have appeared in order so far (the stems whose positions matchLooseNames then records).
 */
function inOrderCandidates(tokens: readonly Token[], index: LooseIndex): number[] {
  const depth = (index.progress ??= new Int32Array(index.names.length));
  const started: number[] = [];
  for (let p = 0; p < tokens.length; p++) {
    const hits = hitsAt(index, tokens, p);
    if (!hits) continue;
    for (const [n, i] of hits) {
      if (i !== depth[n]) continue;
      if (i === 0) started.push(n);
      depth[n] = i + 1;
    }
  }
  const out: number[] = [];
  for (const n of started) {
    if (depth[n] === index.names[n].stems.length) out.push(n);
    depth[n] = 0;
  }
  return out;
}

/**
 * A lead sentence names its subject in its own words and order: "Una scossa di terremoto … ha colpito … il Centro
 * Italia" for "terremoto del Centro Italia", "Një tërmet … goditi … Durrës" for "tërmeti i Durrësit". There, a name
 * matches when each of its stems appears anywhere in one clause of the sentence, in any order. Work per word is
 * bounded as in matchLooseNames.
 */
export function matchLeadNames(tokens: readonly Token[], index: LooseIndex): Array<{ from: number; to: number; id: string; words: number[] }> {
  if (!index.names.length) return [];
  // One clause at a time: "Dilma Rousseff perde o mandato; Temer toma posse" is not "posse de Dilma Rousseff".
  const out: Array<{ from: number; to: number; id: string; words: number[] }> = [];
  let start = 0;
  for (let p = 0; p <= tokens.length; p++) {
    if (p < tokens.length && !clauseBreakAt(tokens, p)) continue;
    const seen = new Set(out.map((m) => m.id));
    for (const m of matchInClause(tokens, start, p, index)) if (!seen.has(m.id)) out.push(m);
    start = p + 1;
  }
  return out.sort((a, b) => a.from - b.from);
}

/** Punctuation that ends a clause inside a sentence; not inside a word or number ("03:54"). */
const CLAUSE_BREAKS = new Set([';', ':']);
function clauseBreakAt(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p], prev = tokens[p - 1], next = tokens[p + 1];
  return CLAUSE_BREAKS.has(t.norm) && !(prev && next && prev.end === t.start && next.start === t.end);
}

function matchInClause(tokens: readonly Token[], first: number, end: number, index: LooseIndex): Array<{ from: number; to: number; id: string; words: number[] }> {
  const candidates = anyOrderCandidates(tokens, first, end, index);
  if (!candidates.length) return [];
  // Per candidate name, the first and last token of each of its stems seen.
  const seen = new Map<number, Array<[number, number] | undefined>>();
  for (const n of candidates) seen.set(n, []);
  for (let p = first; p < end; p++) {
    const hits = hitsAt(index, tokens, p);
    if (!hits) continue;
    for (const [n, i] of hits) {
      const at = seen.get(n);
      if (!at) continue;
      const span = at[i];
      if (span) span[1] = p;
      else at[i] = [p, p];
    }
  }
  const out: Array<{ from: number; to: number; id: string; words: number[] }> = [];
  const found = new Set<string>();
  for (const [n, at] of seen) {
    const name = index.names[n];
    if (found.has(name.id) || at.length !== name.stems.length) continue;
    let from = Infinity, to = -1;
    let all = true;
    for (let i = 0; all && i < at.length; i++) {
      const span = at[i];
      if (!span) all = false;
      else { from = Math.min(from, span[0]); to = Math.max(to, span[1]); }
    }
    if (!all) continue;
    // Where each of the name's words first stands: a cue before any of them ("в преддверии Олимпиады") counts.
    const firsts = at.map((span) => span![0]);
    if (!capitalShown(name, tokens, firsts) && !capitalShown(name, tokens, at.map((span) => span![1]))) continue;
    out.push({ from, to: to + 1, id: name.id, words: firsts });
    found.add(name.id);
  }
  return out.sort((a, b) => a.from - b.from);
}

/** Stems a name may have for anyOrderCandidates to track each one in a bit; longer names are always candidates. */
const MASK_STEMS = 30;

/**
 * The names whose stems all appear in tokens [first, end), in any order, in the order any of their stems first
 * appears: the only names matchInClause can match (see inOrderCandidates for why this is looked at first).
 */
function anyOrderCandidates(tokens: readonly Token[], first: number, end: number, index: LooseIndex): number[] {
  const mask = (index.progress ??= new Int32Array(index.names.length));
  const started: number[] = [];
  for (let p = first; p < end; p++) {
    const hits = hitsAt(index, tokens, p);
    if (!hits) continue;
    for (const [n, i] of hits) {
      if (mask[n] === 0) started.push(n);
      mask[n] |= i < MASK_STEMS ? 1 << i : 1 << MASK_STEMS;
    }
  }
  const out: number[] = [];
  for (const n of started) {
    const stems = index.names[n].stems.length;
    if (stems > MASK_STEMS || mask[n] === (1 << stems) - 1) out.push(n);
    mask[n] = 0;
  }
  return out;
}

/**
 * "Sochi before the Olympics … the opening of the Winter Olympic Games in Sochi": a recurring event's bare name (a
 * series: "the Olympics", "Олимпиада") in an article that names one edition of the same kind of event with the same
 * words is that edition again, not another occurrence of the series. Such series mentions are left out; the
 * edition's own mentions date the text. Only for names written with spaces (stems of words); a series the article
 * names with no specific edition stays.
 */
export function withoutSeriesShortForms(text: string, named: readonly NamedEventHit[]): NamedEventHit[] {
  const editions = named.filter((h) => h.occurrences.length === 1);
  if (!editions.length || editions.length === named.length) return named as NamedEventHit[];
  const stems = (h: NamedEventHit) => {
    const words = text.slice(h.start, h.end);
    if (NO_SPACES.test(words)) return [];
    return words.split(NON_WORD).map((w) => (w.length >= MIN_CONTENT_WORD ? stemOf(w) : null)).filter((w): w is string => w !== null);
  };
  const editionStems = editions.map((h) => ({ kind: h.kind, stems: stems(h) }));
  const sameStem = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  return named.filter((h) => {
    if (h.occurrences.length < 2) return true;
    const own = stems(h);
    return !own.length || !editionStems.some((e) => e.kind === h.kind && own.every((s) => e.stems.some((t) => sameStem(s, t))));
  });
}

/**
 * Loose matching for names written without spaces (Chinese, Japanese). Copy inserts words into a name as it does
 * elsewhere: "神舟九号载人飞船发射" for "神舟九号发射", "天皇陛下の退位" for "天皇退位". A name is cut into parts by the
 * language's Intl word segmenter (runs of one-character segments joined: "神舟九号", not 神/舟/九/号); it matches
 * where its parts stand in the text in its order, as substrings, within a few characters more than the name has,
 * in one sentence. A name needs two parts of two characters or more (one part is matched exactly only).
 */
interface CjkName {
  id: string;
  parts: string[];
  /** Longest stretch of text a match may cover. */
  maxChars: number;
}

export interface CjkIndex {
  names: CjkName[];
  /** First two characters of a part → [name index, part index]. */
  byHead: Map<string, Array<[number, number]>>;
}

/** Characters a matched stretch may have beyond the name's own. */
const CJK_EXTRA_CHARS = 8;
const CJK_MIN_PART = 2;

/** The parts of a name: its word segments, runs of one-character segments joined. */
function cjkParts(name: string, lang: string): string[] {
  const parts: string[] = [];
  let run = '';
  for (const s of segmenterFor(lang, 'word').segment(name)) {
    if (s.isWordLike === false) { if (run) parts.push(run); run = ''; continue; }
    const w = s.segment;
    if ([...w].length === 1) { run += w; continue; }
    if (run) parts.push(run);
    run = '';
    parts.push(w);
  }
  if (run) parts.push(run);
  return parts;
}

export function cjkNamesFor(table: NewsEventTable, lang: string): CjkIndex {
  const key = table.names.has(lang) ? lang : 'und';
  let index = table.cjk.get(key);
  if (!index) {
    index = storedIndex(table, 'cjk', key, isCjkIndex, () => {
      const built: CjkIndex = { names: [], byHead: new Map() };
      const seen = new Set<string>();
      const pairs = [...(table.names.get(key) ?? []), ...(key !== 'und' ? table.names.get('und') ?? [] : [])];
      for (const [name, id] of pairs) {
        if (!NO_SPACES.test(name)) continue;
        const parts = cjkParts(name, key);
        if (parts.length < 2 || parts.some((p) => p.length < CJK_MIN_PART) || !parts.some((p) => HAN_OR_KANA.test(p))) continue;
        const sig = `${id} ${parts.join(' ')}`;
        if (seen.has(sig)) continue;
        seen.add(sig);
        const at = built.names.push({ id, parts, maxChars: name.length + CJK_EXTRA_CHARS }) - 1;
        parts.forEach((part, i) => {
          const head = part.slice(0, CJK_MIN_PART);
          let list = built.byHead.get(head);
          if (!list) built.byHead.set(head, (list = []));
          list.push([at, i]);
        });
      }
      return built;
    });
    table.cjk.set(key, index);
  }
  return index;
}

/**
 * Loose matches of names written without spaces in text[from, to) (one sentence chunk): character spans and ids.
 * Work per character is one lookup of the two characters there.
 */
export function matchCjkNames(text: string, from: number, to: number, index: CjkIndex): Array<{ start: number; end: number; id: string }> {
  if (!index.names.length) return [];
  // Compared as written (lower-casing may change a string's length, and so its offsets).
  const sentence = text.slice(from, to);
  // Per name, where each of its parts starts (in order: a part seen before any of the previous part is no use).
  const seen = new Map<number, number[][]>();
  for (let i = 0; i + CJK_MIN_PART <= sentence.length; i++) {
    const hits = index.byHead.get(sentence.slice(i, i + CJK_MIN_PART));
    if (!hits) continue;
    for (const [n, p] of hits) {
      if (!sentence.startsWith(index.names[n].parts[p], i)) continue;
      let at = seen.get(n);
      if (!at) {
        if (p !== 0) continue;
        seen.set(n, (at = []));
      } else if (p > 0 && at[p - 1] === undefined) continue;
      (at[p] ??= []).push(i);
    }
  }
  const out: Array<{ start: number; end: number; id: string }> = [];
  const found = new Set<string>();
  for (const [n, at] of seen) {
    const name = index.names[n];
    if (found.has(name.id) || at.length !== name.parts.length || at.some((x) => x === undefined)) continue;
    for (const first of at[0]) {
      let end = first + name.parts[0].length;
      let ok = true;
      for (let p = 1; p < name.parts.length && ok; p++) {
        const next = at[p].find((x) => x >= end);
        if (next === undefined) ok = false;
        else end = next + name.parts[p].length;
      }
      if (ok && end - first <= name.maxChars) { out.push({ start: from + first, end: from + end, id: name.id }); found.add(name.id); break; }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Lower case without accents (Hangul recomposed): cues and text are compared in this form. */
export function foldCue(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC').toLowerCase();
}
const COMBINING_MARKS = /\p{M}+/gu;
const LETTER = /\p{L}/u;
/** Han and kana: no spaces between words, so a cue is found as a plain substring. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Letters an inflected name may add ("Scholza", "Шольца", a Korean particle). */
const MAX_CUE_ENDING = 3;

/**
 * One occurrence's cues, folded, each person once: spellings that fold alike ("Yeşilgöz", "Yesilgoz") are one cue,
 * and a cue that contains another ("Pim Fortuyn", "Fortuyn") is dropped, since the shorter finds it anyway.
 */
function distinctCues(cues: readonly string[]): string[] {
  const folded = [...new Set(cues.map(foldCue).filter((c) => c.trim()))];
  return folded.filter((c) => !folded.some((other) => other !== c && c.includes(other)));
}

/** For the regex lint (every pattern the tagger builds). */
export const CUE_REGEXES = [COMBINING_MARKS, LETTER, UNSPACED];

/** Whether `cue` occurs in `folded` as a word start, followed by at most MAX_CUE_ENDING more letters. */
function hasCue(folded: string, cue: string): boolean {
  if (!cue) return false;
  const unspaced = UNSPACED.test(cue);
  for (let at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + 1)) {
    if (unspaced) return true;
    if (at > 0 && LETTER.test(folded[at - 1])) continue;
    let end = at + cue.length, extra = 0;
    while (end < folded.length && extra <= MAX_CUE_ENDING && LETTER.test(folded[end])) { end++; extra++; }
    if (extra <= MAX_CUE_ENDING) return true;
  }
  return false;
}

/**
 * How many of each occurrence's cue names a text (folded with foldCue) mentions ("Scholz", "Laschet" → the 2021
 * election). A cue is counted once however often it occurs. Linear in the text per cue: indexOf scans, single-character tests.
 */
export function countOccurrenceCues(folded: string, cues: readonly string[][]): number[] {
  return cues.map((names) => names.reduce((n, cue) => n + (hasCue(folded, cue) ? 1 : 0), 0));
}
