/**
 * Per-sentence analysis: word tokens, clause numbers, gazetteer hits, titled names, triggers and status cues.
 * Everything here is linear in the sentence's tokens.
 */
import { foldText, tokenize } from './normalize.ts';
import { hasMatchAt, longestMatchAt, matchAll, type PatternMatch } from './lexicon.ts';
import { wordHits } from './wordHits.ts';
import type { EntityRef, Gazetteer, GazetteerEntity, LanguageResources, StatusCue, Token, TriggerValue } from './types.ts';

export interface EntityHit {
  first: number;
  last: number;
  entity: GazetteerEntity;
  short: boolean;
  demonym: boolean;
  /** Preceded by a locative preposition ("em Lisboa", "do Rosji"). */
  locative: boolean;
  /** Found by a title word ("rzecznik X Y"), not by the gazetteer. */
  titled: boolean;
}

export interface TriggerHit {
  first: number;
  last: number;
  value: TriggerValue;
}

export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  words: Token[];
  /** For each word: index into tokens. */
  wordToken: number[];
  clause: number[];
  entities: EntityHit[];
  triggers: TriggerHit[];
  cues: Array<PatternMatch<StatusCue>>;
  negations: number[];
  anchors: Array<{ first: number; last: number }>;
  attributions: number[];
  roles: Array<PatternMatch<string>>;
}

const CLAUSE_PUNCT = new Set([';', ':', '(', ')']);

/** Names found after a title word ("porta-voz, Adrienne Watson") that the gazetteer lacks. */
function titledNames(s: SentenceInfo, lr: LanguageResources): EntityHit[] {
  const out: EntityHit[] = [];
  if (!s.roles.length) return out;
  const inEntity = new Uint8Array(s.words.length);
  for (const e of s.entities) for (let i = e.first; i <= e.last; i++) inEntity[i] = 1;
  const isRole = new Uint8Array(s.words.length);
  for (const r of s.roles) for (let i = r.first; i <= r.last; i++) isRole[i] = 1;
  for (const role of s.roles) {
    const limit = Math.min(s.words.length - 1, role.last + 7);
    for (let j = role.last + 1; j <= limit; j++) {
      if (s.clause[j] !== s.clause[role.last]) break;
      const w = s.words[j];
      if (inEntity[j] && s.entities.some((e) => e.first <= j && j <= e.last && e.entity.kind === 'person')) break;
      if (!w.cap || w.uncased || inEntity[j] || isRole[j]) continue;
      // A name starts right after the title, after a comma, or after an organisation or country name.
      const prevTok = s.tokens[s.wordToken[j] - 1];
      const prevWord = j - 1;
      const okStart = prevWord === role.last || (prevTok && prevTok.raw === ',') || (prevWord >= 0 && inEntity[prevWord]);
      if (!okStart) continue;
      let k = j;
      while (k + 1 <= limit && s.words[k + 1].cap && !s.words[k + 1].uncased && !inEntity[k + 1] && !isRole[k + 1] && s.wordToken[k + 1] === s.wordToken[k] + 1 + (s.tokens[s.wordToken[k] + 1]?.raw === '-' ? 1 : 0)) k++;
      if (k > j && k - j <= 3) {
        const surface = s.tokens.slice(s.wordToken[j], s.wordToken[k] + 1).map((t) => t.raw).join(' ');
        const country = nearestCountry(s, role.first, j);
        out.push({
          first: j, last: k, short: false, demonym: false, locative: false, titled: true,
          entity: { id: `name:${foldText(surface)}`, name: surface, kind: 'person', country, roles: [{ role: role.entry.value, country, from: '0000', to: null }], actor: false, capitalOf: null, media: false },
        });
      }
      break;
    }
  }
  return out;
}

/** Offices held by one person per country at a time; "officials" or "ministers" name nobody in particular. */
const RESOLVABLE_ROLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister', 'national_security_adviser']);

/** Word `k` is joined to the word before it by a hyphen ("Jong-un"). */
function hyphenated(tokens: readonly Token[], wordToken: readonly number[], k: number): boolean {
  return k > 0 && wordToken[k] - wordToken[k - 1] === 2 && tokens[wordToken[k] - 1]?.raw === '-';
}

