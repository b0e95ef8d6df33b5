import { describe, expect, it } from 'vitest';
import { tagTime } from './index.ts';
import { input, resources } from './undatedText.testHelper.ts';

const expressions = (text: string, lang: string) => tagTime(input(text, lang), resources).timexes.map((t) => text.slice(t.start, t.end));

/**
 * `capitalisedNouns` (lang/<iso>/temporal.json): German writes "morgen" (tomorrow) in lower case and "der Morgen"
 * (the morning) capitalised, so "bis zum Morgen" is no date; a capitalised "Morgen" that starts the sentence still is.
 */
describe('de: "Morgen" after a word is the morning, not tomorrow', () => {
  it.each([
    ['Die Fans feierten bis zum Morgen.', []],
    ['Er kam am frühen Morgen an.', []],
    ['Wir treffen uns morgen in Berlin.', ['morgen']],
    ['Morgen beginnt der Gipfel.', ['Morgen']],
    ['Er ging heute Morgen.', ['heute Morgen']],
  ])('%s', (text, found) => {
    expect(expressions(text, 'de')).toEqual(found);
  });
});
