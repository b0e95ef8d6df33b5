/**
 * Loads the index once for the whole app and hands it, with lookups, to components through context.
 * Article texts are loaded by `useArticleText` only when a reader asks for them.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ArticleSummary, TimelineIndex } from '../../model/timelineIndex.ts';
import type { TimelineEvent } from '../../model/timeline.ts';
import type { ArticleText, TimelineSource } from './timelineSource.ts';

export interface TimelineData {
  index: TimelineIndex;
  eventsById: ReadonlyMap<string, TimelineEvent>;
  articlesById: ReadonlyMap<string, ArticleSummary>;
}

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: TimelineData };

const SourceContext = createContext<TimelineSource | null>(null);
const DataContext = createContext<TimelineData | null>(null);

export function indexTimeline(index: TimelineIndex): TimelineData {
  return {
    index,
    eventsById: new Map(index.events.map((e) => [e.id, e])),
    articlesById: new Map(index.articles.map((a) => [a.id, a])),
  };
}

export function TimelineDataProvider({ source, children }: { source: TimelineSource; children: (state: LoadState) => ReactNode }) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    source.loadIndex().then(
      (index) => live && setState({ status: 'ready', data: indexTimeline(index) }),
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => { live = false; };
  }, [source]);
  return (
    <SourceContext.Provider value={source}>
      <DataContext.Provider value={state.status === 'ready' ? state.data : null}>{children(state)}</DataContext.Provider>
    </SourceContext.Provider>
  );
}

export function useTimelineData(): TimelineData {
  const data = useContext(DataContext);
  if (!data) throw new Error('useTimelineData is only available once the timeline has loaded');
  return data;
}

export type TextState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; text: ArticleText };

/** The full text of one article, fetched from its chunk on first use. */
export function useArticleText(article: ArticleSummary | undefined): TextState {
  const source = useContext(SourceContext);
  const [state, setState] = useState<{ id: string | undefined; value: TextState }>({ id: undefined, value: { status: 'loading' } });
  useEffect(() => {
    if (!article || !source) return;
    let live = true;
    source.loadArticleText(article).then(
      (text) => live && setState({ id: article.id, value: { status: 'ready', text } }),
      (error: unknown) => live && setState({ id: article.id, value: { status: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => { live = false; };
  }, [article, source]);
  return useMemo(() => (state.id === article?.id ? state.value : { status: 'loading' }), [state, article]);
}
