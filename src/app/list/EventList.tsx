/**
 * The same (filtered) events as a table sorted by date: for reading, printing and screen readers. The event title
 * is the row header and a button that opens the event panel, as a mark does. Long tables draw only the rows near
 * the viewport (useWindowedRows); the table still tells assistive technology how many rows there are.
 */
import { memo, useMemo } from 'react';
import type { EventSummary } from '../../model/timelineIndex.ts';
import type { ArticleBrief } from '../../model/timelineIndex.ts';
import { useTimelineData } from '../data/TimelineDataProvider.tsx';
import { formatDateInterval, precisionInWords } from '../../model/dateLabels.ts';
import { describeSupport, eventAccessibleName, statusInWords, supportLabel } from '../format/eventNames.ts';
import { typeInWords } from '../filters/facetLabels.ts';
import { useAppStore } from '../store/StoreProvider.tsx';
import { useWindowedRows } from './useWindowedRows.ts';

/** Tables up to this many rows are drawn whole. */
export const WINDOWED_ABOVE = 400;

/** ISO days compare as plain strings; only titles need the locale's collation. */
export function byDate(a: EventSummary, b: EventSummary): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  if (a.date.end !== b.date.end) return a.date.end < b.date.end ? -1 : 1;
  return a.title.localeCompare(b.title);
}

interface RowProps {
  event: EventSummary;
  index: number;
  selected: boolean;
  articlesById: ReadonlyMap<string, ArticleBrief>;
  onSelect: (eventId: string) => void;
}

const Row = memo(function Row({ event, index, selected, articlesById, onSelect }: RowProps) {
  const support = describeSupport(event, (id) => articlesById.get(id)?.lang ?? 'und');
  return (
    <tr className={selected ? 'is-selected' : undefined} data-row aria-rowindex={index + 2}>
      <td className="list-date" data-testid="list-date">
        {formatDateInterval(event.date)}
        <span className="muted list-precision">{precisionInWords(event.date.precision)}</span>
      </td>
      <th scope="row">
        <button type="button" className="row-button" data-event-id={event.id} data-name={eventAccessibleName(event, support)} aria-haspopup="dialog"
          aria-pressed={selected} onClick={() => onSelect(event.id)}>
          {event.title}
        </button>
      </th>
      <td><span className={`status-chip status-${event.status}`}>{statusInWords(event.status)}</span></td>
      <td>{supportLabel(support)}</td>
      <td>{typeInWords(event.type)}</td>
      <td>{event.place ?? <span className="muted">—</span>}</td>
    </tr>
  );
});

export function EventList({ events, filtered }: { events: readonly EventSummary[]; filtered: boolean }) {
  const { articlesById } = useTimelineData();
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const sorted = useMemo(() => [...events].sort(byDate), [events]);
  const { window: rows, bodyRef } = useWindowedRows(sorted.length, WINDOWED_ABOVE);
  const start = rows?.start ?? 0, end = rows?.end ?? sorted.length;
  return (
    <section className="event-list" aria-labelledby="list-heading">
      <h2 id="list-heading" className="list-heading">List</h2>
      {sorted.length === 0
        ? <p className="empty">No events match the filters.</p>
        : (
          <div className="table-scroll">
            <table aria-rowcount={sorted.length + 1}>
              <caption>
                {sorted.length} {sorted.length === 1 ? 'event' : 'events'}{filtered ? ' matching the filters' : ''}, sorted by date
              </caption>
              <thead>
                <tr aria-rowindex={1}>
                  <th scope="col">Date</th>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Sources</th>
                  <th scope="col">Type</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody ref={bodyRef}>
                {rows && rows.before > 0 && <tr aria-hidden="true" className="list-spacer" style={{ height: rows.before }} />}
                {sorted.slice(start, end).map((event, i) => (
                  <Row key={event.id} event={event} index={start + i} selected={event.id === selectedEventId} articlesById={articlesById} onSelect={selectEvent} />
                ))}
                {rows && rows.after > 0 && <tr aria-hidden="true" className="list-spacer" style={{ height: rows.after }} />}
              </tbody>
            </table>
          </div>
        )}
    </section>
  );
}
