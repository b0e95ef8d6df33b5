/**
 * Scores a timeline against the seed gold: document dates, temporal expressions, event mentions and
 * cross-article clustering. Pure; used by `npm run eval` and by the gold tests.
 */
import type { Article, EventStatus, Timeline, TimelineEvent } from '../model/timeline.ts';
import { timexInterval, timexRangeInterval, intervalsOverlap } from '../model/timexValue.ts';
import goldNameWords from '../pipeline/__fixtures__/gold-name-words.json' with { type: 'json' };
import { goldStatuses, goldType, typeFamily, type Gold, type GoldDocument, type GoldEvent } from './gold.ts';

export interface DocumentDateScore {
  file: string;
  gold: string;
  window: [string, string];
  predicted: string | null;
  inWindow: boolean;
  exactDay: boolean;
}

export interface TimexScore {
  file: string;
  lang: string;
  required: number;
  requiredFound: number;
  requiredStrict: number;
  all: number;
  allFound: number;
  allStrict: number;
  exactSpan: number;
  predicted: number;
  spurious: string[];
  misses: string[];
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

export function scoreDocumentDates(gold: Gold, timeline: Timeline): DocumentDateScore[] {
  return gold.documents.map((doc) => {
    const article = findArticle(timeline, doc);
    const predicted = article?.published?.value ?? null;
    const [from, to] = doc.document_date.window;
    const inWindow = predicted !== null && predicted.length === 10 && predicted >= from && predicted <= to;
    return { file: doc.file, gold: doc.document_date.value, window: doc.document_date.window, predicted, inWindow, exactDay: predicted === doc.document_date.value };
  });
}

function findArticle(timeline: Timeline, doc: GoldDocument): Article | undefined {
  return timeline.articles.find((a) => a.file === doc.file);
}

/** A predicted value equals the gold one; gold ranges are written `start/end`. */
function sameValue(goldValue: string, predicted: { value: string; endValue?: string }): boolean {
  const value = predicted.endValue ? `${predicted.value}/${predicted.endValue}` : predicted.value;
  return value === goldValue;
}

export function scoreTimexes(gold: Gold, timeline: Timeline): TimexScore[] {
  return gold.documents.map((doc) => {
    const article = findArticle(timeline, doc);
    const predicted = article?.timexes ?? [];
    const score: TimexScore = {
      file: doc.file, lang: doc.language, required: 0, requiredFound: 0, requiredStrict: 0, all: doc.timexes.length,
      allFound: 0, allStrict: 0, exactSpan: 0, predicted: predicted.length, spurious: [], misses: [],
    };
    for (const g of doc.timexes) {
      const hits = predicted.filter((p) => overlaps(p.start, p.end, g.char_start, g.char_end));
      const found = hits.length > 0;
      const strict = hits.some((p) => sameValue(g.value, p));
      if (hits.some((p) => p.start === g.char_start && p.end === g.char_end)) score.exactSpan++;
      if (found) score.allFound++;
      if (strict) score.allStrict++;
      if (g.required) {
        score.required++;
        if (found) score.requiredFound++;
        if (strict) score.requiredStrict++;
        if (!strict) score.misses.push(`${g.id} "${g.text}" gold ${g.value}, got ${hits.map((h) => h.value + (h.endValue ? '/' + h.endValue : '')).join(',') || 'nothing'}`);
      }
    }
    for (const p of predicted) {
      if (!doc.timexes.some((g) => overlaps(p.start, p.end, g.char_start, g.char_end))) score.spurious.push(`"${p.text}" ${p.value}`);
    }
    return score;
  });
}

export interface EventScore {
  goldMentions: number;
  goldMatched: number;
  /** Matched gold mentions whose predicted status is one the gold allows. */
  statusCorrect: number;
  goldMatchedNonOther: number;
  goldNonOther: number;
  predictedMentions: number;
  /** Predicted mentions that report a gold event of the same article (any sentence). */
  predictedCorrect: number;
  /** Predicted mentions in the very sentence the gold marks for an event of the same type family. */
  predictedSameSentence: number;
  predictedNonOther: number;
  predictedCorrectNonOther: number;
  misses: string[];
  falsePositives: string[];
  pairwise: { precision: number; recall: number; f1: number; wrongMerges: string[] };
}

interface FlatMention {
  eventId: string;
  event: TimelineEvent;
  article: string;
  sentence: number;
  date: { start: string; end: string };
  status: EventStatus;
}

const normalizeName = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\(.*?\)/g, ' ');
/** Gold speaks of some actors by short or descriptive names; the words that identify them are gold data too. */
const GOLD_NAME_WORDS: Record<string, string[]> = goldNameWords.names;

