// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../model/timeline.ts';
import { reportingArticles, type EventSummary } from '../../model/timelineIndex.ts';
import { countSources, eventAccessibleName } from './eventNames.ts';
import { languageName } from './languageName.ts';

const mention = (article: string, sentence = 0): Mention => ({
  article, sentence, start: 0, end: 10, quote: 'x', timex: null, status: 'expected',
  date: { value: '2023-09', precision: 'month', start: '2023-09-01', end: '2023-09-30' },
});

// As the site's index has it: the reporting articles of the mentions, once each.
const event: Pick<EventSummary, 'title' | 'date' | 'status' | 'articles'> = {
  title: 'Kim Jong Un and Vladimir Putin meet in Russia',
  date: { value: '2023-09', precision: 'month', start: '2023-09-01', end: '2023-09-30' },
  status: 'expected',
  articles: reportingArticles([mention('000'), mention('001'), mention('002'), mention('003'), mention('003', 4)]),
};

describe('accessible names', () => {
  it('eventAccessibleName says title, date in words, status and sources', () => {
    expect(eventAccessibleName(event)).toBe('Kim Jong Un and Vladimir Putin meet in Russia, September 2023, expected, 4 sources');
  });
  it('countSources counts articles, not sentences', () => {
    expect(countSources(event)).toBe(4);
  });
  it('one source is singular', () => {
    expect(eventAccessibleName({ ...event, articles: reportingArticles([mention('000')]), status: 'occurred',
      date: { value: '2023-09-13', precision: 'day', start: '2023-09-13', end: '2023-09-13' } }))
      .toBe('Kim Jong Un and Vladimir Putin meet in Russia, 13 September 2023, occurred, 1 source');
  });
  it('languageName uses Intl.DisplayNames', () => {
    expect(languageName('pt')).toBe('Portuguese');
    expect(languageName('sq')).toBe('Albanian');
    expect(languageName('und')).toBe('unknown language');
  });
});

describe('support and clusters', () => {
  const langs: Record<string, string> = { '000': 'pt', '001': 'it', '002': 'pt', '003': 'pl' };
  it('names say sources and languages; the visible label says them shorter', async () => {
    const { describeSupport, supportLabel } = await import('./eventNames.ts');
    const support = describeSupport(event, (id) => langs[id]);
    expect(support).toMatchObject({ sources: 4, languages: 3 });
    expect(eventAccessibleName(event, support)).toBe('Kim Jong Un and Vladimir Putin meet in Russia, September 2023, expected, 4 sources in 3 languages');
    expect(supportLabel(support)).toBe('4 sources, 3 languages');
    expect(supportLabel({ sources: 1, languages: 1 })).toBe('1 source');
  });
  it('cluster names give the months they cover', async () => {
    const { clusterName } = await import('./eventNames.ts');
    const d = (start: string, end: string) => ({ date: { value: 'x', precision: 'day' as const, start, end } });
    expect(clusterName([d('2023-03-04', '2023-03-04'), d('2023-05-01', '2023-05-31')])).toBe('March–May 2023');
    expect(clusterName([d('2023-09-01', '2023-09-30')])).toBe('September 2023');
    expect(clusterName([d('2022-11-01', '2022-11-30'), d('2023-02-10', '2023-02-10')])).toBe('November 2022 – February 2023');
  });
});
