/**
 * Spreadsheet exports: one row per event, one row per mention.
 *
 * - RFC 4180: comma separated, fields with commas, quotes or line breaks double-quoted, quotes doubled, CRLF
 *   record ends (also after the last record), one header row.
 * - A UTF-8 byte order mark starts the file. Excel opens a BOM-less .csv in the legacy ANSI code page and turns
 *   every non-Latin quote into mojibake; LibreOffice, Google Sheets, pandas (`utf-8-sig`) and papaparse all
 *   accept the BOM, so it costs nothing elsewhere.
 * - Formula injection (OWASP): a text cell starting with = + - @ tab or CR gets a leading apostrophe (and is
 *   quoted), so a spreadsheet shows it as text instead of running it. Numbers are written as numbers.
 *   papaparse's own `escapeFormulae: true` pattern ends in `.*$` without the s flag and so misses multi-line
 *   cells; we pass an anchored prefix pattern instead.
 */
import Papa from 'papaparse';
import type { Timeline } from '../model/timeline.ts';
import { toEdtf } from './edtf.ts';
import { articlesById, firstSourceUrl, safeHttpUrl, sourceArticleCount, sourceLanguages } from './sources.ts';

export const UTF8_BOM = '\uFEFF';
export const FORMULA_PREFIX = /^[=+\-@\t\r]/;

export const EVENT_COLUMNS = [
  'id', 'date', 'start', 'end', 'precision', 'type', 'status', 'title', 'participants', 'place', 'sources',
  'languages', 'first_url',
] as const;

export const MENTION_COLUMNS = [
  'event_id', 'article_id', 'article_title', 'language', 'sentence_index', 'quote', 'date', 'status', 'article_url',
] as const;

/** Separator inside list cells (participants, languages): commas are common in names, semicolons are not. */
export const LIST_SEPARATOR = '; ';

type Cell = string | number;

function writeCsv(columns: readonly string[], rows: Cell[][]): string {
  const body = Papa.unparse({ fields: [...columns], data: rows }, {
    newline: '\r\n',
    escapeFormulae: FORMULA_PREFIX,
    quotes: false,
  });
  return `${UTF8_BOM}${body}\r\n`;
}

export function toEventsCsv(timeline: Timeline): string {
  const articles = articlesById(timeline);
  const rows = timeline.events.map((event): Cell[] => [
    event.id,
    toEdtf(event.date, event.status),
    event.date.start,
    event.date.end,
    event.date.precision,
    event.type,
    event.status,
    event.title,
    event.participants.join(LIST_SEPARATOR),
    event.place ?? '',
    sourceArticleCount(event),
    sourceLanguages(event, articles).join(LIST_SEPARATOR),
    firstSourceUrl(event, articles) ?? '',
  ]);
  return writeCsv(EVENT_COLUMNS, rows);
}

/** `sentence_index` is the contract's 0-based index into `article.sentences`; URLs other than http(s) are left out. */
export function toMentionsCsv(timeline: Timeline): string {
  const articles = articlesById(timeline);
  const rows = timeline.events.flatMap((event) => event.mentions.map((mention): Cell[] => {
    const article = articles.get(mention.article);
    return [
      event.id,
      mention.article,
      article?.title ?? '',
      article?.lang ?? '',
      mention.sentence,
      mention.quote,
      toEdtf(mention.date, mention.status),
      mention.status,
      safeHttpUrl(article?.url) ?? '',
    ];
  }));
  return writeCsv(MENTION_COLUMNS, rows);
}
