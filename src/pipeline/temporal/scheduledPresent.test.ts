/**
 * News announces what is scheduled in the present tense ("The conference starts on Monday", "Am Montag beginnt die
 * Konferenz", "La conférence s'ouvre lundi"): those verbs count as future cues, as HeidelTime's present-future
 * reading does, so a bare weekday beside them is the coming one. DCT 2023-09-13 is a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';

const DCT = '2023-09-13';

describe('scheduled events in the present tense', () => {
  it.each([
    ['en', 'The conference starts on Monday in Berlin.', '2023-09-18'],
    ['de', 'Am Montag beginnt die Konferenz in Berlin.', '2023-09-18'],
    ['de', 'Am Freitag trifft sich der Rat in Brüssel.', '2023-09-15'],
    ['fr', "La conférence s'ouvre lundi à Genève.", '2023-09-18'],
    ['es', 'La cumbre comienza el lunes en Madrid.', '2023-09-18'],
    ['it', 'Il vertice si apre lunedì a Roma.', '2023-09-18'],
    ['pt', 'A cimeira começa na segunda-feira em Lisboa.', '2023-09-18'],
    ['pl', 'Szczyt rozpoczyna się w poniedziałek w Warszawie.', '2023-09-18'],
    ['ru', 'Саммит начинается в понедельник в Москве.', '2023-09-18'],
    ['uk', 'Саміт починається в понеділок у Києві.', '2023-09-18'],
    ['nl', 'Maandag begint de conferentie in Den Haag.', '2023-09-18'],
    ['sq', 'Samiti fillon të hënën në Tiranë.', '2023-09-18'],
    // The past stays the past.
    ['de', 'Am Montag begann die Konferenz in Berlin.', '2023-09-11'],
    ['en', 'The conference started on Monday in Berlin.', '2023-09-11'],
  ])('%s: %s → %s', (lang, text, day) => {
    expect(timexesOf(lang, text, DCT).map((t) => t.value)).toEqual([day]);
  });
});
