/**
 * A synthetic `dateline/1` timeline of any size, for the rendering benchmark and the large-timeline tests.
 * Pure and deterministic: the same (size, seed) always gives the same timeline, byte for byte.
 *
 * Shaped like a real news archive rather than a uniform grid, because the renderer's hard cases are the clumps:
 * most events fall in bursts around a few dates (a summit, a war, an election), with long quiet stretches
 * between them, over 1990–2025. Precisions mix exact days, day ranges, months, quarters and years; statuses,
 * types, participants and places repeat with a long tail, as names do in the news. Every event has one to four
 * mentions, each quoting one sentence of a small article published near the event.
 *
 * Names are made from syllables, so no real person or place appears in code.
 */
import { SCHEMA, EVENT_STATUSES, EVENT_TYPES, type Article, type EventStatus, type EventType, type Mention, type Timeline, type TimelineEvent, type DateInterval } from '../../src/model/timeline.ts';
import { addDays, dayFromNumber, dayNumber } from '../../src/model/calendar.ts';
import { timexInterval, timexRangeInterval } from '../../src/model/timexValue.ts';
import { mulberry32 } from './random.ts';

export interface SyntheticOptions {
  events: number;
  seed?: number;
  /** First and last day events may fall on. */
  from?: string;
  to?: string;
}


type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
/** Zipf-like choice: index 0 is the most frequent, the tail is long. */
const pickSkewed = <T>(rng: Rng, items: readonly T[]): T => items[Math.min(items.length - 1, Math.floor(items.length * rng() ** 3))];
function pickWeighted<T>(rng: Rng, weighted: ReadonlyArray<readonly [T, number]>): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted[weighted.length - 1][0];
}
/** Standard normal (Box–Muller). */
const gaussian = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'te', 'vo', 'sul', 'an', 'bre', 'dor', 'el', 'fi', 'gar', 'hen', 'is', 'jo', 'ku', 'lin', 'mar', 'nes', 'or', 'pa', 'qui', 'ros', 'sa', 'tor', 'ul', 'vin', 'wen', 'ya', 'zel'];
const LANGS = ['en', 'de', 'fr', 'pt', 'it', 'pl', 'es', 'sq'];
const STATUS_WEIGHTS: ReadonlyArray<readonly [EventStatus, number]> = EVENT_STATUSES.map((s) => [s, s === 'occurred' ? 60 : s === 'planned' || s === 'expected' ? 12 : 4]);
const VERBS: Partial<Record<EventType, string>> = {
  meeting: 'meet', summit: 'hold a summit', visit: 'visit', call: 'speak by phone', letter: 'exchange letters',
  statement: 'issue a statement', sanctions: 'announce sanctions', treaty: 'sign a treaty', deployment: 'deploy forces',
  military_exercise: 'hold exercises', arms_transfer: 'agree an arms transfer', launch: 'launch a rocket', forum: 'attend a forum',
  parade: 'review a parade',
};

