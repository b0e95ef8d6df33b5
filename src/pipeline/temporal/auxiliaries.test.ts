import { describe, expect, it } from 'vitest';
import { tagTime } from './index.ts';
import { input, resources } from './undatedText.testHelper.ts';

/**
 * Compound-past auxiliaries that are verbs of their own too (de "ist", "hat"; fr "a"; it "ha"; es "ha"; nl "heeft"):
 * past only with a participle in their clause (after it, or before it where clauses end in their verb), else present.
 * [lang, text, expression, the tense it is read in].
 */
const cases: Array<[string, string, string, string]> = [
  ['de', 'Am Montag ist er in Berlin angekommen.', 'Am Montag', 'past'],
  ['de', 'Er sagte, dass er am Montag angekommen ist.', 'am Montag', 'past'],
  ['de', 'Am Montag hat die Regierung den Plan vorgestellt.', 'Am Montag', 'past'],
  ['de', 'Am Montag hat er den Vertrag unterschrieben.', 'Am Montag', 'past'],
  ['de', 'Am Montag hat der Minister die Lage kritisiert.', 'Am Montag', 'past'],
  ['de', 'Mitte März ist das Projekt fertig.', 'Mitte März', 'present'],
  ['de', 'Am Montag ist die Sitzung im Rathaus.', 'Am Montag', 'present'],
  ['de', 'Seit Montag hat die Stadt einen neuen Bürgermeister.', 'Seit Montag', 'present'],
  ['nl', 'Op maandag heeft hij de wet getekend.', 'Op maandag', 'past'],
  ['nl', 'Sinds maandag heeft de stad een nieuwe burgemeester.', 'Sinds maandag', 'present'],
  ['fr', 'Lundi, le président a annoncé sa démission.', 'Lundi', 'past'],
  ['fr', 'Lundi, il a fini le travail.', 'Lundi', 'past'],
  ['fr', 'Depuis lundi, la France a un nouveau gouvernement.', 'Depuis lundi', 'present'],
  ['it', 'Lunedì il governo ha approvato la legge.', 'Lunedì', 'past'],
  ['it', 'Lunedì hanno firmato l\'accordo.', 'Lunedì', 'past'],
  ['it', 'Da lunedì il governo ha una nuova maggioranza.', 'Da lunedì', 'present'],
  ['es', 'El lunes el Gobierno ha aprobado la ley.', 'El lunes', 'past'],
  ['es', 'El lunes el Gobierno ha dicho que no.', 'El lunes', 'past'],
  ['es', 'El lunes el Gobierno ha de decidir.', 'El lunes', 'present'],
];

describe('a compound-past auxiliary is past only with its participle', () => {
  it.each(cases)('%s: %s (%s: %s)', (lang, text, span, tense) => {
    const t = tagTime(input(text, lang), resources).timexes.find((u) => text.slice(u.start, u.end) === span);
    expect(t?.tense).toBe(tense);
  });
});

/**
 * Participle endings ("-ato", "-é", "-ado") are a past after an auxiliary ("è arrivata", "a été annoncé", "fue
 * elegido"); alone they are as often nouns and adjectives ("il comitato", "le comité", "el partido", "el Estado"),
 * which say nothing of tense. [lang, text, expression, the tense it is read in].
 */
const participles: Array<[string, string, string, string]> = [
  ['it', 'Lunedì la fiaccola è arrivata a Roma.', 'Lunedì', 'past'],
  ['it', 'Lunedì il sindaco è stato eletto.', 'Lunedì', 'past'],
  ['it', 'Lunedì il comitato organizzatore si riunisce a Torino.', 'Lunedì', 'future'],
  ['it', 'Lunedì il campionato del comitato allo stadio.', 'Lunedì', 'unknown'],
  ['fr', 'Lundi, la loi a été votée.', 'Lundi', 'past'],
  ['fr', 'Lundi, le comité de la société au musée.', 'Lundi', 'unknown'],
  ['es', 'El lunes fue elegido presidente.', 'El lunes', 'past'],
  ['es', 'El lunes, el partido del Estado en el mercado.', 'El lunes', 'unknown'],
];

