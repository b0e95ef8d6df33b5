import { describe, expect, it } from 'vitest';
import { analyseTime, loadTemporalResources } from './index.ts';
import { segmentSentences } from '../stages/sentences.ts';
import { expressionAt } from './undatedText.testHelper.ts';

const resources = loadTemporalResources();
/** The tense the tagger gives the expression that covers `phrase` in `text`. */
const tenseOf = (text: string, lang: string, phrase: string): string | undefined => expressionAt(text, lang, phrase)?.tense;

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
  ['zh', '政府去年宣布，到2030年排放量减半。', '2030'],
];

describe('target cues: a year just after "d\'ici", "ab", "entro", "までに" is still to come whatever the verb says', () => {
  it.each(targets)('%s: %s', (lang, text, year) => {
    expect(tenseOf(text, lang, year)).toBe('future');
  });

  it.each([
    ['en', 'The rules have applied since 2019, the minister said.', '2019'],
    ['de', 'Die Regel gilt seit 2019, sagte der Minister.', '2019'],
    // "Since" with a present verb: what still holds started then (startCues).
    ['de', 'Er ist seit 2019 Minister.', '2019'],
    ['fr', 'Il est ministre depuis 2019.', '2019'],
    ['nl', 'Hij is sinds 2019 minister.', '2019'],
    ['ja', '2019年以来、規制が続いている。', '2019'],
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

/** [lang, a sentence about a target still to come, with a baseline year, the baseline year's text]. */
const baselines: Array<[string, string, string]> = [
  ['en', 'China will cut emissions by 65% from 2005 levels by 2030.', '2005'],
  ['en', 'Output will be higher than in 2019, the ministry says.', '2019'],
  ['fr', "D'ici 2030, les émissions baisseront de 55 % par rapport à 1990.", '1990'],
  ['zh', '到2030年，中国单位国内生产总值二氧化碳排放将比2005年下降65%以上。', '2005'],
  ['zh', '与2019年相比，产量将增长。', '2019'],
  ['ko', '2030년까지 2018년 대비 40% 감축할 계획이다.', '2018'],
  ['ja', '2030年度に2013年度比で46%削減する。', '2013'],
];

describe('baseline cues: a year a target is measured against ("below 2005 levels", "比2005年") is past', () => {
  it.each(baselines)('%s: %s', (lang, text, year) => {
    expect(tenseOf(text, lang, year)).toBe('past');
  });

  it('a target and a baseline beside a reported date leave the document on that date', () => {
    const text = '2020年12月12日，中方宣布：到2030年，排放将比2005年下降65%以上。';
    const { published } = analyseTime({ text, sentences: segmentSentences(text, 'zh'), lang: 'zh', published: null }, resources);
    // Before: "到2030年" had no cue and made the text no older than 2030.
    expect(published?.window?.[0]).toBe('2020-12-12');
    expect(published?.value.slice(0, 4)).toBe('2020');
  });

  it('a connector inside a range is no target cue ("从2019年到2021年")', () => {
    expect(tenseOf('从2019年到2021年，他领导了该党。', 'zh', '2021')).toBe('past');
  });
});

/** [lang, a past-tense sentence setting something for a weekday, the weekday's text]. */
const weekdayTargets: Array<[string, string, string]> = [
  ['pl', 'Prezydent Rosji ogłosił na poniedziałek żałobę narodową.', 'poniedziałek'],
  ['pl', 'Posiedzenie rządu zwołano na piątek.', 'piątek'],
  ['ru', 'Президент объявил на понедельник общенациональный траур.', 'понедельник'],
  ['uk', 'Засідання призначили на п\'ятницю.', 'п\'ятницю'],
  ['en', 'The vote was set for Monday.', 'Monday'],
  ['de', 'Die Sitzung wurde auf Montag verschoben.', 'Montag'],
  ['de', 'Der Termin wurde für Freitag angesetzt.', 'Freitag'],
  ['fr', 'Le vote a été reporté pour lundi.', 'lundi'],
  ['es', 'La votación fue aplazada para el lunes.', 'lunes'],
  ['it', 'Il voto è stato rinviato per lunedì.', 'lunedì'],
  ['pt', 'A votação foi adiada para segunda-feira.', 'segunda-feira'],
];

describe('weekday target cues: a weekday something is set "for" is still to come whatever the verb says', () => {
  it.each(weekdayTargets)('%s: %s', (lang, text, day) => {
    expect(tenseOf(text, lang, day)).toBe('future');
  });

  it.each([
    ['pl', 'W nocy z niedzieli na poniedziałek doszło do ataku.', 'poniedziałek'],
    ['ru', 'В ночь на понедельник беспилотники атаковали город.', 'понедельник'],
    ['de', 'In der Nacht auf Montag brannte eine Lagerhalle.', 'Montag'],
  ])('%s: the night "to" a weekday keeps its past tense (%s)', (lang, text, day) => {
    expect(tenseOf(text, lang, day)).toBe('past');
  });
});
