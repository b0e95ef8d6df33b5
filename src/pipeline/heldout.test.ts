import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHeldout, scoreHeldout, type HeldoutGold, type HeldoutScore } from '../eval/heldout.ts';
import type { Timeline } from '../model/timeline.ts';
import { extractTimeline, loadResources } from './index.ts';

// The document-date target (80% exact) is tracked by `npm run eval`, which prints this same table.
// Regression floors per set: [exact at least, outside the gold window at most], as measured when last changed.
const FLOORS: Record<string, [number, number]> = { heldout: [21, 1], heldout2: [17, 2], heldout3: [12, 5], heldout4: [15, 2], heldout5: [11, 3], heldout6: [6, 10], heldout7: [7, 6], heldout8: [5, 6], heldout9: [9, 11] };

describe.each(Object.keys(FLOORS))('held-out set %s (28 articles in 14 languages, no dates given)', (name) => {
  const dir = `src/pipeline/__fixtures__/${name}`;
  const gold: HeldoutGold = JSON.parse(readFileSync(`${dir}/heldout-gold.json`, 'utf8'));
  let timeline: Timeline;
  let scores: HeldoutScore[];
  beforeAll(async () => {
    timeline = await extractTimeline(dir, { resources: loadResources() });
    scores = scoreHeldout(gold, timeline);
    console.log([`Held-out ${name}: document dates and languages`, ...formatHeldout(scores)].join('\n'));
    // Four folders of 28 articles on a shared two-core machine: the default 10 s hook limit is too tight.
  }, 60_000);

  it('keeps its regression floor: exact dates and dates outside the gold window (not the target)', () => {
    // Issue 5 asks 80% exact; these floors only keep what the news-event data and the rules reached.
    const [exact, wrong] = FLOORS[name];
    expect(scores.filter((s) => s.exact).length).toBeGreaterThanOrEqual(exact);
    expect(scores.filter((s) => s.predicted !== null && !s.overlaps).length).toBeLessThanOrEqual(wrong);
  });

  it('dates no article by the middle of a window years wide (nothing in these folders ties two candidates)', () => {
    // Joint dating once gave an undated article "2014" for 2010–2019, the text's own range that nothing narrowed.
    const wide = timeline.articles.filter((a) => a.published?.window && a.published.window[0].slice(0, 4) !== a.published.window[1].slice(0, 4));
    expect(wide.map((a) => `${a.id} ${a.published!.window!.join('..')}`)).toEqual([]);
  });

  it('reads every article and identifies the language of all of them', () => {
    expect(timeline.articles.map((a) => a.file).sort()).toEqual(gold.articles.map((a) => a.file).sort());
    expect(scores.filter((s) => s.predictedLanguage !== s.language)).toEqual([]);
  });
});