function word(rng: Rng, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += pick(rng, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

function uniqueNames(rng: Rng, count: number, make: () => string): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(make());
  return [...names];
}

/** Bursts: a centre day, a spread in days, and a weight (few big stories, many small ones). */
function bursts(rng: Rng, count: number, first: number, last: number): Array<{ centre: number; spread: number; weight: number }> {
  return Array.from({ length: count }, () => ({
    centre: first + Math.floor(rng() * (last - first)),
    spread: 1 + Math.floor(60 * rng() ** 2),
    weight: 1 / (0.02 + rng()) ** 1.2,
  }));
}

function eventDay(rng: Rng, clumps: ReturnType<typeof bursts>, totalWeight: number, first: number, last: number): number {
  // A fifth of the news is background, anywhere in the range.
  if (rng() < 0.2) return first + Math.floor(rng() * (last - first + 1));
  let r = rng() * totalWeight;
  let burst = clumps[clumps.length - 1];
  for (const b of clumps) if ((r -= b.weight) < 0) { burst = b; break; }
  const day = Math.round(burst.centre + gaussian(rng) * burst.spread);
  return Math.min(last, Math.max(first, day));
}

function eventDate(rng: Rng, day: string): DateInterval {
  const kind = pickWeighted(rng, [['day', 62], ['range', 8], ['month', 18], ['quarter', 4], ['year', 8]] as const);
  const [y, m] = [day.slice(0, 4), Number(day.slice(5, 7))];
  const value = kind === 'day' ? day
    : kind === 'month' ? day.slice(0, 7)
      : kind === 'quarter' ? `${y}-Q${Math.ceil(m / 3)}`
        : kind === 'year' ? y : null;
  const interval = value ? timexInterval(value) : timexRangeInterval(day, addDays(day, 1 + Math.floor(rng() * 6)));
  return interval!;
}

export function syntheticTimeline({ events: count, seed = 1, from = '1990-01-01', to = '2025-12-31' }: SyntheticOptions): Timeline {
  const rng = mulberry32(seed);
  const first = dayNumber(from), last = dayNumber(to);
  const people = uniqueNames(rng, Math.max(20, Math.round(Math.sqrt(count) * 4)), () => `${word(rng, 2)} ${word(rng, 2 + Math.floor(rng() * 2))}`);
  const places = uniqueNames(rng, Math.max(10, Math.round(Math.sqrt(count) * 2)), () => word(rng, 2 + Math.floor(rng() * 2)));
  const clumps = bursts(rng, 30 + Math.round(count / 400), first, last);
  const totalWeight = clumps.reduce((sum, b) => sum + b.weight, 0);

  const days = Array.from({ length: count }, () => eventDay(rng, clumps, totalWeight, first, last)).sort((a, b) => a - b);
  // About one article per event; each article reports the events of its day or so (articles are in date order too).
  const articleCount = Math.max(1, count);
  const sentencesOf: string[][] = Array.from({ length: articleCount }, () => []);
  const articleDay: number[] = Array.from({ length: articleCount }, (_, i) => days[Math.min(count - 1, Math.floor(i * count / articleCount))] ?? first);

  const timelineEvents: TimelineEvent[] = days.map((dayNo, i) => {
    const day = dayFromNumber(dayNo);
    const type = pickSkewed(rng, EVENT_TYPES);
    const status = pickWeighted(rng, STATUS_WEIGHTS);
    const participants = [...new Set([pickSkewed(rng, people), ...(rng() < 0.6 ? [pickSkewed(rng, people)] : [])])];
    const place = rng() < 0.7 ? pickSkewed(rng, places) : null;
    const date = eventDate(rng, day);
    const action = VERBS[type] ?? 'appear together';
    const title = `${participants.join(' and ')} ${action}${place ? ` in ${place}` : ''}`;
    const mentionCount = pickWeighted(rng, [[1, 60], [2, 25], [3, 10], [4, 5]] as const);
    const base = Math.floor(i * articleCount / count);
    const articleIndexes = [...new Set(Array.from({ length: mentionCount }, () => Math.min(articleCount - 1, Math.max(0, base + Math.floor(gaussian(rng) * 3)))))];
    const mentions: Mention[] = articleIndexes.map((a) => {
      const quote = `${title}, ${pick(rng, ['officials said', 'according to reports', 'the agency reported', 'witnesses said', 'a spokesperson confirmed'])} (${date.value}).`;
      const sentence = sentencesOf[a].push(quote) - 1;
      // Offsets are filled in once the article text is assembled.
      return { article: `a${a}`, sentence, start: 0, end: 0, quote, timex: null, status, date, dateSource: 'document' };
    });
    return { id: `e${i}`, type, title, participants, place, date, status, mentions, conflicts: [] };
  });

  const articles: Article[] = sentencesOf.map((sentences, a) => {
    if (sentences.length === 0) sentences.push('No dated events are reported in this article.');
    const spans: Array<[number, number]> = [];
    let text = '';
    for (const s of sentences) {
      if (text) text += ' ';
      spans.push([text.length, text.length + s.length]);
      text += s;
    }
    const published = dayFromNumber(articleDay[a] + Math.floor(rng() * 3));
    return {
      id: `a${a}`, file: `a${a}.txt`, lang: pick(rng, LANGS), title: `Report ${a + 1}: ${sentences[0].slice(0, 60)}`, url: null,
      published: { value: published, precision: 'day', source: 'metadata', window: [published, published], evidence: [] },
      text, sentences: spans, timexes: [],
    };
  });
  for (const event of timelineEvents) {
    for (const mention of event.mentions) {
      const article = articles[Number(mention.article.slice(1))];
      [mention.start, mention.end] = article.sentences[mention.sentence];
    }
  }
  return { schema: SCHEMA, articles, events: timelineEvents, warnings: [] };
}
