import { describe, expect, it } from 'vitest';
import { dateOf, expressionAt } from './undatedText.testHelper.ts';

/** [lang, a present-tense or cue-less sentence about something that runs until a day, the day's text]. */
const running: Array<[string, string, string]> = [
  ['en', 'The exhibition is open until 13 October.', '13 October'],
  ['de', 'Die Ausstellung ist bis zum 13. Oktober geöffnet.', '13. Oktober'],
  ['fr', "L'exposition est ouverte jusqu'au 13 octobre.", '13 octobre'],
  ['es', 'La exposición está abierta hasta el 13 de octubre.', '13 de octubre'],
  ['it', 'La mostra è aperta fino al 13 ottobre.', '13 ottobre'],
  ['pt', 'A exposição está aberta até 13 de outubro.', '13 de outubro'],
  ['pl', 'Wystawa jest otwarta do 13 października.', '13 października'],
  ['sq', 'Ekspozita është e hapur deri më 13 tetor.', '13 tetor'],
  ['ru', 'Выставка открыта до 13 октября.', '13 октября'],
  ['uk', 'Виставка відкрита до 13 жовтня.', '13 жовтня'],
  ['ko', '전시회는 10월 13일까지 열린다.', '10월 13일'],
  ['ja', '大阪・関西万博は10月13日までの184日間で約2820万人の来場を見込んでいる。', '10月13日'],
  ['zh', '展览将持续到10月13日。', '10月13日'],
  ['nl', 'De tentoonstelling is tot 13 oktober open.', '13 oktober'],
  ['en', 'Schools stay shut until Friday.', 'Friday'],
];

describe('"until" a day in a present or cue-less clause: the end of what runs now, still to come', () => {
  it.each(running)('%s: %s', (lang, text, phrase) => {
    const t = expressionAt(text, lang, phrase);
    expect(t?.until).toBe(true);
    expect(t?.tense).toBe('future');
  });

  it.each([
    ['en', 'The exhibition was open until 13 October.', '13 October'],
    ['de', 'Die Ausstellung war bis zum 13. Oktober geöffnet.', '13. Oktober'],
    ['fr', "L'exposition a été ouverte jusqu'au 13 octobre.", '13 octobre'],
    ['ru', 'Выставка была открыта до 13 октября.', '13 октября'],
  ])('%s: a past clause keeps it past (%s)', (lang, text, phrase) => {
    expect(expressionAt(text, lang, phrase)?.tense).toBe('past');
  });

  it.each([
    ['ru', 'До 2014 года Крым входил в состав Украины.', '2014'],
    ['pl', 'Do 1989 roku w Polsce rządziła jedna partia.', '1989'],
    ['ru', 'До 24 февраля 2022 года — граница без войск.', '2022'],
    ['ru', 'До 24 февраля 2022 года Россия и Украина торговали.', '2022'],
  ])('%s: a year-bearing date after "до"/"do" without a present cue stays as its verb says (%s)', (lang, text, phrase) => {
    expect(expressionAt(text, lang, phrase)?.tense).not.toBe('future');
  });

  it.each([
    ['de', 'Seit der Eröffnung am 13. April 2025 kamen zwei Millionen Besucher in die Ausstellung. Sie ist noch bis zum 13. Oktober geöffnet.'],
    ['es', 'Desde su inauguración el 13 de abril de 2025, la exposición ha recibido dos millones de visitantes. Está abierta hasta el 13 de octubre.'],
  ])('%s: an end months ahead does not pull the document to the weeks before it', (lang, text) => {
    // A plain future day is most likely within a month; read so, "until 13 October" would date the text September.
    const date = dateOf(text, lang);
    expect(date?.value.slice(0, 4)).toBe('2025');
    expect(date!.value < '2025-09').toBe(true);
  });
});
