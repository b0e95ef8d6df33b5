/**
 * Named holidays and commemoration days ("Christmas", "Victory Day", "Dia da Independência"). The data
 * (`und/holidays.json`) says when each holiday falls and in which countries; the code only does calendar maths
 * (fixed days, Easter by the computus, nth weekday of a month) and picks the observing country from the sentence.
 */
import { daysInMonth, isoDay, isoWeekday } from '../../model/calendar.ts';
import type { IsoDay } from '../../model/timeline.ts';
import { foldToken, tokenize } from './tokens.ts';
import type { HolidayObservance, HolidayRule, HolidayTable, SubTrie, TimexSymbol, Token, UnresolvedTimex } from './types.ts';

/** One observance as written in the data file. */
interface RuleData {
  /** ISO codes; omitted or ["*"] = every country without a rule of its own for that year. */
  countries?: string[];
  /** "MM-DD". */
  date?: string;
  /** Days after Easter Sunday (negative = before). */
  easter?: number;
  /** Easter by the Julian computus (Orthodox churches), given as a Gregorian date. */
  orthodox?: boolean;
  month?: number;
  /** ISO weekday 1 = Monday … 7 = Sunday, with `nth` (1 … 5, or -1 for the last). */
  weekday?: number;
  nth?: number;
  from?: number;
  until?: number;
}

/** Shape of `src/resources/lang/und/holidays.json`. */
export interface HolidayData {
  /** Language → countries assumed when a sentence names none. */
  languageCountries?: Record<string, string[]>;
  /** Extra country names (ISO code → names), for scripts the gazetteer does not cover (Chinese, Japanese). */
  countryNames?: Record<string, string[]>;
  holidays: Record<string, { observed: RuleData[]; names?: Record<string, string[]> }>;
}

/** Shape of the gazetteer's `countries.json` (only what is needed here). */
export interface CountryData {
  entities: Array<{ id: string; kind?: string; aliases?: string[]; demonyms?: string[] }>;
}

const MMDD = /^(\d{2})-(\d{2})$/;

function parseRule(id: string, r: RuleData): HolidayRule {
  const span: { from?: number; until?: number } = {};
  if (r.from !== undefined) span.from = r.from;
  if (r.until !== undefined) span.until = r.until;
  if (r.date !== undefined) {
    const m = MMDD.exec(r.date);
    const month = m ? Number(m[1]) : 0;
    const day = m ? Number(m[2]) : 0;
    if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) throw new Error(`holiday ${id}: bad date "${r.date}"`);
    return { month, day, ...span };
  }
  if (r.easter !== undefined) return { easter: r.orthodox ? 'orthodox' : 'western', offset: r.easter, ...span };
  if (r.month !== undefined && r.weekday !== undefined && r.nth !== undefined) {
    if (r.month < 1 || r.month > 12 || r.weekday < 1 || r.weekday > 7 || r.nth === 0 || r.nth < -1 || r.nth > 5) throw new Error(`holiday ${id}: bad weekday rule`);
    return { month: r.month, weekday: r.weekday, nth: r.nth, ...span };
  }
  throw new Error(`holiday ${id}: an observance needs "date", "easter" or "month"/"weekday"/"nth"`);
}

/** Western (Gregorian) or Orthodox (Julian computus, shifted to the Gregorian calendar) Easter Sunday, 1900–2099. */
export function easterSunday(year: number, kind: 'western' | 'orthodox'): IsoDay {
  if (kind === 'orthodox') {
    // Meeus' Julian algorithm; the Julian calendar runs 13 days behind in 1900–2099.
    const d = (19 * (year % 19) + 15) % 30;
    const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    const t = Date.UTC(year, month - 1, day) + 13 * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  }
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(year, month, day);
}

const inSpan = (r: HolidayRule, year: number) => (r.from === undefined || year >= r.from) && (r.until === undefined || year <= r.until);

/** The day a rule gives in `year`, or null when the rule does not apply that year. */
export function ruleDay(r: HolidayRule, year: number): IsoDay | null {
  if (!inSpan(r, year)) return null;
  if ('easter' in r) {
    const t = Date.parse(`${easterSunday(year, r.easter)}T00:00:00Z`) + r.offset * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  }
  if ('nth' in r) {
    if (r.nth === -1) {
      const last = daysInMonth(year, r.month);
      return isoDay(year, r.month, last - ((isoWeekday(isoDay(year, r.month, last)) - r.weekday + 7) % 7));
    }
    const day = 1 + ((r.weekday - isoWeekday(isoDay(year, r.month, 1)) + 7) % 7) + 7 * (r.nth - 1);
    return day <= daysInMonth(year, r.month) ? isoDay(year, r.month, day) : null;
  }
  return r.day <= daysInMonth(year, r.month) ? isoDay(year, r.month, r.day) : null;
}

