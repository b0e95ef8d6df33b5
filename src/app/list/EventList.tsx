/**
 * The same (filtered) events as a table sorted by date: for reading, printing and screen readers. The event title
 * is the row header and a button that opens the event panel, as a mark does.
 */
import { useMemo } from 'react';
import type { TimelineEvent } from '../../model/timeline.ts';
import { useTimelineData } from '../data/TimelineDataProvider.tsx';
import { formatDateInterval, precisionInWords } from '../../model/dateLabels.ts';
import { describeSupport, eventAccessibleName, statusInWords, supportLabel } from '../format/eventNames.ts';
import { typeInWords } from '../filters/facetLabels.ts';
import { useAppStore } from '../store/StoreProvider.tsx';

export function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.title.localeCompare(b.title);
}

export function EventList({ events, filtered }: { events: readonly TimelineEvent[]; filtered: boolean }) {
  const { articlesById } = useTimelineData();
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const sorted = useMemo(() => [...events].sort(byDate), [events]);
  const langOf = (id: string) => articlesById.get(id)?.lang ?? 'und';
  return (
    <section className="event-list" aria-labelledby="list-heading">
      <h2 id="list-heading" className="list-heading">List</h2>
      {sorted.length === 0
        ? <p className="empty">No events match the filters.</p>
        : (
          <div className="table-scroll">
            <table>
              <caption>
                {sorted.length} {sorted.length === 1 ? 'event' : 'events'}{filtered ? ' matching the filters' : ''}, sorted by date
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Sources</th>
                  <th scope="col">Type</th>
                  <th scope="col">Where</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((event) => {
                  const support = describeSupport(event, langOf);
                  return (
                  <tr key={event.id} className={event.id === selectedEventId ? 'is-selected' : undefined}>
                    <td className="list-date" data-testid="list-date">
                      {formatDateInterval(event.date)}
                      <span className="muted list-precision">{precisionInWords(event.date.precision)}</span>
                    </td>
                    <th scope="row">
                      <button type="button" className="row-button" data-event-id={event.id} data-name={eventAccessibleName(event, support)} aria-haspopup="dialog"
                        aria-pressed={event.id === selectedEventId} onClick={() => selectEvent(event.id)}>
                        {event.title}
                      </button>
                    </th>
                    <td><span className={`status-chip status-${event.status}`}>{statusInWords(event.status)}</span></td>
                    <td>{supportLabel(support)}</td>
                    <td>{typeInWords(event.type)}</td>
                    <td>{event.place ?? <span className="muted">—</span>}</td>
                  </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
    </section>
  );
}
