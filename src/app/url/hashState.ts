/**
 * The view as a URL hash, for deep links that work on any static host, at any sub-path and inside an iframe:
 *   #event=<id>&from=2023-01-01&to=2023-12-31&q=macron&type=meeting,visit&status=…&lang=…&article=…&participant=…&view=list|sources
 * Pure: `parseHash(formatHash(s))` gives `s` back, and anything malformed is dropped rather than thrown.
 */
import type { IsoDay } from '../../model/timeline.ts';
import { NO_FILTERS, type FacetName, type Filters } from '../filters/filterEvents.ts';

export type ViewMode = 'timeline' | 'list' | 'sources';

const VIEW_MODES: readonly ViewMode[] = ['timeline', 'list', 'sources'];

export interface HashState {
  event: string | null;
  /** Inclusive first and last visible day; both null for "fit all". */
  range: readonly [IsoDay, IsoDay] | null;
  view: ViewMode;
  filters: Filters;
}

export const EMPTY_HASH_STATE: HashState = { event: null, range: null, view: 'timeline', filters: NO_FILTERS };

/** URL key of each list filter (singular, as people write them by hand). */
const FACET_KEYS: ReadonlyArray<[FacetName, string]> = [
  ['types', 'type'], ['statuses', 'status'], ['langs', 'lang'], ['articles', 'article'], ['participants', 'participant'],
];

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null; // a broken %-escape: ignore this value
  }
}

export function parseHash(hash: string): HashState {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq), raw = part.slice(eq + 1);
    if (key === 'q' || key === 'event') {
      const value = decode(raw);
      if (value !== null) params.set(key, value);
    } else {
      params.set(key, raw); // lists are split before decoding: a %2C inside one value is not a separator
    }
  }
  const list = (key: string) => {
    const raw = params.get(key);
    if (!raw) return [];
    return [...new Set(raw.split(',').map(decode).filter((v): v is string => !!v))];
  };
  const from = decode(params.get('from') ?? ''), to = decode(params.get('to') ?? '');
  const range = from && to && ISO_DAY.test(from) && ISO_DAY.test(to) && from <= to ? [from, to] as const : null;
  const filters: Filters = { ...NO_FILTERS, q: params.get('q') ?? '' };
  for (const [facet, key] of FACET_KEYS) filters[facet] = list(key);
  return {
    event: params.get('event') || null,
    range,
    view: VIEW_MODES.find((v) => v === params.get('view')) ?? 'timeline',
    filters,
  };
}

export function formatHash(state: HashState): string {
  const parts: string[] = [];
  if (state.event) parts.push(`event=${encodeURIComponent(state.event)}`);
  if (state.range) parts.push(`from=${state.range[0]}`, `to=${state.range[1]}`);
  if (state.filters.q.trim()) parts.push(`q=${encodeURIComponent(state.filters.q)}`);
  for (const [facet, key] of FACET_KEYS) {
    const values = state.filters[facet];
    if (values.length > 0) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
  }
  if (state.view !== 'timeline') parts.push(`view=${state.view}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