/** The holiday's day in `year` under the first rule (in order) that applies that year. */
export function holidayDay(rules: HolidayRule[], year: number): IsoDay | null {
  for (const r of rules) {
    const d = ruleDay(r, year);
    if (d) return d;
  }
  return null;
}

/** Rules for one country: its own rules first, then the "*" rules for the years its own do not cover. */
export function rulesFor(obs: HolidayObservance[], country: string): HolidayRule[] {
  const own = obs.filter((o) => o.countries.includes(country)).map((o) => o.rule);
  const any = obs.filter((o) => o.countries.includes('*')).map((o) => o.rule);
  return [...own, ...any];
}

function addSubCased(trie: SubTrie, text: string, value: string, lang: string, weak = false): void {
  const toks = tokenize(text, 0, text.length, lang);
  if (!toks.length) return;
  const caps = toks.map((t) => t.cap);
  const variants = [toks.map((t) => t.norm)];
  const folded = variants[0].map(foldToken);
  if (folded.join(' ') !== variants[0].join(' ')) variants.push(folded);
  for (const tokens of variants) {
    let node = trie;
    for (const t of tokens) {
      let next = node.lit.get(t);
      if (!next) node.lit.set(t, (next = { lit: new Map(), entry: null }));
      node = next;
    }
    if (!node.entry) node.entry = { value, weak, caps };
    else if (node.entry.value === value) {
      // Same words written twice with different capitals: the laxer form wins; a strong reading beats a weak one.
      node.entry = { value, weak: node.entry.weak && weak, caps: caps.map((c, i) => c && (node.entry!.caps?.[i] ?? true)) };
    }
  }
}

/** Adds one language's holiday names ("~" in front = ambiguous name, needs a preposition or a year). */
export function addHolidayNames(trie: SubTrie, names: Record<string, string[]>, lang: string): void {
  for (const [id, list] of Object.entries(names)) {
    for (const raw of list) {
      const weak = raw.startsWith('~');
      addSubCased(trie, weak ? raw.slice(1) : raw, id, lang, weak);
    }
  }
}

/** Compiles the holiday table and the per-language name lists. */
export function compileHolidays(data: HolidayData | null, countries: CountryData | null): { table: HolidayTable; names: Map<string, Record<string, string[]>> } {
  const observances = new Map<string, HolidayObservance[]>();
  const names = new Map<string, Record<string, string[]>>();
  for (const [id, h] of Object.entries(data?.holidays ?? {})) {
    observances.set(id, h.observed.map((r) => ({ countries: r.countries?.length ? r.countries : ['*'], rule: parseRule(id, r) })));
    for (const [lang, list] of Object.entries(h.names ?? {})) {
      let m = names.get(lang);
      if (!m) names.set(lang, (m = {}));
      m[id] = [...(m[id] ?? []), ...list];
    }
  }
  const trie: SubTrie = { lit: new Map(), entry: null };
  const addCountry = (text: string, id: string) => addSubCased(trie, text.endsWith('*') ? text.slice(0, -1) : text, id, 'und');
  for (const e of countries?.entities ?? []) {
    if (e.kind && e.kind !== 'country') continue;
    for (const a of [...(e.aliases ?? []), ...(e.demonyms ?? [])]) addCountry(a, e.id);
  }
  for (const [id, list] of Object.entries(data?.countryNames ?? {})) for (const a of list) addCountry(a, id);
  return {
    table: { observances, languageCountries: new Map(Object.entries(data?.languageCountries ?? {})), countries: trie },
    names,
  };
}

/** Most extra letters an inflected country name may carry per word ("Macron" → "Macronem"), as in the gazetteer. */
const MAX_INFLECTION = 3;
const MIN_INFLECTED = 4;

/** Children of `node` that token `tok` may continue: exact, diacritic-less, or with up to three letters of ending. */
function countrySteps(node: SubTrie, tok: Token): SubTrie[] {
  const out: SubTrie[] = [];
  const seen = new Set<string>();
  for (const form of tok.fold === tok.norm ? [tok.norm] : [tok.norm, tok.fold]) {
    for (let cut = 0; cut <= MAX_INFLECTION; cut++) {
      const key = form.slice(0, form.length - cut);
      // Short Latin/Cyrillic names inflect only from four letters on ("US" + "ed" is no name); Hangul particles
      // attach to two-syllable names ("북한은").
      if (cut > 0 && key.length < MIN_INFLECTED && !(key.length >= 2 && key.charAt(0).toLowerCase() === key.charAt(0).toUpperCase())) break;
      if (seen.has(key)) continue;
      seen.add(key);
      const next = node.lit.get(key);
      if (next) out.push(next);
    }
  }
  return out;
}

