import { describe, expect, it } from 'vitest';
import type { Mention, TimelineEvent } from '../../model/timeline.ts';
import { summariseEvent, type EventSummary } from '../../model/timelineIndex.ts';
import { validateOverrides } from '../../pipeline/stages/overrides.ts';
import { addEntry, draftOf, editEntry, firstCalendarDate, hideEntry, mergeEntry, splitEntry } from './editEntry.ts';
import { findEvents } from './eventSearch.ts';
import { initialSentence, sentenceChoices } from './sentenceChoices.ts';

function event(id: string, title: string, start: string, extra: Partial<TimelineEvent> = {}): EventSummary {
  return summariseEvent({
    id, title, type: 'meeting', participants: ['A', 'B'], place: null, status: 'occurred', conflicts: [],
    date: { value: start, precision: 'day', start, end: start }, mentions: [], ...extra,
  }, 0);
}

const mention: Mention = {
  article: 'a1', sentence: 1, start: 12, end: 40, quote: 'They met   in\nthe capital.', timex: null, status: 'occurred',
  date: { value: '2023-09-13', precision: 'day', start: '2023-09-13', end: '2023-09-13' },
};

/** Every entry the UI makes must pass the dev server's validation unchanged. */
function valid(entry: object | null) {
  const { overrides, problems } = validateOverrides({ overrides: [entry] });
  expect(problems).toEqual([]);
  expect(overrides.overrides[0]).toEqual(entry);
}

describe('override entries from the edit forms', () => {
  const e = event('e1', 'A and B meet', '2023-09-13');

  it('edit: only the fields that changed; null when nothing did', () => {
    expect(editEntry(e, draftOf(e))).toBeNull();
    const entry = editEntry(e, { ...draftOf(e), date: ' 2023-09 ', place: 'Vladivostok', participants: 'A, B, C', note: ' why ' });
    expect(entry).toEqual({ action: 'edit', event: 'e1', set: { date: '2023-09', place: 'Vladivostok', participants: ['A', 'B', 'C'] }, note: 'why' });
    valid(entry);
  });

  it('hide and merge (into the event whose panel is open)', () => {
    valid(hideEntry(e, ''));
    const entry = mergeEntry(e, event('e2', 'Other', '2023-09-14'), 'same meeting');
    expect(entry).toEqual({ action: 'merge', events: ['e1', 'e2'], note: 'same meeting' });
    valid(entry);
  });

  it('split: the sentence by its article and quote, from the event named', () => {
    const entry = splitEntry(e, mention, '');
    expect(entry).toEqual({ action: 'split', article: 'a1', quote: 'They met in the capital.', event: 'e1' });
    valid(entry);
  });

  it('add: the chosen sentence as the quote, with date, title, type and status', () => {
    const article = { text: 'First one. They met   in\nthe capital.  ', sentences: [[0, 10], [11, 38], [38, 40]] as Array<[number, number]> };
    const entry = addEntry('a1', article, { sentence: 1, date: '2023-09-13', title: ' Talks ', type: 'meeting', status: 'planned', note: '' });
    expect(entry).toEqual({ action: 'add', article: 'a1', quote: 'They met in the capital.', set: { date: '2023-09-13', type: 'meeting', status: 'planned', title: 'Talks' } });
    valid(entry);
    expect(addEntry('a1', article, { sentence: 2, date: '2023', title: 'x', type: 'other', status: 'occurred', note: '' })).toBeNull();
    expect(addEntry('a1', article, { sentence: 9, date: '2023', title: 'x', type: 'other', status: 'occurred', note: '' })).toBeNull();
  });

  it('add: the form starts on the first date an entry accepts (not PAST_REF or FUTURE_REF)', () => {
    expect(firstCalendarDate(['FUTURE_REF', undefined, '2023-09-04'])).toBe('2023-09-04');
    expect(firstCalendarDate(['2023-W35', '2023-09-04'])).toBe('2023-W35');
    expect(firstCalendarDate([null, 'PAST_REF'])).toBe('');
  });
});

describe('findEvents (merge search)', () => {
  const here = event('here', 'Kim Jong Un and Vladimir Putin meet in Moscow', '2023-09-13');
  const events = [
    here,
    event('far', 'Kim Jong Un and Vladimir Putin meet in Vladivostok', '2019-04-25'),
    event('near', 'Kim and Putin meet at Vostochny', '2023-09-12'),
    event('other', 'Sergei Shoigu visits Pyongyang', '2023-07-26'),
    event('accents', 'Réunion à Pékin', '2023-09-20'),
  ];

  it('lists the nearest events in date when there is no query, never the event itself', () => {
    expect(findEvents(events, here, '').map((e) => e.id)).toEqual(['near', 'accents', 'other', 'far']);
    expect(findEvents(events, here, '', 2).map((e) => e.id)).toEqual(['near', 'accents']);
  });

  it('matches every word of the query in the title, in any order, ignoring case and accents', () => {
    expect(findEvents(events, here, 'putin KIM').map((e) => e.id)).toEqual(['near', 'far']);
    expect(findEvents(events, here, 'pekin reunion').map((e) => e.id)).toEqual(['accents']);
    expect(findEvents(events, here, 'nobody')).toEqual([]);
  });
});

describe('sentence choices (add an event from a sentence)', () => {
  const text = 'One.   Two\nlines. \n\n Three is a much longer sentence.';
  const sentences: Array<[number, number]> = [[0, 4], [7, 17], [17, 21], [21, 54]];

  it('labels each sentence by number and words, marks those that report an event, skips blank ones', () => {
    const choices = sentenceChoices(text, sentences, new Set([0]));
    expect(choices).toEqual([
      { index: 0, reportsEvent: true, label: '1. One. (reports an event)' },
      { index: 1, reportsEvent: false, label: '2. Two lines.' },
      { index: 3, reportsEvent: false, label: '4. Three is a much longer sentence.' },
    ]);
    expect(sentenceChoices('x'.repeat(300), [[0, 300]], new Set())[0].label).toMatch(/^1\. x+…$/);
  });

  it('starts on the sentence asked for, else the first that reports no event', () => {
    const choices = sentenceChoices(text, sentences, new Set([0]));
    expect(initialSentence(choices, 3)).toBe(3);
    expect(initialSentence(choices, 2)).toBe(1); // blank: not a choice
    expect(initialSentence(choices)).toBe(1);
    expect(initialSentence([])).toBe(0);
  });
});
