/**
 * Keeps the URL hash and the store in step, both ways:
 * - on load, and on back/forward or a hand-edited hash, the hash is read into the store;
 * - on every store change the hash is rewritten: a new history entry when the selection changes (so back/forward
 *   move between selections), a replaced entry for range, filter and view changes (so they do not flood history).
 * Only the hash is touched, so this works on any static host, at any sub-path and inside an iframe.
 */
import { useEffect } from 'react';
import type { AppState, AppStore } from '../store/appStore.ts';
import { formatHash, parseHash, type HashState } from './hashState.ts';

export function hashOfState(state: AppState): string {
  return formatHash({ event: state.selectedEventId, range: state.visibleRange, view: state.viewMode, filters: state.filters });
}

function writeHistory(hash: string, push: boolean) {
  try {
    // An empty hash is written as the bare URL, so "no state" does not leave a dangling "#".
    const url = hash || `${location.pathname}${location.search}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  } catch {
    // Some sandboxed iframes forbid history changes: the app still works, only without deep links.
  }
}

export function useHashSync(store: AppStore, knownEventIds: Pick<ReadonlySet<string>, 'has'>): void {
  useEffect(() => {
    let written = location.hash;
    const readHash = (): HashState => {
      const parsed = parseHash(location.hash);
      // An id from an older build of the timeline: show the rest of the view without a selection.
      return parsed.event && !knownEventIds.has(parsed.event) ? { ...parsed, event: null } : parsed;
    };
    const onLocationChange = () => {
      if (location.hash === written) return;
      written = location.hash;
      store.getState().applyHashState(readHash());
    };
    if (location.hash) {
      store.getState().applyHashState(readHash());
      // Write back the normalised hash (unknown ids and malformed parts dropped).
      const normalised = hashOfState(store.getState());
      if (normalised !== location.hash) writeHistory(normalised, false);
      written = location.hash;
    }
    const unsubscribe = store.subscribe((state, previous) => {
      const hash = hashOfState(state);
      if (hash === written || (hash === '' && written === '#')) return;
      written = hash;
      writeHistory(hash, state.selectedEventId !== previous.selectedEventId);
    });
    addEventListener('popstate', onLocationChange);
    addEventListener('hashchange', onLocationChange);
    return () => {
      unsubscribe();
      removeEventListener('popstate', onLocationChange);
      removeEventListener('hashchange', onLocationChange);
    };
  }, [store, knownEventIds]);
}
