import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';

/**
 * The start, middle or end of last, this or next month or year ("at the end of last month", "a finales del año
 * pasado", "w końcu ubiegłego miesiąca"): the period's value, with the edge as its modifier. A phrase for this
 * period's edge ("la fin du mois") must not win over a longer one that names another period ("la fin du mois
 * dernier"). [lang, sentence, expected text, value, mod] against DCT 2019-02-10.
 */
type Case = [lang: string, text: string, span: string, value: string, mod: 'START' | 'MID' | 'END' | null];

const DCT = '2019-02-10';

const cases: Case[] = [
  ['fr', 'À la fin du mois dernier, les négociations ont échoué.', 'À la fin du mois dernier', '2019-01', 'END'],
  ['fr', 'À la fin du mois, les négociations ont échoué.', 'À la fin du mois', '2019-02', 'END'],
  ['fr', 'Au début du mois prochain, elles reprendront.', 'Au début du mois prochain', '2019-03', 'START'],
  ['fr', "À la fin de l'année dernière, l'entreprise a supprimé 2 000 emplois.", "À la fin de l'année dernière", '2018', 'END'],
  ['fr', 'Au début de ce mois, les prix ont commencé à augmenter.', 'Au début de ce mois', '2019-02', 'START'],
  ['fr', "La ligne devrait ouvrir au milieu de l'année prochaine.", "au milieu de l'année prochaine", '2020', 'MID'],
  ['fr', 'Le ministre a démissionné le mois dernier.', 'le mois dernier', '2019-01', null],
  ['en', 'Talks with the union collapsed late last month.', 'late last month', '2019-01', 'END'],
  ['en', 'At the end of last year, the company cut 2,000 jobs.', 'At the end of last year', '2018', 'END'],
  ['en', 'Prices began to rise at the start of this month.', 'at the start of this month', '2019-02', 'START'],
  ['en', 'The new line is expected to open in the middle of next year.', 'in the middle of next year', '2020', 'MID'],
  ['en', 'The ministry will publish its report at the end of the month.', 'the end of the month', '2019-02', 'END'],
  ['en', 'The minister resigned earlier this month.', 'earlier this month', '2019-02', null],
  ['en', 'Parliament will vote on the budget this month.', 'this month', '2019-02', null],
  ['de', 'Ende letzten Monats scheiterten die Tarifgespräche.', 'Ende letzten Monats', '2019-01', 'END'],
  ['de', 'Ende des vergangenen Jahres zählte die Stadt 12.000 Arbeitslose.', 'Ende des vergangenen Jahres', '2018', 'END'],
  ['de', 'Anfang dieses Monats trat das neue Gesetz in Kraft.', 'Anfang dieses Monats', '2019-02', 'START'],
  ['de', 'Die Strecke soll Mitte nächsten Jahres eröffnet werden.', 'Mitte nächsten Jahres', '2020', 'MID'],
  ['de', 'Der Bericht soll Ende des Monats vorliegen.', 'Ende des Monats', '2019-02', 'END'],
  ['de', 'Das Parlament stimmt in diesem Monat über den Haushalt ab.', 'in diesem Monat', '2019-02', null],
  ['es', 'A finales del mes pasado, las negociaciones con el sindicato fracasaron.', 'A finales del mes pasado', '2019-01', 'END'],
  ['es', 'A finales del año pasado, la empresa despidió a 2.000 trabajadores.', 'A finales del año pasado', '2018', 'END'],
  ['es', 'A principios de este mes, los precios comenzaron a subir.', 'A principios de este mes', '2019-02', 'START'],
  ['es', 'La nueva línea se inaugurará a mediados del próximo año.', 'a mediados del próximo año', '2020', 'MID'],
  ['es', 'El informe se publicará a finales de mes.', 'finales de mes', '2019-02', 'END'],
  ['es', 'El Parlamento votará el presupuesto este mes.', 'este mes', '2019-02', null],
  ['it', "Alla fine dell'anno scorso l'azienda ha tagliato 2.000 posti di lavoro.", "Alla fine dell'anno scorso", '2018', 'END'],
  ['it', 'Alla fine del mese scorso sono falliti i negoziati con il sindacato.', 'Alla fine del mese scorso', '2019-01', 'END'],
  ['it', "All'inizio di questo mese i prezzi hanno cominciato a salire.", "All'inizio di questo mese", '2019-02', 'START'],
  ['it', "La nuova linea sarà inaugurata a metà dell'anno prossimo.", "a metà dell'anno prossimo", '2020', 'MID'],
  ['it', "Il rapporto sarà pubblicato entro la fine dell'anno.", "entro la fine dell'anno", '2019', 'END'],
  ['it', 'Il Parlamento voterà il bilancio questo mese.', 'questo mese', '2019-02', null],
  ['pt', 'No final do mês passado, as negociações com o sindicato fracassaram.', 'No final do mês passado', '2019-01', 'END'],
  ['pt', 'No fim do ano passado, a empresa demitiu 2.000 trabalhadores.', 'No fim do ano passado', '2018', 'END'],
  ['pt', 'No início deste mês, os preços começaram a subir.', 'No início deste mês', '2019-02', 'START'],
  ['pt', 'A nova linha será inaugurada em meados do próximo ano.', 'em meados do próximo ano', '2020', 'MID'],
  ['pt', 'O relatório será publicado no fim do mês.', 'no fim do mês', '2019-02', 'END'],
  ['pt', 'O Parlamento vota o orçamento neste mês.', 'neste mês', '2019-02', null],
  ['pt', 'No fim de semana que vem haverá eleições municipais.', 'No fim de semana que vem', '2019-02-16', null],
  ['pl', 'Pod koniec ubiegłego miesiąca zerwano rozmowy ze związkowcami.', 'Pod koniec ubiegłego miesiąca', '2019-01', 'END'],
  ['pl', 'Pod koniec zeszłego roku firma zwolniła 2 tys. pracowników.', 'Pod koniec zeszłego roku', '2018', 'END'],
  ['pl', 'Na początku tego miesiąca ceny zaczęły rosnąć.', 'Na początku tego miesiąca', '2019-02', 'START'],
  ['pl', 'Nowa linia ma zostać otwarta w połowie przyszłego roku.', 'w połowie przyszłego roku', '2020', 'MID'],
  ['pl', 'Raport zostanie opublikowany do końca roku.', 'do końca roku', '2019', 'END'],
  ['pl', 'Sejm zagłosuje nad budżetem w tym miesiącu.', 'w tym miesiącu', '2019-02', null],
  ['sq', 'Në fund të muajit të kaluar dështuan bisedimet me sindikatën.', 'Në fund të muajit të kaluar', '2019-01', 'END'],
  ['sq', 'Në fund të vitit të kaluar kompania pushoi 2000 punëtorë.', 'Në fund të vitit të kaluar', '2018', 'END'],
  ['sq', 'Në fillim të këtij muaji çmimet filluan të rriten.', 'Në fillim të këtij muaji', '2019-02', 'START'],
  ['sq', 'Linja e re do të hapet në mes të vitit të ardhshëm.', 'në mes të vitit të ardhshëm', '2020', 'MID'],
  ['sq', 'Raporti do të publikohet në fund të vitit.', 'në fund të vitit', '2019', 'END'],
  ['sq', 'Parlamenti do të votojë buxhetin këtë muaj.', 'këtë muaj', '2019-02', null],
  ['ru', 'В конце прошлого месяца переговоры с профсоюзом сорвались.', 'В конце прошлого месяца', '2019-01', 'END'],
  ['ru', 'В конце прошлого года компания сократила 2000 сотрудников.', 'В конце прошлого года', '2018', 'END'],
  ['ru', 'В начале этого месяца цены начали расти.', 'В начале этого месяца', '2019-02', 'START'],
  ['ru', 'Новую линию откроют в середине следующего года.', 'в середине следующего года', '2020', 'MID'],
  ['ru', 'Доклад опубликуют до конца года.', 'до конца года', '2019', 'END'],
  ['ru', 'Парламент проголосует за бюджет в этом месяце.', 'в этом месяце', '2019-02', null],
  ['uk', 'Наприкінці минулого місяця переговори з профспілкою зірвалися.', 'Наприкінці минулого місяця', '2019-01', 'END'],
  ['uk', 'Наприкінці минулого року компанія скоротила 2000 працівників.', 'Наприкінці минулого року', '2018', 'END'],
  ['uk', 'На початку цього місяця ціни почали зростати.', 'На початку цього місяця', '2019-02', 'START'],
  ['uk', 'Нову лінію відкриють у середині наступного року.', 'у середині наступного року', '2020', 'MID'],
  ['uk', 'Доповідь оприлюднять до кінця року.', 'до кінця року', '2019', 'END'],
  ['uk', 'Парламент проголосує за бюджет цього місяця.', 'цього місяця', '2019-02', null],
  ['ko', '지난달 말 노조와의 협상이 결렬됐다.', '지난달 말', '2019-01', 'END'],
  ['ko', '회사는 지난해 말 직원 2천 명을 감원했다.', '지난해 말', '2018', 'END'],
  ['ko', '이달 초 물가가 오르기 시작했다.', '이달 초', '2019-02', 'START'],
  ['ko', '새 노선은 내년 중반 개통될 예정이다.', '내년 중반', '2020', 'MID'],
  ['ko', '보고서는 연말까지 발표될 예정이다.', '연말까지', '2019', 'END'],
  ['ko', '국회는 이달 예산안을 표결할 예정이다.', '이달', '2019-02', null],
  ['ja', '先月末に労組との交渉が決裂した。', '先月末', '2019-01', 'END'],
  ['ja', '同社は昨年末に2000人を削減した。', '昨年末', '2018', 'END'],
  ['ja', '今月初めに物価が上がり始めた。', '今月初めに', '2019-02', 'START'],
  ['ja', '新線は来年半ばに開業する予定だ。', '来年半ば', '2020', 'MID'],
  ['ja', '今年初めて雪が降った。', '今年', '2019', null],
  ['ja', '国会は今月、予算案を採決する。', '今月', '2019-02', null],
  ['zh', '上个月底与工会的谈判破裂。', '上个月底', '2019-01', 'END'],
  ['zh', '该公司去年年底裁员2000人。', '去年年底', '2018', 'END'],
  ['zh', '本月初物价开始上涨。', '本月初', '2019-02', 'START'],
  ['zh', '新线路预计明年年中开通。', '明年年中', '2020', 'MID'],
  ['zh', '报告将于年底前发布。', '于年底', '2019', 'END'],
  ['zh', '议会将于本月表决预算。', '于本月', '2019-02', null],
  ['nl', 'Eind vorige maand liepen de gesprekken met de vakbond vast.', 'Eind vorige maand', '2019-01', 'END'],
  ['nl', 'Aan het einde van vorig jaar schrapte het bedrijf 2000 banen.', 'Aan het einde van vorig jaar', '2018', 'END'],
  ['nl', 'Begin deze maand begonnen de prijzen te stijgen.', 'Begin deze maand', '2019-02', 'START'],
  ['nl', 'De nieuwe lijn gaat halverwege volgend jaar open.', 'halverwege volgend jaar', '2020', 'MID'],
  ['nl', 'Later dit jaar stemt het parlement over de begroting.', 'Later dit jaar', '2019', null],
  ['nl', 'Het parlement stemt deze maand over de begroting.', 'deze maand', '2019-02', null],
];

function tagged(lang: string, text: string) {
  return timexesOf(lang, text, DCT).map((t) => ({ span: text.slice(t.start, t.end), value: t.value, mod: t.mod ?? null }));
}

describe.each([...new Set(cases.map((c) => c[0]))])('%s: edges of last, this and next month and year', (lang) => {
  it.each(cases.filter((c) => c[0] === lang).map(([, text, span, value, mod]) => ({ text, span, value, mod })))(
    "'$text' is $value ($mod)",
    ({ text, span, value, mod }) => {
      expect(tagged(lang, text)).toEqual([{ span, value, mod }]);
    },
  );
});
