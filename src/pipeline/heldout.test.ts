import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHeldout, scoreHeldout, type HeldoutGold, type HeldoutScore } from '../eval/heldout.ts';
import type { Timeline } from '../model/timeline.ts';
import { extractTimeline, loadResources } from './index.ts';

// The document-date target (80% exact) is tracked by `npm run eval`, which prints this same table.
describe.each(['heldout', 'heldout2'])('held-out set %s (28 articles in 14 languages, no dates given)', (name) => {
  const dir = `src/pipeline/__fixtures__/${name}`;
  const gold: HeldoutGold = JSON.parse(readFileSync(`${dir}/heldout-gold.json`, 'utf8'));
  let timeline: Timeline;
  let scores: HeldoutScore[];
  beforeAll(async () => {
    timeline = await extractTimeline(dir, { resources: loadResources() });
    scores = scoreHeldout(gold, timeline);
    console.log([`Held-out ${name}: document dates and languages`, ...formatHeldout(scores)].join('\n'));
  });

  it('dates at least 4 articles exactly and at most 7 outside the gold window (regression floor, not the target)', () => {
    // Issue 5 asks 80% exact; these floors only keep what the news-event data and the rival rules reached.
    expect(scores.filter((s) => s.exact).length).toBeGreaterThanOrEqual(4);
    expect(scores.filter((s) => s.predicted !== null && !s.overlaps).length).toBeLessThanOrEqual(7);
  });

  it('reads every article and identifies the language of all of them', () => {
    expect(timeline.articles.map((a) => a.file).sort()).toEqual(gold.articles.map((a) => a.file).sort());
    expect(scores.filter((s) => s.predictedLanguage !== s.language)).toEqual([]);
  });
});
