/**
 * People the text names with the title of an office the gazetteer says they held: "prezydenta Andrzeja Dudy",
 * "French President Emmanuel Macron", "박근혜 대통령". News gives people the title they hold at the time, so these
 * are evidence for the document date (temporal/documentDate.ts weighs them); a qualifier voids the title ("former",
 * "then", "vice": lang/<iso>/events.json `titleQualifiers`). Pure; works on the sentences as their
 * text alone analyses them, before the article has a date.
 */
import type { OfficeHolding } from '../temporal/types.ts';
import { timed } from '../run/stageTimings.ts';
import { hasMatchAt } from './lexicon.ts';
import { analyseSentenceText, type EntityHit, type SentenceInfo } from './sentence.ts';
import type { EventResources, GazetteerEntity, LanguageResources } from './types.ts';

/** Words a title may stand before its name ("President of France Emmanuel Macron"). */
const MAX_WORDS_BEFORE_NAME = 2;
/** Words before a title that may make it a former or another one ("the former Russian president", "vice-premier"). */
const QUALIFIER_REACH = 2;

/** The person's offices a title names: its role, a ceremonial head of state for "president", any ministry for "minister". */
function fits(title: string, role: string): boolean {
  return role === title || (title === 'head_of_state' && role === 'ceremonial_head_of_state') || (title === 'minister' && role.endsWith('_minister'));
}

function qualified(s: SentenceInfo, lr: LanguageResources, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= to; i++) if (hasMatchAt(lr.titleQualifiers, s.words, i)) return true;
  return false;
}

/** The title right before a person's name, or right after it (no word between, as Korean and Japanese write it). */
function titleOf(s: SentenceInfo, e: EntityHit, lr: LanguageResources): { first: number; last: number; role: string } | null {
  for (const r of s.roles) {
    if (s.clause[r.first] !== s.clause[e.first]) continue;
    const before = r.last < e.first && e.first - r.last - 1 <= MAX_WORDS_BEFORE_NAME;
    const after = r.first > e.last && r.first - e.last - 1 <= 1;
    if (!before && !after) continue;
    // Another person between them takes the title ("Macron's spokesman Gabriel Attal").
    const [lo, hi] = before ? [r.last, e.first] : [e.last, r.first];
    if (s.entities.some((o) => o !== e && o.entity.kind === 'person' && o.first > lo && o.last < hi)) continue;
    if (before ? qualified(s, lr, r.first - QUALIFIER_REACH, r.first - 1) : qualified(s, lr, e.last + 1, r.first - 1)) return null;
    return { first: Math.min(r.first, e.first), last: Math.max(r.last, e.last), role: r.entry.value };
  }
  return null;
}

function termsFor(person: GazetteerEntity, title: string): OfficeHolding['terms'] {
  return person.roles.filter((r) => fits(title, r.role) && /^\d{4}-\d{2}/.test(r.from)).map((r) => [r.from.slice(0, 7), r.to === null ? null : r.to.slice(0, 7)]);
}

/** An article's sentences as their text alone analyses them (extractMentions takes them back, dated, for its events). */
export const sentenceTexts = timed('sentence analysis (people, places, triggers)', (text: string, spans: ReadonlyArray<readonly [number, number]>, lang: string, resources: EventResources): SentenceInfo[] => {
  const lr = resources.languages.get(lang) ?? resources.fallback;
  return spans.map((span, i) => analyseSentenceText(text, i, span, lang, lr, resources.gazetteer));
});

export function officeHoldings(sentences: readonly SentenceInfo[], lang: string, resources: EventResources): OfficeHolding[] {
  const lr = resources.languages.get(lang) ?? resources.fallback;
  const out: OfficeHolding[] = [];
  // Short aliases (a bare surname) count only where the article also names the person in full, as for events.
  const fullNamed = new Set<string>();
  for (const s of sentences) for (const e of s.entities) if (!e.short) fullNamed.add(e.entity.id);
  for (const s of sentences) {
    if (!s.roles.length) continue;
    for (const e of s.entities) {
      if (e.entity.kind !== 'person' || e.titled || !e.entity.roles.length || (e.short && !fullNamed.has(e.entity.id))) continue;
      const title = titleOf(s, e, lr);
      if (!title) continue;
      const terms = termsFor(e.entity, title.role);
      if (!terms.length) continue;
      out.push({
        person: e.entity.id, role: title.role, terms, sentence: s.index,
        start: s.tokens[s.wordToken[title.first]].start, end: s.tokens[s.wordToken[title.last]].end,
      });
    }
  }
  return out;
}
