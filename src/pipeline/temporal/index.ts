/**
 * Temporal stage: tags every temporal expression of an article, infers the document date from the text's
 * own evidence, and anchors relative expressions to it. Pure: resources come in, plain data goes out.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { PublishedDate, Timex } from '../../model/timeline.ts';
import type { StatedDate, TemporalInput, TemporalResult } from '../types.ts';
import { anchorOffsets } from './anaphora.ts';
import { carryNarrativeYears } from './narrativeYear.ts';
import { DEFAULT_NAME_INDEX_DIR, openNameIndexStore } from './nameIndexCache.ts';
import { pipelineVersion } from '../run/pipelineVersion.ts';
import { inferDocumentDate, type DocumentDate } from './documentDate.ts';
import { buildLexicon, type LanguageData, type NeutralData } from './lexicon.ts';
import { countdownAt, type Countdown } from './countdown.ts';
import { linkEventCounts } from './eventCounts.ts';
import { compileHolidays, findCountries, placeHoliday, type CountryData, type HolidayData } from './holidays.ts';
import { matchPrefix, matchTokens } from './match.ts';
import { CUE_REGEXES, LOOSE_NAME_REGEXES, cjkNamesFor, compileNewsEvents, countOccurrenceCues, edgeOccurrences, foldCue, hasEdges, looseNamesFor, matchCjkNames, matchLeadNames, matchLooseNames, matchNewsEvents, namesFor, UNFORESEEABLE_KINDS, withoutSeriesShortForms, type NamedEventHit, type NewsEventFile } from './newsEvents.ts';
import { DOTTED, ISO_DATE, ISO_MONTH, METADATA, SLASHED, YMD, matchMetadata, matchNumeric } from './numeric.ts';
import { resolveSymbol } from './resolve.ts';
import { TENSE_REGEXES, tenseAt, tenseCues, tenseOfName, type TenseCueList } from './tense.ts';
import { APOSTROPHES, CJK, DICTIONARY_SCRIPTS, ELIDED_CAPITAL, MARKS, NEEDS_SPLIT, NON_ASCII, WORD, tokenize } from './tokens.ts';
import type { ExampleRow, Lexicon, OfficeHolding, TemporalResources, Tense, TimexSymbol, Token, UnresolvedTimex } from './types.ts';
import { timed } from '../run/stageTimings.ts';
import { segmenterFor } from '../stages/segmenters.ts';
import { dayFromNumber } from '../../model/calendar.ts';

export type { TemporalResources, UnresolvedTimex, TimexSymbol, Tense } from './types.ts';
export { resolveSymbol } from './resolve.ts';
export { decide, documentEvidence, info, recencyCost, type DayConstraint, type DayInfo, type DocumentDate } from './documentDate.ts';

/** Longest stretch of text matched at once; longer sentences are scanned in chunks cut at spaces. */
const MAX_CHUNK = 2000;

const LANG_DIR = new URL('../../resources/lang/', import.meta.url);
/** The gazetteer's country names pick the observing country of a holiday (read-only; no tie to the events stage). */
const GAZETTEER_DIR = new URL('../../resources/gazetteer/', import.meta.url);
/** Well-known dated events by name, one file per domain. */
const NEWS_EVENTS_DIR = new URL('../../resources/gazetteer/newsEvents/', import.meta.url);

/** The country entities of every gazetteer file (countries.json and the files that add countries), or null. */
function readCountries(): CountryData | null {
  if (!existsSync(GAZETTEER_DIR)) return null;
  const files = readdirSync(GAZETTEER_DIR).filter((f) => f.endsWith('.json')).sort();
  const entities = files.flatMap((f) => readJson<CountryData>(new URL(f, GAZETTEER_DIR)).entities ?? []).filter((e) => e.kind === 'country');
  return { entities };
}

/** Every news-event file, in name order (none when the folder is missing). */
export function readNewsEventFiles(): Array<[string, NewsEventFile]> {
  if (!existsSync(NEWS_EVENTS_DIR)) return [];
  return readdirSync(NEWS_EVENTS_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => [f, readJson<NewsEventFile>(new URL(f, NEWS_EVENTS_DIR))]);
}

function readJson<T>(url: URL): T {
  try {
    return JSON.parse(readFileSync(url, 'utf8')) as T;
  } catch (e) {
    throw new Error(`cannot read temporal data ${url.pathname}: ${(e as Error).message}`);
  }
}

const baseLang = (lang: string) => lang.toLowerCase().split(/[-_]/)[0];
const intlKnows = (lang: string) => lang !== 'und' && Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 && new Intl.DateTimeFormat(lang).resolvedOptions().locale.split('-')[0] === lang;

/**
 * Loads `src/resources/lang/<iso>/temporal.json` for every language with a data file (plus the neutral `und`
 * file of shared patterns and anniversaries) and compiles the lexicons. Synchronous; call once.
 */
