/** Everything known about one event, and every sentence that reports it (those arrive with the event's mention chunk). */
import { Suspense, useMemo } from 'react';
import type { Conflict, EventEdit, TimelineEvent } from '../../model/timeline.ts';
import type { ArticleSummary, EventSummary } from '../../model/timelineIndex.ts';
import { formatDateInterval, formatTimexValue, precisionInWords } from '../../model/dateLabels.ts';
import { describeSupport, statusInWords, supportInWords } from '../format/eventNames.ts';
import { languageName } from '../format/languageName.ts';
import { typeInWords } from '../filters/facetLabels.ts';
import { useArticles, useTimelineData, type Loaded, type MentionsState } from '../data/TimelineDataProvider.tsx';
import { MentionCard } from './MentionCard.tsx';
import { EditEvent, MergeEvent } from '../edit/devEditors.ts';

interface EventDetailsProps {
  event: EventSummary;
  mentions: MentionsState;
  /** The summaries of the event's articles. */
  articles: Loaded<ReadonlyMap<string, ArticleSummary>>;
  headingId: string;
  onRead: (mentionIndex: number) => void;
  onClose: () => void;
}

const STATUS_NOTES: Record<TimelineEvent['status'], string> = {
  occurred: 'reported as having happened', ongoing: 'reported as under way', planned: 'announced or scheduled, not yet reported as happened',
  expected: 'expected by sources, not yet reported as happened', possible: 'mentioned as a possibility', alleged: 'claimed by some, not confirmed',
  denied: 'reported, then denied',
};

function conflictValue(conflict: Conflict, value: string): string {
  if (conflict.field === 'date') return formatTimexValue(value) ?? value;
  if (conflict.field === 'status') return statusInWords(value as TimelineEvent['status']);
  return value;
}

const EDIT_WORDS: Record<EventEdit['field'], string> = {
  hidden: 'Hidden', date: 'Date', precision: 'Precision', status: 'Status', title: 'Title', type: 'Type', participants: 'Who',
  place: 'Where', merge: 'Merged', split: 'Split', added: 'Added by hand',
};

function editValue(edit: EventEdit, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'nobody';
  if (edit.field === 'date' && typeof value === 'string') return formatTimexValue(value) ?? value;
  if (edit.field === 'status') return statusInWords(value as TimelineEvent['status']);
  return String(value);
}

function EditNote({ edit }: { edit: EventEdit }) {
  const note = edit.note ? <span className="muted"> ({edit.note})</span> : null;
  if (edit.field === 'added') return <li>{EDIT_WORDS.added}: the machine did not find this event{note}</li>;
  if (edit.field === 'merge') return <li>{EDIT_WORDS.merge}: {(edit.from as string[]).length} events the machine kept apart{note}</li>;
  if (edit.field === 'split') return <li>{EDIT_WORDS.split}: {typeof edit.from === 'string' ? `one sentence taken out of ${edit.from}` : `a sentence taken out (${String(edit.from)} → ${String(edit.to)} sentences)`}{note}</li>;
  return <li><strong>{EDIT_WORDS[edit.field]}</strong>: {editValue(edit, edit.to)} <span className="muted">(the machine found: {editValue(edit, edit.from)})</span>{note}</li>;
}

function ConflictNote({ conflict }: { conflict: Conflict }) {
  const which = conflict.mentions.map((m) => m + 1);
  return (
    <li>
      <strong>{conflict.field[0].toUpperCase() + conflict.field.slice(1)}</strong>: {conflict.values.map((v) => conflictValue(conflict, v)).join(' vs ')}
      {which.length > 0 && <> (see source{which.length > 1 ? 's' : ''} {which.join(', ')})</>}
    </li>
  );
}

