/** The app shell: loads the timeline, then shows header, timeline and the side panel. */
import { useEffect } from 'react';
import type { TimelineIndex } from '../model/timelineIndex.ts';
import { TimelineDataProvider } from './data/TimelineDataProvider.tsx';
import type { TimelineSource } from './data/timelineSource.ts';
import { Header } from './Header.tsx';
import { DownloadMenu } from './download/DownloadMenu.tsx';
import { useEmbedMode } from './embed/useEmbedMode.ts';
import { SidePanel } from './sources/SidePanel.tsx';
import { StoreProvider, useAppStore, useAppStoreApi } from './store/StoreProvider.tsx';
import type { AppStore } from './store/appStore.ts';
import { Timeline } from './timeline/Timeline.tsx';

/** Escape closes the reader, then the panel; closing the panel gives focus back to its mark. */
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
      if (previous.selectedEventId && !state.selectedEventId) {
        const marks = document.querySelectorAll<SVGElement>('[data-event-id]');
        [...marks].find((mark) => mark.getAttribute('data-event-id') === previous.selectedEventId)?.focus();
      }
    });
    document.addEventListener('keydown', onKeyDown);
    return () => { document.removeEventListener('keydown', onKeyDown); unsubscribe(); };
  }, [store]);
}

function Workspace({ index, source, embedded }: { index: TimelineIndex; source: TimelineSource; embedded: boolean }) {
  useCloseBehaviour();
  const panelOpen = useAppStore((s) => s.selectedEventId !== null);
  return (
    <div className={`app${panelOpen ? ' has-panel' : ''}`}>
      {/* Embedded (?embed), the host page is the chrome: no header, no download menu. */}
      {!embedded && <Header index={index}><DownloadMenu index={index} source={source} /></Header>}
      <main className="app-main">
        {index.events.length > 0
          ? <Timeline events={index.events} />
          : <p className="empty">No events were found in these articles.</p>}
      </main>
      <SidePanel />
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
