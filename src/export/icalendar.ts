/**
 * iCalendar (RFC 5545) export: one all-day VEVENT per event.
 *
 * - Dates are all-day `VALUE=DATE` with the exclusive DTEND RFC 5545 requires (the day after `date.end`), so a
 *   month-precision event spans the whole month and a year-precision one the whole year. Never times: the
 *   contract has calendar days, and a time would invite time-zone shifts.
 * - DTSTAMP must be present but "now" would break byte-identical output. It is the latest article publication
 *   day (the data is "as of" then) at 00:00:00Z, else 1970-01-01T00:00:00Z; `options.dtstamp` overrides it.
 * - STATUS has only TENTATIVE / CONFIRMED / CANCELLED: occurred and ongoing are CONFIRMED; planned, expected,
 *   possible and alleged are TENTATIVE (not confirmed by the sources: a forecast, a rumour or an accusation);
 *   denied is CANCELLED (reported as not happening). The exact status is also spelled out in DESCRIPTION.
 * - Text is escaped (\\ \; \, \n), control characters dropped, lines folded at 75 octets without splitting a
 *   UTF-8 sequence, CRLF line ends.
 */
import { addDays } from '../model/calendar.ts';
import { timexInterval } from '../model/timexValue.ts';
import type { Article, EventStatus, Timeline, TimelineEvent } from '../model/timeline.ts';
import { toEdtf } from './edtf.ts';
import { articlesById, eventSources, firstSourceUrl, oneLine, safeHttpUrl } from './sources.ts';

export interface ICalendarOptions {
  /** Calendar name (NAME / X-WR-CALNAME). */
  calendarName?: string;
  /** Right-hand side of every UID; `.invalid` (RFC 2606) can never collide with a real domain. */
  uidDomain?: string;
  /** A UTC stamp `YYYYMMDDTHHMMSSZ` to use instead of the derived one. */
  dtstamp?: string;
}

export const ICS_PRODID = '-//Dateline//Dateline timeline export//EN';
const DEFAULT_UID_DOMAIN = 'dateline.invalid';
const EPOCH_STAMP = '19700101T000000Z';

const ICS_STATUS: Record<EventStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  occurred: 'CONFIRMED', ongoing: 'CONFIRMED',
  planned: 'TENTATIVE', expected: 'TENTATIVE', possible: 'TENTATIVE', alleged: 'TENTATIVE',
  denied: 'CANCELLED',
};

export function icsStatus(status: EventStatus): 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED' {
  return ICS_STATUS[status];
}

/** TEXT value escaping (RFC 5545 3.3.11); control characters other than line breaks are not allowed at all. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();
const MAX_LINE_OCTETS = 75;

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 3.1); continuation lines start with one space,
 * which counts towards their 75. Splits only between code points, so no UTF-8 sequence is ever cut.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const icsDate = (day: string) => day.replace(/-/g, '');

/** Latest publication day over all articles (first day of its month or year when coarser). */
function latestPublication(articles: Article[]): string | null {
  let latest: string | null = null;
  for (const article of articles) {
    const day = article.published ? timexInterval(article.published.value)?.start : undefined;
    if (day && (!latest || day > latest)) latest = day;
  }
  return latest;
}

export function deriveDtstamp(timeline: Timeline): string {
  const day = latestPublication(timeline.articles);
  return day ? `${icsDate(day)}T000000Z` : EPOCH_STAMP;
}

function description(event: TimelineEvent, articles: Map<string, Article>): string {
  const lines = [`Status: ${event.status}. Date: ${toEdtf(event.date, event.status)} (${event.date.precision}).`];
  if (event.participants.length) lines.push(`Participants: ${event.participants.join(', ')}.`);
  lines.push('', 'Sources:');
  for (const { mention, article } of eventSources(event, articles)) {
    const title = article?.title ? ` — ${oneLine(article.title)}` : ` — ${mention.article}`;
    const url = safeHttpUrl(article?.url);
    lines.push(`“${oneLine(mention.quote)}”${title}${url ? ` <${url}>` : ''}`);
  }
  return lines.join('\n');
}

function vevent(event: TimelineEvent, articles: Map<string, Article>, dtstamp: string, uidDomain: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${event.id}@${uidDomain}`)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date.start)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(event.date.end, 1))}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    `DESCRIPTION:${escapeIcsText(description(event, articles))}`,
    `STATUS:${icsStatus(event.status)}`,
  ];
  if (event.place) lines.push(`LOCATION:${escapeIcsText(event.place)}`);
  lines.push(`CATEGORIES:${escapeIcsText(event.type)}`);
  const url = firstSourceUrl(event, articles);
  // URL is a URI value, not TEXT: no escaping, and safeHttpUrl already refused whitespace and quotes.
  if (url) lines.push(`URL:${url}`);
  // Transparent: a news event is not a busy slot in the subscriber's own calendar.
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

export function toICalendar(timeline: Timeline, options: ICalendarOptions = {}): string {
  const articles = articlesById(timeline);
  const dtstamp = options.dtstamp && /^\d{8}T\d{6}Z$/.test(options.dtstamp) ? options.dtstamp : deriveDtstamp(timeline);
  const uidDomain = options.uidDomain ?? DEFAULT_UID_DOMAIN;
  const name = escapeIcsText(options.calendarName ?? 'Dateline timeline');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    ...timeline.events.flatMap((event) => vevent(event, articles, dtstamp, uidDomain)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
