/**
 * "Merge with…", in `npm run dev` only: find another event by words of its title (nearest in date first) and merge
 * it into this one, which keeps its id and fields and gains the other's sentences.
 */
import { useId, useMemo, useState } from 'react';
import type { EventSummary } from '../../model/timelineIndex.ts';
import { formatDateInterval } from '../../model/dateLabels.ts';
import { useTimelineData } from '../data/TimelineDataProvider.tsx';
import { mergeEntry } from './editEntry.ts';
import { findEvents } from './eventSearch.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { useEditDisclosure } from './useEditDisclosure.ts';
import { useDoneOnNewData, useOverrideSaver } from './useOverrideSaver.ts';
import './edit.css';

export default function MergeEvent({ event }: { event: EventSummary }) {
  const { index } = useTimelineData();
  const { open, show, hide, closeQuietly, opener, form, onKeyDown } = useEditDisclosure();
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const { state, save, reset, saving } = useOverrideSaver();
  useDoneOnNewData(event, state.kind === 'saved', closeQuietly, reset);
  const name = useId();
  const matches = useMemo(() => findEvents(index.events, event, query), [index.events, event, query]);
  const chosen = matches.find((e) => e.id === choice);
  if (!open) {
    return <button ref={opener} type="button" className="link-button" data-testid="merge-event" onClick={() => { setQuery(''); setChoice(null); setNote(''); show(); }}>Merge with…</button>;
  }
  return (
    <form ref={form} className="edit-form" aria-label="Merge with another event" onKeyDown={onKeyDown}
      onSubmit={(e) => { e.preventDefault(); if (chosen) void save(mergeEntry(event, chosen, note)); }}>
      <h3>Merge another event into this one</h3>
      <label>Find the other event by its title <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Words of its title" /></label>
      <fieldset>
        <legend>{query.trim() ? 'Events that match' : 'Events nearest in date'}</legend>
        {matches.length === 0 && <p className="muted">No other event matches.</p>}
        {matches.map((e) => (
          <label key={e.id}>
            <input type="radio" name={name} value={e.id} checked={choice === e.id} onChange={() => setChoice(e.id)} />
            <span>{e.title} <span className="muted">({formatDateInterval(e.date)})</span></span>
          </label>
        ))}
      </fieldset>
      <label>Note <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why (shown in the panel)" /></label>
      <div className="edit-actions">
        <button type="submit" disabled={!chosen || saving}>Merge into this event</button>
        <button type="button" onClick={hide}>Cancel</button>
      </div>
      <SaveStatus state={state} />
    </form>
  );
}
