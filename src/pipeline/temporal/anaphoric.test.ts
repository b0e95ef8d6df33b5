import { describe, expect, it } from 'vitest';
import { analyseTime } from './index.ts';
import { input, resources } from './undatedText.testHelper.ts';
import type { Timex } from '../../model/timeline.ts';

/**
 * Narrative (anaphoric) offsets: "the next day", "la veille", "tags darauf", "two days later", "a year earlier" count
 * from the nearest earlier expression of the article precise enough for the offset (HeidelTime's UNDEF-REF), never
 * from the DCT; without one they are not tagged. Short articles cut into sentences as the pipeline does, against DCT
 * 2023-09-13 (a Wednesday): [lang, text, expression, value].
 */
type Case = [lang: string, text: string, span: string, value: string];

const DCT = '2023-09-13';

/** The expressions of `text` as an article of language `lang` dated `dct` (null: undated). */
function timexes(lang: string, text: string, dct: string | null = DCT): Timex[] {
  return analyseTime({ ...input(text, lang), published: dct ? { value: dct, precision: 'day' } : null }, resources).timexes;
}

const cases: Case[] = [
  ['en', 'On Monday the summit opened in Vladivostok. The next day the leaders met.', 'The next day', '2023-09-12'],
  ['en', 'The talks began on 4 September. Two days later the ministers signed the deal.', 'Two days later', '2023-09-06'],
  ['en', 'He arrived on 11 September. The day before, he had called Moscow.', 'The day before', '2023-09-10'],
  ['en', 'The plant closed in March 2021. A year later it reopened.', 'A year later', '2022'],
  ['en', 'On Monday the leaders met. The following week they met again.', 'The following week', '2023-W38'],
  ['en', 'The treaty was signed on 11 September 2022. The next month the troops left.', 'The next month', '2022-10'],
  // A month anchor serves a month offset; a day anchor a year offset.
  ['en', 'The talks began in June. The following month they collapsed.', 'The following month', '2023-07'],
  ['en', 'He arrived on 11 September 2023. A year earlier he had visited Seoul.', 'A year earlier', '2022'],
  // A chain: each offset counts from the one before it.
  ['en', 'On Monday the summit opened. The next day the leaders met. The following day they left.', 'The following day', '2023-09-13'],

  ['de', 'Am Montag begann der Gipfel in Wladiwostok. Am nächsten Tag trafen sich die Staatschefs.', 'Am nächsten Tag', '2023-09-12'],
  ['de', 'Die Gespräche begannen am 4. September. Tags darauf wurde der Vertrag unterzeichnet.', 'Tags darauf', '2023-09-05'],
  ['de', 'Er kam am 11. September an. Am Vortag hatte er mit Moskau telefoniert.', 'Am Vortag', '2023-09-10'],
  ['de', 'Im Jahr 2019 trafen sie sich zum ersten Mal. Ein Jahr später kam er wieder.', 'Ein Jahr später', '2020'],
  ['de', 'Das Werk schloss im März 2021. Im Jahr darauf öffnete es wieder.', 'Im Jahr darauf', '2022'],

  ['fr', "Lundi, le sommet s'est ouvert à Vladivostok. Le lendemain, les dirigeants se sont rencontrés.", 'Le lendemain', '2023-09-12'],
  ['fr', 'Il est arrivé le 11 septembre. La veille, il avait appelé Moscou.', 'La veille', '2023-09-10'],
  ['fr', 'Le traité a été signé en 2019. Deux ans plus tard, il a été dénoncé.', 'Deux ans plus tard', '2021'],
  ['fr', 'Les pourparlers ont commencé le 4 septembre. La semaine suivante, ils ont échoué.', 'La semaine suivante', '2023-W37'],

  ['es', 'El lunes comenzó la cumbre en Vladivostok. Al día siguiente se reunieron los líderes.', 'Al día siguiente', '2023-09-12'],
  ['es', 'Llegó el 11 de septiembre. El día anterior había llamado a Moscú.', 'El día anterior', '2023-09-10'],
  ['es', 'En 2019 se reunieron por primera vez. Dos años después volvieron a verse.', 'Dos años después', '2021'],
  ['es', 'La planta cerró en marzo de 2021. Al año siguiente reabrió.', 'Al año siguiente', '2022'],

  ['it', 'Lunedì si è aperto il vertice a Vladivostok. Il giorno dopo, i leader si sono incontrati.', 'Il giorno dopo', '2023-09-12'],
  ['it', 'Lunedì si è aperto il vertice. Il giorno successivo i ministri hanno firmato l’accordo.', 'Il giorno successivo', '2023-09-12'],
  ['it', 'È arrivato l’11 settembre. Il giorno precedente aveva telefonato a Mosca.', 'Il giorno precedente', '2023-09-10'],
  ['it', 'Nel 2019 si sono incontrati per la prima volta. Un anno dopo, è tornato.', 'Un anno dopo', '2020'],

  ['pt', 'Na segunda-feira a cúpula começou em Vladivostok. No dia seguinte os líderes se reuniram.', 'No dia seguinte', '2023-09-12'],
  ['pt', 'Chegou em 11 de setembro. Na véspera tinha telefonado para Moscou.', 'Na véspera', '2023-09-10'],
  ['pt', 'Em 2019 encontraram-se pela primeira vez. Dois anos depois voltaram a encontrar-se.', 'Dois anos depois', '2021'],

  ['pl', 'W poniedziałek rozpoczął się szczyt we Władywostoku. Następnego dnia przywódcy spotkali się.', 'Następnego dnia', '2023-09-12'],
  ['pl', 'Przyjechał 11 września. Dzień wcześniej rozmawiał z Moskwą.', 'Dzień wcześniej', '2023-09-10'],
  ['pl', 'Rozmowy zaczęły się 4 września. Dzień później podpisano umowę.', 'Dzień później', '2023-09-05'],
  ['pl', 'W 2019 roku spotkali się po raz pierwszy. Rok później wrócił.', 'Rok później', '2020'],

  ['sq', 'Të hënën filloi samiti në Vladivostok. Të nesërmen liderët u takuan.', 'Të nesërmen', '2023-09-12'],
  ['sq', 'Ai mbërriti më 11 shtator. Një ditë më parë kishte telefonuar Moskën.', 'Një ditë më parë', '2023-09-10'],
  ['sq', 'Në vitin 2019 u takuan për herë të parë. Një vit më vonë ai u kthye.', 'Një vit më vonë', '2020'],

  ['ru', 'В понедельник во Владивостоке открылся саммит. На следующий день лидеры встретились.', 'На следующий день', '2023-09-12'],
  ['ru', 'Он прилетел 11 сентября. Накануне он звонил в Москву.', 'Накануне', '2023-09-10'],
  ['ru', 'В 2019 году они встретились впервые. Спустя два года он вернулся.', 'Спустя два года', '2021'],

  ['uk', 'У понеділок у Владивостоці відкрився саміт. Наступного дня лідери зустрілися.', 'Наступного дня', '2023-09-12'],
  ['uk', 'Він прилетів 11 вересня. Напередодні він телефонував до Москви.', 'Напередодні', '2023-09-10'],
  ['uk', 'У 2019 році вони зустрілися вперше. Два роки потому він повернувся.', 'Два роки потому', '2021'],

  ['ko', '월요일 블라디보스토크에서 정상회의가 열렸다. 다음 날 두 정상은 만났다.', '다음 날', '2023-09-12'],
  ['ko', '월요일 정상회의가 열렸다. 이튿날 두 정상은 다시 만났다.', '이튿날', '2023-09-12'],
  ['ko', '그는 11일 도착했다. 전날 그는 모스크바에 전화했다.', '전날', '2023-09-10'],
  ['ko', '2019년 두 정상이 처음 만났다. 이듬해 그는 돌아왔다.', '이듬해', '2020'],

  ['ja', '月曜日にウラジオストクで首脳会談が開かれた。翌日、両首脳は再び会った。', '翌日', '2023-09-12'],
  ['ja', '9月11日に到着した。前日にはモスクワに電話していた。', '前日', '2023-09-10'],
  ['ja', '9月11日に到着した。首相は前日、モスクワに電話していた。', '前日', '2023-09-10'],
  ['ja', '2019年に初めて会談した。翌年、再び訪れた。', '翌年', '2020'],

  ['zh', '周一峰会在符拉迪沃斯托克开幕。第二天，两国领导人举行会谈。', '第二天', '2023-09-12'],
  ['zh', '9月11日他抵达莫斯科。次日，他离开了。', '次日', '2023-09-12'],
  ['zh', '9月11日他抵达莫斯科。前一天，他打了电话。', '前一天', '2023-09-10'],
  ['zh', '2019年双方首次会晤。次年，他再次访问。', '次年', '2020'],

  ['nl', 'Maandag begon de top in Vladivostok. De volgende dag ontmoetten de leiders elkaar.', 'De volgende dag', '2023-09-12'],
  ['nl', 'Hij kwam op 11 september aan. Een dag eerder had hij Moskou gebeld.', 'Een dag eerder', '2023-09-10'],
  ['nl', 'In 2019 ontmoetten ze elkaar voor het eerst. Een jaar later kwam hij terug.', 'Een jaar later', '2020'],
];