function nameWords(name: string): string[] {
  const n = normalizeName(name).trim();
  return GOLD_NAME_WORDS[n] ?? n.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
}

function participantsOverlap(gold: GoldEvent, event: TimelineEvent): boolean {
  const predicted = normalizeName([...event.participants, event.place ?? ''].join(' | '));
  const goldWords = gold.participants.flatMap(nameWords);
  if (goldWords.length === 0) return true;
  return goldWords.some((w) => predicted.includes(w.trim()));
}

function dateCompatible(gold: GoldEvent, mentionDate: { start: string; end: string }): boolean {
  if (!gold.date) return true;
  const m = /^(\d{4}(?:-[\dWSPUFAWIQ]+)*)(?:\/(\d{4}[\d\-WSPUFAIQ]*))?/.exec(gold.date);
  if (!m) return true;
  const interval = timexRangeInterval(m[1], m[2]) ?? timexInterval(m[1]);
  if (!interval) return true;
  return intervalsOverlap(interval, mentionDate);
}

function mentionMatches(gold: GoldEvent, article: string, goldArticle: string, event: TimelineEvent, sentence: number, date: { start: string; end: string }): boolean {
  return article === goldArticle && sentence === gold.sentence_index && typeFamily(goldType(gold.type)) === typeFamily(event.type)
    && participantsOverlap(gold, event) && dateCompatible(gold, date);
}

export function scoreEvents(gold: Gold, timeline: Timeline): EventScore {
  const flat: FlatMention[] = timeline.events.flatMap((event) =>
    event.mentions.map((m) => ({ eventId: event.id, event, article: m.article, sentence: m.sentence, date: m.date, status: m.status })));
  const goldFlat = gold.documents.flatMap((doc) => doc.events.map((g) => ({ g, article: doc.file.replace(/\.txt$/, '') })));
  const score: EventScore = {
    goldMentions: goldFlat.length, goldMatched: 0, statusCorrect: 0, goldMatchedNonOther: 0, goldNonOther: 0, predictedMentions: flat.length, predictedCorrect: 0, predictedSameSentence: 0,
    predictedNonOther: 0, predictedCorrectNonOther: 0, misses: [], falsePositives: [], pairwise: { precision: 0, recall: 0, f1: 0, wrongMerges: [] },
  };
  // Each gold mention takes its best predicted mention (first match); used for clustering pairs.
  const assigned: Array<string | null> = goldFlat.map(({ g, article }) => {
    const hit = flat.find((f) => mentionMatches(g, f.article, article, f.event, f.sentence, f.date));
    const nonOther = goldType(g.type) !== 'other';
    if (nonOther) score.goldNonOther++;
    if (hit) {
      score.goldMatched++;
      if (goldStatuses(g.status).includes(hit.status)) score.statusCorrect++;
      if (nonOther) score.goldMatchedNonOther++;
    } else score.misses.push(`${article.slice(0, 3)} s${g.sentence_index} ${g.id} (${g.type}, ${g.status}) "${g.quote.slice(0, 60)}"`);
    return hit ? hit.eventId : null;
  });
  for (const f of flat) {
    // Correct: it reports a gold event of its article (the gold marks one sentence per event and article, while
    // the pipeline reports every sentence that mentions the event); "same sentence" is the stricter figure.
    const correct = goldFlat.some(({ g, article }) => article === f.article && typeFamily(goldType(g.type)) === typeFamily(f.event.type)
      && participantsOverlap(g, f.event) && dateCompatible(g, f.date));
    if (goldFlat.some(({ g, article }) => article === f.article && g.sentence_index === f.sentence && typeFamily(goldType(g.type)) === typeFamily(f.event.type))) score.predictedSameSentence++;
    if (correct) score.predictedCorrect++;
    if (f.event.type !== 'other') {
      score.predictedNonOther++;
      if (correct) score.predictedCorrectNonOther++;
    }
    if (!correct) score.falsePositives.push(`${f.article.slice(0, 3)} s${f.sentence} ${f.event.type} "${f.event.title}"`);
  }
  // Pairwise clustering over gold mentions; unmatched gold mentions are singletons.
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < goldFlat.length; i++) {
    for (let j = i + 1; j < goldFlat.length; j++) {
      const sameGold = goldFlat[i].g.id === goldFlat[j].g.id;
      const samePred = assigned[i] !== null && assigned[i] === assigned[j];
      if (sameGold && samePred) tp++;
      else if (samePred) {
        fp++;
        score.pairwise.wrongMerges.push(`${goldFlat[i].g.id} + ${goldFlat[j].g.id} in ${assigned[i]}`);
      } else if (sameGold) fn++;
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  score.pairwise = { ...score.pairwise, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  return score;
}
