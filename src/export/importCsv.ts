/**
 * Events CSV -> curated contract events (see curated.ts for how they carry their source).
 *
 * Reads the file `toEventsCsv` writes and hand-made ones: a header row (names case-insensitive, any order),
 * `title` required, the date as EDTF in `date` or as `start` [+ `end`] (YYYY, YYYY-MM or YYYY-MM-DD), optional
 * `type`, `status` (default occurred), `participants` (separated by ";"), `place`, `text` / `quote` /
 * `description` (the sentence that reports the event), `url` / `first_url`. The `id`, `precision`, `sources` and
 * `languages` columns of our own export are ignored: ids are derived from content again, and the rest follows
 * from the date and the synthetic source. The apostrophe our export puts before = + - @ tab CR is removed.
 */
import Papa from 'papaparse';
import type { DateInterval } from '../model/timeline.ts';
import { buildCuratedImport, quoteValue, readStatus, readType } from './curated.ts';
import type { CuratedDraft, ImportOptions, ImportResult } from './curated.ts';
import { FORMULA_PREFIX, UTF8_BOM } from './csv.ts';
import { intervalBetween } from './dateParts.ts';
import { fromEdtf } from './edtf.ts';
import { safeHttpUrl } from './sources.ts';

type Row = Record<string, string | undefined>;

/** Undoes the export's formula guard: `'=1+1` was written for `=1+1`; other apostrophes are content. */
function cell(row: Row, ...names: string[]): string {
  for (const name of names) {
    const value = row[name]?.trim();
    if (value) return value.startsWith("'") && FORMULA_PREFIX.test(value.slice(1)) ? value.slice(1) : value;
  }
  return '';
}

function readDate(row: Row, where: string, problems: string[]): DateInterval | null {
  const edtf = cell(row, 'date');
  if (edtf) {
    const parsed = fromEdtf(edtf);
    if (parsed) return parsed.date;
    problems.push(`${where}: date ${quoteValue(edtf)} is not an EDTF date this import reads (e.g. 2023-09-04, 2023-09, 2019, 2024-23, 2023-09-10/2023-09-13).`);
    return null;
  }
  const startText = cell(row, 'start'), endText = cell(row, 'end');
  if (!startText) {
    problems.push(`${where}: no date (fill "date" with an EDTF date, or "start" and optionally "end").`);
    return null;
  }
  const start = fromEdtf(startText), end = endText ? fromEdtf(endText) : start;
  if (!start || start.date.value.includes('/')) {
    problems.push(`${where}: start ${quoteValue(startText)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD).`);
    return null;
  }
  if (!end || end.date.value.includes('/')) {
    problems.push(`${where}: end ${quoteValue(endText)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD); used start only.`);
    return start.date;
  }
  const date = intervalBetween(start.date, end.date);
  if (!date) problems.push(`${where}: end ${quoteValue(endText)} is before start ${quoteValue(startText)}.`);
  return date;
}

function readRow(row: Row, where: string, problems: string[]): CuratedDraft | null {
  const title = cell(row, 'title').replace(/\s+/g, ' ');
  if (!title) {
    problems.push(`${where}: no title; skipped.`);
    return null;
  }
  const date = readDate(row, where, problems);
  if (!date) {
    problems.push(`${where}: no usable date; skipped.`);
    return null;
  }
  const urlText = cell(row, 'url', 'first_url');
  const url = safeHttpUrl(urlText);
  if (urlText && !url) problems.push(`${where}: url ${quoteValue(urlText)} is not an http(s) URL; left out.`);
  return {
    title, date, where, url,
    status: readStatus(cell(row, 'status'), where, problems),
    type: readType(cell(row, 'type'), where, problems),
    participants: cell(row, 'participants').split(';').map((name) => name.trim()).filter(Boolean),
    place: cell(row, 'place') || null,
    text: cell(row, 'text', 'quote', 'description'),
  };
}

export function fromEventsCsv(text: string, options: ImportOptions = {}): ImportResult {
  const problems: string[] = [];
  const source = { source: options.source ?? 'events.csv' };
  if (typeof text !== 'string' || !text.replace(UTF8_BOM, '').trim()) {
    problems.push('The CSV file is empty.');
    return { events: [], articles: [], problems };
  }
  const parsed = Papa.parse<Row>(text.startsWith(UTF8_BOM) ? text.slice(1) : text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  for (const error of parsed.errors.slice(0, 20)) {
    // papaparse counts data rows from 0; +2 gives the spreadsheet row (header is row 1).
    problems.push(`${error.row === undefined ? 'CSV' : `row ${error.row + 2}`}: ${error.message}.`);
  }
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('title')) {
    problems.push(`No "title" column (found: ${fields.map((f) => quoteValue(f)).join(', ') || 'none'}); nothing imported.`);
    return { events: [], articles: [], problems };
  }
  const drafts: CuratedDraft[] = [];
  parsed.data.forEach((row, index) => {
    const draft = readRow(row, `row ${index + 2}`, problems);
    if (draft) drafts.push(draft);
  });
  if (parsed.data.length === 0) problems.push('The CSV has a header but no rows; nothing to import.');
  return buildCuratedImport(drafts, source, problems);
}