/** [lang, text, words that must not be tagged, why]. */
type Negative = [lang: string, text: string, span: string, why: string];

const negatives: Negative[] = [
  // No anchor before it: no tag, and no guess from the DCT (even where the word often means the DCT's neighbour).
  ['en', 'The next day the leaders met in Vladivostok.', 'The next day', 'no earlier expression'],
  ['fr', 'La veille, le président avait appelé Moscou.', 'La veille', 'no earlier expression'],
  ['ru', 'Накануне он звонил в Москву.', 'Накануне', 'no earlier expression'],
  ['uk', 'Напередодні він телефонував до Москви.', 'Напередодні', 'no earlier expression'],
  ['zh', '第二天，两国领导人举行会谈。', '第二天', 'no earlier expression'],
  // Not precise enough: a year, a month or a vague expression is no anchor for a day offset.
  ['en', 'In 2019 the leaders met. The next day they left.', 'The next day', 'year-only anchor'],
  ['en', 'In September 2023 the leaders met. The next day they left.', 'The next day', 'month-only anchor'],
  ['en', 'The leaders met recently. The next day they left.', 'The next day', 'vague anchor'],
  ['de', 'Im Jahr 2019 trafen sie sich. Am nächsten Tag reiste er ab.', 'Am nächsten Tag', 'year-only anchor'],
  ['ja', '2019年に会談した。翌日、帰国した。', '翌日', 'year-only anchor'],
  // An anchor after it is not used.
  ['en', 'The next day the leaders met. On Monday the summit had opened.', 'The next day', 'anchor in a later sentence'],
  ['pl', 'Następnego dnia przywódcy spotkali się. W poniedziałek rozpoczął się szczyt.', 'Następnego dnia', 'anchor in a later sentence'],
  // Counted from an event named beside it, not from the earlier date.
  ['en', 'On Monday he arrived. The day before the vote he called Moscow.', 'The day before', 'event-anchored'],
  ['fr', 'Lundi, il est arrivé. La veille du sommet, il avait appelé Moscou.', 'La veille', 'event-anchored'],
  ['fr', "Lundi, il est arrivé. Au lendemain de l'incendie, il était venu.", 'Au lendemain', 'event-anchored'],
  ['es', 'El lunes llegó. Un día antes de la cumbre había llamado.', 'Un día antes', 'event-anchored'],
  ['it', 'Lunedì è arrivato. Il giorno dopo il voto ha parlato.', 'Il giorno dopo', 'event-anchored'],
  ['pt', 'Na segunda-feira chegou. Na véspera da cúpula tinha telefonado.', 'Na véspera', 'event-anchored'],
  ['ru', 'В понедельник он прилетел. Накануне визита он звонил в Москву.', 'Накануне', 'event-anchored'],
  ['ru', 'В 2019 году он прилетел. Спустя два года после визита он вернулся.', 'Спустя два года', 'event-anchored'],
  ['ko', '11일 그는 도착했다. 선거 전날 그는 전화했다.', '전날', 'event-anchored'],
  ['ja', '9月11日に到着した。会談の翌日に発表した。', '翌日', 'event-anchored'],
  ['zh', '9月11日他抵达。选举的第二天他离开了。', '第二天', 'event-anchored'],
  // A comparison ("later than planned") is a delay, not a narrative offset.
  ['en', 'Work began on 4 March 2012. It opened nine years later than planned.', 'nine years later', 'comparison'],
  ['de', 'Der Bau begann am 4. März 2012. Neun Jahre später als geplant ist er in Betrieb.', 'Neun Jahre später', 'comparison'],
  ['nl', 'De bouw begon op 4 maart 2012. Hij opende negen jaar later dan gepland.', 'negen jaar later', 'comparison'],
  ['fr', "Les travaux ont commencé le 4 mars 2012. Il a ouvert neuf ans plus tard que prévu.", 'neuf ans plus tard', 'comparison'],
  ['pl', 'Budowa ruszyła 4 marca 2012 roku. Otwarto ją dziewięć lat później niż planowano.', 'dziewięć lat później', 'comparison'],
  // Other words that contain the characters.
  ['ja', '9月11日に到着した。前日本代表も来た。', '前日', '前 + 日本代表 (former Japan player)'],
  ['ja', '9月11日、株価は前日比100円高だった。', '前日', 'a day-on-day comparison'],
  ['zh', '9月11日他抵达。这次日本队赢了。', '次日', '这次 + 日本'],
];