/**
 * "O principal diplomata da Coreia do Norte", "the Russian defence minister": a title with a country and no name
 * after it stands for whoever held that office on the article's date, when the gazetteer knows exactly one.
 */
function resolvedTitles(s: SentenceInfo, gaz: Gazetteer, day: string | null): EntityHit[] {
  if (!day) return [];
  const out: EntityHit[] = [];
  for (const role of s.roles) {
    const named = s.entities.some((e) => e.entity.kind === 'person' && e.first > role.last && e.first - role.last <= 4);
    if (named || s.entities.some((e) => e.first <= role.first && e.last >= role.last)) continue;
    if (!RESOLVABLE_ROLES.has(role.entry.value)) continue;
    const country = s.entities.find((e) => e.entity.kind === 'country' && !e.locative && s.clause[e.first] === s.clause[role.first] &&
      ((e.first > role.last && e.first - role.last <= 3) || (e.last < role.first && role.first - e.last <= 2)));
    if (!country) continue;
    const holders = (gaz.byRole.get(`${role.entry.value}|${country.entity.id}`) ?? []).filter((p) =>
      p.roles.some((r) => r.role === role.entry.value && r.country === country.entity.id && r.from <= day && (!r.to || day <= `${r.to}-31`)));
    if (holders.length !== 1) continue;
    out.push({ first: role.first, last: role.last, entity: holders[0], short: false, demonym: false, locative: false, titled: true });
  }
  return out;
}

function nearestCountry(s: SentenceInfo, from: number, to: number): string | null {
  for (const e of s.entities) if (e.first >= from && e.last < to && e.entity.kind === 'country') return e.entity.id;
  return null;
}

/** One sentence's analysis on the article's day: titles without a name ("the Russian president") resolved then. */
export function analyseSentence(text: string, index: number, span: readonly [number, number], lang: string, lr: LanguageResources, gaz: Gazetteer, day: string | null = null): SentenceInfo {
  return onDay(analyseSentenceText(text, index, span, lang, lr, gaz), gaz, day);
}

/**
 * The same analysis for another day, without touching `s` (an article analysed before its date is known reuses
 * what its text alone gives).
 */
export function onDay(s: SentenceInfo, gaz: Gazetteer, day: string | null): SentenceInfo {
  const resolved = resolvedTitles(s, gaz, day);
  if (!resolved.length) return { ...s, entities: [...s.entities] };
  return { ...s, entities: [...s.entities, ...resolved].sort((a, b) => a.first - b.first) };
}

