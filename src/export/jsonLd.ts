/**
 * schema.org JSON-LD for a page of the timeline: an `ItemList` of `Event`s, meant for
 * `<script type="application/ld+json">`.
 *
 * Only fields Dateline generates in English go in (title, canonical participant and place names, type, dates,
 * status, counts): never article text or front-matter values, which are untrusted and in any language.
 * Dates are ISO 8601 at the precision the event has (`2023-09` for a month, `2019` for a year), start and end.
 * eventStatus: schema.org has no "occurred" and no "unconfirmed". EventScheduled ("has taken place or will take
 * place as scheduled") for occurred, ongoing, planned and expected; EventCancelled for denied (reported as not
 * happening); none for possible and alleged, where claiming either would overstate the sources.
 * The string escapes `<`, `>` and `&` as \u003c \u003e \u0026 so no value can close the script element.
 */
import type { EventStatus, Timeline, TimelineEvent } from '../model/timeline.ts';
import { intervalEnds } from './dateParts.ts';
import { sourceArticleCount } from './sources.ts';

export interface JsonLdOptions {
  /** Name of the list (the site's title, chosen by whoever publishes it). */
  siteTitle: string;
}

const SCHEMA_STATUS: Partial<Record<EventStatus, string>> = {
  occurred: 'https://schema.org/EventScheduled',
  ongoing: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
  expected: 'https://schema.org/EventScheduled',
  denied: 'https://schema.org/EventCancelled',
};

export function schemaEventStatus(status: EventStatus): string | undefined {
  return SCHEMA_STATUS[status];
}

function eventDescription(event: TimelineEvent): string {
  const sources = sourceArticleCount(event);
  const type = event.type.replace(/_/g, ' ');
  return `${type[0].toUpperCase()}${type.slice(1)} (${event.status}), reported in ${sources} source${sources === 1 ? '' : 's'}.`;
}

function eventNode(event: TimelineEvent): Record<string, unknown> {
  const { start, end } = intervalEnds(event.date);
  const node: Record<string, unknown> = {
    '@type': 'Event',
    identifier: event.id,
    name: event.title,
    description: eventDescription(event),
    startDate: start,
    endDate: end,
  };
  const status = schemaEventStatus(event.status);
  if (status) node.eventStatus = status;
  if (event.place) node.location = { '@type': 'Place', name: event.place };
  if (event.participants.length) node.about = event.participants.map((name) => ({ '@type': 'Thing', name }));
  return node;
}

export function toJsonLdObject(timeline: Timeline, options: JsonLdOptions): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: options.siteTitle,
    numberOfItems: timeline.events.length,
    itemListElement: timeline.events.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: eventNode(event),
    })),
  };
}

/** Serialised for a script element: JSON with markup-significant characters as \u escapes. */
export function toJsonLd(timeline: Timeline, options: JsonLdOptions): string {
  return JSON.stringify(toJsonLdObject(timeline, options), null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}
