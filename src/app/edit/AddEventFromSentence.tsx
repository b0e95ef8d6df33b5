/**
 * "Add an event from this sentence", in `npm run dev` only (article readers): a sentence of the article, the date,
 * title, type and status of an event the machine did not find. The sentence is quoted in the entry, so the event
 * keeps it as its source across rebuilds.
 */
import { useMemo, useState } from 'react';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from '../../model/timeline.ts';
import type { ArticleText } from '../data/timelineSource.ts';
import { addEntry, firstCalendarDate, type AddDraft } from './editEntry.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { initialSentence, sentenceChoices } from './sentenceChoices.ts';
import { useEditDisclosure } from './useEditDisclosure.ts';
import { useOverrideSaver } from './useOverrideSaver.ts';
import './edit.css';

interface Props {
  articleId: string;
  text: ArticleText;
  /** Sentences that already report an event (marked in the list). */
  eventSentences: ReadonlySet<number>;
  /** The sentence to start on (the one the reader came from), else the first that reports no event. */
  sentence?: number;
  /** Dates to start with, best first (the sentence's, the article's); the first calendar date is used. */
  dates: ReadonlyArray<string | null | undefined>;
  /** The article's language, for the quoted sentence. */
  lang: string;
}

export default function AddEventFromSentence({ articleId, text, eventSentences, sentence, dates, lang }: Props) {
  const { open, show, hide, opener, form, onKeyDown } = useEditDisclosure();
  const choices = useMemo(() => sentenceChoices(text.text, text.sentences, eventSentences), [text, eventSentences]);
  const fresh = (): AddDraft => ({ sentence: initialSentence(choices, sentence), date: firstCalendarDate(dates), title: '', type: 'other', status: 'occurred', note: '' });
  const [draft, setDraft] = useState<AddDraft>(fresh);
  const { state, save, saving } = useOverrideSaver();
  if (choices.length === 0) return null;
  if (!open) {
    return <button ref={opener} type="button" className="link-button" data-testid="add-event" onClick={() => { setDraft(fresh()); show(); }}>Add an event from this sentence</button>;
  }
  const [start, end] = text.sentences[draft.sentence] ?? [0, 0];
  const submit = () => {
    const entry = addEntry(articleId, text, draft);
    void save(entry, entry?.action === 'add' ? { article: articleId, quote: entry.quote } : undefined);
  };
  return (
    <form ref={form} className="edit-form" aria-label="Add an event from this sentence" onKeyDown={onKeyDown} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <h3>Add an event from this sentence</h3>
      <label>Sentence
        <select value={draft.sentence} onChange={(e) => setDraft({ ...draft, sentence: Number(e.target.value) })}>
          {choices.map((c) => <option key={c.index} value={c.index}>{c.label}</option>)}
        </select>
      </label>
      <blockquote className="edit-quote" lang={lang}>{text.text.slice(start, end)}</blockquote>
      <label>Date <input required value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} placeholder="2023-09-13, 2023-09 or 2023" /></label>
      <label>Title <input required value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} placeholder="Who does what, where" /></label>
      <label>Type <select value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value as EventType })}>{EVENT_TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
      <label>Status <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as EventStatus })}>{EVENT_STATUSES.map((s) => <option key={s}>{s}</option>)}</select></label>
      <label>Note <input value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} placeholder="Why (shown in the panel)" /></label>
      <div className="edit-actions">
        <button type="submit" disabled={saving}>Add event</button>
        <button type="button" onClick={hide}>Cancel</button>
      </div>
      <SaveStatus state={state} />
    </form>
  );
}
