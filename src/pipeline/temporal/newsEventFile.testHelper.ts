/** The checks every news-event data file's own test makes (each file's test adds its own coverage rules). */
import { expect, it } from 'vitest';
import { readNewsEventFiles } from './index.ts';
import { parseOccurrence, validateNewsEvents } from './newsEvents.ts';

/** An entry as a JSON import types it: names keyed by the languages that file happens to use. */
export interface EventEntry { id: string; kind: string; when: readonly string[]; names: object; sure?: boolean }

export const namesOf = (e: EventEntry): string[] => Object.values(e.names as Record<string, string[]>).flat();

/** Registers the shared checks of `fileName` (as in gazetteer/newsEvents/) whose entries are `events`. */
export function itChecksNewsEventFile(fileName: string, events: readonly EventEntry[]): void {
  it('has names and a sure, valid date for every entry', () => {
    const problems: string[] = [];
    for (const e of events) {
      if (e.sure !== true) problems.push(`${e.id}: not sure`);
      if (!e.when.length || e.when.some((w) => !parseOccurrence(w))) problems.push(`${e.id}: bad "when" ${e.when.join(', ')}`);
      if (!namesOf(e).length) problems.push(`${e.id}: no names`);
      if (!e.kind) problems.push(`${e.id}: no kind`);
    }
    expect(problems).toEqual([]);
  });

  it('has no one-word Latin or Cyrillic name under five letters (such words are common words somewhere)', () => {
    const short = events.flatMap((e) => namesOf(e).filter((n) => /^[\p{Script=Latin}\p{Script=Cyrillic}]{1,4}$/u.test(n)).map((n) => `${e.id}: ${n}`));
    expect(short).toEqual([]);
  });

  it('has ids unique across every news-event file, and the files validate', () => {
    const files = readNewsEventFiles();
    expect(files.some(([name]) => name.endsWith(fileName))).toBe(true);
    const ids = files.flatMap(([, f]) => f.events.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(validateNewsEvents(files)).toEqual([]);
  });
}