/** What one sentence's text alone gives: no title is resolved to whoever held it on some day. */
export function analyseSentenceText(text: string, index: number, span: readonly [number, number], lang: string, lr: LanguageResources, gaz: Gazetteer): SentenceInfo {
  const tokens = tokenize(text, span[0], span[1], lang);
  const words: Token[] = [];
  const wordToken: number[] = [];
  tokens.forEach((t, i) => { if (t.word) { words.push(t); wordToken.push(i); } });
  const s: SentenceInfo = {
    index, start: span[0], end: span[1], tokens, words, wordToken, clause: new Array(words.length).fill(0),
    entities: [], triggers: [], cues: [], negations: [], anchors: [], attributions: [], roles: [],
  };
  const hits = words.map((w) => wordHits(lr, w));
  // Clauses: a complementiser ("that", "while") or ; : ( ) starts a new one.
  let clause = 0;
  let lastTok = -1;
  for (let i = 0; i < words.length; i++) {
    for (let t = lastTok + 1; t < wordToken[i]; t++) if (CLAUSE_PUNCT.has(tokens[t].raw)) clause++;
    lastTok = wordToken[i];
    const anchorLast = longestMatchAt(lr.anchors, words, i, hits[i].anchors);
    if (hasMatchAt(lr.clauseBreaks, words, i, hits[i].clauseBreaks)) clause++;
    if (anchorLast >= 0) s.anchors.push({ first: i, last: anchorLast });
    s.clause[i] = clause;
  }
  for (const m of matchAll<EntityRef>(gaz.aliases, words)) {
    const ref = m.entry.value;
    // Proper names must be capitalised in cased scripts; demonyms ("russo", "rosyjski") need not be.
    if (!ref.demonym && !ref.lower && !words[m.first].cap) continue;
    // Later capitalised words too ("an Islamic state" is no Islamic State), but a word hyphened to the one before
    // keeps the press's case ("Ban Ki-moon" for "Ban Ki Moon").
    if (ref.capitalWords?.some((i) => !words[m.first + i]?.cap && !hyphenated(tokens, wordToken, m.first + i))) continue;
    // A locative is a lower-case preposition right before the name ("em Lisboa"); a capitalised "A" opens a sentence.
    const prev = m.first > 0 ? words[m.first - 1] : null;
    const locative = !!prev && !prev.cap && hasMatchAt(lr.locatives, words, m.first - 1) && wordToken[m.first] - wordToken[m.first - 1] === 1;
    let last = m.last;
    // "SHBA-ja", "NATO-s": a hyphenated case ending belongs to the name.
    const dash = tokens[wordToken[last] + 1], tail = words[last + 1];
    if (dash?.raw === '-' && tail && wordToken[last + 1] === wordToken[last] + 2 && !tail.cap && tail.raw.length <= 3) last++;
    s.entities.push({ first: m.first, last, entity: ref.entity, short: ref.short, demonym: ref.demonym, locative, titled: false });
  }
  s.roles = matchAll(lr.roles, words, undefined, (i) => hits[i].roles);
  s.entities.push(...titledNames(s, lr));
  s.entities.sort((a, b) => a.first - b.first);
  s.triggers = matchAll(lr.triggers, words, (m) => hasCompanion(s, { first: m.first, last: m.last, value: m.entry.value }) && !namesDocument(s, lr, m.first, m.entry.value.type), (i) => hits[i].triggers)
    .map((m) => ({ first: m.first, last: m.last, value: m.entry.value }));
  s.cues = matchAll(lr.status, words, undefined, (i) => hits[i].status);
  for (let i = 0; i < words.length; i++) {
    if (hasMatchAt(lr.negation, words, i, hits[i].negation)) s.negations.push(i);
    if (hasMatchAt(lr.attributions, words, i, hits[i].attributions)) s.attributions.push(i);
  }
  return s;
}

/** Event types whose word, inside a capitalised name, names a document rather than reports an event. */
const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['treaty']);
/** Tokens after which a capital starts a sentence or a quotation, not a name. */
const OPENERS = new Set(['"', '«', '„', '“', '‘', "'", '(', '[', ':', '—', '–']);

/**
 * "Article 50 of the Lisbon Treaty", "the Minsk Agreement": a treaty word written with a capital inside a sentence is
 * part of the document's name, not a signing (in languages whose common nouns are lower case: not German). A forum
 * or summit named this way ("il Forum economico orientale") is the event itself, so only document types count.
 */
function namesDocument(s: SentenceInfo, lr: LanguageResources, i: number, type: string): boolean {
  const w = s.words[i];
  if (!DOCUMENT_TYPES.has(type) || lr.capitalisedNouns || i === 0 || w.uncased || !w.cap) return false;
  const before = s.tokens[s.wordToken[i] - 1];
  return !before || !OPENERS.has(before.raw);
}

/** True when a comma (or other punctuation) separates words a < b. */
export function punctBetween(s: SentenceInfo, a: number, b: number): boolean {
  for (let t = s.wordToken[a] + 1; t < s.wordToken[b]; t++) if (!s.tokens[t].word && s.tokens[t].raw !== '-' && s.tokens[t].raw !== '’' && s.tokens[t].raw !== "'") return true;
  return false;
}

/** Companion check for compound triggers: a word of `with` in the same clause within 10 words. */
export function hasCompanion(s: SentenceInfo, t: TriggerHit): boolean {
  const w = t.value.with;
  if (!w) return true;
  for (let i = Math.max(0, t.first - 10); i <= Math.min(s.words.length - 1, t.last + 10); i++) {
    if (s.clause[i] === s.clause[t.first] && (i < t.first || i > t.last) && hasMatchAt(w, s.words, i)) return true;
  }
  return false;
}
