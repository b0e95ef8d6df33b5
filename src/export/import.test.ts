import { describe, expect, it } from 'vitest';
import type { Article, TimelineEvent } from '../model/timeline.ts';
import { SAMPLE_TIMELINE } from './__fixtures__/sample.ts';
import { toEventsCsv } from './csv.ts';
import type { ImportResult } from './curated.ts';
import { fromEventsCsv } from './importCsv.ts';
import { fromTimelineJS } from './importTimelineJs.ts';
import { toTimelineJS } from './timelineJs.ts';

/** The contract invariants an imported batch must keep on its own. */
function expectContractShape({ events, articles }: ImportResult): void {
  const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));
  for (const article of articles) expect(article.file).toBe(`${article.id}.txt`);
  for (const event of events) {
    expect(event.curated).toBe(true);
    expect(event.mentions.length).toBeGreaterThanOrEqual(1);
    expect(event.date.start <= event.date.end).toBe(true);
    for (const mention of event.mentions) {
      const article = byId.get(mention.article)!;
      expect(article).toBeDefined();
      expect(mention.quote).toBe(article.text.slice(mention.start, mention.end));
      expect(article.sentences[mention.sentence]).toEqual([mention.start, mention.end]);
      expect(mention.date).toEqual(event.date);
    }
  }
  const sorted = [...events].sort((a, b) => (a.date.start === b.date.start ? (a.id < b.id ? -1 : 1) : a.date.start < b.date.start ? -1 : 1));
  expect(events.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
}

const essentials = (e: TimelineEvent) => ({ title: e.title, date: e.date, status: e.status, type: e.type });
const sortKey = (a: { date: { start: string }; title: string }, b: { date: { start: string }; title: string }) =>
  a.date.start.localeCompare(b.date.start) || a.title.localeCompare(b.title);

describe('fromTimelineJS', () => {
  it('round-trips our export: same titles, dates, statuses and types', () => {
    const json = JSON.parse(JSON.stringify(toTimelineJS(SAMPLE_TIMELINE, { title: 'x' })));
    const result = fromTimelineJS(json, { source: 'sample.json' });
    expect(result.problems).toEqual([]);
    expectContractShape(result);
    const original = SAMPLE_TIMELINE.events.filter((e) => e.date.precision !== 'vague');
    const imported = result.events.filter((e) => e.id !== result.events.find((x) => x.title === 'Contacts continue')?.id);
    expect(imported.map(essentials).sort(sortKey)).toEqual(original.map(essentials).sort(sortKey));
    // A vague interval comes back as its days.
    expect(result.events.find((e) => e.title === 'Contacts continue')!.date).toEqual({
      value: '2023-01-01/2023-06-30', precision: 'day', start: '2023-01-01', end: '2023-06-30',
    });
  });

  it('carries the source as a synthetic article with plain-text quotes', () => {
    const result = fromTimelineJS(toTimelineJS(SAMPLE_TIMELINE), { source: 'sample.json' });
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]).toMatchObject({ id: 'curated:sample.json', lang: 'und', url: null, published: null });
    const meeting = result.events.find((e) => e.title === 'Kim Jong Un and Vladimir Putin meet')!;
    expect(meeting.id).toBe('curated--kim-jong-un-and-vladimir-putin-meet--2023-09-13');
    expect(meeting.mentions[0].quote).toContain('An aide said <script>alert("x")</script> & "nothing else", then left.');
    expect(meeting.mentions[0].quote).toContain('Source: https://example.org/news/kim?x=1&y=2');
    expect(meeting.mentions[0].quote).not.toContain('Status:');
    expect(meeting).toMatchObject({ curated: true, conflicts: [], participants: [], place: null });
  });

  it('gives stable ids derived from content, not order', () => {
    const json = toTimelineJS(SAMPLE_TIMELINE);
    const forward = fromTimelineJS(json).events.map((e) => e.id).sort();
    const backward = fromTimelineJS({ events: [...json.events].reverse() }).events.map((e) => e.id).sort();
    expect(backward).toEqual(forward);
  });

  it('reads hand-made TimelineJS: string numbers, HTML, defaults', () => {
    const result = fromTimelineJS({
      events: [
        { start_date: { year: '2023', month: '9', day: '4' }, text: { headline: 'Talks <b>begin</b>', text: '<p>First &amp; <i>second</i></p>' } },
        { start_date: { year: 2024 }, end_date: { year: 2024, month: 3 }, text: { headline: 'Spring' }, group: 'Military Exercise' },
      ],
    });
    expect(result.problems).toEqual([]);
    expectContractShape(result);
    const [talks, spring] = [...result.events].sort((a, b) => a.title.localeCompare(b.title)).reverse();
    expect(talks).toMatchObject({ title: 'Talks begin', status: 'occurred', type: 'other', date: { value: '2023-09-04', precision: 'day' } });
    expect(talks.mentions[0].quote).toBe('First & second');
    expect(spring).toMatchObject({ type: 'military_exercise', date: { value: '2024/2024-03', start: '2024-01-01', end: '2024-03-31' } });
    expect(spring.mentions[0].quote).toBe('Spring');
  });

  it.each([
    [null, /Not a TimelineJS document/],
    ['{"events": []}', /Not a TimelineJS document/],
    [{ events: 'nope' }, /Not a TimelineJS document/],
    [{ events: [] }, /empty/],
    [{ events: [42] }, /event 1: not an object/],
    [{ events: [{ text: { headline: 'x' } }] }, /event 1: start_date is missing/],
    [{ events: [{ start_date: { year: 'MMXXIII' }, text: { headline: 'x' } }] }, /start_date.year "MMXXIII"/],
    [{ events: [{ start_date: { year: 2023, month: 13 }, text: { headline: 'x' } }] }, /start_date.month 13/],
    [{ events: [{ start_date: { year: 2023, month: 2, day: 30 }, text: { headline: 'x' } }] }, /start_date.day 30/],
    [{ events: [{ start_date: { year: 2023, day: 3 }, text: { headline: 'x' } }] }, /day but no month/],
    [{ events: [{ start_date: { year: 2023 } }] }, /no text.headline/],
  ])('reports %j as a problem without throwing', (input, problem) => {
    const result = fromTimelineJS(input);
    expect(result.events).toEqual([]);
    expect(result.articles).toEqual([]);
    expect(result.problems.join('\n')).toMatch(problem);
  });

  it('repairs what it can and says so', () => {
    const result = fromTimelineJS({
      events: [
        { start_date: { year: 2023, month: 9 }, end_date: { year: 2023, month: 1 }, text: { headline: 'Backwards', text: 'Status: maybe' }, group: 'party' },
        { start_date: { year: 2023 }, text: { headline: 'Twice' } },
        { start_date: { year: 2023 }, text: { headline: 'Twice' } },
        { start_date: { year: 2023 }, text: { headline: 'Twice', text: 'other words' } },
        { start_date: { year: 2023 }, text: { headline: 'Bad link' }, media: { url: 'javascript:alert(1)' } },
      ],
    });
    expectContractShape(result);
    expect(result.problems).toEqual([
      'event 1: end_date is before start_date; used start_date only.',
      'event 1: status "maybe" is not one of occurred, planned, expected, possible, alleged, denied, ongoing; used "occurred".',
      'event 1: type "party" is not a Dateline event type; used "other".',
      'event 3: same title, date and text as an earlier event; skipped as a duplicate.',
    ]);
    const ids = result.events.map((e) => e.id).sort();
    expect(ids.slice(0, 2)).toEqual(['curated--backwards--2023-09', 'curated--bad-link--2023']);
    // Namesakes with different texts both carry a text hash.
    expect(ids.slice(2)).toEqual([expect.stringMatching(/^curated--twice--2023--[0-9a-f]{8}$/), expect.stringMatching(/^curated--twice--2023--[0-9a-f]{8}$/)]);
    expect(JSON.stringify(result)).not.toContain('javascript:');
  });
});

