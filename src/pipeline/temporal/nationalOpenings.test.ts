import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import data from '../../resources/gazetteer/newsEvents/national-2.json' with { type: 'json' };

/**
 * More national news of gazetteer/newsEvents/national-2.json (openings and inaugurations, national firsts, domestic
 * accidents and sport triumphs), read from the real data: an undated domestic article that names one of them and says
 * "yesterday" in its language is dated to the day after.
 */
/** The ids of this file's events. */
const MINE = new Set(data.events.map((e) => e.id));

describe('national openings, firsts and accidents date an undated article', () => {
  it.each([
    ['en', "Tim Peake's launch yesterday from Baikonur was watched live by thousands of schoolchildren across Britain. The Soyuz docked with the space station six hours later.", '2015-12-16'],
    ['en', 'The Cutty Sark fire yesterday gutted much of the ship in Greenwich. Most of the timbers had already been removed for restoration.', '2007-05-22'],
    ['de', 'Die Eröffnung des Berliner Hauptbahnhofs wurde gestern Abend mit einer Lichtshow gefeiert. Tausende Berliner kamen an den Spreebogen.', '2006-05-27'],
    ['de', 'Nach dem Einsturz des Kölner Stadtarchivs suchten die Retter gestern bis in die Nacht nach zwei vermissten Anwohnern.', '2009-03-04'],
    ['fr', "L'inauguration de la Philharmonie de Paris a eu lieu hier soir en présence du président de la République. Le chantier a coûté près de 390 millions d'euros.", '2015-01-15'],
    ['fr', "L'effondrement des immeubles de la rue d'Aubagne, hier matin à Marseille, a fait plusieurs victimes. Les pompiers fouillent les décombres.", '2018-11-06'],
    ['es', 'La llegada del AVE a Barcelona se celebró ayer con un viaje inaugural desde Madrid. El trayecto dura dos horas y media.', '2008-02-21'],
    ['es', 'La primera victoria de Fernando Alonso llegó ayer en Hungría, donde dobló a Michael Schumacher.', '2003-08-25'],
    ['it', "L'apertura della linea M5 è avvenuta ieri: migliaia di milanesi hanno provato i treni senza conducente.", '2013-02-11'],
    ['it', 'La riapertura della Fenice ieri sera ha commosso Venezia, otto anni dopo il rogo.', '2003-12-15'],
    ['pt', 'A inauguração do Museu do Amanhã ontem no Rio reuniu a presidente e o prefeito na Praça Mauá.', '2015-12-18'],
    ['pt', 'O desabamento do edifício Wilton Paes de Almeida ontem de madrugada deixou dezenas de famílias sem casa no centro de São Paulo.', '2018-05-02'],
    ['pl', 'Otwarcie Muzeum II Wojny Światowej odbyło się wczoraj w Gdańsku. Pierwsi zwiedzający czekali w długiej kolejce.', '2017-03-24'],
    ['pl', 'Pożar Mostu Łazienkowskiego wybuchł wczoraj po południu. Przeprawa zostanie zamknięta na wiele miesięcy.', '2015-02-15'],
    ['sq', 'Inaugurimi i stadiumit Air Albania u bë dje me ndeshjen ndaj Francës.', '2019-11-18'],
    ['sq', 'Medalja e artë e Distria Krasniqit dje në Tokio u festua në gjithë Kosovën.', '2021-07-25'],
    ['ru', 'Открытие Лужников после реконструкции состоялось вчера: на стадионе сыграли сборные России и Аргентины.', '2017-11-12'],
    ['ru', 'Трагедия на Сямозере, произошедшая вчера в Карелии, унесла жизни четырнадцати детей.', '2016-06-19'],
    ['uk', 'Відкриття мосту Кличка вчора зібрало тисячі киян на Володимирській гірці.', '2019-05-26'],
    ['uk', 'Пожежа в Одеському коледжі вчора забрала життя кількох людей, ще десятки вважаються зниклими.', '2019-12-05'],
    ['ko', '인천대교 개통식이 어제 오후 송도국제도시에서 열렸다. 다리는 인천공항과 송도를 잇는다.', '2009-10-17'],
    ['ko', '어제 새벽 발생한 고양종합터미널 화재로 여러 명이 숨지고 수십 명이 다쳤다.', '2014-05-27'],
    ['ja', '昨日未明に起きた首里城火災で、正殿など主要な建物が焼失した。', '2019-11-01'],
    ['ja', '東京ゲートブリッジ開通の記念式典が昨日行われ、多くの見物客が集まった。', '2012-02-13'],
    ['zh', '京张高铁开通运营仪式昨天举行，北京到张家口最快只需47分钟。', '2019-12-31'],
    ['zh', '昨天发生的长沙自建房倒塌事故已造成多人被困，救援仍在进行。', '2022-04-30'],
    ['nl', 'De opening van de Betuweroute werd gisteren verricht door koningin Beatrix. De goederenlijn loopt van Rotterdam naar de Duitse grens.', '2007-06-17'],
    ['nl', 'De stillegging van de Fyra werd gisteren aangekondigd door NS en de NMBS na nieuwe problemen met de treinen.', '2013-01-18'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('national-2 names are found', () => {
  it.each([
    ['de', 'Die Eröffnung des Lötschberg-Basistunnels verkürzte die Fahrt ins Wallis.', 'lotschberg-base-tunnel-opening-2007'],
    ['fr', "Depuis l'arrêt du dernier réacteur de Fessenheim, la commune cherche un nouvel avenir.", 'fessenheim-final-shutdown-2020'],
    ['it', "Dopo l'apertura della Variante di Valico il traffico sull'A1 è più scorrevole.", 'variante-di-valico-opening-2015'],
    ['pt', 'Desde a inauguração da Casa da Música, o Porto ganhou uma nova sala de concertos.', 'casa-da-musica-inauguration-2005'],
    ['ru', 'После замыкания Большой кольцевой линии пассажиропоток вырос.', 'moscow-big-circle-line-completion-2023'],
    ['ko', '김영란법 시행 이후 접대 문화가 바뀌었다.', 'kim-young-ran-act-in-force-2016'],
    ['en', 'Since the opening of the Dublin Port Tunnel, lorries have left the quays.', 'dublin-port-tunnel-opening-2006'],
  ])('%s: finds %s', (lang, text, id) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    ['en', 'The council discussed a new bridge and a tunnel for the port yesterday.'],
    ['de', 'Der Bahnhof wurde gestern wegen eines Polizeieinsatzes kurz gesperrt.'],
    ['it', 'Ieri la metropolitana di Milano ha funzionato regolarmente su tutte le linee.'],
    ['pl', 'Wczoraj otwarto nowy most na Wiśle w małej gminie pod Krakowem.'],
    // Names that would also fit a later section, a second launch or a venue's opening hours are left out (after two
    // sentences: the first two match a name's words in any order).
    ['en', 'News from the city. More below. Tate Modern opening hours are extended this summer, and the Luas timetable changes on Monday.'],
    ['ru', 'Новости города. Подробности ниже. Запуск МЦД-3 и МЦД-4 состоялся в августе, а открытие участка Большой кольцевой линии перенесли.'],
    ['it', "Notizie dalla città. Ecco i dettagli. L'apertura della M4 fino a San Babila e della metro C a San Giovanni è slittata."],
    ['fr', "Notre dossier. Voici les détails. Hollande avait promis la fermeture de la centrale de Fessenheim avant la fin de son mandat."],
  ])('%s: an ordinary sentence names none of them (%#)', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => MINE.has(id))).toEqual([]);
  });
});
