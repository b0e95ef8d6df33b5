import { describe, expect, it } from 'vitest';
import { validateTimeline } from '../../src/pipeline/timelineFile.ts';
import { dayNumber } from '../../src/model/calendar.ts';
import { syntheticTimeline } from './syntheticTimeline.ts';

describe('syntheticTimeline', () => {
  const timeline = syntheticTimeline({ events: 3000, seed: 7 });

  it('is a valid dateline/1 timeline of the asked size', () => {
    const { timeline: checked, problems } = validateTimeline(JSON.parse(JSON.stringify(timeline)));
    expect(problems).toEqual([]);
    expect(checked?.events).toHaveLength(3000);
    expect(new Set(timeline.events.map((e) => e.id)).size).toBe(3000);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(JSON.stringify(syntheticTimeline({ events: 300, seed: 7 }))).toBe(JSON.stringify(syntheticTimeline({ events: 300, seed: 7 })));
    expect(JSON.stringify(syntheticTimeline({ events: 300, seed: 8 }))).not.toBe(JSON.stringify(syntheticTimeline({ events: 300, seed: 7 })));
  });

  it('quotes each mention from its article, at its offsets', () => {
    const articles = new Map(timeline.articles.map((a) => [a.id, a]));
    for (const event of timeline.events.slice(0, 500)) {
      for (const m of event.mentions) {
        const article = articles.get(m.article)!;
        expect(article.text.slice(m.start, m.end)).toBe(m.quote);
        expect(article.sentences[m.sentence]).toEqual([m.start, m.end]);
      }
    }
  });

  it('is clumpy: bursts far denser than the average, and mixed precisions and statuses', () => {
    const days = timeline.events.map((e) => dayNumber(e.date.start)).sort((a, b) => a - b);
    const span = days.at(-1)! - days[0];
    let densest = 0;
    for (let i = 0, j = 0; i < days.length; i++) {
      while (days[i] - days[j] > 30) j++;
      densest = Math.max(densest, i - j + 1);
    }
    expect(densest).toBeGreaterThan(10 * (days.length / span) * 30);
    expect(new Set(timeline.events.map((e) => e.date.precision))).toEqual(new Set(['day', 'month', 'quarter', 'year']));
    expect(new Set(timeline.events.map((e) => e.status)).size).toBeGreaterThanOrEqual(5);
    expect(timeline.events.some((e) => e.date.start !== e.date.end && e.date.precision === 'day')).toBe(true); // day ranges
  });
});
