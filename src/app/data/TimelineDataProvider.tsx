/**
 * Loads the index once for the whole app and hands it, with lookups, to components through context.
 * Article texts (`useArticleText`), article details (`useArticles`, `useAllArticles`) and event mentions
 * (`useEventMentions`, `useAllMentions`) are loaded only when a reader, the panel, the Sources view, a filter or a
 * quote search asks for them. Under `npm run dev` new data
 * arrives when a source file changes (hotData.ts): the index is swapped in place, the old one shown until then.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ArticleBrief, ArticleSummary, EventSummary } from '../../model/timelineIndex.ts';
import type { Mention } from '../../model/timeline.ts';
import { useAppStoreApi } from '../store/StoreProvider.tsx';
import { devDataUpdates, type DataUpdates } from './hotData.ts';
import { createTimelineSource, type ArticleText, type FetchJson, type TimelineSource } from './timelineSource.ts';
import { indexTimeline, type TimelineData } from './indexTimeline.ts';

export { indexTimeline, type TimelineData } from './indexTimeline.ts';

type LoadState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: TimelineData };

const SourceContext = createContext<TimelineSource | null>(null);
const DataContext = createContext<TimelineData | null>(null);

export function TimelineDataProvider({ source: initialSource, updates = devDataUpdates, load, children }: {
  source: TimelineSource;
  /** New data manifests over time (default: the dev server's, none in a build). */
  updates?: DataUpdates;
  /** How pushed data is fetched (default: fetch). */
  load?: FetchJson;
  children: (state: LoadState) => ReactNode;
}) {
  // An index that has already arrived (the page waits a moment for it before its first render) is drawn at once:
  // no render of the loading state, and no second render when it comes.
  const [state, setState] = useState<LoadState & { source?: TimelineSource }>(() => {
    const arrived = initialSource.loadedIndex();
    return arrived ? { status: 'ready', data: indexTimeline(arrived), source: initialSource } : { status: 'loading' };
  });
  const [pushed, setPushed] = useState<{ initial: TimelineSource; source: TimelineSource } | null>(null);
  // Pushed data wins until the page is given another source.
  const source = pushed?.initial === initialSource ? pushed.source : initialSource;
  const store = useAppStoreApi();
  useEffect(() => updates?.((manifest) => setPushed({ initial: initialSource, source: createTimelineSource(manifest, load) })), [updates, initialSource, load]);
  useEffect(() => {
    if (state.source === source) return; // drawn from the first render (state.source never changes after it)
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

/** The source the data came from (for components that load more of it, such as every mention for an export). */
export function useTimelineSource(): TimelineSource {
  const source = useContext(SourceContext);
  if (!source) throw new Error('useTimelineSource is only available inside TimelineDataProvider');
  return source;
}

/** Something fetched on demand: loading, failed (asking again retries), or ready. */
export type Loaded<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

const LOADING = { status: 'loading' } as const;

/**
 * The summaries of these articles (title, file, dates: their chunks fetched on first use); ready at once when they
 * have already arrived. Unknown ids are left out. Pass a stable array (an event's `articles`).
 */
export function useArticles(ids: readonly string[]): Loaded<ReadonlyMap<string, ArticleSummary>> {
  const source = useContext(SourceContext);
  const data = useContext(DataContext);
  const refs = useMemo(() => ids.flatMap((id) => data?.articlesById.get(id) ?? []), [ids, data]);
  const loaded = useMemo(() => {
    if (!source) return null;
    const found = refs.map((ref) => source.loadedArticle(ref));
    return found.every((a) => a !== undefined) ? new Map(found.map((a) => [a.id, a])) : null;
  }, [refs, source]);
  const [state, setState] = useState<{ refs: readonly ArticleBrief[]; value: Loaded<ReadonlyMap<string, ArticleSummary>> } | null>(null);
  useEffect(() => {
    if (!source || loaded) return;
    let live = true;
    source.loadArticles(refs).then(
      (list) => live && setState({ refs, value: { status: 'ready', value: new Map(list.map((a) => [a.id, a])) } }),
      (error: unknown) => live && setState({ refs, value: { status: 'error', message: messageOf(error) } }),
    );
    return () => { live = false; };
  }, [refs, source, loaded]);
  return useMemo(() => (loaded ? { status: 'ready', value: loaded } : state?.refs === refs ? state.value : LOADING), [loaded, state, refs]);
}

/**
 * `load(source)` once per source, when `wanted`. A failure shows until `wanted` turns false (or the component
 * remounts): asking again then retries, and a request that keeps failing is not repeated in a loop.
 */
function useWhole<T>(wanted: boolean, load: (source: TimelineSource) => Promise<T>): Loaded<T> {
  const source = useContext(SourceContext);
  const [state, setState] = useState<{ source: TimelineSource; value: Loaded<T> } | null>(null);
  const current: Loaded<T> = state !== null && state.source === source ? state.value : LOADING;
  useEffect(() => {
    if (!source) return;
    if (!wanted) {
      if (current.status === 'error') setState(null);
      return;
    }
    if (current.status !== 'loading') return;
    let live = true;
    load(source).then(
      (value) => live && setState({ source, value: { status: 'ready', value } }),
      (error: unknown) => live && setState({ source, value: { status: 'error', message: messageOf(error) } }),
    );
    return () => { live = false; };
  }, [wanted, source, current.status, load]);
  return current;
}

const loadAllArticles = (source: TimelineSource) => source.loadAllArticles();
const loadAllMentions = (source: TimelineSource) => source.loadAllMentions();

/** Every article's summary in input order once `wanted` (the Sources view, the article filter). */
export function useAllArticles(wanted = true): Loaded<readonly ArticleSummary[]> {
  return useWhole(wanted, loadAllArticles);
}

export type MentionsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; mentions: Mention[] };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One event's mentions, fetched with their chunk on first use (at once when the chunk has already arrived). */
export function useEventMentions(event: EventSummary | undefined): MentionsState {
  const source = useContext(SourceContext);
  const loaded = event && source ? source.loadedMentions(event) : undefined;
  const [state, setState] = useState<{ event: EventSummary | undefined; value: MentionsState }>({ event: undefined, value: { status: 'loading' } });
  useEffect(() => {
    if (!event || !source || loaded) return;
    let live = true;
    source.loadMentions(event).then(
      (mentions) => live && setState({ event, value: { status: 'ready', mentions } }),
      (error: unknown) => live && setState({ event, value: { status: 'error', message: messageOf(error) } }),
    );
    return () => { live = false; };
  }, [event, source, loaded]);
  return useMemo(() => {
    if (loaded) return { status: 'ready', mentions: loaded };
    return state.event === event ? state.value : { status: 'loading' };
  }, [loaded, state, event]);
}

/** Every event's mentions once `wanted` (the quote search asks on its first query). */
export function useAllMentions(wanted: boolean): Loaded<ReadonlyMap<string, Mention[]>> {
  return useWhole(wanted, loadAllMentions);
}

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
