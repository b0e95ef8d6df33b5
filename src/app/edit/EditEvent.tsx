/** The "Edit" action of the event panel, in `npm run dev` only: writes an override entry through the dev server. */
import { useState } from 'react';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType, type TimelineEvent } from '../../model/timeline.ts';
import { draftOf, editEntry, hideEntry, postOverride, type EditDraft } from './editEntry.ts';

export default function EditEvent({ event }: { event: TimelineEvent }) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<EditDraft>(() => draftOf(event));
  const [status, setStatus] = useState<string>('');
  const field = (key: keyof EditDraft) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });
  const send = async (entry: Record<string, unknown> | null) => {
    if (!entry) { setStatus('Nothing changed.'); return; }
    setStatus('Saving…');
    try {
      await postOverride(entry);
      setStatus('Saved to dateline.overrides.json; the timeline is rebuilding…');
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (!open) {
    return <button type="button" className="link-button edit-open" data-testid="edit-event" onClick={() => { setDraft(draftOf(event)); setOpen(true); }}>Edit this event</button>;
  }
  return (
    <form className="edit-form" aria-label="Edit this event" onSubmit={(e) => { e.preventDefault(); void send(editEntry(event, draft)); }}>
      <label>Title <input {...field('title')} /></label>
      <label>Date <input {...field('date')} placeholder="2023-09-13, 2023-09 or 2023" /></label>
      <label>Status <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as EventStatus })}>{EVENT_STATUSES.map((s) => <option key={s}>{s}</option>)}</select></label>
      <label>Type <select value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value as EventType })}>{EVENT_TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
      <label>Who <input {...field('participants')} placeholder="Names, separated by commas" /></label>
      <label>Where <input {...field('place')} /></label>
      <label>Note <input {...field('note')} placeholder="Why (shown in the panel)" /></label>
      <div className="edit-actions">
        <button type="submit">Save correction</button>
        <button type="button" onClick={() => void send(hideEntry(event, draft.note))}>Hide event</button>
        <button type="button" onClick={() => setOpen(false)}>Cancel</button>
      </div>
      <p role="status" className="muted">{status}</p>
    </form>
  );
}