describe('participle endings are a past only after an auxiliary', () => {
  it.each(participles)('%s: %s', (lang, text, phrase, tense) => {
    const at = text.indexOf(phrase);
    const t = tagTime(input(text, lang), resources).timexes.find((x) => x.start === at);
    expect(t?.tense).toBe(tense);
  });
});

/**
 * Dutch: "-de"/"-te" are the weak past ("werkte", "meldde"); "-den"/"-ten" end as many plural nouns and present
 * forms as past plurals ("bankbiljetten", "worden", "landen"), so they are no cue, except "-eerden" (the past plural
 * of the many "-eren" verbs: "demonstreerden", "reageerden"); "is" is past only with a
 * participle ("is overleden"), and common present forms ("blijven", "kan") are cues of their own. [lang, text, expression, tense].
 */
const dutch: Array<[string, string, string, string]> = [
  // "Until" in a present clause is the end of what runs now: still to come (untilCues.test.ts).
  ['nl', 'Bij de bank blijven bankbiljetten nog tot 2032 inwisselbaar.', 'tot 2032', 'future'],
  ['nl', 'Tot en met maandag 28 januari kan nog met guldens worden betaald.', 'maandag 28 januari', 'future'],
  ['nl', 'Op maandag blijven de winkels dicht.', 'Op maandag', 'present'],
  ['nl', 'Op maandag werkte hij nog in Utrecht.', 'Op maandag', 'past'],
  ['nl', 'Op maandag is hij in Utrecht overleden.', 'Op maandag', 'past'],
  ['nl', 'Op maandag is de winkel gesloten.', 'Op maandag', 'past'],
  ['nl', 'Op maandag is de gulden geschiedenis.', 'Op maandag', 'present'],
  ['nl', 'Het comité prees op maandag de bijdrage van de unie.', 'op maandag', 'past'],
  ['nl', 'Dit weekend demonstreerden duizenden mensen in Den Haag.', 'Dit weekend', 'past'],
  ['nl', 'Dit weekend demonstreren duizenden mensen in Den Haag.', 'Dit weekend', 'unknown'],
  // After an article or a possessive a "-de" word is an adjective or an ordinal ("de Tweede Kamer"), not a verb.
  // ("op 15 mei": "de verkiezingen van 15 mei" would date the noun, whose day takes no tense from the clause.)
  ['nl', 'De moord vindt plaats negen dagen voor de Tweede Kamerverkiezingen op 15 mei.', 'op 15 mei', 'future'],
  ['de', 'Zum ersten Mal seit Jahren wird am 4. Mai gewählt.', 'am 4. Mai', 'future'],
  ['de', 'Am letzten Sonntag wählten die Bürger.', 'Am letzten Sonntag', 'past'],
  // "-ten" is also the present of verbs whose stem ends in t ("gelten", "berichten"): those are no past (notCues, or
  // listed as present: "gelten … bis Ende 2016", what holds now until a year, puts that year ahead).
  ['de', 'In der Landwirtschaft gelten Sonderregeln bis Ende 2016.', 'bis Ende 2016', 'future'],
  ['de', 'Die Sonderregel gilt noch bis Ende 2016.', 'bis Ende 2016', 'future'],
  ['de', 'Die Sonderregel galt bis Ende 2016.', 'bis Ende 2016', 'past'],
  ['de', 'Medien berichten am Montag über den Fall.', 'am Montag', 'unknown'],
  ['de', 'Am Montag berichteten Medien über den Fall.', 'Am Montag', 'past'],
];

describe('Dutch and German tense cues', () => {
  it.each(dutch)('%s: %s (%s: %s)', (lang, text, span, tense) => {
    const t = tagTime(input(text, lang), resources).timexes.find((u) => text.slice(u.start, u.end) === span);
    expect(t?.tense).toBe(tense);
  });
});
