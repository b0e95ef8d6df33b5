import { describe, expect, it } from 'vitest';
import { analyseTime, loadTemporalResources } from './index.ts';
import { segmentSentences } from '../stages/sentences.ts';

const resources = loadTemporalResources();

/** [lang, sentence, DCT, expected values in text order ("" = nothing may be tagged), expected texts?] */
type Case = [lang: string, text: string, dct: string, values: string[]];

// DCT 2023-09-13 is a Wednesday (ISO week 37); 2023-09-05 a Tuesday (week 36).
const cases: Case[] = [
  // Counts in words ("numbers" in each language's temporal.json).
  ['de', 'Vor zwei Wochen wurde die Grenze geschlossen.', '2023-09-13', ['2023-W35']],
  ['fr', 'Il y a trois jours, la frontière a été fermée.', '2023-09-13', ['2023-09-10']],
  ['es', 'Hace dos semanas se cerró la frontera.', '2023-09-13', ['2023-W35']],
  ['nl', 'Drie dagen geleden ging de grens dicht.', '2023-09-13', ['2023-09-10']],
  ['pl', 'Dwa tygodnie temu zamknięto granicę.', '2023-09-13', ['2023-W35']],
  ['ru', 'Три дня назад граница была закрыта.', '2023-09-13', ['2023-09-10']],
  ['uk', 'Два тижні тому кордон закрили.', '2023-09-13', ['2023-W35']],
  ['sq', 'Dy javë më parë kufiri u mbyll.', '2023-09-13', ['2023-W35']],
  ['fr', 'Il a marqué deux buts en sept minutes.', '2023-09-13', []],
  ['en', 'The summit took place on 13 September 2023 in Vladivostok.', '2023-09-20', ['2023-09-13']],
  ['en', 'Prices rose in March 2022 and again in 2019.', '2023-09-13', ['2022-03', '2019']],
  ['en', 'Officials met last week and will meet again next month.', '2023-09-13', ['2023-W36', '2023-10']],
  ['en', 'He said on Monday that talks would continue.', '2023-09-13', ['2023-09-11']],
  ['en', 'The minister will travel to Seoul on Friday.', '2023-09-13', ['2023-09-15']],
  ['en', 'The plant closed three days ago; 3 days ago it was still open.', '2023-09-13', ['2023-09-10', '2023-09-10']],
  ['en', 'Yesterday the talks failed, today they resumed, tomorrow they end.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['en', 'This year the harvest was poor, unlike last year.', '2023-09-13', ['2023', '2022']],
  ['en', 'May I ask whether the troops will march on the capital?', '2023-09-13', []],
  ['en', 'The talks ended in March; they will resume in May.', '2023-09-13', ['2023-03', '2024-05']],
  ['en', "The Women's March met Theresa May.", '2023-09-13', []],
  ['de', 'Am 13. September 2023 trafen sich die beiden Präsidenten.', '2023-09-20', ['2023-09-13']],
  ['de', 'Die Regierung hatte im Juli 2022 Sanktionen verhängt.', '2023-09-13', ['2022-07']],
  ['de', 'Im Jahr 2019 war die Lage anders.', '2023-09-13', ['2019']],
  ['de', 'Letzte Woche sagte der Sprecher, nächsten Monat werde man verhandeln.', '2023-09-13', ['2023-W36', '2023-10']],
  ['de', 'Der Minister sagte am Montag, dass die Gespräche weitergehen.', '2023-09-13', ['2023-09-11']],
  ['de', 'Vor 3 Tagen wurde die Grenze geschlossen.', '2023-09-13', ['2023-09-10']],
  ['de', 'Gestern, heute und morgen bleibt das Amt geschlossen.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['de', 'Der Kanzler wird am Freitag nach Paris reisen.', '2023-09-13', ['2023-09-15']],
  ['de', 'Die Mannschaft gewann das Spiel mit drei Toren.', '2023-09-13', []],
  ['de', 'Die Elf verlor am Dienstagabend in Dortmund.', '2023-09-13', ['2023-09-12']],
  ['de', 'Seit Ende des vergangenen Monats fliegt er; Anfang dieses Jahres war er noch zu.', '2023-09-13', ['2023-08', '2023']],
  ['fr', 'Le sommet a eu lieu le 13 septembre 2023 à Vladivostok.', '2023-09-20', ['2023-09-13']],
  ['fr', 'Les prix ont augmenté en mars 2022, puis en 2019.', '2023-09-13', ['2022-03', '2019']],
  ['fr', 'La semaine dernière, le ministre a parlé; le mois prochain il partira.', '2023-09-13', ['2023-W36', '2023-10']],
  ['fr', 'Le porte-parole a déclaré lundi que les discussions continuaient.', '2023-09-13', ['2023-09-11']],
  ['fr', 'Il y a 3 jours, la frontière a été fermée.', '2023-09-13', ['2023-09-10']],
  ['fr', 'Hier, aujourd’hui et demain.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['fr', 'Le président se rendra à Séoul vendredi prochain.', '2023-09-13', ['2023-09-15']],
  ['fr', 'Du 10 au 13 septembre se tiendra le forum.', '2023-09-05', ['2023-09-10/2023-09-13']],
  ['fr', 'Il a rencontré ses amis au café du coin.', '2023-09-13', []],
  ['fr', 'Des milliers de personnes au Champ-de-Mars, en mars.', '2023-09-13', ['2023-03']],
  // fr modal and planning verbs look ahead: "doivent se dérouler", "espère ouvrir", "devrait se rendre", "prévu".
  ['fr', 'Lors des Jeux, les épreuves doivent se dérouler en juin au pied du pont.', '2023-09-13', ['2024-06']],
  ['fr', 'La Ville espère ouvrir en juin plusieurs sites.', '2023-09-13', ['2024-06']],
  ['fr', 'Le ministre devrait se rendre à Berlin en juin.', '2023-09-13', ['2024-06']],
  ['es', 'La cumbre se celebró el 13 de septiembre de 2023 en Vladivostok.', '2023-09-20', ['2023-09-13']],
  ['es', 'Los precios subieron en marzo de 2022 y en 2019.', '2023-09-13', ['2022-03', '2019']],
  ['es', 'La semana pasada el ministro habló; el próximo mes viajará.', '2023-09-13', ['2023-W36', '2023-10']],
  ['es', 'El portavoz dijo el lunes que las conversaciones seguían.', '2023-09-13', ['2023-09-11']],
  ['es', 'Hace 3 días cerraron la frontera.', '2023-09-13', ['2023-09-10']],
  ['es', 'Ayer, hoy y mañana.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['es', 'El año pasado la cosecha fue mala; este año es mejor.', '2023-09-13', ['2022', '2023']],
  // A month that dates a noun ("les élections de juin") takes no tense from its clause: the nearest such month.
  // DCT 2022-04-25 is a Monday. "Au mois de juin" / "em junho" stay adverbial (past tense: the June before).
  ['fr', 'Lundi, il a réuni ses proches pour préparer les élections législatives de juin.', '2022-04-25', ['2022-04-25', '2022-06']],
  ['fr', 'Au mois de juin, il a réuni ses proches.', '2022-04-25', ['2021-06']],
  ['es', 'En lo que va de octubre, la lava ha destruido mil casas.', '2021-10-20', ['2021-10']],
  ['es', 'A partir de junio subieron los precios.', '2022-04-25', ['2021-06']],
  ['it', 'Il governo ha discusso ieri le elezioni di giugno.', '2022-04-25', ['2022-04-24', '2022-06']],
  ['it', 'Nel mese di giugno il governo ha discusso le elezioni.', '2022-04-25', ['2021-06']],
  ['pt', 'O ministro falou ontem sobre as eleições de outubro.', '2022-08-10', ['2022-08-09', '2022-10']],
  ['pt', 'No mês de junho, o ministro falou.', '2022-04-25', ['2021-06']],
  // So does a day and month after a noun ("las elecciones del 10 de noviembre", past clause: still the coming one);
  // after a preposition's word ("antes del", "à partir du") or with no noun before it, the clause's tense decides.
  ['es', 'La oposición le acusó de usarla a dos semanas de las elecciones generales del 10 de noviembre.', '2019-10-25', ['P2W', '2019-11-10']],
  ['es', 'El Gobierno aprobó el decreto antes del 10 de noviembre.', '2019-10-25', ['2018-11-10']],
  ['pt', 'Os acordos de 5 de Maio deram à Indonésia a segurança do território.', '1999-09-05', ['1999-05-05']],
  ['fr', "Le ministre a critiqué l'accord du 5 mai, qui sera signé à Paris.", '2022-04-25', ['2022-05-05']],
  ['fr', 'Le ministre a parlé à partir du 5 mai.', '2022-04-25', ['2021-05-05']],
  ['it', 'Il ministro ha difeso il decreto del 9 marzo.', '2020-03-11', ['2020-03-09']],
  ['de', 'Der Minister verteidigte den Beschluss vom 20. Mai.', '2022-04-25', ['2022-05-20']],
  // A time noun's day is the clause's time: "in der Nacht vom 14. auf den 15. Juli", "le week-end du 12 juin".
  ['de', 'In der Nacht vom 14. Juli hat der Regen die Keller überflutet.', '2022-04-25', ['2021-07-14']],
  ['de', 'Der Minister hat den Beschluss vom 20. Mai verteidigt.', '2022-04-25', ['2022-05-20']],
  ['es', 'La noche del 14 de julio hubo fuegos.', '2022-04-25', ['2021-07-14']],
  ['pl', 'Sondaż dotyczył wyborów z 15 października.', '2023-09-13', ['2023-10-15']],
  ['nl', 'De minister sprak over de verkiezingen van 22 november.', '2023-09-13', ['2023-11-22']],
  // sq genitive "të qershorit" (of June) dates the elections, not the clause; "në fund të qershorit" (end of June) stays adverbial.
  ['sq', 'Të hënën, kryeministri foli për zgjedhjet parlamentare të qershorit.', '2009-04-06', ['2009-04-06', '2009-06']],
  ['sq', 'Deri në fund të qershorit ndërtimi përfundoi.', '2009-04-06', ['2008-06']],
  // Strong (irregular) preterites are past cues: "sprak", "ging", "gewann"; the June before, not the coming one.
  ['en', 'In June the team won the cup.', '2022-04-25', ['2021-06']],
  ['en', 'In June the team will play the final.', '2022-04-25', ['2022-06']],
  ['nl', 'In juni ging de premier naar Brussel.', '2022-04-25', ['2021-06']],
  ['de', 'Im Juni gewann die Mannschaft das Pokalfinale.', '2022-04-25', ['2021-06']],
  ['de', 'Am Dienstag sprach der Kanzler in Paris.', '2022-04-25', ['2022-04-19']],
  ['de', 'Am Dienstag wird der Kanzler in Paris sprechen.', '2022-04-25', ['2022-04-26']],
  // ko: a month without a day ("6월", "지난 6월", "오는 6월") is a month like ja "6月" and zh "6月".
  ['ko', '대통령은 6월에 미국을 방문했다.', '2022-04-25', ['2021-06']],
  ['ko', '대통령은 지난 6월 미국을 방문했다.', '2022-04-25', ['2021-06']],
  ['ko', '대통령은 오는 6월 미국을 방문한다.', '2022-04-25', ['2022-06']],
  ['ko', '대통령은 6월 미국을 방문할 예정이다.', '2022-04-25', ['2022-06']],
  // ko "예상되는" (expected to): ahead, like en "expected".
  ['ko', '오는 6월 열릴 것으로 예상되는 정상회담.', '2022-04-25', ['2022-06']],
  ['ko', '6월 열릴 것으로 예상되는 정상회담.', '2022-04-25', ['2022-06']],
  // ko tense endings compared in decomposed form: the past "-ᆻ다" of any verb ("올랐다", "열렸다", one-syllable
  // stems included), the future "-ᆯ 것" across two words ("될 것이라는"), "-ᆻ을 것" (would have) past, "-겠다" future.
  ['ko', '10월 물가가 올랐다.', '2022-08-25', ['2021-10']],
  ['ko', '10월 회담이 열렸다.', '2022-08-25', ['2021-10']],
  ['ko', '6월에는 인구가 줄고, 사회가 될 것이라는 분석도 나온다.', '2022-08-25', ['2023-06']],
  ['ko', '6월 회담이 열렸을 것이다.', '2022-08-25', ['2022-06']],
  ['ko', '10월 대통령이 방문하겠다.', '2022-08-25', ['2022-10']],
  // "Last night" (not in Intl's relative phrases) is the day before the document's.
  ['en', 'Rescuers reached the last miner late last night.', '2022-04-25', ['2022-04-24']],
  ['es', 'El último minero salió anoche.', '2022-04-25', ['2022-04-24']],
  ['nl', 'De brand brak gisteravond uit.', '2022-04-25', ['2022-04-24']],
  ['sq', 'Zjarri shpërtheu mbrëmë.', '2022-04-25', ['2022-04-24']],
  ['ja', '昨夜、地震があった。', '2022-04-25', ['2022-04-24']],
  ['ko', '어젯밤 지진이 발생했다.', '2022-04-25', ['2022-04-24']],
  ['ru', 'Пожар начался прошлой ночью.', '2022-04-25', ['2022-04-24']],
  ['de', 'Das Feuer brach letzte Nacht aus.', '2022-04-25', ['2022-04-24']],
  ['zh', '昨晚发生地震。', '2022-04-25', ['2022-04-24']],
  ['fr', 'Le séisme a frappé la nuit dernière.', '2022-04-25', ['2022-04-24']],
  ['pl', 'Pożar wybuchł zeszłej nocy.', '2022-04-25', ['2022-04-24']],
  ['uk', 'Пожежа почалася минулої ночі.', '2022-04-25', ['2022-04-24']],
  ['pt', 'O incêndio começou ontem à noite.', '2022-04-25', ['2022-04-24']],
  ['it', 'Il terremoto ha colpito la scorsa notte.', '2022-04-25', ['2022-04-24']],
  // "A week ago", "earlier this week", "the end of the month", "in recent days": common news phrases Intl does not give.
  ['en', 'A week ago he spoke; earlier this week he wrote.', '2022-04-25', ['2022-W16', '2022-W17']],
  ['en', 'It will end at the end of the month; in recent days he spoke.', '2022-04-25', ['2022-04', 'PAST_REF']],
  ['de', 'Er sprach vor einer Woche; es endet Ende des Jahres.', '2022-04-25', ['2022-W16', '2022']],
  ['fr', 'Il a parlé il y a un mois; ces derniers jours, il a écrit.', '2022-04-25', ['2022-03', 'PAST_REF']],
  ['es', 'Habló hace un año; terminará a finales de mes.', '2022-04-25', ['2021', '2022-04']],
  ['it', 'Ha parlato una settimana fa; negli ultimi giorni ha scritto.', '2022-04-25', ['2022-W16', 'PAST_REF']],
  ['pt', 'Falou há um mês; termina no final do ano.', '2022-04-25', ['2022-03', '2022']],
  ['pl', 'Mówił tydzień temu; w ostatnich dniach pisał.', '2022-04-25', ['2022-W16', 'PAST_REF']],
  ['sq', 'Ai foli një javë më parë; ndërtimi përfundon në fund të muajit.', '2022-04-25', ['2022-W16', '2022-04']],
  ['ru', 'Он говорил неделю назад; в последние дни он писал.', '2022-04-25', ['2022-W16', 'PAST_REF']],
  ['uk', 'Він говорив рік тому; останніми днями він писав.', '2022-04-25', ['2021', 'PAST_REF']],
  ['nl', 'Hij sprak een week geleden; de afgelopen dagen schreef hij.', '2022-04-25', ['2022-W16', 'PAST_REF']],
  ['ko', '일주일 전 말했다. 연말까지 끝난다.', '2022-04-25', ['2022-W16', '2022']],
  ['ja', '1週間前に話した。年末までに終わる。', '2022-04-25', ['2022-W16', '2022']],
  ['zh', '一周前他说。年底前结束。', '2022-04-25', ['2022-W16', '2022']],
  // Weekends: Saturday to Sunday; 'this'/'last'/'next' by ISO week, a bare one by tense (DCT 2022-04-25 is a Monday).
  ['en', 'He spoke over the weekend.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['en', 'He spoke over the weekend.', '2022-04-24', ['2022-04-23/2022-04-24']],
  ['en', 'He will speak this weekend.', '2022-04-25', ['2022-04-30/2022-05-01']],
  ['de', 'Am vergangenen Wochenende sprach er.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['fr', 'Il parlera le week-end prochain.', '2022-04-25', ['2022-05-07/2022-05-08']],
  ['es', 'El fin de semana pasado habló.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['it', 'Nel fine settimana ha parlato.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['pt', 'No fim de semana, ele falou.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['pl', 'W miniony weekend mówił.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['sq', 'Në fundjavë ai foli.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['ru', 'В минувшие выходные он говорил.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['uk', 'На вихідних він говорив.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['nl', 'Afgelopen weekend sprak hij.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['ko', '지난 주말 말했다.', '2022-04-25', ['2022-04-23/2022-04-24']],
  ['ja', '今週末に話す予定だ。', '2022-04-25', ['2022-04-30/2022-05-01']],
  ['zh', '上周末他说。', '2022-04-25', ['2022-04-23/2022-04-24']],
  // Quarters with their year ("Q3 2023", "im dritten Quartal 2023", "2023년 3분기"); a yearless one may be a game's.
  ['en', 'Profit rose in the third quarter of 2023 and in Q4 2023.', '2024-02-10', ['2023-Q3', '2023-Q4']],
  ['en', 'In the second quarter, the Lakers scored twice.', '2024-02-10', []],
  ['de', 'Der Gewinn stieg im dritten Quartal 2023.', '2024-02-10', ['2023-Q3']],
  ['fr', 'Au troisième trimestre 2023, le bénéfice a augmenté.', '2024-02-10', ['2023-Q3']],
  ['es', 'En el tercer trimestre de 2023 subió.', '2024-02-10', ['2023-Q3']],
  ['it', 'Nel terzo trimestre 2023 è cresciuto.', '2024-02-10', ['2023-Q3']],
  ['pt', 'No terceiro trimestre de 2023 cresceu.', '2024-02-10', ['2023-Q3']],
  ['pl', 'W trzecim kwartale 2023 roku zysk wzrósł.', '2024-02-10', ['2023-Q3']],
  ['sq', 'Në tremujorin e tretë të vitit 2023 fitimi u rrit.', '2024-02-10', ['2023-Q3']],
  ['ru', 'В третьем квартале 2023 года прибыль выросла.', '2024-02-10', ['2023-Q3']],
  ['uk', 'У третьому кварталі 2023 року прибуток зріс.', '2024-02-10', ['2023-Q3']],
  ['nl', 'In het derde kwartaal van 2023 steeg de winst.', '2024-02-10', ['2023-Q3']],
  ['ko', '2023년 3분기 영업이익이 늘었다.', '2024-02-10', ['2023-Q3']],
  ['ja', '2023年第3四半期に増えた。', '2024-02-10', ['2023-Q3']],
  ['zh', '2023年第三季度利润增长。', '2024-02-10', ['2023-Q3']],
  // Decades ("the 1990s", "1990er Jahre", "1990년대"): the ten years as a range; a year that starts no decade is not one.
  ['en', 'It grew in the 1990s, not in 1995.', '2024-02-10', ['1990/1999', '1995']],
  ['de', 'In den 1990er Jahren wuchs es.', '2024-02-10', ['1990/1999']],
  ['fr', 'Dans les années 1990, elle a grandi.', '2024-02-10', ['1990/1999']],
  ['es', 'En la década de 1990 creció.', '2024-02-10', ['1990/1999']],
  ['it', 'Negli anni 1990 è cresciuta.', '2024-02-10', ['1990/1999']],
  ['pt', 'Na década de 1990 cresceu.', '2024-02-10', ['1990/1999']],
  ['ru', 'В 1990-х годах экономика росла.', '2024-02-10', ['1990/1999']],
  ['uk', 'У 1990-х роках економіка зростала.', '2024-02-10', ['1990/1999']],
  ['sq', 'Në vitet e 1990-ta ekonomia u rrit.', '2024-02-10', ['1990/1999']],
  ['nl', 'In de jaren 1990 groeide het.', '2024-02-10', ['1990/1999']],
  ['ko', '1990년대 경제가 성장했다.', '2024-02-10', ['1990/1999']],
  ['ja', '1990年代に成長した。', '2024-02-10', ['1990/1999']],
  ['zh', '1990年代经济增长。', '2024-02-10', ['1990/1999']],
  ['en', 'It grew in the 1995s.', '2024-02-10', []],
  // The start of the year, 'a few days ago' / 'in a few days' (PAST_REF / FUTURE_REF), and a modifier that starts with a preposition ('in late 2019') licensing a bare year.
  ['en', 'It ended in late 2019 and began again in mid-June.', '2022-04-25', ['2019', '2021-06']],
  ['en', 'Since the beginning of the year, prices rose; a few days ago they fell.', '2022-04-25', ['2022', 'PAST_REF']],
  ['fr', 'Depuis le début de l’année, les prix montent; à la fin de 2019, ils baissaient.', '2022-04-25', ['2022', '2019']],
  ['de', 'Seit Jahresbeginn steigen die Preise; vor einigen Tagen fielen sie.', '2022-04-25', ['2022', 'PAST_REF']],
  ['es', 'Desde principios de año suben los precios; hace unos días bajaron.', '2022-04-25', ['2022', 'PAST_REF']],
  ['it', 'Dall’inizio dell’anno i prezzi salgono; qualche giorno fa sono scesi.', '2022-04-25', ['2022', 'PAST_REF']],
  ['pt', 'Desde o início do ano os preços sobem; há alguns dias caíram.', '2022-04-25', ['2022', 'PAST_REF']],
  ['pl', 'Od początku roku ceny rosną; kilka dni temu spadły.', '2022-04-25', ['2022', 'PAST_REF']],
  ['sq', 'Që nga fillimi i vitit çmimet rriten; disa ditë më parë ranë.', '2022-04-25', ['2022', 'PAST_REF']],
  ['ru', 'С начала года цены растут; несколько дней назад они упали.', '2022-04-25', ['2022', 'PAST_REF']],
  ['uk', 'З початку року ціни зростають; кілька днів тому вони впали.', '2022-04-25', ['2022', 'PAST_REF']],
  ['nl', 'Sinds het begin van het jaar stijgen de prijzen; een paar dagen geleden daalden ze.', '2022-04-25', ['2022', 'PAST_REF']],
  ['ko', '연초 이후 물가가 올랐다. 며칠 전 떨어졌다.', '2022-04-25', ['2022', 'PAST_REF']],
  ['ja', '年初から物価が上がった。数日前に下がった。', '2022-04-25', ['2022', 'PAST_REF']],
  ['zh', '年初以来物价上涨。几天前下跌。', '2022-04-25', ['2022', 'PAST_REF']],
  // Ranges of years, months and days ('from 2019 to 2021', 'zwischen 2019 und 2021', '2019년부터 2021년까지', '2019-2021').
  ['en', 'From 2019 to 2021 he led; between June and August it rained.', '2022-04-25', ['2019/2021', '2021-06/2021-08']],
  ['en', 'He spoke on 3 and 4 June and from 10 to 12 June.', '2022-04-25', ['2021-06-03/2021-06-04', '2021-06-10/2021-06-12']],
  ['de', 'Von 2019 bis 2021 führte er die Partei.', '2022-04-25', ['2019/2021']],
  ['fr', 'Entre 2019 et 2021, il a dirigé le parti.', '2022-04-25', ['2019/2021']],
  ['es', 'De 2019 a 2021 dirigió el partido.', '2022-04-25', ['2019/2021']],
  ['it', 'Dal 2019 al 2021 ha guidato il partito.', '2022-04-25', ['2019/2021']],
  ['pt', 'Entre 2019 e 2021 dirigiu o partido.', '2022-04-25', ['2019/2021']],
  ['pl', 'W latach 2019-2021 kierował partią.', '2022-04-25', ['2019/2021']],
  ['sq', 'Nga 2019 deri në 2021 ai drejtoi partinë.', '2022-04-25', ['2019/2021']],
  ['ru', 'С 2019 по 2021 год он руководил партией.', '2022-04-25', ['2019/2021']],
  ['uk', 'З 2019 по 2021 він керував партією.', '2022-04-25', ['2019/2021']],
  ['nl', 'Van 2019 tot 2021 leidde hij de partij.', '2022-04-25', ['2019/2021']],
  ['ko', '2019년부터 2021년까지 당을 이끌었다.', '2022-04-25', ['2019/2021']],
  ['ja', '2019年から2021年まで党を率いた。', '2022-04-25', ['2019/2021']],
  ['zh', '2019年至2021年他领导该党。', '2022-04-25', ['2019/2021']],
  // uk genitive weekdays with 'минулого' / 'наступної' / 'цього', and the synthetic future ('говоритиме') as a future cue.
  ['uk', 'Минулого понеділка він говорив.', '2022-04-25', ['2022-04-18']],
  ['uk', "Наступної п'ятниці він говоритиме.", '2022-04-25', ['2022-04-29']],
  ['uk', "У п'ятницю він говоритиме.", '2022-04-25', ['2022-04-29']],
  // Abbreviated months with their full stop ('Sept. 13', 'Dec. 7, 1941', '13. Sept. 2023', '13 сент. 2023 г.').
  ['en', 'On Dec. 7, 1941, Japan attacked Pearl Harbor; on Sept. 13 it rained.', '2022-04-25', ['1941-12-07', '2021-09-13']],
  ['de', 'Es geschah am 13. Sept. 2023 in Berlin.', '2024-02-10', ['2023-09-13']],
  ['ru', 'Это произошло 13 сент. 2023 г. в Москве.', '2024-02-10', ['2023-09-13']],
  ['fr', 'Le 13 sept. 2023, il a parlé.', '2024-02-10', ['2023-09-13']],
  // A modifier makes the number after it a year ('fin 2023', 'mid-2024', 'a finales de 2023'), an adverb does not ('Later 2000 troops').
  ['en', 'By the end of 2023 it ended; by mid-2024 it will start; at the beginning of 2022 it grew.', '2024-02-10', ['2023', '2024', '2022']],
  ['en', 'Later 2000 troops arrived.', '2024-02-10', []],
  ['fr', 'Fin 2023, cela a fini; début 2024, cela a commencé; d’ici mi-2025, cela finira.', '2024-02-10', ['2023', '2024', '2025']],
  ['fr', 'Plus tard 2000 soldats sont arrivés.', '2024-02-10', []],
  ['es', 'A finales de 2023 terminó y a mediados de 2024 empezará.', '2024-02-10', ['2023', '2024']],
  ['ru', 'В конце 2023 года всё закончилось.', '2024-02-10', ['2023']],
  ['pl', 'Pod koniec 2023 roku skończyło się.', '2024-02-10', ['2023']],
  // 'The end of the year' followed by its year is that year, not this one ('në fund të vitit 2023', 'Ende des Jahres 2023').
  ['sq', 'Në fund të vitit 2023 ndërtimi përfundoi; deri në fund të vitit do të përfundojë.', '2024-02-10', ['2023', '2024']],
  ['de', 'Ende des Jahres 2023 endete es.', '2024-02-10', ['2023']],
  ['fr', 'À la fin de l’année 2023, cela a fini.', '2024-02-10', ['2023']],
  ['it', 'Alla fine dell’anno 2023 è finito; dall’inizio dell’anno 2024 cresce.', '2024-02-10', ['2023', '2024']],
  ['pl', 'Do końca roku 2023 skończyło się.', '2024-02-10', ['2023']],
  ['pt', 'No final do ano de 2023 terminou.', '2024-02-10', ['2023']],
  // 'The end of the month of June' is June, not this month and June.
  ['fr', 'À la fin du mois de juin, il a parlé.', '2022-04-25', ['2021-06']],
  ['pt', 'No final do mês de junho falou.', '2022-04-25', ['2021-06']],
  ['es', 'A fin de mes de junio habló.', '2022-04-25', ['2021-06']],
  ['it', 'Alla fine del mese di giugno ha parlato.', '2022-04-25', ['2021-06']],
  ['sq', 'Në fund të muajit qershor ai foli.', '2022-04-25', ['2021-06']],
  ['ru', 'До конца месяца июня он говорил.', '2022-04-25', ['2021-06']],
  // 'The weekend of June 12-13' is the date, without the last weekend besides.
  ['en', 'On the weekend of June 12-13, he spoke.', '2022-04-25', ['2021-06-12/2021-06-13']],
  ['de', 'Am Wochenende vom 12. bis 13. Juni sprach er.', '2022-04-25', ['2021-06-12/2021-06-13']],
  ['fr', 'Le week-end du 12 juin, il a parlé.', '2022-04-25', ['2021-06-12']],
  // CJK relative year or month with a date: '去年10月' is last year's October, '지난달 10일' last month's 10th.
  ['zh', '去年10月访问；明年3月访问；上个月10日他说。', '2022-04-25', ['2021-10', '2023-03', '2022-03-10']],
  ['ko', '작년 10월 방문했다. 지난달 10일 말했다. 다음 달 5일 방문한다.', '2022-04-25', ['2021-10', '2022-03-10', '2022-05-05']],
  ['ja', '昨年10月に訪問した。先月10日に話した。来月5日に訪問する。', '2022-04-25', ['2021-10', '2022-03-10', '2022-05-05']],
  // nl "van" and pl "z" (of): "de verkiezingen van juni", "raport z czerwca" date a noun; "in juni" / "w czerwcu" stay adverbial.
  ['nl', 'Maandag besprak de premier de verkiezingen van juni.', '2022-04-25', ['2022-04-25', '2022-06']],
  ['nl', 'In juni sprak de premier over de verkiezingen.', '2022-04-25', ['2021-06']],
  ['pl', 'W poniedziałek premier omówił raport z czerwca.', '2022-04-25', ['2022-04-25', '2022-06']],
  ['pl', 'W czerwcu premier mówił o wyborach.', '2022-04-25', ['2021-06']],
  ['pl', 'Od czerwca ceny wzrosły.', '2022-04-25', ['2021-06']],
  // sq past tense from irregular and passive aorists ("foli", "u mbajt", "u takua"): the June before; "do të" ahead.
  ['sq', 'Në qershor, kryeministri foli për zgjedhjet.', '2009-04-06', ['2008-06']],
  ['sq', 'Samiti u mbajt më 5 qershor.', '2009-04-06', ['2008-06-05']],
  ['sq', 'Ministri u takua me homologun e tij në qershor.', '2009-04-06', ['2008-06']],
  ['sq', 'Samiti do të mbahet më 5 qershor.', '2009-04-06', ['2009-06-05']],
  ['es', 'El equipo ganó el partido por tres goles.', '2023-09-13', []],
  ['es', 'Los seísmos se registraron el miércoles 6 de septiembre en Lorca.', '2023-09-13', ['2023-09-06']],
  ['it', 'Il vertice si è svolto il 13 settembre 2023 a Vladivostok.', '2023-09-20', ['2023-09-13']],
  ['it', 'Le forze hanno invaso l’Ucraina nel febbraio 2022; si erano incontrati nel 2019.', '2023-09-13', ['2022-02', '2019']],
  ['it', 'La scorsa settimana il ministro ha parlato; il mese prossimo partirà.', '2023-09-13', ['2023-W36', '2023-10']],
  ['it', 'Il portavoce ha detto lunedì che i colloqui continuano.', '2023-09-13', ['2023-09-11']],
  ['it', '3 giorni fa è stata chiusa la frontiera.', '2023-09-13', ['2023-09-10']],
  ['it', 'Ieri, oggi e domani.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['it', 'Dal 10 al 13 settembre si svolgerà il forum.', '2023-09-05', ['2023-09-10/2023-09-13']],
  ['it', 'Il presidente partirà venerdì prossimo per Seul.', '2023-09-13', ['2023-09-15']],
  ['it', 'La squadra ha vinto la partita con tre gol.', '2023-09-13', []],
  ['pt', 'A cimeira realizou-se a 13 de setembro de 2023 em Vladivostok.', '2023-09-20', ['2023-09-13']],
  ['pt', 'Os preços subiram em março de 2022 e em 2019.', '2023-09-13', ['2022-03', '2019']],
  ['pt', 'Na semana passada o ministro falou; no próximo mês viajará.', '2023-09-13', ['2023-W36', '2023-10']],
  ['pt', 'O porta-voz disse na segunda-feira que as conversas continuam.', '2023-09-13', ['2023-09-11']],
  ['pt', 'Há 3 dias a fronteira foi fechada.', '2023-09-13', ['2023-09-10']],
  ['pt', 'Ontem, hoje e amanhã.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['pt', 'Informou a mídia estatal nesta terça-feira.', '2025-10-29', ['2025-10-28']],
  ['pt', 'Desde o outono passado foram enviados soldados.', '2025-10-28', ['2024-FA']],
  ['pt', 'A Coreia do Norte negou ter quaisquer negociações durante a Segunda Guerra Mundial.', '2023-09-13', []],
  ['pl', 'Szczyt odbył się 13 września 2023 roku we Władywostoku.', '2023-09-20', ['2023-09-13']],
  ['pl', 'Ceny wzrosły w marcu 2022, a wcześniej w 2019 roku.', '2023-09-13', ['2022-03', 'PAST_REF', '2019']],
  ['pl', 'W zeszłym tygodniu minister mówił, w przyszłym miesiącu pojedzie.', '2023-09-11', ['2023-W36', '2023-10']],
  ['pl', 'Rzecznik poinformował w poniedziałek, że rozmowy trwają.', '2023-09-13', ['2023-09-11']],
  ['pl', '3 dni temu zamknięto granicę.', '2023-09-13', ['2023-09-10']],
  ['pl', 'Wczoraj, dzisiaj i jutro.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['pl', 'Prezydent będzie w Seulu w piątek.', '2023-09-13', ['2023-09-15']],
  ['pl', 'W poniedziałkowym oświadczeniu Kreml poinformował o wizycie.', '2023-09-13', ['2023-09-11']],
  ['pl', 'Według gazety Rosja chciałaby pozyskać amunicję.', '2023-09-13', []],
  ['sq', 'Samiti u mbajt më 13 shtator 2023 në Vlladivostok.', '2023-09-20', ['2023-09-13']],
  ['sq', 'Çmimet u rritën në mars 2022 dhe më 2019.', '2023-09-13', ['2022-03', '2019']],
  ['sq', 'Javën e kaluar ministri foli; muajin e ardhshëm do të udhëtojë.', '2023-09-13', ['2023-W36', '2023-10']],
  ['sq', 'Zëdhënësi tha të hënën se bisedimet vazhdojnë.', '2023-09-13', ['2023-09-11']],
  ['sq', '3 ditë më parë kufiri u mbyll.', '2023-09-13', ['2023-09-10']],
  ['sq', 'Dje, sot dhe nesër.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['sq', 'Kim pritet të niset më vonë gjatë këtij muaji.', '2023-09-05', ['2023-09']],
  ['sq', 'Moti ishte i mirë dhe ekipi fitoi ndeshjen.', '2023-09-13', []],
  ['ru', 'Саммит состоялся 13 сентября 2023 года во Владивостоке.', '2023-09-20', ['2023-09-13']],
  ['ru', 'Цены выросли в марте 2022 года, а до этого в 2019 году.', '2023-09-13', ['2022-03', '2019']],
  ['ru', 'На прошлой неделе министр выступил, в следующем месяце он поедет.', '2023-09-13', ['2023-W36', '2023-10']],
  ['ru', 'Представитель заявил в понедельник, что переговоры продолжаются.', '2023-09-13', ['2023-09-11']],
  ['ru', '3 дня назад граница была закрыта.', '2023-09-13', ['2023-09-10']],
  ['ru', 'Вчера, сегодня и завтра.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['ru', 'Президент будет в Сеуле в пятницу.', '2023-09-13', ['2023-09-15']],
  ['ru', 'Команда выиграла матч с тремя голами.', '2023-09-13', []],
  ['uk', 'Саміт відбувся 13 вересня 2023 року у Владивостоці.', '2023-09-20', ['2023-09-13']],
  ['uk', 'Ціни зросли у березні 2022 року, а у 2019 році впали.', '2023-09-13', ['2022-03', '2019']],
  ['uk', 'Минулого тижня міністр виступив, наступного місяця він поїде.', '2023-09-13', ['2023-W36', '2023-10']],
  ['uk', 'Речник заявив у понеділок, що переговори тривають.', '2023-09-13', ['2023-09-11']],
  ['uk', '3 дні тому кордон закрили.', '2023-09-13', ['2023-09-10']],
  ['uk', 'Учора, сьогодні і завтра.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['uk', 'Президент буде в Сеулі у пʼятницю.', '2023-09-13', ['2023-09-15']],
  ['uk', 'Команда виграла матч з трьома голами.', '2023-09-13', []],
  ['ko', '정상회담은 2023년 9월 13일 블라디보스토크에서 열렸다.', '2023-09-20', ['2023-09-13']],
  ['ko', '가격은 2022년 3월과 2019년에 올랐다.', '2023-09-13', ['2022-03', '2019']],
  ['ko', '지난주 장관이 말했고 다음 달 방문할 예정이다.', '2023-09-13', ['2023-W36', '2023-10']],
  ['ko', '대변인은 월요일 회담이 계속된다고 말했다.', '2023-09-13', ['2023-09-11']],
  ['ko', '3일 전 국경이 폐쇄됐다.', '2023-09-13', ['2023-09-10']],
  ['ko', '어제, 오늘, 내일.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['ko', '북한은 지난 10일 미사일을 발사했다.', '2023-09-05', ['2023-08-10']],
  ['ko', '오늘날 한국 경제는 성장했다.', '2023-09-13', []],
  ['ja', '首脳会談は2023年9月13日にウラジオストクで行われた。', '2023-09-20', ['2023-09-13']],
  ['ja', '物価は2022年3月と2019年に上昇した。', '2023-09-13', ['2022-03', '2019']],
  ['ja', '先週大臣が発言し、来月訪問する予定だ。', '2023-09-13', ['2023-W36', '2023-10']],
  ['ja', '報道官は月曜日に協議が続くと述べた。', '2023-09-13', ['2023-09-11']],
  ['ja', '3日前に国境が閉鎖された。', '2023-09-13', ['2023-09-10']],
  ['ja', '昨日、今日、明日。', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['ja', '先週の月曜日に首相が発言した。', '2023-09-13', ['2023-09-04']],
  ['ja', '日本の首相が演説を行った。', '2023-09-13', []],
  ['zh', '峰会于2023年9月13日在符拉迪沃斯托克举行。', '2023-09-20', ['2023-09-13']],
  ['zh', '物价在2022年3月和2019年上涨了。', '2023-09-13', ['2022-03', '2019']],
  ['zh', '上周部长发言了，下个月将访问。', '2023-09-13', ['2023-W36', '2023-10']],
  ['zh', '发言人星期一说会谈将继续。', '2023-09-13', ['2023-09-11']],
  ['zh', '3天前边境被关闭了。', '2023-09-13', ['2023-09-10']],
  ['zh', '昨天、今天和明天。', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['zh', '上周一外长会见了对方。', '2023-09-13', ['2023-09-04']],
  ['zh', '球队以三个进球赢得了比赛。', '2023-09-13', []],
  ['nl', 'De top vond plaats op 13 september 2023 in Vladivostok.', '2023-09-20', ['2023-09-13']],
  ['nl', 'De prijzen stegen in maart 2022 en in 2019.', '2023-09-13', ['2022-03', '2019']],
  ['nl', 'Vorige week sprak de minister; volgende maand reist hij.', '2023-09-13', ['2023-W36', '2023-10']],
  ['nl', 'De koningin opende zaterdagavond het museum; dit jaar komen er meer bezoekers.', '2023-09-13', ['2023-09-09', '2023']],
  ['nl', 'De woordvoerder zei maandag dat de gesprekken doorgaan.', '2023-09-13', ['2023-09-11']],
  ['nl', '3 dagen geleden werd de grens gesloten.', '2023-09-13', ['2023-09-10']],
  ['nl', 'Gisteren, vandaag en morgen.', '2023-09-13', ['2023-09-12', '2023-09-13', '2023-09-14']],
  ['nl', 'De president zal vrijdag naar Seoul reizen.', '2023-09-13', ['2023-09-15']],
  ['nl', 'Het team won de wedstrijd met drie doelpunten.', '2023-09-13', []],
  // "last September", "next March": the latest such month before the document (a year back in the same month), the next after it.
  ['en', 'The players who quit last September returned; they meet again next March.', '2023-09-13', ['2022-09', '2024-03']],
  ['en', 'Prices have risen since last May.', '2023-09-13', ['2023-05']],
  ['es', 'Las jugadoras que el pasado septiembre renunciaron volverán el próximo marzo.', '2023-08-20', ['2022-09', '2024-03']],
  ['fr', 'En septembre dernier, il a promis des élections en mars prochain.', '2023-08-20', ['2022-09', '2024-03']],
  ['it', 'Lo scorso settembre ha promesso elezioni il prossimo marzo.', '2023-08-20', ['2022-09', '2024-03']],
  ['pt', 'Em setembro passado, prometeu eleições.', '2023-08-20', ['2022-09']],
  ['de', 'Im vergangenen September versprach er Wahlen im kommenden März.', '2023-08-20', ['2022-09', '2024-03']],
  ['nl', 'Afgelopen september beloofde hij verkiezingen.', '2023-08-20', ['2022-09']],
  // "for the first time in 20 years": in a past-tense clause "in N years" is a span, not N years after the document;
  // "will be finished" is a future passive ("be" + -ed is no past).
  ['en', 'New banknotes were issued for the first time in 20 years.', '2024-07-10', ['P20Y']],
  ['en', 'The bridge will be finished in 20 years.', '2024-07-10', ['2044']],
  ['en', 'The bridge will be finished next year.', '2024-07-10', ['2025']],
  ['ja', '20年ぶりに刷新された新しい紙幣が発行された。', '2024-07-10', ['P20Y']],
  ['ko', '20년 만에 새 지폐가 발행됐다.', '2024-07-10', ['P20Y']],
  ['zh', '这是20年来首次发行新纸币。', '2024-07-10', ['P20Y']],
  // A relative year after a capitalised month name says it is one ("for March next year"); a name stays a name.
  ['en', 'The vote is scheduled for March next year.', '2019-02-10', ['2020-03']],
  ['en', 'Theresa May last year said no.', '2019-02-10', ['2018']],
  ['en', 'May next year be better than this one.', '2019-02-10', ['2020']],
  // "no dia 5 de março", "el día 5 de marzo": one date, not the 5th of the document's month and a bare March.
  ['pt', 'No dia 5 de março de 2018 a fábrica fechou.', '2019-02-10', ['2018-03-05']],
  ['pt', 'No dia 5 de março a fábrica fechou.', '2019-02-10', ['2018-03-05']],
  ['es', 'El día 5 de marzo del año pasado cerró la fábrica.', '2019-02-10', ['2018-03-05']],
  ['es', 'La fábrica cerró el día 5 y reabrirá el día 15.', '2019-02-10', ['2019-02-05', '2019-02-15']],
  // A capitalised weekday inside a sentence, in languages that write weekdays in lower case, is a name.
  ['it', 'Il giornalista Sabato ha scritto un articolo; il ministro ha parlato sabato.', '2023-09-13', ['2023-09-09']],
  ['es', 'El torneo se disputa en Santo Domingo desde el domingo.', '2023-09-13', ['2023-09-10']],
  ['pl', 'Tygodnik Niedziela opublikował wywiad w niedzielę.', '2023-09-13', ['2023-09-10']],
  // "este lunes", "ce vendredi": the nearest such day, the coming one for a plan, the last one for a report.
  ['es', 'El ministro hablará este lunes ante el Congreso.', '2023-09-13', ['2023-09-18']],
  ['es', 'El ministro habló este lunes ante el Congreso.', '2023-09-13', ['2023-09-11']],
  ['fr', 'Le président a déclaré ce vendredi que les négociations continuent.', '2023-09-13', ['2023-09-08']],
  ['fr', 'Le président se rendra ce vendredi à Berlin.', '2023-09-13', ['2023-09-15']],
  ['pl', 'Negocjacje zostaną wznowione w poniedziałek rano.', '2023-09-13', ['2023-09-18']],
  // A weekday of the previous or next week ("Tuesday last week", "martes de la semana pasada"): one expression, not a
  // weekday (the latest Tuesday) and a week. DCT 2021-03-25 is a Thursday: that Tuesday is the 16th, not the 23rd.
  ['en', 'The ship ran aground on Tuesday last week.', '2021-03-25', ['2021-03-16']],
  ['fr', "Le navire s'est échoué mardi de la semaine dernière.", '2021-03-25', ['2021-03-16']],
  ['es', 'El barco encalló el martes de la semana pasada.', '2021-03-25', ['2021-03-16']],
  ['it', 'La nave si è incagliata martedì della settimana scorsa.', '2021-03-25', ['2021-03-16']],
  ['pt', 'O navio encalhou na terça-feira da semana passada.', '2021-03-25', ['2021-03-16']],
  ['pl', 'Statek utknął we wtorek w zeszłym tygodniu.', '2021-03-25', ['2021-03-16']],
  ['ru', 'Судно село на мель во вторник на прошлой неделе.', '2021-03-25', ['2021-03-16']],
  ['uk', 'Судно сіло на мілину у вівторок минулого тижня.', '2021-03-25', ['2021-03-16']],
  ['sq', 'Anija ngeci të martën e javës së kaluar.', '2021-03-25', ['2021-03-16']],
  ['nl', 'Het schip liep dinsdag vorige week vast.', '2021-03-25', ['2021-03-16']],
  ['de', 'Das Schiff lief am Dienstag letzte Woche auf Grund.', '2021-03-25', ['2021-03-16']],
  ['fr', 'Le ministre viendra mardi de la semaine prochaine.', '2021-03-25', ['2021-03-30']],
  ['es', 'El ministro vendrá el martes de la semana que viene.', '2021-03-25', ['2021-03-30']],
  ['it', 'Il ministro arriverà martedì della prossima settimana.', '2021-03-25', ['2021-03-30']],
  ['pt', 'O ministro chega na terça-feira da próxima semana.', '2021-03-25', ['2021-03-30']],
  ['pl', 'Minister przyjedzie we wtorek w przyszłym tygodniu.', '2021-03-25', ['2021-03-30']],
  ['ru', 'Министр приедет во вторник на следующей неделе.', '2021-03-25', ['2021-03-30']],
  ['uk', 'Міністр приїде у вівторок наступного тижня.', '2021-03-25', ['2021-03-30']],
  ['sq', 'Ministri vjen të martën e javës së ardhshme.', '2021-03-25', ['2021-03-30']],
  ['nl', 'De minister komt dinsdag volgende week.', '2021-03-25', ['2021-03-30']],
  ['de', 'Der Minister kommt am Dienstag nächste Woche.', '2021-03-25', ['2021-03-30']],
  // Full-width digits read as digits.
  ['ja', '昨年３月に工場が閉鎖された。', '2019-02-10', ['2018-03']],
  ['ja', '２０１９年４月１日に新元号を発表した。', '2019-04-10', ['2019-04-01']],
];

const values = (lang: string, text: string, dct: string) =>
  analyseTime({ text, sentences: [[0, text.length]], lang, published: { value: dct, precision: 'day' } }, resources)
    .timexes.map((t) => (t.endValue ? `${t.value}/${t.endValue}` : t.value));

describe.each([...new Set(cases.map((c) => c[0]))])('%s', (lang) => {
  it.each(cases.filter((c) => c[0] === lang).map(([, text, dct, vs]) => ({ text, dct, vs, label: vs.length ? vs.join(', ') : 'nothing' })))(
    `${lang}: '$text' with DCT $dct is $label`,
    ({ text, dct, vs }) => {
      expect(values(lang, text, dct)).toEqual(vs);
    },
  );
});

describe('document dates from text alone', () => {
  it("pt: 'nesta terça-feira' plus an explicit year dates the article to that Tuesday", () => {
    const text = 'O ministro visitou Moscovo em 2025. A agência informou nesta terça-feira que o encontro foi em 21 de outubro de 2025.';
    const r = analyseTime({ text, sentences: [[0, 35], [36, text.length]], lang: 'pt', published: null }, resources);
    expect(r.published?.value).toBe('2025-10-21');
    expect(r.published?.source).toBe('inferred');
  });
  it("en: 'on Monday' after an explicit date gives that Monday", () => {
    const text = 'The sanctions announced on 30 August 2023 took effect. The spokesman said on Monday that talks continue.';
    const r = analyseTime({ text, sentences: [[0, 54], [55, text.length]], lang: 'en', published: null }, resources);
    expect(r.published?.value).toBe('2023-09-04');
  });
  it('a month-only metadata date is narrowed to a day by a weekday (metadata+inferred)', () => {
    const text = 'Watson said on Monday that the minister travelled in July.';
    const r = analyseTime({ text, sentences: [[0, text.length]], lang: 'en', published: { value: '2023-09', precision: 'month' } }, resources);
    expect(r.published).toMatchObject({ value: '2023-09-04', precision: 'day', source: 'metadata+inferred' });
  });
  it('without any calendar evidence the document date is null and relative expressions are vague', () => {
    const text = 'Last week the minister said on Monday that talks continue.';
    const r = analyseTime({ text, sentences: [[0, text.length]], lang: 'en', published: null }, resources);
    expect(r.published).toBeNull();
    expect(r.timexes.map((t) => t.value)).toEqual(['PAST_REF', 'PAST_REF']);
  });
});

// One short article per language, no metadata: an explicit date two days earlier plus "on Wednesday" (or the 13th).
const articles: Array<[string, string]> = [
  ['de', 'Kim Jong Un ist am Mittwoch mit Putin zusammengetroffen. Der Kreml hatte den Besuch am 11. September 2023 angekündigt.'],
  ['fr', 'Le dirigeant nord-coréen a rencontré mercredi Vladimir Poutine. Le Kremlin avait annoncé lundi 11 septembre la visite, prévue depuis avril 2019.'],
  ['es', 'El líder norcoreano se reunió el miércoles con Putin. La visita fue anunciada el 11 de septiembre de 2023 por el Kremlin.'],
  ['ru', 'В среду Ким Чен Ын встретился с Путиным. О визите Кремль объявил 11 сентября 2023 года.'],
  ['uk', 'У середу Кім Чен Ин зустрівся з Путіним. Кремль оголосив про візит 11 вересня 2023 року.'],
  ['ja', '金正恩総書記は13日、プーチン大統領と会談した。クレムリンは2023年9月11日に訪問を発表した。'],
  ['zh', '朝鲜领导人金正恩13日与普京举行会谈。克里姆林宫于2023年9月11日宣布了这次访问。'],
  ['ko', '김정은 국무위원장은 13일 푸틴 대통령과 회담했다. 크렘린궁은 2023년 9월 11일 방문을 발표했다.'],
  ['nl', 'Kim Jong-un heeft woensdag Poetin ontmoet. Het Kremlin maakte het bezoek op 11 september 2023 bekend.'],
  ['it', 'Il leader nordcoreano ha incontrato mercoledì Putin. Il Cremlino aveva annunciato la visita l’11 settembre 2023.'],
  ['pl', 'Kim Dzong Un spotkał się w środę z Putinem. Kreml ogłosił wizytę 11 września 2023 r.'],
  ['sq', 'Kim Jong Un u takua të mërkurën me Putinin. Kremlini njoftoi vizitën më 11 shtator 2023.'],
  ['pt', 'Kim Jong Un encontrou-se com Putin na quarta-feira. O Kremlin anunciou a visita em 11 de setembro de 2023.'],
  ['en', 'Kim Jong Un met Vladimir Putin on Wednesday. The Kremlin announced the visit on September 11, 2023.'],
];

describe('document date of a short article with no metadata', () => {
  it.each(articles)('%s: the article is dated 2023-09-13', (lang, text) => {
    const r = analyseTime({ text, sentences: segmentSentences(text, lang), lang, published: null }, resources);
    expect(r.published).toMatchObject({ value: '2023-09-13', precision: 'day', source: 'inferred' });
  });
});

describe('fallback languages', () => {
  it('sv (no data file): Intl month names and relative phrases still work', () => {
    expect(values('sv', 'Mötet hölls den 13 september 2023, förra veckan.', '2023-09-13')).toEqual(['2023-09-13', '2023-W36']);
  });
});
