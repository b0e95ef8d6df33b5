/** English titles and stable ids generated from an event's fields. */
import { trimChar } from '../../model/text.ts';
import type { DateInterval, EventType } from '../../model/timeline.ts';
import { foldText } from './normalize.ts';

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "Emmanuel Macron and Olaf Scholz meet in Berlin". Present tense; the status is a separate field. */
/** `definite`: the place's English name takes "the" (a gazetteer flag), as in "meet at the palace". */
export function eventTitle(type: EventType, participants: readonly string[], place: string | null, definite = false): string {
  const who = list(participants.slice(0, 4));
  const plural = participants.length > 1;
  const at = place ? ` in ${place}` : '';
  const inPlace = place ? (definite ? ` at the ${place}` : ` in ${place}`) : '';
  switch (type) {
    case 'meeting': return plural ? `${who} meet${inPlace}` : `${who} holds a meeting${inPlace}`;
    case 'summit': return plural ? `${who} hold a summit${inPlace}` : `${who} attends a summit${inPlace}`;
    case 'visit': return place ? `${who} visit${plural ? '' : 's'} ${definite ? `the ${place}` : place}` : `${who} make${plural ? '' : 's'} a visit`;
    case 'call': return plural ? `${who} speak by phone` : `${who} holds a phone call`;
    case 'letter': return plural ? `${who} exchange letters` : `${who} sends a letter`;
    case 'statement': return `${who} issue${plural ? '' : 's'} a statement`;
    case 'sanctions': return `${who} impose${plural ? '' : 's'} sanctions`;
    case 'treaty': return plural ? `${who} sign a treaty${at}` : `${who} signs a treaty${at}`;
    case 'deployment': return `${who} deploy${plural ? '' : 's'} troops${place ? ` to ${place}` : ''}`;
    case 'military_exercise': return `${who} hold${plural ? '' : 's'} military exercises${at}`;
    case 'arms_transfer': return `Arms transfers ${plural ? 'between' : 'involving'} ${who}`;
    case 'launch': return `${who} launch${plural ? '' : 'es'} a missile or rocket`;
    case 'forum': return `Forum${at} with ${who}`;
    case 'parade': return `Military parade${at} with ${who}`;
    default: return `Reported event involving ${who}${at}`;
  }
}

function slug(s: string): string {
  return trimChar(foldText(s).replace(/[^a-z0-9]+/g, '-'), '-');
}

/** Content-derived id: participants (sorted, at most three), type, date. */
export function eventId(type: EventType, participants: readonly string[], date: DateInterval): string {
  const who = [...participants].map(slug).filter(Boolean).sort().slice(0, 3);
  const when = date.precision === 'vague' ? `around-${date.start}` : slug(date.value);
  return [...(who.length ? who : ['unknown']), type, when].join('--');
}

/** A short, stable hash (FNV-1a, base 36) to tell apart events whose generated ids collide. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0').slice(-6);
}
