/**
 * Every export format in one table, so the CLI (`--format ics`) and the UI download menu offer the same list
 * with the same file extensions and media types. All renderers are pure: same timeline, same bytes.
 */
import type { Timeline } from '../model/timeline.ts';
import { toEventsCsv, toMentionsCsv } from './csv.ts';
import { toICalendar } from './icalendar.ts';
import { toJsonLd } from './jsonLd.ts';
import { toTimelineJS } from './timelineJs.ts';

export interface ExportContext {
  /** Human title of the timeline (TimelineJS title slide, calendar name, JSON-LD list name). */
  title?: string;
}

export interface ExportFormat {
  /** Menu label. */
  label: string;
  /** File extension without the dot. */
  extension: string;
  /** Media type for downloads and HTTP responses. */
  mime: string;
  render: (timeline: Timeline, context?: ExportContext) => string;
}

const DEFAULT_TITLE = 'Dateline timeline';

export type ExportFormatId = 'timelinejs' | 'ics' | 'events-csv' | 'mentions-csv' | 'jsonld';

export const EXPORT_FORMATS: Readonly<Record<ExportFormatId, ExportFormat>> = {
  timelinejs: {
    label: 'TimelineJS (JSON)',
    extension: 'json',
    mime: 'application/json',
    render: (timeline, context) => `${JSON.stringify(toTimelineJS(timeline, { title: context?.title }), null, 2)}\n`,
  },
  ics: {
    label: 'Calendar (iCalendar .ics)',
    extension: 'ics',
    mime: 'text/calendar; charset=utf-8',
    render: (timeline, context) => toICalendar(timeline, { calendarName: context?.title ?? DEFAULT_TITLE }),
  },
  'events-csv': {
    label: 'Events (CSV)',
    extension: 'csv',
    mime: 'text/csv; charset=utf-8; header=present',
    render: (timeline) => toEventsCsv(timeline),
  },
  'mentions-csv': {
    label: 'Source sentences (CSV)',
    extension: 'csv',
    mime: 'text/csv; charset=utf-8; header=present',
    render: (timeline) => toMentionsCsv(timeline),
  },
  jsonld: {
    label: 'schema.org JSON-LD',
    extension: 'jsonld',
    mime: 'application/ld+json',
    render: (timeline, context) => `${toJsonLd(timeline, { siteTitle: context?.title ?? DEFAULT_TITLE })}\n`,
  },
};

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];

export function isExportFormatId(value: string): value is ExportFormatId {
  return Object.hasOwn(EXPORT_FORMATS, value);
}

export { toTimelineJS } from './timelineJs.ts';
export type { TimelineJSDocument, TimelineJSSlide, TimelineJSDate, TimelineJSOptions } from './timelineJs.ts';
export { toICalendar } from './icalendar.ts';
export type { ICalendarOptions } from './icalendar.ts';
export { toEventsCsv, toMentionsCsv, EVENT_COLUMNS, MENTION_COLUMNS } from './csv.ts';
export { toEdtf, fromEdtf } from './edtf.ts';
export { toJsonLd } from './jsonLd.ts';
export type { JsonLdOptions } from './jsonLd.ts';
export { fromTimelineJS } from './importTimelineJs.ts';
export { fromEventsCsv } from './importCsv.ts';
export type { ImportResult, ImportOptions } from './curated.ts';
