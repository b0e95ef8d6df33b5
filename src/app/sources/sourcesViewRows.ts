/**
 * Pure helpers of the Sources view: one row per article with its warnings and event count, plus the warnings that
 * belong to no article (skipped sub-folders and files). Warnings live at the top level of the timeline, keyed by
 * article id, so they are grouped here once instead of being searched per row.
 */
import type { Warning } from '../../model/timeline.ts';
import type { EventSummary } from '../../model/timelineIndex.ts';
import type { ArticleSummary } from '../../model/timelineIndex.ts';

export interface SourceRow {
  article: ArticleSummary;
  warnings: Warning[];
  /** Events with at least one mention in this article (an event citing it twice counts once). */
  eventCount: number;
}

export interface GroupedWarnings {
  byArticle: Map<string, Warning[]>;
  /** Warnings about no article: skipped folders and files, and any that name an article the index does not have. */
  folder: Warning[];
}

/** Splits warnings by article id, keeping their order; none is dropped. */
export function groupWarnings(warnings: readonly Warning[], articleIds: ReadonlySet<string>): GroupedWarnings {
  const byArticle = new Map<string, Warning[]>();
  const folder: Warning[] = [];
  for (const warning of warnings) {
    if (warning.article === null || !articleIds.has(warning.article)) {
      folder.push(warning);
      continue;
    }
    const list = byArticle.get(warning.article);
    if (list) list.push(warning);
    else byArticle.set(warning.article, [warning]);
  }
  return { byArticle, folder };
}

/** How many events cite each article. */
export function countEventsByArticle(events: readonly EventSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const article of event.articles) counts.set(article, (counts.get(article) ?? 0) + 1);
  }
  return counts;
}

/** Every article in input order (as the pipeline wrote them), with its warnings and event count. */
export function sourceRows(articles: readonly ArticleSummary[], events: readonly EventSummary[], warnings: readonly Warning[]): { rows: SourceRow[]; folder: Warning[] } {
  const { byArticle, folder } = groupWarnings(warnings, new Set(articles.map((a) => a.id)));
  const counts = countEventsByArticle(events);
  const rows = articles.map((article) => ({ article, warnings: byArticle.get(article.id) ?? [], eventCount: counts.get(article.id) ?? 0 }));
  return { rows, folder };
}

/** Titles can be a megabyte of front matter: the table shows the beginning, the reader shows the rest. */
export const TITLE_CHARS = 160;

export function shortTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length <= TITLE_CHARS) return trimmed;
  // Cut on a code point boundary, never in the middle of a surrogate pair.
  return `${trimmed.slice(0, TITLE_CHARS).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** "3 warnings", for the caption and the header link. */
export function countInWords(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
