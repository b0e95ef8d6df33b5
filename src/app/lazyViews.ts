/**
 * The parts of the app the first paint does not need, each in its own chunk: the timeline's marks are drawn first,
 * and these load while the reader takes them in (the filters, the download menu and the side panel's code as the
 * page settles; the list and the Sources view once the browser is idle, so switching to them is instant). A deep
 * link that opens a panel or a view just waits for its chunk. The single-file build inlines them all.
 */
import { lazy } from 'react';

const loadList = () => import('./list/EventList.tsx');
const loadSourcesView = () => import('./sources/SourcesView.tsx');

export const FilterPanel = lazy(() => import('./filters/FilterPanel.tsx').then((m) => ({ default: m.FilterPanel })));
export const DownloadMenu = lazy(() => import('./download/DownloadMenu.tsx').then((m) => ({ default: m.DownloadMenu })));
export const SidePanel = lazy(() => import('./sources/SidePanel.tsx').then((m) => ({ default: m.SidePanel })));
export const EventList = lazy(() => loadList().then((m) => ({ default: m.EventList })));
export const SourcesView = lazy(() => loadSourcesView().then((m) => ({ default: m.SourcesView })));

/** Fetches the views not shown yet when the main thread is idle (a failure is retried when the view is shown). */
export function preloadViewsWhenIdle(): () => void {
  const preload = () => { for (const load of [loadList, loadSourcesView]) load().catch(() => undefined); };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(preload, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(preload, 1000);
  return () => clearTimeout(id);
}
