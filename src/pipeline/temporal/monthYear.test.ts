import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';

/**
 * A month (or a day of it) with a year named relative to the document date: "in March last year", "im März letzten
 * Jahres", "w marcu ubiegłego roku", "昨年の3月", "올 1월" — one expression, the month in the DCT's year shifted by the
 * words (whatever the verb's tense). Also "last September" / "next March" where the language says it so
 * ("shtatorin e kaluar", "지난 9월", "오는 10월"): the latest such month before the DCT, or the next one after it.
 * A plain month ("in March") still takes the nearest such month. [lang, sentence, expected text, value] against
 * DCT 2019-02-10.
 */
type Case = [lang: string, text: string, span: string, value: string];

const DCT = '2019-02-10';

const cases: Case[] = [
  ['en', 'The company cut 2,000 jobs in March last year.', 'in March last year', '2018-03'],
  ['en', 'The law was passed in September of last year.', 'in September of last year', '2018-09'],
  ['en', 'A fire destroyed the plant on 5 March last year.', 'on 5 March last year', '2018-03-05'],
  ['en', 'A fire destroyed the plant on March 5 last year.', 'on March 5 last year', '2018-03-05'],
  ['en', 'Elections are due in October next year.', 'in October next year', '2020-10'],
  ['en', 'The summit took place in January this year.', 'in January this year', '2019-01'],
  ['en', 'Prices have risen steadily since May last year.', 'since May last year', '2018-05'],
  ['en', 'September last year was the wettest on record.', 'September last year', '2018-09'],
  ['en', 'The factory will reopen in March.', 'in March', '2019-03'],

  ['de', 'Im März letzten Jahres wurde das Werk geschlossen.', 'Im März letzten Jahres', '2018-03'],
  ['de', 'Im September des vergangenen Jahres trat das Gesetz in Kraft.', 'Im September des vergangenen Jahres', '2018-09'],
  ['de', 'Am 5. März letzten Jahres zerstörte ein Brand das Werk.', 'Am 5. März letzten Jahres', '2018-03-05'],
  ['de', 'Die Wahl findet im Oktober nächsten Jahres statt.', 'im Oktober nächsten Jahres', '2020-10'],
  ['de', 'Im Januar dieses Jahres stiegen die Preise deutlich.', 'Im Januar dieses Jahres', '2019-01'],
  ['de', 'Seit Mai vergangenen Jahres sitzt er in Untersuchungshaft.', 'Seit Mai vergangenen Jahres', '2018-05'],
  ['de', 'Im März des Vorjahres lag der Umsatz deutlich höher.', 'Im März des Vorjahres', '2018-03'],
  ['de', 'März letzten Jahres war ungewöhnlich warm.', 'März letzten Jahres', '2018-03'],
  ['de', 'Das Werk soll im März wieder öffnen.', 'im März', '2019-03'],

  ['fr', "En mars de l'année dernière, l'usine a fermé ses portes.", "En mars de l'année dernière", '2018-03'],
  ['fr', "Il a été arrêté en mai l'an dernier.", "en mai l'an dernier", '2018-05'],
  ['fr', "Le 5 mars de l'année dernière, un incendie a ravagé l'usine.", "Le 5 mars de l'année dernière", '2018-03-05'],
  ['fr', "Les élections auront lieu en octobre de l'année prochaine.", "en octobre de l'année prochaine", '2020-10'],
  ['fr', 'En janvier de cette année, les prix ont fortement augmenté.', 'En janvier de cette année', '2019-01'],
  ['fr', "Septembre de l'année dernière a été exceptionnellement chaud.", "Septembre de l'année dernière", '2018-09'],
  ['fr', "L'usine rouvrira en mars.", 'en mars', '2019-03'],

  ['es', 'En marzo del año pasado la fábrica cerró sus puertas.', 'En marzo del año pasado', '2018-03'],
  ['es', 'El 5 de marzo del año pasado un incendio destruyó la fábrica.', 'El 5 de marzo del año pasado', '2018-03-05'],
  ['es', 'Las elecciones se celebrarán en octubre del próximo año.', 'en octubre del próximo año', '2020-10'],
  ['es', 'En enero de este año los precios subieron con fuerza.', 'En enero de este año', '2019-01'],
  ['es', 'Los precios han subido desde mayo del año pasado.', 'desde mayo del año pasado', '2018-05'],
  ['es', 'En octubre del año que viene habrá elecciones.', 'En octubre del año que viene', '2020-10'],
  ['es', 'Marzo del año pasado fue excepcionalmente cálido.', 'Marzo del año pasado', '2018-03'],
  ['es', 'La fábrica volverá a abrir en marzo.', 'en marzo', '2019-03'],

  ['it', "A marzo dell'anno scorso la fabbrica ha chiuso.", "A marzo dell'anno scorso", '2018-03'],
  ['it', 'Nel settembre dello scorso anno il governo ha approvato la legge.', 'Nel settembre dello scorso anno', '2018-09'],
  ['it', "Il 5 marzo dell'anno scorso un incendio ha distrutto la fabbrica.", "Il 5 marzo dell'anno scorso", '2018-03-05'],
  ['it', 'Le elezioni si terranno a ottobre del prossimo anno.', 'a ottobre del prossimo anno', '2020-10'],
  ['it', "A gennaio di quest'anno i prezzi sono saliti.", "A gennaio di quest'anno", '2019-01'],
  ['it', "Marzo dell'anno scorso è stato eccezionalmente caldo.", "Marzo dell'anno scorso", '2018-03'],
  ['it', 'La fabbrica riaprirà a marzo.', 'a marzo', '2019-03'],

  ['pt', 'Em março do ano passado a fábrica fechou as portas.', 'Em março do ano passado', '2018-03'],
  ['pt', 'Em 5 de março do ano passado um incêndio destruiu a fábrica.', 'Em 5 de março do ano passado', '2018-03-05'],
  ['pt', 'As eleições serão em outubro do próximo ano.', 'em outubro do próximo ano', '2020-10'],
  ['pt', 'Em janeiro deste ano os preços subiram.', 'Em janeiro deste ano', '2019-01'],
  ['pt', 'Desde setembro do ano passado a fábrica está fechada.', 'Desde setembro do ano passado', '2018-09'],
  ['pt', 'No dia 5 de março do ano passado um incêndio destruiu a fábrica.', 'No dia 5 de março do ano passado', '2018-03-05'],
  ['pt', 'Março do ano passado foi excepcionalmente quente.', 'Março do ano passado', '2018-03'],
  ['pt', 'A fábrica vai reabrir em março.', 'em março', '2019-03'],

  ['nl', 'In maart vorig jaar sloot de fabriek haar deuren.', 'In maart vorig jaar', '2018-03'],
  ['nl', 'In september van vorig jaar nam het parlement de wet aan.', 'In september van vorig jaar', '2018-09'],
  ['nl', 'Op 5 maart vorig jaar verwoestte een brand de fabriek.', 'Op 5 maart vorig jaar', '2018-03-05'],
  ['nl', 'De verkiezingen zijn in oktober volgend jaar.', 'in oktober volgend jaar', '2020-10'],
  ['nl', 'In januari van dit jaar stegen de prijzen.', 'In januari van dit jaar', '2019-01'],
  // "half maart" is mid-March, as "medio maart" is.
  ['nl', 'Half januari sloot de fabriek haar deuren.', 'Half januari', '2019-01'],
  ['nl', 'Maart vorig jaar was uitzonderlijk warm.', 'Maart vorig jaar', '2018-03'],
  ['nl', 'De fabriek gaat in maart weer open.', 'in maart', '2019-03'],

  ['pl', 'W marcu ubiegłego roku fabryka została zamknięta.', 'W marcu ubiegłego roku', '2018-03'],
  ['pl', 'We wrześniu zeszłego roku Sejm przyjął ustawę.', 'We wrześniu zeszłego roku', '2018-09'],
  ['pl', '5 marca ubiegłego roku pożar zniszczył fabrykę.', '5 marca ubiegłego roku', '2018-03-05'],
  ['pl', 'Wybory odbędą się w październiku przyszłego roku.', 'w październiku przyszłego roku', '2020-10'],
  ['pl', 'W styczniu tego roku ceny wzrosły.', 'W styczniu tego roku', '2019-01'],
  ['pl', 'W marcu br. ceny wzrosły o 2 proc.', 'W marcu br.', '2019-03'],
  ['pl', 'W marcu ub.r. ceny wzrosły o 2 proc.', 'W marcu ub.r.', '2018-03'],
  ['pl', 'Od maja ubiegłego roku przebywa w areszcie.', 'Od maja ubiegłego roku', '2018-05'],
  ['pl', 'Fabryka zostanie ponownie otwarta w marcu.', 'w marcu', '2019-03'],

  ['ru', 'В марте прошлого года завод закрылся.', 'В марте прошлого года', '2018-03'],
  ['ru', 'В сентябре прошлого года парламент принял закон.', 'В сентябре прошлого года', '2018-09'],
  ['ru', '5 марта прошлого года пожар уничтожил завод.', '5 марта прошлого года', '2018-03-05'],
  ['ru', 'Выборы пройдут в октябре следующего года.', 'в октябре следующего года', '2020-10'],
  ['ru', 'В январе этого года цены выросли.', 'В январе этого года', '2019-01'],
  ['ru', 'С мая прошлого года он находится под арестом.', 'С мая прошлого года', '2018-05'],
  ['ru', 'Завод снова откроется в марте.', 'в марте', '2019-03'],

  ['uk', 'У березні минулого року завод закрився.', 'У березні минулого року', '2018-03'],
  ['uk', 'У вересні минулого року парламент ухвалив закон.', 'У вересні минулого року', '2018-09'],
  ['uk', '5 березня минулого року пожежа знищила завод.', '5 березня минулого року', '2018-03-05'],
  ['uk', 'Вибори відбудуться у жовтні наступного року.', 'у жовтні наступного року', '2020-10'],
  ['uk', 'В січні цього року ціни зросли.', 'В січні цього року', '2019-01'],
  ['uk', 'Торік у березні завод закрився.', 'Торік у березні', '2018-03'],
  ['uk', 'Завод знову відкриється у березні.', 'у березні', '2019-03'],

  ['sq', 'Në mars të vitit të kaluar fabrika u mbyll.', 'Në mars të vitit të kaluar', '2018-03'],
  ['sq', 'Më 5 mars të vitit të kaluar një zjarr shkatërroi fabrikën.', 'Më 5 mars të vitit të kaluar', '2018-03-05'],
  ['sq', 'Zgjedhjet do të mbahen në tetor të vitit të ardhshëm.', 'në tetor të vitit të ardhshëm', '2020-10'],
  ['sq', 'Në janar të këtij viti çmimet u rritën.', 'Në janar të këtij viti', '2019-01'],
  ['sq', 'Shtatorin e kaluar qeveria miratoi ligjin.', 'Shtatorin e kaluar', '2018-09'],
  ['sq', 'Deri në fund të shtatorit të kaluar u regjistruan 500 raste.', 'Deri në fund të shtatorit të kaluar', '2018-09'],
  ['sq', 'Shkurtin e kaluar ra shumë borë.', 'Shkurtin e kaluar', '2018-02'],
  ['sq', 'Marsin e ardhshëm do të mbahen zgjedhjet.', 'Marsin e ardhshëm', '2019-03'],
  ['sq', 'Fabrika do të rihapet në mars.', 'në mars', '2019-03'],

  ['ko', '올 1월 물가가 크게 올랐다.', '올 1월', '2019-01'],
  ['ko', '금년 3월 새 공장이 가동된다.', '금년 3월', '2019-03'],
  ['ko', '지난 해 3월 공장이 문을 닫았다.', '지난 해 3월', '2018-03'],
  ['ko', '재작년 3월 공장이 문을 닫았다.', '재작년 3월', '2017-03'],
  ['ko', '지난해 3월 5일 공장에서 불이 났다.', '지난해 3월 5일', '2018-03-05'],
  ['ko', '지난 9월 공장이 문을 닫았다.', '지난 9월', '2018-09'],
  ['ko', '오는 10월에 총선이 치러진다.', '오는 10월에', '2019-10'],
  ['ko', '3월 공장이 다시 문을 연다.', '3월', '2019-03'],

  ['ja', '昨年の3月に工場が閉鎖された。', '昨年の3月', '2018-03'],
  ['ja', '来年の10月に選挙が行われる。', '来年の10月', '2020-10'],
  ['ja', '本年3月に新工場が稼働する予定だ。', '本年3月', '2019-03'],
  ['ja', '一昨年3月に工場が閉鎖された。', '一昨年3月', '2017-03'],
  ['ja', '再来年4月に新線が開業する。', '再来年4月', '2021-04'],
  ['ja', '昨年3月5日に工場で火災が起きた。', '昨年3月5日', '2018-03-05'],
  ['ja', '3月に工場が再開する。', '3月', '2019-03'],

  ['zh', '前年3月工厂关闭。', '前年3月', '2017-03'],
  ['zh', '前年3月5日工厂发生火灾。', '前年3月5日', '2017-03-05'],
  ['zh', '工厂于去年3月关闭。', '于去年3月', '2018-03'],
  ['zh', '明年10月将举行选举。', '明年10月', '2020-10'],
  ['zh', '今年1月物价上涨。', '今年1月', '2019-01'],
  ['zh', '工厂将于3月重新开放。', '于3月', '2019-03'],
];

function tagged(lang: string, text: string) {
  return timexesOf(lang, text, DCT).map((t) => ({ span: text.slice(t.start, t.end), value: t.value }));
}

describe.each([...new Set(cases.map((c) => c[0]))])('%s: a month of last, this or next year', (lang) => {
  it.each(cases.filter((c) => c[0] === lang).map(([, text, span, value]) => ({ text, span, value })))(
    "'$text' is $value",
    ({ text, span, value }) => {
      expect(tagged(lang, text)).toEqual([{ span, value }]);
    },
  );
});
