/**
 * UI state of the app in one zustand store built by a vanilla factory, so every test gets a fresh store.
 * Slices: selection (event, reader), filters, view (mode, visible range, requests to the timeline).
 * The timeline data is not here: it is loaded once by the data module. The zoom transform is not here either:
 * it stays local to <Timeline>, which publishes only the visible range when a gesture ends.
 */
import { createStore } from 'zustand/vanilla';
import type { IsoDay } from '../../model/timeline.ts';
import { NO_FILTERS, type FacetName, type Filters } from '../filters/filterEvents.ts';
import type { HashState, ViewMode } from '../url/hashState.ts';

/** Which mention the reader shows: the event it belongs to and its index in `event.mentions`. */
export interface ReaderTarget {
  eventId: string;
  mentionIndex: number;
}

export type DayRange = readonly [IsoDay, IsoDay];

/** A one-off request to the timeline; `seq` makes two equal requests distinct. */
export interface RangeRequest { range: DayRange | null; seq: number }
export interface RevealRequest { eventId: string; seq: number }

export interface SelectionSlice {
  selectedEventId: string | null;
  reader: ReaderTarget | null;
  selectEvent: (eventId: string | null) => void;
  /** Selects an event from elsewhere (a reader sentence, a list row) and asks the timeline to bring it into view. */
  showEvent: (eventId: string) => void;
  openReader: (target: ReaderTarget) => void;
  closeReader: () => void;
  /** Closes the innermost open view: the reader first, then the event panel. */
  closeTopmost: () => void;
}

export interface FilterSlice {
  filters: Filters;
  setQuery: (q: string) => void;
  setFacet: (facet: FacetName, values: string[]) => void;
  clearFilters: () => void;
}

export interface ViewSlice {
  viewMode: ViewMode;
  /** Inclusive first and last visible day, published at the end of each zoom or pan; null when all is shown. */
  visibleRange: DayRange | null;
  rangeRequest: RangeRequest | null;
  revealRequest: RevealRequest | null;
  setViewMode: (mode: ViewMode) => void;
  setVisibleRange: (range: DayRange | null) => void;
  /** Restores a whole view (deep link, back/forward): selection, filters, mode and range. */
  applyHashState: (state: HashState) => void;
}

export type AppState = SelectionSlice & FilterSlice & ViewSlice;
export type AppStore = ReturnType<typeof createAppStore>;

type InitialState = Partial<Pick<AppState, 'selectedEventId' | 'reader' | 'visibleRange' | 'filters' | 'viewMode'>>;

const sameRange = (a: DayRange | null, b: DayRange | null) => a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);

export function createAppStore(initial: InitialState = {}) {
  let seq = 0;
  return createStore<AppState>()((set, get) => ({
    selectedEventId: null,
    reader: null,
    filters: NO_FILTERS,
    viewMode: 'timeline',
    visibleRange: null,
    rangeRequest: null,
    revealRequest: null,
    ...initial,

    // Selecting another event closes a reader that belongs to the previous one.
    selectEvent: (eventId) => set((s) => ({ selectedEventId: eventId, reader: s.reader?.eventId === eventId ? s.reader : null })),
    showEvent: (eventId) => set({ selectedEventId: eventId, reader: null, revealRequest: { eventId, seq: ++seq } }),
    openReader: (target) => set({ selectedEventId: target.eventId, reader: target }),
    closeReader: () => set({ reader: null }),
    closeTopmost: () => (get().reader ? set({ reader: null }) : set({ selectedEventId: null })),

    setQuery: (q) => set((s) => ({ filters: { ...s.filters, q } })),
    setFacet: (facet, values) => set((s) => ({ filters: { ...s.filters, [facet]: values } })),
    clearFilters: () => set({ filters: NO_FILTERS }),

    setViewMode: (viewMode) => set({ viewMode }),
    setVisibleRange: (range) => {
      if (sameRange(get().visibleRange, range)) return;
      set({ visibleRange: range });
    },
    applyHashState: (state) => {
      const current = get();
      set({
        selectedEventId: state.event,
        reader: current.reader?.eventId === state.event ? current.reader : null,
        filters: state.filters,
        viewMode: state.view,
        visibleRange: state.range,
        rangeRequest: sameRange(current.visibleRange, state.range) && current.rangeRequest ? current.rangeRequest : { range: state.range, seq: ++seq },
        revealRequest: state.event && !state.range ? { eventId: state.event, seq: ++seq } : current.revealRequest,
      });
    },
  }));
}