describe('fromEventsCsv', () => {
  it('round-trips our export: same titles, dates, statuses, types, participants, places', () => {
    const result = fromEventsCsv(toEventsCsv(SAMPLE_TIMELINE), { source: 'events.csv' });
    expect(result.problems).toEqual([]);
    expectContractShape(result);
    const pick = (e: TimelineEvent) => ({ ...essentials(e), participants: e.participants, place: e.place });
    const original = SAMPLE_TIMELINE.events.filter((e) => e.date.precision !== 'vague');
    const imported = result.events.filter((e) => e.title !== 'Contacts continue');
    expect(imported.map(pick).sort(sortKey)).toEqual(original.map(pick).sort(sortKey));
    // The formula guard is undone on the way in.
    expect(result.events.some((e) => e.title === '=Arms transfer to Russia')).toBe(true);
  });

  it('reads a hand-made sheet: other column order, start/end, quotes, defaults', () => {
    const csv = [
      'Title,Start,End,Type,Participants,Text,URL',
      '"Putin, Kim meet",2023-09-13,,meeting,Vladimir Putin; Kim Jong Un,"They met.\nTwice, ""really"".",https://example.org/a',
      '김정은 방러,2023-09,,,,,',
      'Week,2023-08-28,2023-09-03,,,,',
    ].join('\n');
    const result = fromEventsCsv(csv);
    expect(result.problems).toEqual([]);
    expectContractShape(result);
    const meet = result.events.find((e) => e.title === 'Putin, Kim meet')!;
    expect(meet).toMatchObject({ type: 'meeting', status: 'occurred', participants: ['Vladimir Putin', 'Kim Jong Un'], date: { value: '2023-09-13' } });
    expect(meet.mentions[0].quote).toBe('They met.\nTwice, "really". Source: https://example.org/a');
    expect(result.events.find((e) => e.title === '김정은 방러')).toMatchObject({ id: 'curated--김정은-방러--2023-09', date: { precision: 'month' } });
    expect(result.events.find((e) => e.title === 'Week')!.date).toMatchObject({ value: '2023-W35', precision: 'week' });
  });

  it.each([
    ['', /empty/],
    ['\uFEFF', /empty/],
    ['name,date\nx,2023', /No "title" column/],
    ['title,date\n', /no rows/],
    ['title,date\nx,', /row 2: no date/],
    ['title,date\nx,September 2023', /row 2: date "September 2023" is not an EDTF date/],
    ['title,start,end\nx,2023-09-10,2023-09-01', /row 2: end "2023-09-01" is before start/],
    ['title,date\n,2023', /row 2: no title/],
    ['title,date\n"unclosed,2023', /Quoted field unterminated|Unclosed|quote/i],
  ])('reports %j as a problem without throwing', (input, problem) => {
    const result = fromEventsCsv(input);
    expect(result.problems.join('\n')).toMatch(problem);
  });

  it('never throws on non-string input', () => {
    expect(fromEventsCsv(undefined as unknown as string).problems).toEqual(['The CSV file is empty.']);
  });

  it('reports bad status, type and URL but keeps the row', () => {
    const result = fromEventsCsv('title,date,status,type,url\nx,2023,rumoured,party,ftp://example.org/x\n');
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatchObject({ status: 'occurred', type: 'other' });
    expect(result.problems).toHaveLength(3);
  });
});
