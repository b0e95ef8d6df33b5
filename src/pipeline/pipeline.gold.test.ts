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

beforeAll(() => {
  timeline = extractTimeline('seeds');
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
    expect(total('allFound')).toBeGreaterThanOrEqual(49);
  });

  it('gives the exact gold value to at least 33 of 36 required expressions', () => {
    expect(total('requiredStrict')).toBeGreaterThanOrEqual(33);
  });

  it('dates at least three seeds inside the gold window, two on the gold day', () => {
    expect(dates.filter((d) => d.inWindow).length).toBeGreaterThanOrEqual(3);
    expect(dates.filter((d) => d.exactDay).length).toBeGreaterThanOrEqual(2);
  });

  it('matches at least 41 of 45 gold event mentions, most of its own mentions reporting gold events', () => {
    expect(events.goldMatched).toBeGreaterThanOrEqual(41);
    expect(events.predictedCorrect / events.predictedMentions).toBeGreaterThanOrEqual(0.85);
  });

  it('never merges mentions of different gold events, and merges every cross-article pair', () => {
    expect(events.pairwise.wrongMerges).toEqual([]);
    expect(events.pairwise.recall).toBe(1);
  });

  it('merges the September 2023 Kim–Putin meeting across the four 2023 articles', () => {
    const meeting = timeline.events.find((e) => e.participants.includes('Kim Jong Un') && e.participants.includes('Vladimir Putin') && e.date.value === '2023-09');
    expect(meeting).toBeDefined();
    expect(new Set(meeting!.mentions.map((m) => m.article)).size).toBeGreaterThanOrEqual(3);
  });
});