describe('narrative offsets count from the nearest earlier expression precise enough', () => {
  it.each(cases)('%s: %s', (lang, text, span, value) => {
    const t = timexes(lang, text).find((x) => x.text === span);
    expect(t?.value).toBe(value);
    expect(t?.resolution).toMatch(/^anchored: .* from "/);
  });
  it('covers every language with at least three cases', () => {
    const langs = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'sq', 'ru', 'uk', 'ko', 'ja', 'zh', 'nl'];
    for (const lang of langs) expect(cases.filter((c) => c[0] === lang).length, lang).toBeGreaterThanOrEqual(3);
  });
});

describe('narrative offsets without an anchor, or counted from an event, are not tagged', () => {
  it.each(negatives)('%s: %s (%s)', (lang, text, span) => {
    expect(timexes(lang, text).map((x) => x.text)).not.toContain(span);
  });
});

describe('anchoring', () => {
  it('names the anchor and its value in the resolution', () => {
    const t = timexes('en', 'On Monday the summit opened in Vladivostok. The next day the leaders met.').find((x) => x.text === 'The next day');
    expect(t?.resolution).toContain('anchored: +1 day(s) from "On Monday" (2023-09-11)');
  });
  it('counts a forward offset from the end of a range and a backward one from its start', () => {
    expect(timexes('en', 'The forum ran from 10 to 13 September. The next day the leaders left.').find((x) => x.text === 'The next day')?.value).toBe('2023-09-14');
    expect(timexes('en', 'The forum ran from 10 to 13 September. The day before, the leaders arrived.').find((x) => x.text === 'The day before')?.value).toBe('2023-09-09');
  });
  it('passes over an expression not precise enough to the nearest one that is', () => {
    const ts = timexes('en', 'On 4 September the talks began. Last year they had failed. The next day the ministers met.');
    expect(ts.find((x) => x.text === 'The next day')?.value).toBe('2023-09-05');
  });
  it('looks back over the last 32 expressions only (the work stays linear in the number of expressions)', () => {
    const years = (n: number) => Array.from({ length: n }, (_, i) => `In ${1950 + i} little happened.`).join(' ');
    const near = `He arrived on 11 September. ${years(30)} The next day he left.`;
    const far = `He arrived on 11 September. ${years(40)} The next day he left.`;
    expect(timexes('en', near).find((t) => t.text === 'The next day')?.value).toBe('2023-09-12');
    expect(timexes('en', far).map((t) => t.text)).not.toContain('The next day');
  });

  it('takes no week for a month offset (a week may straddle two months)', () => {
    expect(timexes('en', 'Last week the talks began. The following month they collapsed.').map((x) => x.text)).not.toContain('The following month');
    expect(timexes('en', 'On Monday the talks began. The following month they collapsed.').find((x) => x.text === 'The following month')?.value).toBe('2023-10');
  });
  it('keeps "over the next month" a span ahead of the DCT, not an offset', () => {
    expect(timexes('en', 'On Monday prices fell. They will rise over the next month.').find((x) => x.text === 'over the next month')?.value).toBe('FUTURE_REF');
  });
  it('follows the document date its anchor follows: an undated text leaves both vague', () => {
    const ts = timexes('en', 'On Monday the leaders met. The next day they left.', null);
    expect(ts.find((x) => x.text === 'The next day')?.precision).toBe('vague');
  });
});

