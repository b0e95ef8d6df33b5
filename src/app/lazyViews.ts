/**
 * The parts of the app the first paint does not need, each in its own chunk: the timeline's marks are drawn first,
 * and these load while the reader takes them in (the side panel's code before any event can be chosen, the list
 * and the Sources view when their view is first shown). A deep link that opens a panel or a view just waits for
 * its chunk. The single-file build inlines them all.
 */
import { lazy } from 'react';

export const FilterPanel = lazy(() => import('./filters/FilterPanel.tsx').then((m) => ({ default: m.FilterPanel })));
export const DownloadMenu = lazy(() => import('./download/DownloadMenu.tsx').then((m) => ({ default: m.DownloadMenu })));
export const SidePanel = lazy(() => import('./sources/SidePanel.tsx').then((m) => ({ default: m.SidePanel })));
export const EventList = lazy(() => import('./list/EventList.tsx').then((m) => ({ default: m.EventList })));
export const SourcesView = lazy(() => import('./sources/SourcesView.tsx').then((m) => ({ default: m.SourcesView })));
