/** The seed gold (CONTRACT.md §2b) read into typed records, with its vocabulary mapped to the contract's. */
import type { EventStatus, EventType } from '../model/timeline.ts';

export interface GoldTimex {
  id: string;
  text: string;
  value: string;
  type: string;
  precision: string;
  required: boolean;
  char_start: number;
  char_end: number;
  sentence_index: number;
  mod?: string;
}

export interface GoldEvent {
  id: string;
  type: string;
  participants: string[];
  place: string | null;
  date: string | null;
  status: string;
  quote: string;
  sentence_index: number;
}

export interface GoldDocument {
  file: string;
  language: string;
  document_date: { value: string; precision: 'day' | 'month' | 'year'; window: [string, string] };
  timexes: GoldTimex[];
  events: GoldEvent[];
}

export interface Gold {
  documents: GoldDocument[];
}

const TYPE_MAP: Record<string, EventType> = {
  letter_exchange: 'letter', troop_deployment: 'deployment', media_report: 'statement', invasion: 'other', diplomacy_breakdown: 'other',
};

export function goldType(type: string): EventType {
  return TYPE_MAP[type] ?? (type as EventType);
}

/** Statuses the contract allows for a gold status word. */
export function goldStatuses(status: string): EventStatus[] {
  if (status === 'proposed') return ['planned', 'possible'];
  if (status.startsWith('occurred (alleged')) return ['occurred', 'alleged'];
  return [status as EventStatus];
}

/** Type families: kinds of event a reader would take as the same happening when the dates and people agree. */
const FAMILY: Partial<Record<EventType, string>> = { meeting: 'encounter', summit: 'encounter', visit: 'encounter', forum: 'encounter' };

export function typeFamily(type: EventType): string {
  return FAMILY[type] ?? type;
}
