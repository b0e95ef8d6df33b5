/** Everything known about one event, and every sentence that reports it. */
import type { Conflict, TimelineEvent } from '../../model/timeline.ts';
import { formatDateInterval, formatTimexValue, precisionInWords } from '../format/dateLabels.ts';
import { describeSupport, statusInWords, supportInWords } from '../format/eventNames.ts';
import { languageName } from '../format/languageName.ts';
import { typeInWords } from '../filters/facetLabels.ts';
import { useTimelineData } from '../data/TimelineDataProvider.tsx';
import { MentionCard } from './MentionCard.tsx';

interface EventDetailsProps {
  event: TimelineEvent;
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

function ConflictNote({ conflict }: { conflict: Conflict }) {
  const which = conflict.mentions.map((m) => m + 1);
  return (
    <li>
      <strong>{conflict.field[0].toUpperCase() + conflict.field.slice(1)}</strong>: {conflict.values.map((v) => conflictValue(conflict, v)).join(' vs ')}
      {which.length > 0 && <> (see source{which.length > 1 ? 's' : ''} {which.join(', ')})</>}
    </li>
  );
}

export function EventDetails({ event, headingId, onRead, onClose }: EventDetailsProps) {
  const { articlesById } = useTimelineData();
  const support = describeSupport(event, (id) => articlesById.get(id)?.lang ?? 'und');
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
          {supportInWords(support)}{event.mentions.length > support.sources ? `, ${event.mentions.length} sentences` : ''}
          <span className="muted"> ({support.languageCodes.map(languageName).join(', ')})</span>
        </dd>
      </dl>
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
        <ol className="mentions">
          {event.mentions.map((mention, i) => (
            <MentionCard key={`${mention.article}-${mention.sentence}-${i}`} number={i + 1} mention={mention}
              article={articlesById.get(mention.article)} eventDate={event.date} eventStatus={event.status} onRead={() => onRead(i)} />
          ))}
        </ol>
      </section>
    </>
  );
}