export const loadTemporalResources = timed('resources: temporal', (): TemporalResources => {
  const dirs = readdirSync(LANG_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const neutralUrl = new URL('und/temporal.json', LANG_DIR);
  const neutral: NeutralData = existsSync(neutralUrl) ? readJson<NeutralData>(neutralUrl) : {};
  const anniversaries = new Map<string, string>(Object.entries(neutral.anniversaries ?? {}));
  const holidaysUrl = new URL('und/holidays.json', LANG_DIR);
  const holidayData = existsSync(holidaysUrl) ? readJson<HolidayData>(holidaysUrl) : null;
  const { table: holidays, names: holidayNames } = compileHolidays(holidayData, readCountries());
  const lexicons = new Map<string, Lexicon>();
  const examples: ExampleRow[] = [];
  const nameSuffixes = new Map<string, string[]>();
  const nameInfixes = new Map<string, string[]>();
  const nameSynonyms = new Map<string, string[][]>();
  for (const lang of dirs) {
    if (lang === 'und') continue;
    const url = new URL(`${lang}/temporal.json`, LANG_DIR);
    if (!existsSync(url)) continue;
    const data = readJson<LanguageData>(url);
    if (data.eventNameSuffixes?.length) nameSuffixes.set(lang, [...data.eventNameSuffixes].sort((a, b) => b.length - a.length));
    if (data.eventNameInfixes?.length) nameInfixes.set(lang, data.eventNameInfixes);
    if (data.eventNameSynonyms?.length) nameSynonyms.set(lang, data.eventNameSynonyms);
    lexicons.set(lang, buildLexicon(lang, data, neutral, intlKnows(lang), holidayNames.get(lang)));
    for (const [text, dct, value] of data.examples ?? []) examples.push({ lang, text, dct, value });
  }
  const fallback = (lang: string): Lexicon => {
    let lex = lexicons.get(lang);
    if (!lex) lexicons.set(lang, (lex = buildLexicon(lang, {}, neutral, intlKnows(lang), holidayNames.get(lang))));
    return lex;
  };
  const newsEvents = compileNewsEvents(readNewsEventFiles(), nameSuffixes, nameInfixes, nameSynonyms);
  // Built name indexes are read back from a file cache when this code, data and runtime built them before.
  newsEvents.store = openNameIndexStore(DEFAULT_NAME_INDEX_DIR, pipelineVersion());
  return { lexicons, anniversaries, holidays, examples, fallback, newsEvents };
});

/** Every RegExp the tagger runs on text, for the ReDoS lint. */
export function temporalRegexes(): RegExp[] {
  return [ISO_DATE, ISO_MONTH, YMD, DOTTED, SLASHED, METADATA, WORD, APOSTROPHES, MARKS, CJK, NEEDS_SPLIT, NON_ASCII, DICTIONARY_SCRIPTS, ELIDED_CAPITAL, ...LOOSE_NAME_REGEXES, ...CUE_REGEXES, ...TENSE_REGEXES];
}

/** Cuts [start, end) into pieces of at most MAX_CHUNK characters, at spaces where possible. */
function chunks(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (end - start > MAX_CHUNK) {
    let cut = start + MAX_CHUNK;
    while (cut > start + MAX_CHUNK / 2 && text.charCodeAt(cut) !== 32) cut--;
    if (cut <= start + MAX_CHUNK / 2) cut = start + MAX_CHUNK;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    out.push([start, cut]);
    start = cut;
  }
  if (end > start) out.push([start, end]);
  return out;
}

/**
 * One chunk's tokens and what has been found in them. Module-level helpers take it instead of closures inside
 * matchChunk: the TypeScript loader names every nested function at each call (keepNames), which showed in profiles.
 */
interface ChunkScan {
  text: string;
  tokens: Token[];
  lex: Lexicon;
  sentence: number;
  out: UnresolvedTimex[];
  /** Tense cues are only read for expressions found: most chunks have none. */
  cues: TenseCueList | null;
}

/** One Han or katakana character (a noun's), one hiragana character (an ending's). */
const HAN_OR_KATAKANA_CHAR = /^[\p{Script=Han}\p{Script=Katakana}]$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
const HIRAGANA_CHAR = /^\p{Script=Hiragana}$/u;
/** Characters of a verb's stem and of its ending looked at, at most. */
const STEM_CHARS = 4;
const ENDING_CHARS = 4;

/**
 * "5月1日から使う新元号", "15日に開かれる首脳会議": a date, a particle, then a verb that ends a relative clause before
 * the noun it qualifies. The verb's own ending is the date's tense (non-past: still to come; "た": past), whatever
 * the sentence's last verb says ("…と決定した"). Null when the words after the date are not so.
 */
function relativeClauseTense(text: string, end: number, rc: NonNullable<Lexicon['relativeClause']>): Tense | null {
  const after = text.slice(end, end + 24);
  const particle = rc.particles.find((p) => after.startsWith(p));
  if (!particle) return null;
  const chars = [...after.slice(particle.length)];
  let k = 0;
  while (k < chars.length && k < STEM_CHARS && HAN_CHAR.test(chars[k])) k++;
  if (k === 0) return null;
  const from = k;
  while (k < chars.length && k - from < ENDING_CHARS && HIRAGANA_CHAR.test(chars[k])) k++;
  if (k === from || k >= chars.length || !HAN_OR_KATAKANA_CHAR.test(chars[k])) return null;
  const ending = chars.slice(from, k).join('');
  if (rc.past.some((e) => ending.endsWith(e))) return 'past';
  if (rc.nonPast.some((e) => ending.endsWith(e))) return 'future';
  return null;
}

function tenseOf(c: ChunkScan, first: number, last: number, symbol: UnresolvedTimex['symbol'], until: boolean): Tense {
  // Only year-bearing expressions: "к вечеру" (by the evening) reports the past as often as it plans.
  const yearBearing = symbol.kind === 'year' || ((symbol.kind === 'date' || symbol.kind === 'season') && symbol.year !== undefined);
  // A comparison's baseline ("65% below 2005 levels", "up 5% compared with March") is past, even in a sentence
  // about a target still to come.
  if (cuedBeside(c.tokens, first, last, c.lex.baselineCues)) return 'past';
  // "Die Regel gilt seit 2019": a year something has held since is past, though the clause is in the present.
  if (yearBearing && cuedBeside(c.tokens, first, last, c.lex.startCues)) return 'past';
  if (yearBearing && cuedBeside(c.tokens, first, last, c.lex.targetCues)) return 'future';
  if (symbol.kind === 'weekday' && weekdayTargetAt(c.tokens, first, c.lex.weekdayTargetCues)) return 'future';
  const rc = c.lex.relativeClause;
  const relative = rc && last > first ? relativeClauseTense(c.text, c.tokens[last - 1].end, rc) : null;
  if (relative) return relative;
  const tense = tenseAt((c.cues ??= tenseCues(c.tokens, c.lex)), first, last);
  // "The Expo runs until 13 October": what lasts now until a day ends on it later. Without a tense cue only for a
  // day without a year: "до 2014 года", "до 24 февраля 2022 года" are as often "before" in a past account.
  const day = symbol.kind === 'weekday' || symbol.kind === 'dayOfMonth' || (symbol.kind === 'date' && symbol.day !== undefined && symbol.year === undefined);
  return (tense === 'present' || (tense === 'unknown' && day)) && until ? 'future' : tense;
}

/** A weekday target cue that starts the expression at token `first` or ends just before it (not one inside it). */
function weekdayTargetAt(tokens: Token[], first: number, cues: string[][]): boolean {
  return cues.some((cue) => cueAt(tokens, first, [cue]) || cueAt(tokens, first - cue.length, [cue]));
}

/** An "until" cue beside tokens [first, last), or glued to the last one as a particle ("13일까지"). */
function untilCued(c: ChunkScan, first: number, last: number): boolean {
  const cues = c.lex.untilCues;
  if (cuedBeside(c.tokens, first, last, cues)) return true;
  const end = c.tokens[last - 1]?.norm;
  return end !== undefined && cues.post.some((cue) => cue.length === 1 && end.length > cue[0].length && end.endsWith(cue[0]));
}

/**
 * "d'ici à 2025", "ab 2025", "2030年までに", "par rapport à 1990": a cue just before tokens [first, last) (or as the
 * preposition the match starts with, shorter than the match), or just after them.
 */
function cuedBeside(tokens: Token[], first: number, last: number, cues: Lexicon['targetCues']): boolean {
  // The cue ends just before the match or inside the prepositions the match starts with, never on its last token:
  // "à partir de|de 2020", "najpóźniej w|w 2030 roku", "a partir de 2026" (all four tokens one match). Not after a
  // number: "从2019年到2021年" is a range, not a target.
  for (let end = first - 1; end < last - 1 && (end < first || !tokens[end].digits); end++) {
    if (cues.pre.some((cue) => cueAt(tokens, end + 1 - cue.length, [cue]))) return true;
  }
  return cueAt(tokens, last, cues.post);
}

/** Trie matches in tokens [from, limit). */
function matchTokenRun(c: ChunkScan, from: number, limit: number, anniversaries: Map<string, string>): void {
  const run = c.tokens.slice(from, limit);
  for (const m of matchTokens(run, c.lex, anniversaries)) {
    if (possessiveOfName(c, from + m.to)) continue;
    const before = c.tokens[from + m.from - 1];
    const until = untilCued(c, from + m.from, from + m.to);
    const tense = m.attributive ? 'unknown' : tenseOf(c, from + m.from, from + m.to, m.symbol, until);
    // "for the first time in 20 years", "pela primeira vez em 20 anos": in a past-tense clause "in N years" is how
    // long, not a date N years after the document's.
    const symbol: TimexSymbol = m.symbol.kind === 'ago' && m.symbol.dir === 1 && tense === 'past' ? { kind: 'duration', unit: m.symbol.unit, n: m.symbol.n } : m.symbol;
    c.out.push({
      start: run[m.from].start, end: run[m.to - 1].end, symbol, mod: m.mod,
      tense, sentence: c.sentence, rule: m.rule,
      ...(m.attributive ? { attributive: true } : {}),
      ...(before && c.lex.alternatives.has(before.norm) ? { afterAlternative: true } : {}),
      ...(until ? { until: true } : {}),
      ...(m.symbol.kind === 'weekday' && !m.symbol.rel && cuedBeside(c.tokens, from + m.from, from + m.to, c.lex.startCues) ? { since: true } : {}),
    });
  }
}

/** "Friday's Child", "Today's Zaman": an expression ending in a possessive before a capitalised word is part of a name. */
function possessiveOfName(c: ChunkScan, end: number): boolean {
  const last = c.tokens[end - 1], next = c.tokens[end];
  return !!next && next.cap && c.lex.possessives.some((p) => last.norm.length > p.length && last.norm.endsWith(p));
}

const cueAt = (tokens: Token[], at: number, cues: string[][]) => cues.some((cue) => at >= 0 && at + cue.length <= tokens.length && cue.every((w, i) => tokens[at + i].norm === w));
const cueBefore = (tokens: Token[], from: number, cues: string[][]) => cues.some((cue) => cueAt(tokens, from - cue.length, [cue]));

/**
 * Whether a word ends at `offset` of the text, as Intl.Segmenter reads the few characters around it: the tokens of
 * Han and kana are single characters, so a cue "前" (before) or "後" (after) may be the start of "前半" (first half) or
 * "後半" (second half).
 */
function wordEndsAt(text: string, offset: number, lang: string): boolean {
  if (offset >= text.length) return true;
  const from = Math.max(0, offset - WORD_WINDOW), to = Math.min(text.length, offset + WORD_WINDOW);
  for (const s of segmenterFor(lang, 'word').segment(text.slice(from, to))) {
    if (from + s.index >= offset) return from + s.index === offset;
  }
  return true;
}
/** Characters on each side of an offset that wordEndsAt segments. */
const WORD_WINDOW = 8;

/** A cue of `cues` right after the name (at token `at`) that ends where a word does. */
function postCueAt(text: string, tokens: Token[], at: number, cues: string[][], lang: string): boolean {
  return cues.some((cue) => cueAt(tokens, at, [cue]) && (!CJK.test(text.slice(tokens[at].start, tokens[at + cue.length - 1].end)) || wordEndsAt(text, tokens[at + cue.length - 1].end, lang)));
}

/** "ahead of the election" (future), "after the election" (past), or null when no cue stands beside the name. */
function sideOfEvent(text: string, tokens: Token[], from: number, to: number, lex: Lexicon): Tense | null {
  const cues = lex.eventCues;
  if (cueBefore(tokens, from, cues.aheadPre) || postCueAt(text, tokens, to, cues.aheadPost, lex.lang)) return 'future';
  if (cueBefore(tokens, from, cues.sincePre) || postCueAt(text, tokens, to, cues.sincePost, lex.lang)) return 'past';
  return null;
}

/**
 * Characters between an event's name and an opening or closing word that make it that day: a few words ("Die COP28
 * wurde am Donnerstag in Dubai eröffnet"); fewer characters in scripts written without spaces, where each says more.
 */
const EDGE_REACH_CHARS = 40;
const EDGE_REACH_CJK = 16;

/**
 * "COP28 opened", "la cérémonie de clôture des Jeux", "万博が開幕した": a word beside the name that names the
 * event's first or last day, in the same chunk. The nearest such word wins, so "the Games, which opened … , close on
 * Sunday" is the close for the name the second verb stands beside. An election's rounds have words of their own: who
 * was elected or won names the round that decided it, the last ("Macron réélu", "Duda wygrał drugą turę"), and such a
 * word may be part of the name itself.
 */
function edgeOfEvent(text: string, tokens: Token[], from: number, to: number, lex: Lexicon, kind: string): 'start' | 'end' | null {
  const { start, end, decided } = lex.eventEdges;
  const lists: Array<['start' | 'end', string[][]]> = [['start', start], ['end', end]];
  if (kind === 'election') lists.push(['end', decided]);
  if (!lists.some(([, cues]) => cues.length)) return null;
  const nameStart = tokens[from].start, nameEnd = tokens[to - 1].end;
  const reach = (a: number, b: number) => b - a <= (CJK.test(text.slice(a, b)) ? EDGE_REACH_CJK : EDGE_REACH_CHARS);
  let best: { gap: number; edge: 'start' | 'end' } | null = null;
  for (let at = 0; at < tokens.length; at++) {
    for (const [edge, cues] of lists) {
      const inside = at >= from && at < to;
      // Only the decisive words count inside a name ("Emmanuel Macron réélu"); the others stand beside it.
      if (inside && cues !== decided) continue;
      for (const cue of cues) {
        if (!cueAt(tokens, at, [cue])) continue;
        const first = tokens[at], last = tokens[at + cue.length - 1];
        const gap = inside ? 0 : first.start >= nameEnd ? first.start - nameEnd : last.end <= nameStart ? nameStart - last.end : -1;
        if (gap < 0 || (!inside && !reach(Math.min(nameEnd, last.end), Math.max(first.start, nameStart)))) continue;
        if (!best || gap < best.gap) best = { gap, edge };
      }
    }
  }
  return best?.edge ?? null;
}

/** Sentences that state an article's subject (a headline and the first sentence). */
const LEAD_NAME_SENTENCES = 2;

/** Names of well-known events in one chunk, with the side of them the text is on (cue words, else tense). */
/** A named-event hit of one chunk with its tokens [from, to), and whether its name was matched word by word. */
interface ChunkName { hit: NamedEventHit; from: number; to: number; loose: boolean }

/** A cue in a script whose words the tokenizer does not separate from their numbers and particles ("33주년"). */
const UNSPACED_CUE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** Characters between an event's name and an anniversary word that commemorates it ("jährte sich die …", "… herdacht"). */
const ANNIVERSARY_REACH = 20;

/**
 * Whether the name at tokens [from, to) is commemorated: a token that starts with an anniversary cue close to it (an
 * unspaced cue: anywhere close). Not "a NATO summit marking the alliance's 75th anniversary": the summit is reported.
 */
function commemorated(text: string, tokens: Token[], from: number, to: number, cues: readonly string[]): boolean {
  if (!cues.length) return false;
  const start = tokens[from].start, end = tokens[to - 1].end;
  const lo = Math.max(0, start - ANNIVERSARY_REACH), hi = Math.min(text.length, end + ANNIVERSARY_REACH);
  const around = text.slice(lo, hi).toLowerCase();
  return cues.some((cue) => {
    if (UNSPACED_CUE.test(cue)) return around.includes(cue);
    return tokens.some((t, i) => (i < from || i >= to) && t.start >= lo && t.end <= hi && t.norm.startsWith(cue));
  });
}

function matchNamedEvents(text: string, c: ChunkScan, res: TemporalResources, named: NamedEventHit[]): ChunkName[] {
  const found: ChunkName[] = [];
  const push = (id: string, from: number, to: number, words: readonly number[] = [], loose = false) => {
    // "quartas de final da Copa do Mundo": a quarter-final, not the final the name is; so is a name matched word by
    // word with such a word inside it ("Świątek wygrała juniorski Wimbledon" is not her Wimbledon title).
    const guarded = loose ? [...words, ...Array.from({ length: to - from }, (_, k) => from + k)] : [from];
    if (guarded.some((k) => cueBefore(c.tokens, k, c.lex.eventNameNotAfter))) return;
    const e = res.newsEvents.events.get(id)!;
    // A name matched word by word in a lead sentence may have its cue before any of its words.
    let side = sideOfEvent(text, c.tokens, from, to, c.lex);
    for (let k = 0; side === null && k < words.length; k++) side = sideOfEvent(text, c.tokens, words[k], words[k] + 1, c.lex);
    const clause = tenseOfName((c.cues ??= tenseCues(c.tokens, c.lex)), from, to);
    const hit: NamedEventHit = { id, kind: e.kind, occurrences: e.occurrences, start: c.tokens[from].start, end: c.tokens[to - 1].end, sentence: c.sentence, tense: side ?? clause };
    const edge = hasEdges(e.occurrences, e.kind) ? edgeOfEvent(text, c.tokens, from, to, c.lex, e.kind) : null;
    if (edge) {
      hit.edge = edge;
      hit.occurrences = edgeOccurrences(e.occurrences, edge, e.kind);
    }
    const ref = c.lex.referenceCues;
    // (A name matched word by word in the lead: "shooting … since Sandy Hook" has "since" before one of its words.)
    const referenced = [from, ...words].some((w) => cueBefore(c.tokens, w, ref.pre)) || postCueAt(text, c.tokens, to, ref.post, c.lex.lang);
    if (referenced || commemorated(text, c.tokens, from, to, c.lex.anniversaryCues)) hit.recalled = true;
    // "After the Games, the Paralympics will be held": in a future clause, "after" does not say the event is past.
    if (side === 'past' && clause === 'future') { hit.tense = 'unknown'; hit.noSide = true; }
    named.push(hit);
    found.push({ hit, from, to, loose });
  };
  const exact = matchNewsEvents(c.tokens, namesFor(res.newsEvents, c.lex.lang), c.lex.clitics);
  for (const m of exact) for (const id of m.ids) push(id, m.from, m.to);
  // A loose match adds an event this chunk does not already name exactly, where no exact name stands; in the lead,
  // the name's words may stand anywhere in one clause of the sentence.
  const loose = looseNamesFor(res.newsEvents, c.lex.lang);
  const looseHits: Array<{ from: number; to: number; id: string; words?: number[] }> = c.sentence < LEAD_NAME_SENTENCES ? matchLeadNames(c.tokens, loose) : matchLooseNames(c.tokens, loose);
  for (const m of looseHits) {
    if (exact.some((x) => x.ids.includes(m.id) || (x.from < m.to && m.from < x.to))) continue;
    push(m.id, m.from, m.to, m.words, true);
  }
  // Names written without spaces match part by part too, in a chunk that has Han or kana.
  if (!c.tokens.length) return found;
  const first = c.tokens[0].start, last = c.tokens[c.tokens.length - 1].end;
  if (!CJK.test(text.slice(first, last))) return found;
  for (const m of matchCjkNames(text, first, last, cjkNamesFor(res.newsEvents, c.lex.lang))) {
    const from = c.tokens.findIndex((t) => t.start >= m.start);
    let to = from;
    while (to < c.tokens.length && c.tokens[to].end <= m.end) to++;
    if (from < 0 || to === from) continue;
    if (exact.some((x) => x.ids.includes(m.id) || (x.from < to && from < x.to)) || named.some((h) => h.id === m.id && h.sentence === c.sentence)) continue;
    push(m.id, from, to, [], true);
  }
  return found;
}

/** Whether a preposition of the language stands just before the character at `start`. */
function prefixBefore(tokens: Token[], start: number, lex: Lexicon): boolean {
  let first = 0;
  while (first < tokens.length && tokens[first].end <= start) first++;
  return matchPrefix(tokens, first, 0, lex) !== null;
}

/** Unresolved expressions of one sentence chunk; event names go to `named`. */
function matchChunk(text: string, from: number, to: number, sentence: number, lex: Lexicon, res: TemporalResources, named: NamedEventHit[]): UnresolvedTimex[] {
  const tokens = tokenize(text, from, to, lex.lang);
  const out: UnresolvedTimex[] = [];
  const c: ChunkScan = { text, tokens, lex, sentence, out, cues: null };
  const names = matchNamedEvents(text, c, res, named);
  const countdowns = markCountdowns(c, names);
  const numeric = matchNumeric(text, from, to, lex.dayFirst, lex.dottedDayMonth).filter((n) => !n.needsPrefix || prefixBefore(tokens, n.start, lex));
  // Token runs between numeric dates go through the tries; numeric dates only borrow a preceding preposition.
  let t = 0;
  let floor = 0;
  for (const n of numeric) {
    let first = t;
    while (first < tokens.length && tokens[first].end <= n.start) first++;
    matchTokenRun(c, t, first, res.anniversaries);
    let last = first;
    while (last < tokens.length && tokens[last].start < n.end) last++;
    const pre = matchPrefix(tokens, first, Math.max(floor, t), lex);
    const start = pre ? tokens[pre.from].start : n.start;
    // A prefix already consumed by the trie pass must not be reused.
    const clash = out.length > 0 && out[out.length - 1].end > start;
    const until = untilCued(c, first, last);
    out.push({
      start: clash ? n.start : start, end: n.end, symbol: n.symbol, mod: !clash && pre?.mod ? pre.mod : null,
      tense: tenseOf(c, first, last, n.symbol, until), sentence, rule: 'numeric',
      ...(until ? { until: true } : {}),
    });
    t = last;
    floor = last;
  }
  matchTokenRun(c, t, tokens.length, res.anniversaries);
  // Holidays take their observing country and year from the rest of the sentence.
  if (out.some((u) => u.symbol.kind === 'holiday')) {
    const countries = findCountries(tokens, res.holidays);
    for (const u of out) {
      if (u.symbol.kind !== 'holiday') continue;
      const placed = placeHoliday(u, out, countries, lex.lang, res.holidays);
      u.symbol = placed.symbol;
      u.rule = `${u.rule}; ${placed.why}`;
    }
  }
  if (names.length) {
    sideByStatedYears(names, out);
    narrowSeriesToStatedDay(names, out);
  }
  // "東京五輪まで残り10日": the count inside a countdown is a number of days, not the 10th of the month.
  let kept = countdowns.length ? out.filter((u) => !(u.symbol.kind === 'dayOfMonth' && countdowns.some((k) => u.start < k.end && k.start < u.end))) : out;
  // "the 11 September attacks", "les attentats du 13 novembre": a date inside an event's name, matched word for word,
  // is part of the name; the event's own date stands for it.
  const inNames = names.filter((n) => !n.loose);
  if (inNames.length) kept = kept.filter((u) => !inNames.some((n) => n.hit.start <= u.start && u.end <= n.hit.end));
  return withWeekdaysOnDates(text, kept.sort((a, b) => a.start - b.start));
}

/** Between a weekday and the date it names: a space or a comma ("ce mardi 4 décembre", "este domingo, 7 de noviembre"). */
const WEEKDAY_DATE_GAP = /^[\s,]{1,3}$/;

/**
 * "Ce mardi 4 décembre", "este domingo, 7 de noviembre", "this Tuesday, 4 December": the deictic weekday phrase
 * ("ce mardi") is matched whole, so the date after it is matched alone and loses the weekday that fixes its year.
 * A weekday followed at once by a date of a day is one expression: the date, with its weekday.
 */
function withWeekdaysOnDates(text: string, list: UnresolvedTimex[]): UnresolvedTimex[] {
  if (!list.some((u) => u.symbol.kind === 'weekday')) return list;
  const out: UnresolvedTimex[] = [];
  for (let i = 0; i < list.length; i++) {
    const w = list[i], d = list[i + 1];
    const ws = w.symbol, ds = d?.symbol;
    if (ws.kind === 'weekday' && (ws.rel === undefined || ws.rel === 'this') && ds?.kind === 'date' && ds.day !== undefined && ds.dow === undefined
      && ds.endDay === undefined && ds.endMonth === undefined && !w.metadata && !d.metadata && WEEKDAY_DATE_GAP.test(text.slice(w.end, d.start))) {
      out.push({ ...d, start: w.start, mod: w.mod ?? d.mod, symbol: { ...ds, dow: ws.dow }, rule: `${w.rule} + ${d.rule}` });
      i++;
    } else out.push(w);
  }
  return out;
}

/**
 * "With 100 days to go until the Paris Olympics": a countdown that governs a name says the event is still to come,
 * that far after the document (documentDate.ts reads `countdown`). Returns the countdowns found.
 */
function markCountdowns(c: ChunkScan, names: readonly ChunkName[]): Countdown[] {
  const found: Countdown[] = [];
  if (!names.length || !c.lex.countdown.patterns.length) return found;
  const ctx = { lex: c.lex.countdown, numbers: c.lex.numbers, clitics: c.lex.clitics };
  const cues = () => (c.cues ??= tenseCues(c.tokens, c.lex));
  const since = c.lex.sinceCount.patterns.length ? { ...ctx, lex: c.lex.sinceCount } : null;
  for (const { hit, from, to } of names) {
    // "A un año del terremoto" counts since a disaster; "a un año de los Juegos" down to the Games.
    const k = UNFORESEEABLE_KINDS.has(hit.kind) ? null : countdownAt(c.tokens, from, to, ctx, cues);
    if (k) {
      hit.countdown = k;
      hit.tense = 'future';
      delete hit.noSide;
      found.push(k);
      continue;
    }
    // "Un an après les attentats": the event is that far before the document, so it has happened.
    const s = since && countdownAt(c.tokens, from, to, since, cues);
    if (!s) continue;
    hit.since = s;
    hit.tense = 'past';
    delete hit.noSide;
    found.push(s);
  }
  return found;
}

/** The year an expression states (its last, for a range), or null when it states none. */
function statedYear(s: TimexSymbol): number | null {
  if (s.kind === 'year' || s.kind === 'quarter') return 'endYear' in s && s.endYear !== undefined ? s.endYear : s.year;
  if ((s.kind === 'date' || s.kind === 'season' || s.kind === 'holiday') && s.year !== undefined) return s.kind === 'date' && s.endYear !== undefined ? s.endYear : s.year;
  return null;
}

const yearOfDay = (n: number) => Number(dayFromNumber(n).slice(0, 4));

/**
 * What the years a chunk states say of its named events (one pass over the chunk's expressions for both rules):
 * - "Russia was awarded the Games in 2007, when the IOC session in Guatemala chose Sochi": a name matched word by word
 *   in a past clause whose dates all come before the event's first occurrence is most likely words of an earlier
 *   story (the bid, the vote), not a report of the event as past: its tense says nothing about the event. Exact names
 *   keep their tense: a sentence can list earlier years beside a named event ("in 2002 and 2006 and at Euro 2008").
 * - "In 2018 the stadium will host World Cup matches": a recurring event still to come, named beside a year still to
 *   come that one of its occurrences starts in, is that occurrence ("the 2018 World Cup"), when exactly one
 *   occurrence fits. Only ahead: a past clause's year is as often an earlier edition ("for the first time since
 *   2002, strongest party at a federal election").
 */
function sideByStatedYears(names: readonly ChunkName[], out: readonly UnresolvedTimex[]): void {
  let latest = -Infinity;
  const ahead = new Set<number>();
  for (const u of out) {
    const y = statedYear(u.symbol);
    if (y === null) continue;
    latest = Math.max(latest, y);
    if (u.tense === 'future') ahead.add(y);
  }
  if (latest === -Infinity) return;
  for (const { hit: h, loose } of names) {
    if (loose && h.tense === 'past' && latest < yearOfDay(h.occurrences[0].from)) { h.tense = 'unknown'; h.noSide = true; }
    if (ahead.size && h.occurrences.length > 1 && h.tense === 'future') {
      const fitting = h.occurrences.filter((o) => ahead.has(yearOfDay(o.from)));
      if (fitting.length === 1) h.occurrences = fitting;
    }
  }
}

/** Characters between a series' name and a day that dates it ("die Bundestagswahl am 26. September", "총선 4월 10일"). */
const STATED_DAY_GAP = 12;

/**
 * "las elecciones generales del 20 de noviembre", "the 20 November election": a day written beside a series' name is
 * the day of the occurrence meant, and names it when only some occurrences fall on it (the 2011 one).
 */
function narrowSeriesToStatedDay(names: readonly ChunkName[], out: readonly UnresolvedTimex[]): void {
  for (const { hit: h } of names) {
    if (h.occurrences.length < 2) continue;
    for (const u of out) {
      const s = u.symbol;
      if (s.kind !== 'date' || s.year !== undefined || s.day === undefined || s.endDay !== undefined || s.endMonth !== undefined) continue;
      if (Math.max(u.start, h.start) - Math.min(u.end, h.end) > STATED_DAY_GAP) continue;
      const monthDay = `${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
      const fitting = h.occurrences.filter((o) => spansMonthDay(o.from, o.to, monthDay));
      if (fitting.length && fitting.length < h.occurrences.length) h.occurrences = fitting;
      break;
    }
  }
}

/** Whether one of the days from..to (day numbers, a span of days) is on month-day "MM-DD". */
function spansMonthDay(from: number, to: number, monthDay: string): boolean {
  for (let n = from; n <= to && n <= from + 366; n++) if (dayFromNumber(n).slice(5) === monthDay) return true;
  return false;
}

const sameValue = (a: Pick<Timex, 'value' | 'endValue'>, b: Pick<Timex, 'value' | 'endValue'>) => a.value === b.value && a.endValue === b.endValue;

/** The expressions of one article before anchoring, and the date its metadata states (if any). */
export interface TaggedTime {
  timexes: UnresolvedTimex[];
  stated: StatedDate | null;
  /** Names of well-known dated events, in text order (evidence for the document date, not expressions). */
  named: NamedEventHit[];
  /** People named with the title of an office they held (set by the caller that analyses the sentences; none if absent). */
  offices?: OfficeHolding[];
}

/** Finds the temporal expressions of one article (text order, non-overlapping) without anchoring them. */
/** Series hits learn which of their occurrences the article's other names point at (the text is folded once). */
function addCueHits(text: string, named: NamedEventHit[], resources: TemporalResources): void {
  let folded: string | null = null;
  const byId = new Map<string, number[]>();
  for (const hit of named) {
    const event = resources.newsEvents.events.get(hit.id);
    const cues = event?.cues;
    // A series mention narrowed to one occurrence (narrowSeriesToStatedYear) needs no cues to choose one.
    if (!cues || hit.occurrences.length !== event!.occurrences.length) continue;
    let hits = byId.get(hit.id);
    if (!hits) byId.set(hit.id, (hits = countOccurrenceCues((folded ??= foldCue(text)), cues)));
    hit.cueHits = hits;
  }
}

export const tagTime = timed('time tagging', (input: TemporalInput, resources: TemporalResources): TaggedTime => {
  const { text } = input;
  const lang = baseLang(input.lang || 'und');
  const lex = resources.lexicons.get(lang) ?? resources.fallback(lang);
  const found: UnresolvedTimex[] = [];
  const named: NamedEventHit[] = [];
  const meta = matchMetadata(text);
  let metaDate: StatedDate | null = null;
  if (meta) {
    metaDate = { value: meta.value, precision: meta.precision };
    const [y, m, d] = meta.value.split('-').map(Number);
    found.push({
      start: meta.start, end: meta.end, sentence: 0, tense: 'unknown', mod: null, metadata: true, rule: 'metadata token',
      symbol: m === undefined ? { kind: 'year', year: y } : d === undefined ? { kind: 'date', year: y, month: m } : { kind: 'date', year: y, month: m, day: d },
    });
  }
  // Ordinal days ("am 13. September") are already kept inside one sentence by the sentence stage.
  input.sentences.forEach(([s, e], i) => {
    for (const [from, to] of chunks(text, s, e)) {
      for (const u of matchChunk(text, from, to, i, lex, resources, named)) {
        if (meta && u.start < meta.end && meta.start < u.end) continue;
        found.push(u);
      }
    }
  });
  addCueHits(text, named, resources);
  const events = withoutSeriesShortForms(text, named);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const timexes: UnresolvedTimex[] = [];
  for (const u of found) if (!timexes.length || u.start >= timexes[timexes.length - 1].end) timexes.push(u);
  // Narrative offsets are anchored (or dropped) here, before the event stage and joint dating index the list.
  const linked = linkEventCounts(text, input.sentences, timexes, lang, resources.newsEvents.nameSynonyms?.get(lang));
  return { timexes: anchorOffsets(text, carryNarrativeYears(text, linked)), stated: input.published ?? metaDate, named: events };
});

/**
 * Anchors tagged expressions to a document date: the one inferred from the text itself, or `given` (joint
 * dating's refined date). Cheap: no matching, so joint dating can re-resolve an article without re-tagging it.
 */
export const resolveTime = timed('document date + anchoring', (text: string, tagged: TaggedTime, given?: DocumentDate): TemporalResult => {
  const { timexes } = tagged;
  const doc = given ?? inferDocumentDate(text, timexes, tagged.stated, tagged.named, tagged.offices);
  const published: PublishedDate | null = doc.published;
  const out: Timex[] = timexes.map((u) => {
    const r = resolveSymbol(u.symbol, doc.dct, u.tense);
    const t: Timex = { start: u.start, end: u.end, text: text.slice(u.start, u.end), value: r.value, type: r.type, precision: r.precision, mod: u.mod };
    if (r.endValue !== undefined) t.endValue = r.endValue;
    if (u.metadata) t.metadata = true;
    t.resolution = `${r.resolution ?? ''}${r.resolution ? '; ' : ''}rule ${u.rule}`;
    if (doc.window && doc.window[0] !== doc.window[1]) {
      const a = resolveSymbol(u.symbol, doc.window[0], u.tense);
      const b = resolveSymbol(u.symbol, doc.window[1], u.tense);
      if (!sameValue(a, r) || !sameValue(b, r)) t.windowSensitive = true;
    }
    return t;
  });
  return { timexes: out, published };
});

/**
 * Tags the temporal expressions of one article and infers its document date.
 * Timexes come back in text order, non-overlapping, with `text === input.text.slice(start, end)`.
 */
export function analyseTime(input: TemporalInput, resources: TemporalResources): TemporalResult {
  return resolveTime(input.text, tagTime(input, resources));
}
