import { describe, expect, it } from 'vitest';
import { analyseArticle, assembleTimeline, loadResources } from '../index.ts';
import type { SourceArticle } from '../types.ts';
import type { Timeline, TimelineEvent } from '../../model/timeline.ts';

const resources = loadResources();
const source = (id: string, lang: string, text: string, published: string | null = null): SourceArticle => ({
  id, file: `${id}.txt`, text, title: null, url: null, published: published ? { value: published, precision: 'day' } : null, lang, meta: {}, warnings: [],
});
const build = (folder: SourceArticle[]): Timeline => assembleTimeline(folder.map((s) => analyseArticle(s, resources)), [], resources);
const named = (t: Timeline): TimelineEvent[] => t.events.filter((e) => e.mentions.some((m) => m.dateSource === 'gazetteer'));

describe('well-known events an article names are events of the timeline, dated by the news-event data', () => {
  it('an earthquake report (no trigger word of events.json) puts the earthquake on the timeline, with its sentence', () => {
    const text = "Un anno dopo il terremoto dell'Aquila, la città è ancora piena di gru.\n\nI sopravvissuti chiedono case nuove.";
    const t = build([source('it-quake', 'it', text, '2010-04-06')]);
    const events = named(t);
    expect(events.map((e) => [e.title, e.date.value, e.status, e.type])).toEqual([["L'Aquila earthquake", '2009-04-06', 'occurred', 'other']]);
    const m = events[0].mentions[0];
    expect(m.quote).toBe(text.slice(m.start, m.end));
    expect(text.slice(m.trigger!.start, m.trigger!.end)).toBe("terremoto dell'Aquila");
    expect(m.timex).toBeNull();
  });

  it('reports of one event in two languages are one event with a mention from each article', () => {
    const t = build([
      source('en-meteor', 'en', 'The Chelyabinsk meteor injured more than a thousand people on Friday, officials said.', '2013-02-16'),
      source('ru-meteor', 'ru', 'Челябинский метеорит ранил более тысячи человек, сообщили власти.', '2013-02-16'),
    ]);
    const events = named(t);
    expect(events).toHaveLength(1);
    expect(events[0].title).toBe('Chelyabinsk meteor');
    expect(events[0].date.value).toBe('2013-02-15');
    expect(events[0].mentions.map((m) => m.article).sort()).toEqual(['en-meteor', 'ru-meteor']);
    expect(events[0].merge).toContain('name the same well-known event');
  });

  it('two entries of the data for one occurrence (an edition and its series) are one event, titled by the more specific', () => {
    const t = build([
      source('en-oscars-edition', 'en', 'The 96th Academy Awards were handed out in Los Angeles on Sunday night.', '2024-03-11'),
      source('en-oscars-series', 'en', 'The Academy Awards crowned a film about a physicist on Sunday, the academy said.', '2024-03-11'),
    ]);
    const events = named(t);
    expect(events.map((e) => [e.title, e.date.value])).toEqual([['96th Academy Awards', '2024-03-10']]);
    expect(events[0].mentions.map((m) => m.article).sort()).toEqual(['en-oscars-edition', 'en-oscars-series']);
  });

  it('an event a sentence reports with a trigger word is not a second event where another sentence names it', () => {
    const t = build([source('en-summit', 'en', 'Panmunjom summit: a new start.\n\nKim Jong Un and Moon Jae-in held a summit in Panmunjom on Friday. The Panmunjom summit was the third such meeting.', '2018-04-28')]);
    expect(named(t)).toEqual([]);
    expect(t.events.filter((e) => e.type === 'summit').map((e) => e.date.value)).toEqual(['2018-04-27']);
  });

  it('an event named once in passing, years before the article, is background and stays off the timeline', () => {
    const text = 'The new bridge opened on Monday. Engineers said it was designed to survive a quake. '
      + 'Rescue teams rehearsed for weeks. Builders recalled the lessons of the Chelyabinsk meteor of 2013.';
    expect(named(build([source('en-bridge', 'en', text, '2023-09-13')]))).toEqual([]);
  });

  it('a series named without its year is its latest occurrence in a report, the next one when still to come', () => {
    const past = build([source('en-nobel-past', 'en', 'The Nobel Prize in Literature was awarded to a poet, the academy said.', '2024-10-11')]);
    expect(named(past).map((e) => [e.date.value, e.status])).toEqual([['2024-10-10', 'occurred']]);
    const ahead = build([source('en-nobel-ahead', 'en', 'The Nobel Prize in Literature will be announced next week, the academy said.', '2025-10-01')]);
    expect(named(ahead).map((e) => [e.date.value, e.status])).toEqual([['2025-10-09', 'planned']]);
  });

  it('an undated article that names a series without cues leaves it off (which occurrence is unknown)', () => {
    const t = build([source('en-nobel-undated', 'en', 'The Nobel Prize in Literature is the best-known prize for writers.')]);
    expect(named(t)).toEqual([]);
  });

  it('a long period the text names (a pandemic, a war) is no dated event', () => {
    const t = build([source('en-covid', 'en', 'The COVID-19 pandemic closed schools across the country, the minister said.', '2021-03-01')]);
    expect(named(t)).toEqual([]);
  });
});
