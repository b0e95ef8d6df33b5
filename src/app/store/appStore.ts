/**
 * UI state of the app in one zustand store built by a vanilla factory, so every test gets a fresh store.
 * The timeline data is not here: it is loaded once by the data module. The zoom transform is not here either:
 * it stays local to <Timeline>, which publishes only the visible range when a gesture ends.
 */
import { createStore } from 'zustand/vanilla';
import type { IsoDay } from '../../model/timeline.ts';

/** Which mention the reader shows: the event it belongs to and its index in `event.mentions`. */
export interface ReaderTarget {
  eventId: string;
  mentionIndex: number;
}

export interface AppState {
  selectedEventId: string | null;
  reader: ReaderTarget | null;
  /** Inclusive first and last visible day of the timeline, published at the end of each zoom or pan. */
  visibleRange: readonly [IsoDay, IsoDay] | null;
  selectEvent: (eventId: string | null) => void;
  openReader: (target: ReaderTarget) => void;
  closeReader: () => void;
  /** Closes the innermost open view: the reader first, then the event panel. */
  closeTopmost: () => void;
  setVisibleRange: (range: readonly [IsoDay, IsoDay]) => void;
}

export type AppStore = ReturnType<typeof createAppStore>;

export function createAppStore(initial: Partial<Pick<AppState, 'selectedEventId' | 'reader' | 'visibleRange'>> = {}) {
  return createStore<AppState>()((set, get) => ({
    selectedEventId: null,
    reader: null,
    visibleRange: null,
    ...initial,
    // Selecting another event closes a reader that belongs to the previous one.
    selectEvent: (eventId) => set((s) => ({ selectedEventId: eventId, reader: s.reader?.eventId === eventId ? s.reader : null })),
    openReader: (target) => set({ selectedEventId: target.eventId, reader: target }),
    closeReader: () => set({ reader: null }),
    closeTopmost: () => (get().reader ? set({ reader: null }) : set({ selectedEventId: null })),
    setVisibleRange: (range) => {
      const current = get().visibleRange;
      if (current && current[0] === range[0] && current[1] === range[1]) return;
      set({ visibleRange: range });
    },
  }));
}
