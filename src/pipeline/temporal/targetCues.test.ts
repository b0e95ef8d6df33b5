import { describe, expect, it } from 'vitest';
import { analyseTime, loadTemporalResources, tagTime } from './index.ts';
import { segmentSentences } from '../stages/sentences.ts';

const resources = loadTemporalResources();
/** The tense the tagger gives the expression that covers `phrase` in `text`. */
function tenseOf(text: string, lang: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  const { timexes } = tagTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
  return timexes.find((t) => t.start <= at + phrase.length - 1 && t.end > at + phrase.length - 1)?.tense;
}

/** [lang, a sentence in the past tense with a target or start still to come, the year's text]. */
const targets: Array<[string, string, string]> = [
  ['en', 'The ministers agreed new rules starting in 2030.', '2030'],
  ['en', 'Leaders said they had agreed to phase out coal from 2035 onwards.', '2035'],
  ['de', 'Die Minister hatten die Regel ab 2027 beschlossen.', '2027'],
  ['fr', 'Les pays riches avaient promis 100 milliards de dollars par an à partir de 2020.', '2020'],
  ['fr', "Le gouvernement a annoncé la fin des moteurs thermiques d'ici à 2040.", '2040'],
  ['es', 'El Gobierno aprobó ayer la norma, que rige a partir de 2026.', '2026'],
  ['it', 'Il governo ha deciso la chiusura della centrale entro il 2028.', '2028'],
  ['pt', 'O ministro anunciou ontem a regra, que vale a partir de 2027.', '2027'],
  ['pl', 'Rząd zapowiedział, że elektrownia zostanie zamknięta najpóźniej w 2030 roku.', '2030'],
  ['nl', 'Het kabinet besloot de regel vanaf 2026 in te voeren.', '2026'],
  ['ru', 'Правительство заявило, что завод был рассчитан на выпуск к 2030 году.', '2030'],
  ['uk', 'Уряд заявив, що правила ухвалили починаючи з 2027 року.', '2027'],
  ['sq', 'Qeveria tha se rregulli u miratua duke filluar nga viti 2026.', '2026'],
  ['ja', '政府は2030年までに排出量を半減させると発表した。', '2030'],
];

describe('target cues: a year just after "d\'ici", "ab", "entro", "までに" is still to come whatever the verb says', () => {
  it.each(targets)('%s: %s', (lang, text, year) => {
    expect(tenseOf(text, lang, year)).toBe('future');
  });

  it.each([
    ['en', 'The rules have applied since 2019, the minister said.', '2019'],
    ['de', 'Die Regel gilt seit 2019, sagte der Minister.', '2019'],
    ['fr', 'La règle était en vigueur depuis 2019, a dit le ministre.', '2019'],
    ['ru', 'К вечеру пожар потушили, как и в 2019 году.', '2019'],
  ])('%s: a start in the past keeps its past tense (%s)', (lang, text, year) => {
    expect(tenseOf(text, lang, year)).toBe('past');
  });

  it('a target year bounds the document from above instead of below', () => {
    const text = 'Les ministres ont signé samedi un accord à Bruxelles. Ils ont promis 100 milliards par an à partir de 2030. Le texte avait été négocié en 2021.';
    const { published } = analyseTime({ text, sentences: segmentSentences(text, 'fr'), lang: 'fr', published: null }, resources);
    // Without the cue, "2030" read as past would make the text no older than 2030.
    expect(published === null || published.value < '2030').toBe(true);
    expect(published?.window?.[1] ?? '2029').not.toMatch(/^20(3|4)/);
  });
});

describe('a listed tense word outranks a verb ending as near', () => {
  it.each([
    // "-ten" is a German preterite ending, and also the end of infinitives ("zusammentreten") and nouns ("Staaten").
    ['de', 'Der neue Rat wird am 26. Oktober zusammentreten.', '26. Oktober', 'future'],
    ['de', 'Die Minister werden im Juni in Brüssel beraten.', 'Juni', 'future'],
    ['de', 'Der Rat tagte am 26. Oktober in Berlin.', '26. Oktober', 'past'],
  ])('%s: %s', (lang, text, phrase, tense) => {
    expect(tenseOf(text, lang, phrase)).toBe(tense);
  });
});
