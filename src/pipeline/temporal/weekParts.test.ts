/**
 * The start, middle and end of the current week ("en début de semaine", "Anfang der Woche", "pod koniec tygodnia",
 * "이번 주 초") are the DCT's week with a START, MID or END modifier, as "the end of the month" is the month. Not the
 * words for the weekend ("fin de semana", "fine settimana", "fim de semana"), which name the weekend itself.
 */
import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';

// 2023-09-13 is the Wednesday of ISO week 37.
const DCT = '2023-09-13';
type Case = [lang: string, text: string, span: string, mod: 'START' | 'MID' | 'END'];

const cases: Case[] = [
  ['en', 'The minister spoke early this week.', 'early this week', 'START'],
  ['en', 'Talks will resume at the end of the week.', 'the end of the week', 'END'],
  ['de', 'Der Minister sprach Anfang der Woche.', 'Anfang der Woche', 'START'],
  ['de', 'Die Gespräche gehen Ende dieser Woche weiter.', 'Ende dieser Woche', 'END'],
  ['fr', 'Le ministre a parlé en début de semaine.', 'en début de semaine', 'START'],
  ['fr', 'Les négociations reprendront en fin de semaine.', 'en fin de semaine', 'END'],
  ['es', 'El ministro habló a principios de semana.', 'principios de semana', 'START'],
  ['es', 'Las negociaciones se reanudarán a finales de esta semana.', 'finales de esta semana', 'END'],
  ['it', "Il ministro ha parlato all'inizio della settimana.", "all'inizio della settimana", 'START'],
  ['it', 'Il voto è previsto a metà settimana.', 'a metà settimana', 'MID'],
  ['pt', 'O ministro falou no início da semana.', 'no início da semana', 'START'],
  ['pl', 'Minister przemawiał na początku tygodnia.', 'na początku tygodnia', 'START'],
  ['pl', 'Rozmowy zostaną wznowione pod koniec tygodnia.', 'pod koniec tygodnia', 'END'],
  ['ru', 'Министр выступил в начале недели.', 'в начале недели', 'START'],
  ['ru', 'Переговоры возобновятся в конце этой недели.', 'в конце этой недели', 'END'],
  ['uk', 'Міністр виступив на початку тижня.', 'на початку тижня', 'START'],
  ['uk', 'Переговори відновляться наприкінці тижня.', 'наприкінці тижня', 'END'],
  ['nl', 'De minister sprak begin deze week.', 'begin deze week', 'START'],
  ['sq', 'Ministri foli në fillim të javës.', 'në fillim të javës', 'START'],
  ['ko', '이번 주 초 정부가 계획을 발표했다.', '이번 주 초', 'START'],
  ['ja', '今週初め、政府が計画を発表した。', '今週初め', 'START'],
  ['zh', '本周初，政府宣布了计划。', '本周初', 'START'],
];

describe('parts of the current week', () => {
  it.each(cases)('%s: %s', (lang, text, span, mod) => {
    expect(timexesOf(lang, text, DCT).map((t) => ({ text: t.text, value: t.value, mod: t.mod }))).toEqual([{ text: span, value: '2023-W37', mod }]);
  });

  it.each([
    ['es', 'Las protestas continuaron el fin de semana.'],
    ['it', 'Le proteste sono continuate nel fine settimana.'],
    ['pt', 'Os protestos continuaram no fim de semana.'],
  ])('%s: the weekend is no part of the week: %s', (lang, text) => {
    const found = timexesOf(lang, text, DCT);
    expect(found.length).toBe(1);
    expect(found[0]).toMatchObject({ value: '2023-09-09', endValue: '2023-09-10', mod: null });
  });

  it.each([
    ['fr', 'Les manifestations ont eu lieu ce week-end.', '2023-09-09'],
    ['en', 'Thousands protested this weekend.', '2023-09-09'],
    ['fr', 'Le vote aura lieu ce week-end.', '2023-09-16'],
    ['en', 'The vote will be held this weekend.', '2023-09-16'],
  ])('%s: "this weekend" in a past clause is the weekend just past, in a future one the coming one: %s', (lang, text, saturday) => {
    expect(timexesOf(lang, text, DCT).map((t) => t.value)).toEqual([saturday]);
  });

  it.each([
    ['uk', 'Минулих вихідних відбулися протести.', '2023-09-09'],
    ['uk', 'Наступних вихідних відбудеться голосування.', '2023-09-23'],
    ['ru', 'На прошлых выходных прошли протесты.', '2023-09-09'],
    ['ru', 'На следующих выходных пройдёт голосование.', '2023-09-23'],
  ])('%s: last and next weekend: %s', (lang, text, saturday) => {
    expect(timexesOf(lang, text, DCT).map((t) => t.value)).toEqual([saturday]);
  });
});
