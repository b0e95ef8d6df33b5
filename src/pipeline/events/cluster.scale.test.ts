/**
 * Clustering searches only the events a mention could join (same participants, months within the merge distance),
 * not every event of its (family, participant, year) block: checked by behaviour at the edges of that search and by
 * growth (a busy participant's year, full size against a quarter, fastest of five; never a clock limit).
 */
import { describe, expect, it } from 'vitest';
import type { DateInterval, EventType } from '../../model/timeline.ts';
import { clusterMentions } from './cluster.ts';
import type { MentionCandidate } from './types.ts';

const day = (iso: string): DateInterval => ({ value: iso, precision: 'day', start: iso, end: iso });

function mention(article: string, type: EventType, participantIds: string[], date: DateInterval, place: string | null = null): MentionCandidate {
  return {
    article, sentence: 0, start: 0, end: 10, quote: `${type} ${participantIds.join(' ')}`, timex: 0, status: 'occurred', date, type,
    participants: participantIds, place, lang: 'en', participantIds, people: participantIds.filter((p) => p.startsWith('person:')),
    affiliations: [], placeId: place, placeCountry: place ? 'country:host' : null, published: date.end,
  };
}

const articlesOf = (ms: readonly MentionCandidate[]) =>
  [...new Set(ms.map((m) => m.article))].map((id) => ({ id, file: `${id}.txt`, lang: 'en', title: id, url: null, published: null, text: '', sentences: [], timexes: [] }));

describe('the search window of a mention', () => {
  it('joins a report of the same place in the next month (adjacent dates), not one two months on', () => {
    const ids = ['person:a', 'person:b'];
    const ms = [
      mention('a1', 'meeting', ids, day('2023-01-31'), 'place:x'),
      mention('a2', 'meeting', ids, day('2023-02-27'), 'place:x'),
      mention('a3', 'meeting', ids, day('2023-04-03'), 'place:x'),
    ];
    const events = clusterMentions(ms, articlesOf(ms));
    expect(events.map((e) => e.mentions.map((m) => m.article))).toEqual([['a1', 'a2'], ['a3']]);
    expect(events[0].conflicts).toHaveLength(1);
  });

  it('finds an event by its whole date: a year-long report joins an event of December', () => {
    const ids = ['country:x', 'country:y'];
    const ms = [mention('a1', 'sanctions', ids, day('2023-12-20')), mention('a2', 'sanctions', ids, { value: '2023', precision: 'year', start: '2023-01-01', end: '2023-12-31' })];
    expect(clusterMentions(ms, articlesOf(ms)).map((e) => e.mentions.length)).toEqual([2]);
  });

  it('matches one shared participant only when each side names that one alone', () => {
    const ms = [
      mention('a1', 'statement', ['country:x'], day('2023-03-01')),
      mention('a2', 'statement', ['country:x'], day('2023-03-01')),
      mention('a3', 'statement', ['country:x', 'org:z', 'org:w'], day('2023-03-01')),
    ];
    expect(clusterMentions(ms, articlesOf(ms)).map((e) => e.mentions.map((m) => m.article)).sort()).toEqual([['a1', 'a2'], ['a3']]);
  });
});

// A busy participant's year: one country meets a different person every day, each meeting reported twice. Every
// event is in the same (family, country, year) block; comparing each mention with the whole block is quadratic.
function busyYear(events: number): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (let e = 0; e < events; e++) {
    const date = day(new Date(Date.UTC(2023, 0, 1 + (e % 365))).toISOString().slice(0, 10));
    for (const copy of [0, 1]) out.push(mention(`a${e}-${copy}`, 'meeting', ['country:busy', `person:${String(e).padStart(6, '0')}`], date));
  }
  return out;
}

/** Linear work grows 4× from a quarter to full size, n log n about 5×, quadratic 16×: the limit sits between. */
const GROWTH_LIMIT = 9;

const elapsed = (run: () => void) => {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};

describe('clustering scales', () => {
  it('with a busy participant: full size against a quarter grows no faster than n log n', () => {
    const full = busyYear(3000), quarter = busyYear(750);
    const [fullArticles, quarterArticles] = [articlesOf(full), articlesOf(quarter)];
    let small = Infinity, large = Infinity;
    // Fastest of five, the two sizes in turn so that a burst of load on the shared machine hits both alike.
    for (let i = 0; i < 5; i++) {
      small = Math.min(small, elapsed(() => clusterMentions(quarter, quarterArticles)));
      large = Math.min(large, elapsed(() => clusterMentions(full, fullArticles)));
    }
    const events = clusterMentions(full, fullArticles);
    expect(events).toHaveLength(3000);
    expect(events.every((e) => e.mentions.length === 2)).toBe(true);
    expect(large / small, `${large.toFixed(0)} ms at full size, ${small.toFixed(0)} ms at a quarter`).toBeLessThan(GROWTH_LIMIT);
  });
});
