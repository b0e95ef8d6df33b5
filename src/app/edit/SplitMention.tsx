/** "Split this mention off", in `npm run dev` only: one reporting sentence becomes an event of its own. */
import { useState } from 'react';
import type { Mention } from '../../model/timeline.ts';
import type { EventSummary } from '../../model/timelineIndex.ts';
import { splitEntry } from './editEntry.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { useEditDisclosure } from './useEditDisclosure.ts';
import { useOverrideSaver } from './useOverrideSaver.ts';
import './edit.css';

export default function SplitMention({ event, mention }: { event: EventSummary; mention: Mention }) {
  const { open, show, hide, opener, form, onKeyDown } = useEditDisclosure();
  const [note, setNote] = useState('');
  const { state, save, saving } = useOverrideSaver();
  if (!open) {
    return <button ref={opener} type="button" className="link-button" data-testid="split-mention" onClick={() => { setNote(''); show(); }}>Split this mention off</button>;
  }
  return (
    <form ref={form} className="edit-form" aria-label="Split this mention off" onKeyDown={onKeyDown}
      onSubmit={(e) => { e.preventDefault(); void save(splitEntry(event, mention, note), { article: mention.article, quote: mention.quote, from: event.id }); }}>
      <h3>Split this mention off</h3>
      <p>This sentence leaves “{event.title}” and becomes an event of its own, with the date and status it reports.</p>
      <label>Note <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why (shown in the panel)" /></label>
      <div className="edit-actions">
        <button type="submit" disabled={saving}>Split off</button>
        <button type="button" onClick={hide}>Cancel</button>
      </div>
      <SaveStatus state={state} />
    </form>
  );
}
