/** The app shell: loads the timeline, then shows header, the timeline or list, the filters and the side panel. */
import { Suspense, useEffect, useMemo } from 'react';
import type { TimelineIndex } from '../model/timelineIndex.ts';
import { TimelineDataProvider, useAllMentions, useTimelineData } from './data/TimelineDataProvider.tsx';
import type { TimelineSource } from './data/timelineSource.ts';
import { filterEvents, hasActiveFilters, prepareEvents } from './filters/filterEvents.ts';
import { Header } from './Header.tsx';
import { useEmbedMode } from './embed/useEmbedMode.ts';
import { useAfterFirstPaint } from './hooks/useAfterFirstPaint.ts';
import { DownloadMenu, EventList, FilterPanel, SidePanel, SourcesView, preloadViewsWhenIdle } from './lazyViews.ts';
import { StoreProvider, useAppStore, useAppStoreApi } from './store/StoreProvider.tsx';
import type { AppStore } from './store/appStore.ts';
import { Timeline } from './timeline/Timeline.tsx';
import { useHashSync } from './url/useHashSync.ts';
import { setDateLocale } from '../model/dateLabels.ts';
import './print.css';
import { NO_FILTERS } from './filters/filterEvents.ts';
import type { SiteSettings } from '../model/timeline.ts';

/**
 * Site settings (dateline.settings.json): the accent colour and date locale at once; the initial range and filters
 * as the first view, unless the URL already asks for one (a deep link wins). Runs before the hash sync.
 */
function useSiteSettings(store: AppStore, settings: SiteSettings | undefined) {
  if (settings?.locale) setDateLocale(settings.locale);
  useEffect(() => {
    if (settings?.accentColor) document.documentElement.style.setProperty('--accent', settings.accentColor);
    if (location.hash || (!settings?.initialRange && !settings?.filters)) return;
    store.getState().applyHashState({ event: null, view: 'timeline', range: settings.initialRange ?? null, filters: { ...NO_FILTERS, ...settings.filters } });
  }, [store, settings]);
}

/** The element that stands for an event: its mark, its list row, or the cluster that holds it (never a hidden one). */
function elementOfEvent(eventId: string): HTMLElement | SVGElement | undefined {
  const shown = (el: Element) => el.closest('[hidden]') === null;
  const direct = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-event-id]')]
    .find((el) => el.getAttribute('data-event-id') === eventId && shown(el));
  return direct ?? [...document.querySelectorAll<SVGElement>('[data-members]')]
    .find((el) => el.getAttribute('data-members')!.split(' ').includes(eventId) && shown(el));
}

/** Escape closes the reader, then the panel; closing the panel gives focus back to its mark (or list row). */
function useCloseBehaviour() {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const { selectedEventId, closeTopmost } = store.getState();
      if (!selectedEventId) return;
      event.preventDefault();
      closeTopmost();
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (previous.selectedEventId && !state.selectedEventId) elementOfEvent(previous.selectedEventId)?.focus();
    });
    document.addEventListener('keydown', onKeyDown);
    return () => { document.removeEventListener('keydown', onKeyDown); unsubscribe(); };
  }, [store]);
}

/** `make`'s result, computed on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** The download button's room, kept (invisible) until its chunk arrives: nothing in the toolbar shifts then. */
function DownloadPlaceholder() {
  // A button like the real one (the same font and box), hidden: not seen, not focusable, not in the accessibility tree.
  return <div className="download" aria-hidden="true"><button type="button" className="download-button download-placeholder" tabIndex={-1} disabled>Download <span>▾</span></button></div>;
}

function Workspace({ index, source, embedded }: { index: TimelineIndex; source: TimelineSource; embedded: boolean }) {
  const store = useAppStoreApi();
  const { eventsById, articlesById } = useTimelineData();
  useSiteSettings(store, index.settings);
  useHashSync(store, eventsById);
  useCloseBehaviour();
  useEffect(preloadViewsWhenIdle, []);
  // The download menu, the filters and the side panel have their own chunks: asked for once the marks are painted.
  const painted = useAfterFirstPaint();
  const panelOpen = useAppStore((s) => s.selectedEventId !== null);
  const viewMode = useAppStore((s) => s.viewMode);
  const filters = useAppStore((s) => s.filters);
  const clearFilters = useAppStore((s) => s.clearFilters);
  // The quotes are searched too: their mentions load on the first query (titles and names are searched at once).
  const searching = filters.q.trim() !== '';
  const quotes = useAllMentions(searching);
  const mentionsById = quotes.status === 'ready' ? quotes.value : undefined;
  const filtered = hasActiveFilters(filters);
  // Preparing every event for filtering is work the first paint need not wait for (no filter is active then):
  // done on the first filter or facet count.
  const prepared = useMemo(() => once(() => prepareEvents(index.events, articlesById, mentionsById)), [index, articlesById, mentionsById]);
  const shown = useMemo(() => (filtered ? filterEvents(prepared(), filters) : index.events), [filtered, prepared, filters, index]);

  return (
    <div className={`app${panelOpen ? ' has-panel' : ''}`}>
      {/* Embedded (?embed), the host page is the chrome: no header, no download menu. */}
      {!embedded && <Header index={index}>{painted ? <Suspense fallback={<DownloadPlaceholder />}><DownloadMenu index={index} source={source} /></Suspense> : <DownloadPlaceholder />}</Header>}
      <main className="app-main">
        {filtered && viewMode !== 'sources' && (
          <p className="filter-summary">
            Filtered: {shown.length} of {index.events.length} events shown.{' '}
            {searching && quotes.status === 'loading' && <span role="status">Loading the quotes to search them too… </span>}
            {searching && quotes.status === 'error' && <span role="alert">The quotes could not be loaded ({quotes.message}): titles and names are searched. </span>}
            <a href="#filters" className="link-button">Change filters</a>{' '}
            <button type="button" className="link-button" onClick={clearFilters}>Clear filters</button>
          </p>
        )}
        {/* Sources lists every article, with or without events, so it shows even when no event was found. */}
        {viewMode === 'sources' && <Suspense fallback={<p className="loading" role="status">Loading…</p>}><SourcesView /></Suspense>}
        {index.events.length === 0
          ? viewMode !== 'sources' && <p className="empty">No events were found in these articles.</p>
          : (
            <>
              {/* The timeline stays mounted under the list, so its zoom survives a switch of view. */}
              <div hidden={viewMode !== 'timeline'}><Timeline events={shown} domainEvents={index.events} /></div>
              {viewMode === 'list' && <Suspense fallback={<p className="loading" role="status">Loading…</p>}><EventList events={shown} filtered={filtered} /></Suspense>}
              {/* Filters narrow events; the Sources view lists every article whatever they say. */}
              {viewMode !== 'sources' && painted && <Suspense fallback={null}><FilterPanel prepared={prepared} total={index.events.length} shown={shown.length} /></Suspense>}
            </>
          )}
      </main>
      {painted && <Suspense fallback={null}><SidePanel /></Suspense>}
    </div>
  );
}

export function App({ source, store }: { source: TimelineSource; store?: AppStore }) {
  const embedded = useEmbedMode();
  return (
    <StoreProvider store={store}>
      <TimelineDataProvider source={source}>
        {(state) => {
          if (state.status === 'loading') return <p className="loading" role="status">Loading timeline…</p>;
          if (state.status === 'error') return <p className="load-error" role="alert">The timeline could not be loaded: {state.message}</p>;
          return <Workspace index={state.data.index} source={source} embedded={embedded} />;
        }}
      </TimelineDataProvider>
    </StoreProvider>
  );
}
