import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateInterval, EventStatus } from '../../model/timeline.ts';
import { bestDate } from './cluster.ts';
import { DateTally } from './dateTally.ts';
import type { MentionCandidate } from './types.ts';

/** A few dates that overlap, share starts or values, or differ only in precision: the ties bestDate must break. */
const DATES: DateInterval[] = [
  { value: '2023-09-13', precision: 'day', start: '2023-09-13', end: '2023-09-13' },
  { value: '2023-09-12', precision: 'day', start: '2023-09-12', end: '2023-09-12' },
  { value: '2023-09', precision: 'month', start: '2023-09-01', end: '2023-09-30' },
  { value: '2023-W37', precision: 'week', start: '2023-09-11', end: '2023-09-17' },
  { value: '2023', precision: 'year', start: '2023-01-01', end: '2023-12-31' },
  { value: 'PAST_REF', precision: 'vague', start: '2023-01-01', end: '2023-09-13' },
  { value: 'FUTURE_REF', precision: 'vague', start: '2023-09-13', end: '2024-09-13' },
];
const STATUSES: EventStatus[] = ['occurred', 'ongoing', 'planned', 'expected', 'denied'];
const DAYS = ['2023-09-14', '2023-09-12', '2023-10-01', null];

const mention = fc.record({
  date: fc.constantFrom(...DATES),
  status: fc.constantFrom(...STATUSES),
  dateSource: fc.constantFrom<MentionCandidate['dateSource']>('timex', 'context', 'document', undefined),
  published: fc.constantFrom(...DAYS),
}).map((m): MentionCandidate => ({
  article: 'a', sentence: 0, start: 0, end: 1, quote: '', timex: null, status: m.status, date: m.date, dateSource: m.dateSource,
  type: 'meeting', participants: [], place: null, lang: 'en', participantIds: [], people: [], affiliations: [], placeId: null,
  placeCountry: null, published: m.published,
}));

describe('DateTally', () => {
  it('gives bestDate of the mentions added so far, after every addition', () => {
    fc.assert(fc.property(fc.array(mention, { minLength: 1, maxLength: 40 }), (mentions) => {
      const tally = new DateTally();
      mentions.forEach((m, i) => {
        tally.add(m);
        expect(tally.best()).toEqual(bestDate(mentions.slice(0, i + 1)));
      });
    }), { numRuns: 500 });
  });

});

describe('bestDate: the most reported date, told as exactly as a report inside it tells it', () => {
  const at = (date: DateInterval, status: EventStatus = 'occurred'): MentionCandidate => ({
    article: 'a', sentence: 0, start: 0, end: 1, quote: '', timex: null, status, date, dateSource: 'timex',
    type: 'summit', participants: [], place: null, lang: 'en', participantIds: [], people: [], affiliations: [], placeId: null,
    placeCountry: null, published: '2023-09-20',
  });
  const [day, , month, , year] = DATES;

  it('"in 2023" twice and "on 13 September 2023" once is 13 September 2023', () => {
    expect(bestDate([at(year), at(year), at(day)])).toEqual(day);
    expect(bestDate([at(year), at(month), at(year)])).toEqual(month);
  });

  it('a finer date outside the most reported one does not refine it', () => {
    const other: DateInterval = { value: '2022-05-01', precision: 'day', start: '2022-05-01', end: '2022-05-01' };
    expect(bestDate([at(year), at(year), at(other)])).toEqual(year);
  });
});
