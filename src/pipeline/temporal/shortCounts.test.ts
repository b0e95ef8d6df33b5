import { describe, expect, it } from 'vitest';
import { dateOf } from './undatedText.testHelper.ts';

/**
 * "Sono passate tre settimane dal terremoto del 6 aprile 2009": a count of days, weeks or months from a full date
 * in its sentence ends at the present (documentDate.ts shortCounts), give or take the count's rounding: a day for
 * days, a few days for weeks, a week or more for months. A window that stays in one month gives the month.
 */
describe('a count of days, weeks or months from a full date places the document', () => {
  it.each([
    ['en', 'Three weeks after the attack of 14 July 2016, the promenade has reopened to walkers.', '2016-08', 'month'],
    ['de', 'Zehn Tage nach dem Anschlag vom 19. Dezember 2016 ist der Weihnachtsmarkt wieder geöffnet.', '2016-12-29', 'day'],
    ['fr', "Deux mois après l'incendie du 15 avril 2019, les dons affluent toujours pour la cathédrale.", '2019-06', 'month'],
    ['es', 'Dos semanas después del terremoto del 19 de septiembre de 2017, miles de familias siguen sin casa.', '2017-10', 'month'],
    ['it', 'A dieci giorni dal crollo del ponte del 14 agosto 2018, Genova è ancora divisa in due.', '2018-08-24', 'day'],
    ['it', 'Sono passati cinque anni e tre mesi dal crollo del ponte del 14 agosto 2018.', '2023-11', 'month'],
    ['pl', 'Dwa tygodnie po katastrofie z 10 kwietnia 2010 roku Polacy wciąż składają kwiaty.', '2010-04', 'month'],
    ['sq', 'Dy javë pas tërmetit të 26 nëntorit 2019, mijëra familje jetojnë ende në çadra.', '2019-12', 'month'],
    ['uk', 'Через два тижні після вибуху 8 жовтня 2022 року рух мостом частково відновили.', '2022-10', 'month'],
    ['nl', 'Drie weken na de ramp van 1 juli 2021 zijn de opruimwerkzaamheden nog niet klaar.', '2021-07', 'month'],
    ['zh', '距离2008年5月12日的地震已经过去两个月，重建工作正在进行。', '2008-07', 'month'],
    ['ko', '2014년 4월 16일 참사 이후 3주가 지났지만 실종자 수색은 계속되고 있다.', '2014-05', 'month'],
  ])('%s: %s', (lang, text, value, precision) => {
    expect(dateOf(text, lang)).toEqual({ value, precision });
  });

  it('ru: two months either side of 3 June straddle two months, so only the year is sure', () => {
    expect(dateOf('Через два месяца после теракта 3 апреля 2017 года в метро Петербурга усилены меры безопасности.', 'ru')).toEqual({ value: '2017', precision: 'year' });
  });

  it('it: "si sono svolti" is past, so the funeral of 10 April is no date still to come', () => {
    const text = "Sono passate tre settimane dal terremoto del 6 aprile 2009. Giovedì scorso il governo ha annunciato che il vertice di luglio non si terrà più in Sardegna, ma nella caserma dove il 10 aprile si sono svolti i funerali di Stato.";
    expect(dateOf(text, 'it')).toEqual({ value: '2009-04', precision: 'month' });
  });

  it.each([
    // A count far from the date, or of another date nearer to it, counts nothing from it.
    ['en', 'The talks lasted three weeks in Geneva and ended without a deal; the treaty itself was signed in Vienna on 14 July 2016.', '2016-07-14'],
    // "5년 3개월": a number right before the months that was not read as years leaves the count unknown.
    ['ko', '2008년 2월 10일 밤 방화로 무너진 지 5년 3개월 만이다.', '2008-02-10'],
  ])('%s: no count from the date (%#)', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });

  it.each([
    ['de', 'Im Ahrtal: Zwei Monate nach der Flut\n\nIn Altenahr räumen Helfer noch immer Schlamm. Viele Häuser stehen leer. Das Wasser kam in der Nacht zum 15. Juli 2021.', '2021-09'],
    ['it', 'Genova, due mesi dopo il crollo\n\nIl quartiere è ancora diviso in due. Il ponte Morandi è crollato il 14 agosto 2018.', '2018-10'],
    ['en', 'Six weeks after the flood\n\nThe river has gone back to its bed. Volunteers are still clearing mud. The water rose on 14 July 2021 after days of rain.', '2021-08'],
  ])('%s: a count in the headline counts from the first full date of the text', (lang, text, month) => {
    expect(dateOf(text, lang)?.value.slice(0, 7)).toBe(month);
  });

  it('en: a headline count beside its own date counts from that, not from the text\'s first date', () => {
    const text = 'Six weeks after the vote of 1 March 2020\n\nThe old council met on 3 January 2020 for the last time. The new one is still divided.';
    expect(dateOf(text, 'en')?.value.slice(0, 7)).toBe('2020-04');
  });
});
