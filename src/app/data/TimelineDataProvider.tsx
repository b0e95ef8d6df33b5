/**
 * Loads the index once for the whole app and hands it, with lookups, to components through context.
 * Article texts are loaded by `useArticleText` only when a reader asks for them. Under `npm run dev` new data
 * arrives when a source file changes (hotData.ts): the index is swapped in place, the old one shown until then.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ArticleSummary, TimelineIndex } from '../../model/timelineIndex.ts';
import type { TimelineEvent } from '../../model/timeline.ts';
import { useAppStoreApi } from '../store/StoreProvider.tsx';
import { devDataUpdates, type DataUpdates } from './hotData.ts';
import { createTimelineSource, type ArticleText, type FetchJson, type TimelineSource } from './timelineSource.ts';

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

export function TimelineDataProvider({ source: initialSource, updates = devDataUpdates, load, children }: {
  source: TimelineSource;
  /** New data manifests over time (default: the dev server's, none in a build). */
  updates?: DataUpdates;
  /** How pushed data is fetched (default: fetch). */
  load?: FetchJson;
  children: (state: LoadState) => ReactNode;
}) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [pushed, setPushed] = useState<{ initial: TimelineSource; source: TimelineSource } | null>(null);
  // Pushed data wins until the page is given another source.
  const source = pushed?.initial === initialSource ? pushed.source : initialSource;
  const store = useAppStoreApi();
  useEffect(() => updates?.((manifest) => setPushed({ initial: initialSource, source: createTimelineSource(manifest, load) })), [updates, initialSource, load]);
  useEffect(() => {
    let live = true;
    source.loadIndex().then(
      (index) => {
        if (!live) return;
        // After new data, the selected event stays selected if it still exists; the panel of one that is gone closes.
        const selected = store.getState().selectedEventId;
        if (source !== initialSource && selected && !index.events.some((e) => e.id === selected)) store.getState().selectEvent(null);
        setState({ status: 'ready', data: indexTimeline(index) });
      },
      (error: unknown) => live && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => { live = false; };
  }, [source, initialSource, store]);
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