export interface CountryHit { start: number; end: number; id: string }

/** Country names in one sentence's tokens (longest match at each position, left to right). */
export function findCountries(tokens: Token[], table: HolidayTable): CountryHit[] {
  const out: CountryHit[] = [];
  if (!table.countries.lit.size) return out;
  for (let i = 0; i < tokens.length; ) {
    let best: { to: number; id: string } | null = null;
    let frontier: SubTrie[] = [table.countries];
    for (let p = i; p < tokens.length && p - i < 6 && frontier.length; p++) {
      const next: SubTrie[] = [];
      for (const node of frontier) next.push(...countrySteps(node, tokens[p]));
      frontier = next;
      for (const node of frontier) {
        const e = node.entry;
        if (e && casedOk(e.caps, tokens, i)) best = { to: p + 1, id: String(e.value) };
      }
    }
    if (best) {
      out.push({ start: tokens[i].start, end: tokens[best.to - 1].end, id: best.id });
      i = best.to;
    } else i++;
  }
  return out;
}

/** Words written with a capital in the data need one in the text (scripts without case have none on either side). */
export function casedOk(caps: boolean[] | undefined, tokens: Token[], from: number): boolean {
  if (!caps) return true;
  for (let k = 0; k < caps.length; k++) if (caps[k] && !tokens[from + k]?.cap) return false;
  return true;
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

/**
 * Gives a freshly matched holiday its observing country and, when the sentence states one, its year:
 * 1. the nearest country named in the sentence that observes the holiday, else the language's default countries;
 *    no observing country → the symbol keeps no rules and resolves vague;
 * 2. a year written with the holiday ("Christmas 2022"), else the nearest year-bearing expression of the sentence,
 *    preferring one that names the holiday's own day (an anniversary of it).
 * With both known, the holiday becomes a plain date.
 */
export function placeHoliday(u: UnresolvedTimex, sentence: UnresolvedTimex[], countries: CountryHit[], lang: string, table: HolidayTable): { symbol: TimexSymbol; why: string } {
  const s = u.symbol;
  if (s.kind !== 'holiday') return { symbol: s, why: '' };
  const obs = table.observances.get(s.id) ?? [];
  const observes = (c: string) => obs.some((o) => o.countries.includes(c) || o.countries.includes('*'));
  let country: string | null = null;
  let how = '';
  const named = countries.filter((c) => observes(c.id)).sort((a, b) => distance(a, u) - distance(b, u));
  if (named.length) { country = named[0].id; how = `country ${country} named in the sentence`; }
  else {
    const dflt = (table.languageCountries.get(lang) ?? []).find(observes);
    if (dflt) { country = dflt; how = `country ${country}, the language's default`; }
    else if (obs.length && obs.every((o) => o.countries.includes('*'))) { country = '*'; how = 'observed everywhere on the same day'; }
  }
  if (country === null) return { symbol: { kind: 'holiday', id: s.id, rules: [], ...(s.year !== undefined ? { year: s.year } : {}) }, why: `holiday ${s.id}: no observing country in the sentence or for the language` };
  const rules = rulesFor(obs, country);
  let year = s.year;
  let yearWhy = year !== undefined ? 'year written with it' : '';
  if (year === undefined) {
    let best: { year: number; score: number } | null = null;
    for (const o of sentence) {
      if (o === u) continue;
      const t = o.symbol;
      const y = t.kind === 'year' && t.endYear === undefined ? t.year : t.kind === 'date' && t.year !== undefined && t.endYear === undefined ? t.year : undefined;
      if (y === undefined) continue;
      const own = t.kind === 'date' && t.day !== undefined && holidayDay(rules, y) === isoDay(y, t.month, t.day);
      const score = (own ? 0 : 1_000_000) + distance(o, u);
      if (!best || score < best.score) best = { year: y, score };
    }
    if (best) { year = best.year; yearWhy = 'year from the sentence'; }
  }
  const why = `holiday ${s.id}: ${how}${yearWhy ? `, ${yearWhy}` : ''}`;
  if (year !== undefined) {
    const day = holidayDay(rules, year);
    if (day) return { symbol: { kind: 'date', year, month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) }, why };
  }
  return { symbol: { kind: 'holiday', id: s.id, rules, ...(year !== undefined ? { year } : {}) }, why };
}
