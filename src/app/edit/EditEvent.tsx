/** The "Edit this event" action of the event panel, in `npm run dev` only: corrects fields, or hides the event. */
import { useState } from 'react';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from '../../model/timeline.ts';
import type { EventSummary } from '../../model/timelineIndex.ts';
import { draftOf, editEntry, hideEntry, type EditDraft } from './editEntry.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { useEditDisclosure } from './useEditDisclosure.ts';
import { useDoneOnNewData, useOverrideSaver } from './useOverrideSaver.ts';
import './edit.css';

export default function EditEvent({ event }: { event: EventSummary }) {
  const { open, show, hide, closeQuietly, opener, form, onKeyDown } = useEditDisclosure();
  const [draft, setDraft] = useState<EditDraft>(() => draftOf(event));
  const { state, save, reset, saving } = useOverrideSaver();
  useDoneOnNewData(event, state.kind === 'saved', closeQuietly, reset);
  const field = (key: keyof EditDraft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });
  if (!open) {
    return <button ref={opener} type="button" className="link-button edit-open" data-testid="edit-event" onClick={() => { setDraft(draftOf(event)); show(); }}>Edit this event</button>;
  }
  return (
    <form ref={form} className="edit-form" aria-label="Edit this event" onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); void save(editEntry(event, draft)); }}>
      <h3>Edit this event</h3>
      <label>Title <input {...field('title')} /></label>
      <label>Date <input {...field('date')} placeholder="2023-09-13, 2023-09 or 2023" /></label>
      <label>Status <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as EventStatus })}>{EVENT_STATUSES.map((s) => <option key={s}>{s}</option>)}</select></label>
      <label>Type <select value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value as EventType })}>{EVENT_TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
      <label>Who <input {...field('participants')} placeholder="Names, separated by commas" /></label>
      <label>Where <input {...field('place')} /></label>
      <label>Note <input {...field('note')} placeholder="Why (shown in the panel)" /></label>
      <div className="edit-actions">
        <button type="submit" disabled={saving}>Save correction</button>
        <button type="button" disabled={saving} onClick={() => void save(hideEntry(event, draft.note))}>Hide event</button>
        <button type="button" onClick={hide}>Cancel</button>
      </div>
      <SaveStatus state={state} />
    </form>
  );
}
