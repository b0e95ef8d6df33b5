/**
 * Well-known events an article names ("the L'Aquila earthquake", "COP21", "the Sochi Games", "노벨문학상") are events
 * of the timeline in their own right, whatever words report them: the news-event data (gazetteer/newsEvents) gives
 * their dates and English names, and the temporal tagger has already found their names in the text. Without this,
 * only the trigger words of lang/<iso>/events.json (meetings, visits, sanctions…) made events, and an article about
 * an earthquake, an election or a final put nothing on the timeline.
 */
import type { Article, DateInterval, EventStatus, EventType } from '../../model/timeline.ts';
import { dayFromNumber, dayNumber, daysInMonth } from '../../model/calendar.ts';
import { intervalsOverlap } from '../../model/timexValue.ts';
import type { NamedEventHit, NewsEventTable, Occurrence } from '../temporal/newsEvents.ts';
import { documentInterval } from './dateAttach.ts';
import type { MentionCandidate } from './types.ts';

/** Headline and lead: an event named here is what the article is about (the same rule as the document date's). */
const LEAD_SENTENCES = 3;
/** An event named in passing is on the timeline when it is this recent, or still to come within a year. */
const RECENT_DAYS = 90;
const AHEAD_DAYS = 366;
/** Longer occurrences (a war, a pandemic) are periods, not dated events. */
const MAX_EVENT_DAYS = 62;

/** The contract's type for a news-event kind; every other kind is `other`. */
const TYPE_OF_KIND: Readonly<Record<string, EventType>> = { treaty: 'treaty' };

/**
 * The participant id that stands for a named event: mentions of it cluster with each other and with nothing else.
 * Entries of one kind on the same days are one event named two ways ("92nd Academy Awards" from the editions file,
 * "Academy Awards" from the series), so the id is the kind and the days, not the entry.
 */
export const namedEventId = (kind: string, date: DateInterval): string => `news:${kind}:${date.start}/${date.end}`;

function occurrenceInterval(o: Occurrence): DateInterval {
  const start = dayFromNumber(o.from), end = dayFromNumber(o.to);
  if (o.from === o.to) return { value: start, precision: 'day', start, end };
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  if (start.endsWith('-01') && end === `${start.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`) return { value: start.slice(0, 7), precision: 'month', start, end };
  return { value: `${start}/${end}`, precision: 'day', start, end };
}

/** Data names are written as they sit in a sentence ("discovery of the Higgs boson"); a title starts with a capital. */
const titleCase = (name: string): string => name.charAt(0).toLocaleUpperCase('en') + name.slice(1);


/**
 * The occurrence a hit names: the only one, the one its cue names point to, else (a series named without its
 * year) the latest before the document for a report, the next after it for an event still to come.
 */
function occurrenceOf(hit: NamedEventHit, doc: DateInterval | null): Occurrence | null {
  const occ = hit.occurrences;
  if (occ.length === 1) return occ[0];
  if (hit.cueHits) {
    const most = Math.max(...hit.cueHits);
    const at = hit.cueHits.indexOf(most);
    if (most > 0 && hit.cueHits.indexOf(most, at + 1) < 0) return occ[at];
  }
  if (!doc) return null;
  const end = dayNumber(doc.end), start = dayNumber(doc.start);
  if (hit.tense === 'future') return occ.find((o) => o.from >= start) ?? null;
  return [...occ].reverse().find((o) => o.from <= end) ?? null;
}

function statusOf(hit: NamedEventHit, date: DateInterval, doc: DateInterval | null): EventStatus {
  if (!doc) return hit.tense === 'future' ? 'planned' : 'occurred';
  if (date.start > doc.end) return 'planned';
  if (date.end > doc.end && date.start <= doc.end) return 'ongoing';
  return 'occurred';
}

/**
 * Mentions of the named events of one article (pure). One per sentence that names an event, dated by the data.
 * `existing` are the article's other mentions: a sentence that already reports an event on those days (the
 * summit of "the two leaders met at Panmunjom") is not reported twice.
 */
export function namedEventMentions(article: Article, named: readonly NamedEventHit[], table: NewsEventTable, existing: readonly MentionCandidate[]): MentionCandidate[] {
  if (!named.length) return [];
  const doc = documentInterval(article);
  const sentencesOf = new Map<string, Set<number>>();
  for (const h of named) {
    const set = sentencesOf.get(h.id);
    if (set) set.add(h.sentence); else sentencesOf.set(h.id, new Set([h.sentence]));
  }
  const out: MentionCandidate[] = [];
  const seen = new Set<string>();
  // An event one sentence already reports with a trigger (the summit of "the two leaders met at Panmunjom") is that
  // report's event in the article's other sentences too (a headline that names it): not a second event.
  const reported = new Set<string>();
  for (const hit of named) {
    const o = occurrenceOf(hit, doc);
    if (o && existing.some((m) => m.sentence === hit.sentence && m.dateSource !== 'document' && intervalsOverlap(m.date, occurrenceInterval(o)))) reported.add(hit.id);
  }
  for (const hit of named) {
    const key = `${hit.id}|${hit.sentence}`;
    const event = table.events.get(hit.id);
    if (seen.has(key) || !event || reported.has(hit.id)) continue;
    seen.add(key);
    const o = occurrenceOf(hit, doc);
    if (!o || o.to - o.from + 1 > MAX_EVENT_DAYS) continue;
    const date = occurrenceInterval(o);
    const sentences = sentencesOf.get(hit.id)!;
    const subject = Math.min(...sentences) < LEAD_SENTENCES || sentences.size > 1;
    // Named once in passing, long before the article or far ahead of it: background, not news of the article.
    const near = doc !== null && o.to >= dayNumber(doc.start) - RECENT_DAYS && o.from <= dayNumber(doc.end) + AHEAD_DAYS;
    if (!subject && !near) continue;
    const span = article.sentences[hit.sentence];
    if (!span) continue;
    const [start, end] = span;
    out.push({
      article: article.id, sentence: hit.sentence, start, end,
      quote: article.text.slice(start, end),
      timex: null, status: statusOf(hit, date, doc), date,
      trigger: { start: hit.start, end: hit.end },
      dateSource: 'gazetteer',
      type: TYPE_OF_KIND[event.kind] ?? 'other',
      participants: [],
      place: null,
      lang: article.lang,
      participantIds: [namedEventId(event.kind, date)],
      people: [],
      affiliations: [],
      placeId: null,
      placeCountry: null,
      published: doc?.start ?? null,
      eventName: titleCase(event.title),
    });
  }
  return out;
}