describe('narrative offsets are no evidence for the document date', () => {
  const without = 'On Monday, 11 September 2023, the summit opened in Vladivostok, officials said on Monday.';
  const withOffset = `${without} The next day the leaders met. Two days later they signed a deal.`;
  it('the inferred date and its evidence do not change when they are added', () => {
    const a = analyseTime(input(without, 'en'), resources).published;
    const b = analyseTime(input(withOffset, 'en'), resources).published;
    expect(a?.value).toBe('2023-09-11');
    expect(b?.value).toBe(a?.value);
    expect(b?.window).toEqual(a?.window);
    expect((b?.evidence ?? []).join(' ')).not.toMatch(/next day|Two days later/);
  });
});

describe('"the same day", "同日", "当天", "the same year" count from their anchor with no offset', () => {
  it.each([
    ['en', 'The bridge was closed on 3 March 2021. The same day, the mayor resigned.', 'The same day', '2021-03-03'],
    ['en', 'The law passed in May 2019. Later that year, it was repealed.', 'Later that year', '2019'],
    ['de', 'Die Brücke wurde am 3. März 2021 gesperrt. Am selben Tag trat der Bürgermeister zurück.', 'Am selben Tag', '2021-03-03'],
    ['fr', 'Le pont a été fermé le 3 mars 2021. Le même jour, le maire a démissionné.', 'Le même jour', '2021-03-03'],
    ['es', 'El puente se cerró el 3 de marzo de 2021. Ese mismo día dimitió el alcalde.', 'Ese mismo día', '2021-03-03'],
    ['ru', 'Мост закрыли 3 марта 2021 года. В тот же день мэр ушёл в отставку.', 'В тот же день', '2021-03-03'],
    ['pl', 'Most zamknięto 3 marca 2021 roku. Tego samego dnia burmistrz podał się do dymisji.', 'Tego samego dnia', '2021-03-03'],
    ['ja', '橋は2021年3月3日に閉鎖された。同日、市長が辞任した。', '同日', '2021-03-03'],
    ['zh', '大桥于2021年3月3日关闭。当天，市长辞职。', '当天', '2021-03-03'],
    ['ko', '다리는 2021년 3월 3일 폐쇄됐다. 같은 날 시장이 사임했다.', '같은 날', '2021-03-03'],
    ['ja', '首相は10日に記者会見した。この日、首相は内閣改造を発表した。', 'この日', '2023-09-10'],
    ['zh', '总统10日举行记者会。这一天，他宣布改组内阁。', '这一天', '2023-09-10'],
    // Korean news calls the day it reports "이날" (this day) after naming it.
    ['ko', '대통령은 10일 기자회견을 열었다. 이날 회견에서 그는 개각을 발표했다.', '이날', '2023-09-10'],
  ] as Case[])('%s: %s', (lang, text, span, value) => {
    expect(timexes(lang, text).find((t) => t.text === span)?.value).toBe(value);
  });

  it('right after the day it repeats ("元旦当天") it is part of that expression, not a second one', () => {
    expect(timexes('zh', '元旦当天发表了讲话。').map((t) => t.value)).toEqual(['2023-01-01']);
  });

  it('"同年10月": the month after a "same year" phrase takes the year from before it', () => {
    expect(timexes('ja', '２００５年８月、法案が否決された。９月１１日の選挙で与党が圧勝し、法案は同年１０月に成立した。').map((t) => t.value)).toEqual(['2005-08', '2005-09-11', '2005', '2005-10']);
  });

  it('with nothing before it, it is not tagged', () => {
    expect(timexes('en', 'The same day, the mayor resigned.')).toEqual([]);
  });
});
