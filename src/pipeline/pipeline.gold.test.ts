/** The whole pipeline on the seeds, scored against the seed gold with no metadata given (as `npm run eval`). */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gold } from '../eval/gold.ts';
import { scoreDocumentDates, scoreEvents, scoreTimexes, type DocumentDateScore, type EventScore, type TimexScore } from '../eval/score.ts';
import type { Timeline } from '../model/timeline.ts';
import { extractTimeline } from './index.ts';

const gold: Gold = JSON.parse(readFileSync(new URL('./__fixtures__/seed-gold.json', import.meta.url), 'utf8'));
let timeline: Timeline;
let dates: DocumentDateScore[];
let timexes: TimexScore[];
let events: EventScore;

beforeAll(async () => {
  timeline = await extractTimeline('seeds');
  dates = scoreDocumentDates(gold, timeline);
  timexes = scoreTimexes(gold, timeline);
  events = scoreEvents(gold, timeline);
});

const total = (k: 'required' | 'requiredStrict' | 'requiredFound' | 'all' | 'allFound') => timexes.reduce((n, t) => n + t[k], 0);

afterAll(() => {
  console.log([
    'Pipeline on the seed gold (no metadata):',
    `  document dates in the gold window ${dates.filter((d) => d.inWindow).length}/5, exact day ${dates.filter((d) => d.exactDay).length}/5`,
    `  required timexes found ${total('requiredFound')}/${total('required')}, strict ${total('requiredStrict')}/${total('required')}; all found ${total('allFound')}/${total('all')}; spurious ${timexes.reduce((n, t) => n + t.spurious.length, 0)}`,
    `  gold event mentions matched ${events.goldMatched}/${events.goldMentions}; predicted mentions reporting a gold event ${events.predictedCorrect}/${events.predictedMentions}`,
    `  clustering pairwise P ${events.pairwise.precision.toFixed(3)} R ${events.pairwise.recall.toFixed(3)} F1 ${events.pairwise.f1.toFixed(3)}`,
  ].join('\n'));
});

describe('the pipeline on the seed gold', () => {
  it('finds every required temporal expression and no spurious one', () => {
    expect(total('requiredFound')).toBe(36);
    expect(timexes.flatMap((t) => t.spurious)).toEqual([]);
    expect(total('allFound')).toBe(50);
  });

  it('gives the exact gold value to all 36 required expressions', () => {
    expect(total('requiredStrict')).toBe(36);
  });

  it('dates all five seeds inside the gold window, four on the gold day (issue 5)', () => {
    expect(dates.filter((d) => d.inWindow).length).toBe(5);
    expect(dates.filter((d) => d.exactDay).length).toBeGreaterThanOrEqual(4);
  });

  it('matches at least 42 of 45 gold event mentions, with at least 90% of its own mentions reporting gold events', () => {
    expect(events.goldMatched).toBeGreaterThanOrEqual(42);
    expect(events.predictedCorrect / events.predictedMentions).toBeGreaterThanOrEqual(0.9);
  });

  it('never merges mentions of different gold events, and merges every cross-article pair', () => {
    expect(events.pairwise.wrongMerges).toEqual([]);
    expect(events.pairwise.recall).toBe(1);
  });

  it('merges the five events the product is known for, each with all its sources', () => {
    const find = (who: string[], value: string, place?: string) => timeline.events.find((e) => who.every((p) => e.participants.includes(p)) && e.date.value === value && (!place || e.place === place));
    const articlesOf = (e: ReturnType<typeof find>) => [...new Set(e!.mentions.map((m) => m.article.slice(0, 3)))].sort();
    expect(articlesOf(find(['Sergei Shoigu'], '2023-07', 'Pyongyang'))).toEqual(['000', '001', '003']);
    expect(articlesOf(find(['Kim Jong Un', 'Vladimir Putin'], '2019', 'Vladivostok'))).toEqual(['000', '001']);
    expect(articlesOf(find(['Kim Jong Un', 'Vladimir Putin'], '2023-09'))).toEqual(['000', '001', '002', '003']);
    expect(articlesOf(find(['Kim Jong Un', 'Vladimir Putin'], '2025-09', 'Beijing'))).toEqual(['004']);
    expect(articlesOf(find(['Choe Son Hui', 'Vladimir Putin'], '2025-10-27', 'Kremlin'))).toEqual(['004']);
  });

  it('merges the September 2023 Kim–Putin meeting across the four 2023 articles', () => {
    const meeting = timeline.events.find((e) => e.participants.includes('Kim Jong Un') && e.participants.includes('Vladimir Putin') && e.date.value === '2023-09');
    expect(meeting).toBeDefined();
    expect(new Set(meeting!.mentions.map((m) => m.article)).size).toBeGreaterThanOrEqual(3);
  });
});
