/**
 * TimelineJS 3 JSON -> curated contract events (see curated.ts for how they carry their source).
 *
 * Reads what TimelineJS itself accepts: numbers or numeric strings in date objects, precision from the fields
 * present (no month = a year, no day = a month), HTML in headline and text (read as plain text). Our own export
 * starts each text with "Status: <status>"; that line sets the status and is not part of the quote. `group`
 * names the type when it is a Dateline type. Anything unusable is a problem, never an exception.
 */
import { isValidDay, pad } from '../model/calendar.ts';
import { timexInterval } from '../model/timexValue.ts';
import type { DateInterval } from '../model/timeline.ts';
import { buildCuratedImport, quoteValue, readStatus, readType } from './curated.ts';
import type { CuratedDraft, ImportOptions, ImportResult } from './curated.ts';
import { intervalBetween } from './dateParts.ts';
import { htmlToText } from './html.ts';
import { safeHttpUrl } from './sources.ts';
import { STATUS_LINE_PREFIX } from './timelineJs.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An integer from a number or a numeric string (spreadsheet-made TimelineJS files use strings). */
function integer(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return null;
}

/** A TimelineJS date object as a contract interval at the precision its fields give. */
function readDate(value: unknown, label: string, where: string, problems: string[]): DateInterval | null {
  if (!isRecord(value)) {
    problems.push(`${where}: ${label} is missing or not an object.`);
    return null;
  }
  const year = integer(value.year);
  if (year === null || year < 1 || year > 9999) {
    problems.push(`${where}: ${label}.year ${quoteValue(value.year)} is not a year between 1 and 9999.`);
    return null;
  }
  const hasMonth = value.month !== undefined && value.month !== null && value.month !== '';
  const hasDay = value.day !== undefined && value.day !== null && value.day !== '';
  const month = hasMonth ? integer(value.month) : null;
  const day = hasDay ? integer(value.day) : null;
  if (hasMonth && (month === null || month < 1 || month > 12)) {
    problems.push(`${where}: ${label}.month ${quoteValue(value.month)} is not a month 1-12.`);
    return null;
  }
  if (hasDay && !hasMonth) {
    problems.push(`${where}: ${label} has a day but no month.`);
    return null;
  }
  const timexValue = day !== null ? `${pad(year, 4)}-${pad(month!)}-${pad(day)}` : month !== null ? `${pad(year, 4)}-${pad(month)}` : pad(year, 4);
  if (hasDay && (day === null || !isValidDay(year, month!, day))) {
    problems.push(`${where}: ${label}.day ${quoteValue(value.day)} is not a day of ${pad(year, 4)}-${pad(month!)}.`);
    return null;
  }
  const interval = timexInterval(timexValue);
  if (!interval) problems.push(`${where}: ${label} could not be read as a date.`);
  return interval;
}

function readText(value: unknown): { headline: string; lines: string[] } {
  if (!isRecord(value)) return { headline: '', lines: [] };
  const headline = typeof value.headline === 'string' ? htmlToText(value.headline).replace(/\s+/g, ' ') : '';
  const body = typeof value.text === 'string' ? htmlToText(value.text) : '';
  return { headline, lines: body ? body.split('\n') : [] };
}

function readSlide(slide: unknown, where: string, problems: string[]): CuratedDraft | null {
  if (!isRecord(slide)) {
    problems.push(`${where}: not an object; skipped.`);
    return null;
  }
  const start = readDate(slide.start_date, 'start_date', where, problems);
  if (!start) {
    problems.push(`${where}: no usable start_date; skipped.`);
    return null;
  }
  let date = start;
  if (slide.end_date !== undefined && slide.end_date !== null) {
    const end = readDate(slide.end_date, 'end_date', where, problems);
    const between = end && intervalBetween(start, end);
    if (between) date = between;
    else if (end) problems.push(`${where}: end_date is before start_date; used start_date only.`);
  }
  const { headline, lines } = readText(slide.text);
  let status: unknown;
  if (lines[0]?.startsWith(STATUS_LINE_PREFIX)) status = lines.shift()!.slice(STATUS_LINE_PREFIX.length).trim();
  const title = headline || lines[0] || '';
  if (!title) {
    problems.push(`${where}: no text.headline (and no text); skipped.`);
    return null;
  }
  const media = isRecord(slide.media) ? slide.media : undefined;
  const url = typeof media?.url === 'string' ? safeHttpUrl(media.url) : null;
  return {
    title, date, where, url,
    status: readStatus(status, where, problems),
    type: readType(slide.group, where, problems),
    participants: [],
    place: null,
    text: lines.join('\n'),
  };
}

export function fromTimelineJS(json: unknown, options: ImportOptions = {}): ImportResult {
  const problems: string[] = [];
  const source = { source: options.source ?? 'timelinejs' };
  if (!isRecord(json) || !Array.isArray(json.events)) {
    problems.push('Not a TimelineJS document: expected an object with an "events" array.');
    return { events: [], articles: [], problems };
  }
  const drafts: CuratedDraft[] = [];
  json.events.forEach((slide, index) => {
    const draft = readSlide(slide, `event ${index + 1}`, problems);
    if (draft) drafts.push(draft);
  });
  if (json.events.length === 0) problems.push('The "events" array is empty; nothing to import.');
  return buildCuratedImport(drafts, source, problems);
}
