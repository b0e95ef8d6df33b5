/**
 * Well-known dated news events, found by name ("the Brexit referendum", "Eurovision 2022", "Bundestagswahl"). Real
 * articles rarely state their own date but name the event they report; its date bounds the document date and,
 * when the event is the article's subject, anchors it. World knowledge lives in `gazetteer/newsEvents/*.json`;
 * this module only loads the table, compiles the names into token tries per language and finds them in tokens.
 */
import { dayNumber, daysInMonth, isoDay } from '../../model/calendar.ts';
import { foldToken, phraseTokens } from './tokens.ts';
import type { Tense, Token } from './types.ts';

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
  sure?: boolean;
}

/** One occurrence as day numbers (inclusive). */
export interface Occurrence { from: number; to: number }

export interface NewsEvent {
  id: string;
  kind: string;
  occurrences: Occurrence[];
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
}

/** One event name found in an article; it carries the event's dates so that dating needs no tables. */
export interface NamedEventHit {
  id: string;
  kind: string;
  occurrences: Occurrence[];
  start: number;
  end: number;
  sentence: number;
  tense: Tense;
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
  return to >= from ? { from, to } : null;
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
    }
  }
  return problems;
}

/** Loads the event files (sure entries with valid dates only) into the table; name tries are built per language on use. */
export function compileNewsEvents(files: ReadonlyArray<[string, NewsEventFile]>): NewsEventTable {
  const events = new Map<string, NewsEvent>();
  const names = new Map<string, Array<[string, string]>>();
  for (const [, data] of files) {
    for (const e of data.events ?? []) {
      if (e.sure !== true || typeof e.id !== 'string' || events.has(e.id) || !Array.isArray(e.when)) continue;
      const occurrences = e.when.map(parseOccurrence);
      if (!occurrences.length || occurrences.some((o) => o === null)) continue;
      events.set(e.id, { id: e.id, kind: e.kind, occurrences: (occurrences as Occurrence[]).sort((a, b) => a.from - b.from) });
      for (const [lang, ns] of Object.entries(e.names ?? {})) {
        const key = lang.toLowerCase();
        let list = names.get(key);
        if (!list) names.set(key, (list = []));
        for (const n of ns ?? []) if (typeof n === 'string') list.push([n, e.id]);
      }
    }
  }
  return { events, names, tries: new Map() };
}

/** The trie for a language's text: its own names plus the neutral ones, tokenised the way that language's text is. */
export function namesFor(table: NewsEventTable, lang: string): NameNode {
  const key = table.names.has(lang) ? lang : 'und';
  let root = table.tries.get(key);
  if (!root) {
    root = newNode();
    for (const [name, id] of table.names.get(key) ?? []) addForms(root, nameForms(name, key), id);
    if (key !== 'und') for (const [name, id] of table.names.get('und') ?? []) addForms(root, nameForms(name, 'und'), id);
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
  return !!next && tokens[last].digits && next.start === tokens[last].end && !next.digits;
}

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
