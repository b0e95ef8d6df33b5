import { describe, expect, it } from 'vitest';
import { SAMPLE_TIMELINE } from './__fixtures__/sample.ts';
import { toTimelineJS } from './timelineJs.ts';
import type { TimelineJSDate } from './timelineJs.ts';

const doc = toTimelineJS(SAMPLE_TIMELINE, { title: 'Kim & Putin <2023>' });
const slide = (id: string) => doc.events.find((s) => s.unique_id === id)!;

/** The TimelineJS3 date object rules: integer year, month only with year, day only with month. */
function isTimelineJSDate(date: TimelineJSDate): boolean {
  if (!Number.isInteger(date.year)) return false;
  if (date.day !== undefined && date.month === undefined) return false;
  if (date.month !== undefined && !(Number.isInteger(date.month) && date.month >= 1 && date.month <= 12)) return false;
  if (date.day !== undefined && !(Number.isInteger(date.day) && date.day >= 1 && date.day <= 31)) return false;
  return Object.keys(date).every((k) => ['year', 'month', 'day', 'display_date'].includes(k));
}

describe('toTimelineJS', () => {
  it('has the TimelineJS3 shape: events array, title slide object, required slide fields', () => {
    expect(Array.isArray(doc.events)).toBe(true);
    expect(doc.events).toHaveLength(SAMPLE_TIMELINE.events.length);
    expect(doc.title).toEqual({ text: { headline: 'Kim &amp; Putin &lt;2023&gt;' } });
    const allowed = ['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'unique_id', 'autolink'];
    for (const s of doc.events) {
      expect(Object.keys(s).every((k) => allowed.includes(k))).toBe(true);
      expect(isTimelineJSDate(s.start_date)).toBe(true);
      if (s.end_date) expect(isTimelineJSDate(s.end_date)).toBe(true);
      expect(typeof s.text?.headline).toBe('string');
      expect(typeof s.text?.text).toBe('string');
      if (s.media) expect(s.media.url).toMatch(/^https?:\/\//);
    }
    expect(new Set(doc.events.map((s) => s.unique_id)).size).toBe(doc.events.length);
    expect(toTimelineJS(SAMPLE_TIMELINE)).not.toHaveProperty('title');
  });

  it('expresses precision by omitting month and day', () => {
    expect(slide('kim-jong-un--letter--2019').start_date).toEqual({ year: 2019 });
    expect(slide('kim-jong-un--letter--2019').end_date).toBeUndefined();
    expect(slide('kim-jong-un--vladimir-putin--summit--2023-09').start_date).toEqual({ year: 2023, month: 9 });
    expect(slide('kim-jong-un--vladimir-putin--meeting--2023-09-13').start_date).toEqual({ year: 2023, month: 9, day: 13 });
  });

  it('gives weeks, ranges and seasons an end date and words to display', () => {
    expect(slide('statement--2023-W35')).toMatchObject({
      start_date: { year: 2023, month: 8, day: 28 }, end_date: { year: 2023, month: 9, day: 3 }, display_date: 'week of 28 Aug 2023',
    });
    expect(slide('kim-jong-un--visit--2023-09-10')).toMatchObject({
      start_date: { year: 2023, month: 9, day: 10 }, end_date: { year: 2023, month: 9, day: 13 },
    });
    expect(slide('drill--2023-WI')).toMatchObject({
      start_date: { year: 2023, month: 12 }, end_date: { year: 2024, month: 2 }, display_date: 'winter 2023–24',
    });
    expect(slide('exercise--2024-FA').display_date).toBe('autumn 2024');
  });

  it('escapes article text for HTML and keeps non-Latin text', () => {
    const meeting = slide('kim-jong-un--vladimir-putin--meeting--2023-09-13');
    expect(meeting.text!.text).not.toContain('<script>');
    expect(meeting.text!.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;nothing else&quot;');
    expect(meeting.text!.text).toContain('<cite dir="auto">Kim arrives, Putin waits: &quot;a new era&quot;</cite>');
    expect(slide('kim-jong-un--vladimir-putin--summit--2023-09').text!.headline).toBe('Kim Jong Un and Vladimir Putin, &quot;summit&quot; in Russia');
    expect(slide('kim-jong-un--vladimir-putin--summit--2023-09').text!.text).toContain('<span lang="ko" dir="auto">“김정은 국무위원장과');
    // Every tag in the text is one we wrote.
    for (const s of doc.events) {
      for (const tag of s.text!.text!.match(/<\/?[a-z]+/g) ?? []) expect(['<p', '</p', '<em', '</em', '<span', '</span', '<cite', '</cite']).toContain(tag);
    }
  });

  it('uses the first http(s) source as media, never a javascript: URL', () => {
    expect(slide('kim-jong-un--vladimir-putin--meeting--2023-09-13').media).toEqual({
      url: 'https://example.org/news/kim?x=1&y=2', caption: 'Kim arrives, Putin waits: &quot;a new era&quot;', credit: 'example.org',
    });
    expect(slide('arms-transfer--2023-10').media).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain('javascript:');
  });

  it('groups by type and starts the text with the status', () => {
    expect(slide('drill--2023-WI').group).toBe('military exercise');
    expect(slide('drill--2023-WI').text!.text!.startsWith('<p><em>Status: planned</em></p>')).toBe(true);
    expect(doc.events.every((s) => s.autolink === false)).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(toTimelineJS(SAMPLE_TIMELINE, { title: 'Kim & Putin <2023>' }))).toBe(JSON.stringify(doc));
  });
});