export function EventDetails({ event, mentions, articles, headingId, onRead, onClose }: EventDetailsProps) {
  const { articlesById } = useTimelineData();
  const support = describeSupport(event, (id) => articlesById.get(id)?.lang ?? 'und');
  const sentences = mentions.status === 'ready' ? mentions.mentions.length : 0;
  const byId = articles.status === 'ready' ? articles.value : null;
  const copiesOf = useMemo(() => event.articles.map((id) => byId?.get(id)).filter((a) => a?.duplicateOf) as ArticleSummary[], [event, byId]);
  // The originals of copies may be articles that do not report this event: their titles load on their own.
  const originalIds = useMemo(() => copiesOf.map((a) => a.duplicateOf!), [copiesOf]);
  const originals = useArticles(originalIds);
  const originalsById = originals.status === 'ready' ? originals.value : null;
  const copies = copiesOf.map((a) => ({ copy: a.title || a.id, of: originalsById?.get(a.duplicateOf!)?.title || a.duplicateOf! }));
  // The cards need both the mentions and their articles' summaries.
  const sourcesStatus = mentions.status !== 'ready' ? mentions : articles;
  return (
    <>
      <div className="panel-header">
        <p className="panel-kicker">{typeInWords(event.type)}</p>
        <h2 id={headingId} tabIndex={-1} className="panel-title">{event.title}</h2>
        <button type="button" className="close-button" onClick={onClose} aria-label="Close event details">×</button>
      </div>
      <dl className="facts">
        <dt>Date</dt>
        <dd data-testid="event-date">{formatDateInterval(event.date)} <span className="muted">({precisionInWords(event.date.precision)})</span></dd>
        <dt>Status</dt>
        <dd><span className={`status-chip status-${event.status}`} data-testid="status">{statusInWords(event.status)}</span> <span className="muted">{STATUS_NOTES[event.status]}</span></dd>
        {event.participants.length > 0 && <><dt>Who</dt><dd>{event.participants.join(', ')}</dd></>}
        {event.place && <><dt>Where</dt><dd>{event.place}</dd></>}
        <dt>Sources</dt>
        <dd data-testid="support">
          {supportInWords(support)}{sentences > support.sources ? `, ${sentences} sentences` : ''}
          <span className="muted"> ({support.languageCodes.map(languageName).join(', ')})</span>
        </dd>
      </dl>
      {copies.length > 0 && (
        <section className="note note-duplicates" aria-label="Copies of the same story" data-testid="duplicates-note">
          <h3>Copies of one story, counted once</h3>
          <ul>{copies.map((c, i) => <li key={i}>“{c.copy}” is a near-identical copy of “{c.of}”</li>)}</ul>
        </section>
      )}
      {event.edits && event.edits.length > 0 && (
        <section className="note note-edits" aria-label="Changed by an editor" data-testid="edits-note">
          <h3>Changed by an editor</h3>
          <ul>{event.edits.map((edit, i) => <EditNote key={i} edit={edit} />)}</ul>
        </section>
      )}
      {/* Dev only (npm run dev): null in builds. */}
      {EditEvent && MergeEvent && (
        <Suspense fallback={null}>
          <div className="edit-actions-row" key={event.id}><EditEvent event={event} /><MergeEvent event={event} /></div>
        </Suspense>
      )}
      {event.conflicts.length > 0 && (
        <section className="note note-conflict" aria-label="Conflicts between sources">
          <h3>Sources disagree</h3>
          <ul>{event.conflicts.map((c, i) => <ConflictNote key={i} conflict={c} />)}</ul>
        </section>
      )}
      {event.merge && event.merge.length > 0 && (
        <section className="note" aria-label="Why these reports are one event">
          <h3>Why these reports are one event</h3>
          <ul>{event.merge.map((reason, i) => <li key={i}>{reason}</li>)}</ul>
        </section>
      )}
      <section aria-labelledby={`${headingId}-sources`}>
        <h3 id={`${headingId}-sources`}>What the sources say</h3>
        <p className="quote-key" aria-hidden="true"><mark className="hl-trigger">event word</mark> <mark className="hl-date">date expression</mark></p>
        {sourcesStatus.status === 'loading' && <p role="status">Loading the sources…</p>}
        {sourcesStatus.status === 'error' && <p role="alert">Could not load the sources: {sourcesStatus.message}</p>}
        {mentions.status === 'ready' && byId && (
          <ol className="mentions">
            {mentions.mentions.map((mention, i) => (
              <MentionCard key={`${mention.article}-${mention.sentence}-${i}`} number={i + 1} mention={mention}
                article={byId.get(mention.article)} eventDate={event.date} eventStatus={event.status} onRead={() => onRead(i)}
                splitFrom={sentences > 1 ? event : undefined} />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
