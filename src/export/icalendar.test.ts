import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../model/timeline.ts';
import { SAMPLE_TIMELINE, sampleEvent } from './__fixtures__/sample.ts';
import { deriveDtstamp, escapeIcsText, foldLine, toICalendar } from './icalendar.ts';

const ics = toICalendar(SAMPLE_TIMELINE);

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const byUid = new Map(calendar.getAllSubcomponents('vevent').map((vevent) => [String(vevent.getFirstPropertyValue('uid')), vevent]));
  return { calendar, byUid };
}

const { calendar, byUid } = parse(ics);
const vevent = (eventId: string) => {
  const found = byUid.get(`${eventId}@dateline.invalid`);
  if (!found) throw new Error(`no VEVENT for ${eventId}`);
  return found;
};
const dateOf = (eventId: string, prop: 'dtstart' | 'dtend') => {
  const time = vevent(eventId).getFirstPropertyValue(prop) as ICAL.Time;
  expect(time.isDate).toBe(true);
  return time.toString();
};

describe('toICalendar parsed back with ical.js', () => {
  it('has the calendar header properties', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Dateline//Dateline timeline export//EN');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
  });

  it('has one VEVENT per event, with unique UIDs', () => {
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(SAMPLE_TIMELINE.events.length);
    expect(byUid.size).toBe(SAMPLE_TIMELINE.events.length);
  });

  it.each([
    ['kim-jong-un--vladimir-putin--meeting--2023-09-13', '2023-09-13', '2023-09-14'],
    ['statement--2023-W35', '2023-08-28', '2023-09-04'],
    ['kim-jong-un--vladimir-putin--summit--2023-09', '2023-09-01', '2023-10-01'],
    ['drill--2023-WI', '2023-12-01', '2024-03-01'],
    ['exercise--2024-FA', '2024-09-01', '2024-12-01'],
    ['talks--2023-Q4', '2023-10-01', '2024-01-01'],
    ['kim-jong-un--letter--2019', '2019-01-01', '2020-01-01'],
    ['kim-jong-un--visit--2023-09-10', '2023-09-10', '2023-09-14'],
  ])('%s is all-day %s .. %s (exclusive end)', (id, start, end) => {
    expect(dateOf(id, 'dtstart')).toBe(start);
    expect(dateOf(id, 'dtend')).toBe(end);
  });

  it('maps statuses to TENTATIVE / CONFIRMED / CANCELLED', () => {
    for (const event of SAMPLE_TIMELINE.events) {
      const expected = { occurred: 'CONFIRMED', ongoing: 'CONFIRMED', denied: 'CANCELLED' }[event.status as string] ?? 'TENTATIVE';
      expect(vevent(event.id).getFirstPropertyValue('status'), event.id).toBe(expected);
    }
  });

  it('round-trips escaped text: commas, quotes, semicolons, backslashes, newlines, markup, non-Latin', () => {
    const summit = vevent('kim-jong-un--vladimir-putin--summit--2023-09');
    expect(summit.getFirstPropertyValue('summary')).toBe('Kim Jong Un and Vladimir Putin, "summit" in Russia');
    expect(summit.getFirstPropertyValue('location')).toBe('Vladivostok');
    const description = String(summit.getFirstPropertyValue('description'));
    expect(description).toContain('김정은 국무위원장과 블라디미르 푸틴 대통령은');
    expect(description).toContain('— 김정은 위원장, 블라디보스토크 도착');
    expect(description).toContain('\nSources:\n');
    const meeting = String(vevent('kim-jong-un--vladimir-putin--meeting--2023-09-13').getFirstPropertyValue('description'));
    expect(meeting).toContain('<script>alert("x")</script> & "nothing else", then left.');
    expect(meeting).toContain('<https://example.org/news/kim?x=1&y=2>');
  });

  it('sets CATEGORIES to the type and URL to the first http(s) source', () => {
    const meeting = vevent('kim-jong-un--vladimir-putin--meeting--2023-09-13');
    expect(meeting.getFirstPropertyValue('categories')).toBe('meeting');
    expect(meeting.getFirstPropertyValue('url')).toBe('https://example.org/news/kim?x=1&y=2');
    // The Russian article's url is javascript:, so the event it alone reports has no URL.
    expect(vevent('arms-transfer--2023-10').getFirstPropertyValue('url')).toBeNull();
    expect(ics).not.toContain('javascript:');
  });

  it('escapes special characters in a hostile title', () => {
    const title = 'a\\b;c,d\ne\r\nf\u0007g';
    const timeline: Timeline = { ...SAMPLE_TIMELINE, events: [{ ...sampleEvent('talks--2023-Q4'), title }] };
    const parsed = parse(toICalendar(timeline));
    expect(parsed.calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe('a\\b;c,d\ne\nfg');
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('iCalendar layout', () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it('ends every line with CRLF and never exceeds 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('folds long lines with a leading space, without splitting UTF-8 sequences', () => {
    const lines = ics.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    // Every physical line is valid UTF-8 on its own: decoding with fatal errors would throw on a split sequence.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) expect(decoder.decode(new TextEncoder().encode(line))).toBe(line);
    // Unfolding gives back the logical lines (RFC 5545 3.1).
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:Status: expected. Date: 2023-09? (month).\\nParticipants: Kim Jong Un\\, Vladimir Putin.');
  });

  it('folds at code point boundaries exactly at the limit', () => {
    const line = `SUMMARY:${'한'.repeat(40)}`; // 8 + 120 octets
    const folded = foldLine(line).split('\r\n');
    expect(folded.map(octets).every((n) => n <= 75)).toBe(true);
    expect(folded.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(line);
    expect(foldLine('SHORT:ok')).toBe('SHORT:ok');
    const emoji = `X:${'😀'.repeat(30)}`; // 4-octet characters, surrogate pairs in UTF-16
    expect(foldLine(emoji).split('\r\n').map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(emoji);
  });

  it('is byte-identical for the same input, with a DTSTAMP from the latest publication day', () => {
    expect(toICalendar(SAMPLE_TIMELINE)).toBe(ics);
    expect(deriveDtstamp(SAMPLE_TIMELINE)).toBe('20231002T000000Z');
    expect(ics).toContain('DTSTAMP:20231002T000000Z');
    const undated: Timeline = { ...SAMPLE_TIMELINE, articles: SAMPLE_TIMELINE.articles.map((a) => ({ ...a, published: null })) };
    expect(deriveDtstamp(undated)).toBe('19700101T000000Z');
    expect(toICalendar(SAMPLE_TIMELINE, { dtstamp: '20240101T120000Z' })).toContain('DTSTAMP:20240101T120000Z');
  });

  it('writes a valid empty calendar for a timeline without events', () => {
    const empty = toICalendar({ ...SAMPLE_TIMELINE, events: [] });
    expect(parse(empty).calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
