/** Product name, what the timeline is made of, the view switch, and the warnings the pipeline raised. */
import type { ReactNode } from 'react';
import type { TimelineIndex } from '../model/timelineIndex.ts';
import { useAppStore } from './store/StoreProvider.tsx';
import { WarningList } from './WarningList.tsx';

function ViewToggle() {
  const viewMode = useAppStore((s) => s.viewMode);
  const setViewMode = useAppStore((s) => s.setViewMode);
  return (
    <div className="view-toggle" role="group" aria-label="View">
      <button type="button" aria-pressed={viewMode === 'timeline'} onClick={() => setViewMode('timeline')}>Timeline</button>
      <button type="button" aria-pressed={viewMode === 'list'} onClick={() => setViewMode('list')}>List</button>
      <button type="button" aria-pressed={viewMode === 'sources'} onClick={() => setViewMode('sources')}>Sources</button>
    </div>
  );
}

/** From the warnings to the Sources view, where each one sits next to its article. */
function SourcesLink() {
  const viewMode = useAppStore((s) => s.viewMode);
  const setViewMode = useAppStore((s) => s.setViewMode);
  if (viewMode === 'sources') return null;
  return <button type="button" className="link-button warnings-link" onClick={() => setViewMode('sources')}>See warnings by article</button>;
}

/** `children` go in the toolbar after the view switch (the download menu). */
export function Header({ index, children }: { index: TimelineIndex; children?: ReactNode }) {
  const events = index.events.length, articles = index.articles.length;
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" width="22" height="22" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect x="3" y="15" width="26" height="2" rx="1" fill="currentColor" opacity=".45" />
          <circle cx="9" cy="16" r="4" fill="currentColor" />
          <rect x="15" y="12" width="12" height="8" rx="3" fill="none" stroke="currentColor" strokeWidth="2.2" />
        </svg>
        <h1>{index.settings?.title ?? 'Dateline'}</h1>
      </div>
      {index.settings?.introduction && <p className="intro" data-testid="intro">{index.settings.introduction}</p>}
      <p className="counts" data-testid="counts">
        {events} {events === 1 ? 'event' : 'events'} from {articles} {articles === 1 ? 'article' : 'articles'}
      </p>
      {index.warnings.length > 0 && <WarningList warnings={index.warnings} />}
      {index.warnings.length > 0 && <SourcesLink />}
      {/* The toolbar: the view switch now; room for export and embed controls. */}
      <div className="toolbar" data-testid="toolbar">
        <ViewToggle />
        {children}
      </div>
    </header>
  );
}
