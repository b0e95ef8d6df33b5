/** Words for events: status, support (sources and languages), and the accessible names of marks and clusters. */
import type { EventStatus, TimelineEvent } from '../../model/timeline.ts';
import type { EventSummary } from '../../model/timelineIndex.ts';
import { formatDateInterval, formatMonthSpan } from '../../model/dateLabels.ts';

/** Number of distinct articles that report an event (several sentences of one article count once). */
export function countSources(event: Pick<EventSummary, 'articles'>): number {
  return event.articles.length;
}

export function sourcesInWords(n: number): string {
  return n === 1 ? '1 source' : `${n} sources`;
}

/** How well an event is supported: distinct articles, and the distinct languages they are written in. */
export interface Support {
  sources: number;
  languages: number;
  languageCodes: string[];
}

export function describeSupport(event: Pick<EventSummary, 'articles' | 'sourceCount'>, langOf: (articleId: string) => string): Support {
  const { articles } = event;
  // One article (most events) needs no de-duplication: this runs for every event before the first paint.
  const languageCodes = articles.length === 1 ? [langOf(articles[0])] : [...new Set(articles.map(langOf))];
  // Copies of one story (article.duplicateOf) count once: the pipeline's sourceCount when it set one.
  return { sources: event.sourceCount ?? articles.length, languages: languageCodes.length, languageCodes };
}

/** "1 source", "3 sources, 2 languages": the support as drawn beside a mark. */
export function supportLabel({ sources, languages }: Pick<Support, 'sources' | 'languages'>): string {
  if (sources <= 1) return sourcesInWords(sources);
  return `${sourcesInWords(sources)}, ${languages === 1 ? '1 language' : `${languages} languages`}`;
}

/** "3 sources in 2 languages": the support as said in accessible names. */
export function supportInWords({ sources, languages }: Pick<Support, 'sources' | 'languages'>): string {
  if (sources <= 1) return sourcesInWords(sources);
  return `${sourcesInWords(sources)} in ${languages === 1 ? '1 language' : `${languages} languages`}`;
}

const STATUS_WORDS: Record<EventStatus, string> = {
  occurred: 'occurred', planned: 'planned', expected: 'expected', possible: 'possible',
  alleged: 'alleged', denied: 'denied', ongoing: 'ongoing',
};

export function statusInWords(status: EventStatus): string {
  return STATUS_WORDS[status] ?? status;
}

/**
 * "Emmanuel Macron and Olaf Scholz meet in Berlin, May 2024, expected, 4 sources in 2 languages".
 * Without `support` the languages are not known and only the sources are counted.
 */
export function eventAccessibleName(event: Pick<EventSummary, 'title' | 'date' | 'status' | 'articles'>, support?: Support): string {
  const supportWords = support ? supportInWords(support) : sourcesInWords(countSources(event));
  return `${event.title}, ${formatDateInterval(event.date)}, ${statusInWords(event.status)}, ${supportWords}`;
}

/** "March–May 2023": the months a group of events covers (from the first start to the last end). */
export function clusterName(members: ReadonlyArray<Pick<TimelineEvent, 'date'>>): string {
  let first = members[0].date.start, last = members[0].date.end;
  for (const { date } of members) {
    if (date.start < first) first = date.start;
    if (date.end > last) last = date.end;
  }
  return formatMonthSpan(first, last);
}
