/**
 * News announces what is scheduled in the present tense ("The conference starts on Monday", "Am Montag beginnt die
 * Konferenz", "La conférence s'ouvre lundi"): those verbs count as future cues, as HeidelTime's present-future
 * reading does, so a bare weekday beside them is the coming one. DCT 2023-09-13 is a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';
import { documentEvidence, tagTime } from './index.ts';
import { input, resources } from './undatedText.testHelper.ts';

const documentEvidenceOf = (text: string, lang: string) => {
  const t = tagTime(input(text, lang), resources);
  return documentEvidence(text, t.timexes, null, t.named).constraints.map((c) => c.why);
};

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

describe('a date without a year in the present tense is recent or just ahead, for the document date', () => {
  // The guilder stayed legal tender until Monday 28 January 2002; reports from the weeks before say what is to come.
  const text = 'De euro is ingevoerd op 1 januari. Tot en met 28 januari kan nog met guldens worden betaald. Na 28 januari is de gulden geschiedenis.';
  it('weighs the coming days like the days just past', () => {
    const why = documentEvidenceOf(text, 'nl');
    expect(why).toContain('"Na 28 januari" (a date without a year) is recent or just ahead (present tense)');
  });
  it('a past clause keeps the date behind the document', () => {
    const why = documentEvidenceOf('Na 28 januari werd de gulden ingeleverd.', 'nl');
    expect(why).toContain('"Na 28 januari" (a date without a year) is recent');
  });
});
