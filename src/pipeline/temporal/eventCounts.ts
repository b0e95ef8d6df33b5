/**
 * Counts from an event the text names by a common noun. "…gjashtë vjet pas vdekjes së saj … Vdiq në Kalkutë më 5
 * shtator 1997": six years after her death, and the death's day is in another sentence, the one that reports it
 * with a word of the same meaning ("vdiq", died). The words of one meaning are the news-event data's synonym groups
 * (`eventNameSynonyms`), so what a count can count from is data, not code.
 */
import { looseForm, synonymGroup } from './newsEvents.ts';
import { tokenize } from './tokens.ts';
import type { UnresolvedTimex } from './types.ts';

/**
 * Sentences (headline first) whose counts count to the reported event, the present: later ones are as often an
 * account's own steps ("the process opened only two years after her death").
 */
const LEAD_SENTENCES = 3;
/** Words after a count that may name what it counts from: "six years after her death", "sei anni dopo la sua morte". */
const WORDS_AFTER_COUNT = 4;
const COUNT_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day']);
const LETTER_START = /^\p{L}/u;

const isCount = (t: UnresolvedTimex) => t.symbol.kind === 'duration' && COUNT_UNITS.has(t.symbol.unit) && t.symbol.n !== null && t.tense !== 'future';
const isFullDate = (t: UnresolvedTimex) => t.symbol.kind === 'date' && t.symbol.year !== undefined && t.symbol.day !== undefined && t.tense !== 'future' && !t.metadata;
const hasYear = (t: UnresolvedTimex) => (t.symbol.kind === 'year' || t.symbol.kind === 'date') && (t.symbol as { year?: number }).year !== undefined;

/** The synonym groups of the words in text[from, to). */
function groupsIn(text: string, from: number, to: number, lang: string, groups: ReadonlyArray<readonly string[]>, limit = Infinity): number[] {
  const out: number[] = [];
  let words = 0;
  for (const tok of tokenize(text, from, to, lang)) {
    if (!LETTER_START.test(tok.norm)) continue;
    if (++words > limit) break;
    const g = synonymGroup(looseForm(text.slice(tok.start, tok.end)), groups);
    if (g >= 0) out.push(g);
  }
  return out;
}

/**
 * The counts that count from a full date of another sentence (their `countsFrom` set to its start): the count stands in
 * the lead and has no year or date in its own sentence, a word of a synonym group follows it closely, and exactly one
 * full date stands in a sentence with a word of that group.
 */
export function linkEventCounts(text: string, sentences: ReadonlyArray<readonly [number, number]>, timexes: UnresolvedTimex[], lang: string, groups: ReadonlyArray<readonly string[]> | undefined): UnresolvedTimex[] {
  if (!groups?.length || !timexes.some(isCount)) return timexes;
  const sentenceGroups = new Map<number, Set<number>>();
  const groupsOf = (i: number) => {
    let g = sentenceGroups.get(i);
    if (!g) sentenceGroups.set(i, (g = new Set(groupsIn(text, sentences[i][0], sentences[i][1], lang, groups))));
    return g;
  };
  return timexes.map((t) => {
    if (!isCount(t) || t.sentence >= LEAD_SENTENCES || timexes.some((u) => u.sentence === t.sentence && hasYear(u)) || !sentences[t.sentence]) return t;
    const after = groupsIn(text, t.end, sentences[t.sentence][1], lang, groups, WORDS_AFTER_COUNT);
    if (!after.length) return t;
    const g = after[0];
    const dates = timexes.filter((u) => u.sentence !== t.sentence && isFullDate(u) && groupsOf(u.sentence).has(g));
    if (new Set(dates.map((u) => JSON.stringify(u.symbol))).size !== 1) return t;
    return { ...t, countsFrom: dates[0].start };
  });
}
