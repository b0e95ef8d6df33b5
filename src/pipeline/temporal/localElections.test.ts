import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import data from '../../resources/gazetteer/newsEvents/local-elections.json' with { type: 'json' };

/**
 * Municipal, regional and local elections of gazetteer/newsEvents/local-elections.json, read from the real data.
 * Domestic news names them without a year ("las elecciones municipales del 22 de mayo", "die Landtagswahl in Bayern",
 * "지방선거"): the day written beside the name, or the candidates an article names (the cues of one occurrence), pick
 * the occurrence and so the year. The articles are short, written for these tests.
 */
/** The ids of this file's events. */
const MINE = new Set(data.events.map((e) => e.id));

/** The year (and month, when the data gives one) the text alone is dated to. */
const monthOf = (text: string, lang: string) => dateOf(text, lang)?.value.slice(0, 7) ?? null;
const yearOf = (text: string, lang: string) => dateOf(text, lang)?.value.slice(0, 4) ?? null;

describe('a day written beside a local election\'s name picks its occurrence', () => {
  it.each([
    // 22 May: only the 2011 Spanish municipal and regional elections.
    ['es', 'El PP ganó las elecciones municipales y autonómicas del 22 de mayo. Los socialistas perdieron casi todo su poder territorial.', '2011-05'],
    // The Madrid snap election was on a Tuesday, 4 May 2021.
    ['es', 'Isabel Díaz Ayuso arrasó en las elecciones a la Asamblea de Madrid del 4 de mayo. Pablo Iglesias anunció que deja la política.', '2021-05'],
    ['es', 'Las elecciones catalanas del 21 de diciembre dieron la victoria a Ciudadanos. Inés Arrimadas fue la candidata más votada.', '2017-12'],
    ['es', 'Las elecciones gallegas del 18 de febrero dieron una nueva mayoría absoluta al PP de Alfonso Rueda.', '2024-02'],
    ['fr', 'Les élections départementales du 22 mars ont vu une forte progression du Front national.', '2015-03'],
    ['de', 'Bei der Landtagswahl in Bayern am 14. Oktober verlor die CSU die absolute Mehrheit. Die Grünen wurden zweitstärkste Kraft.', '2018-10'],
    ['de', 'Die Landtagswahl in Nordrhein-Westfalen am 13. Mai endete mit einem Sieg für Hannelore Kraft.', '2012-05'],
    ['de', 'Die Landtagswahl in Brandenburg am 22. September gewann die SPD von Dietmar Woidke knapp vor der AfD.', '2024-09'],
    // "in Sachsen-Anhalt" is not "in Sachsen": the longer name is another state's election.
    ['de', 'Die Landtagswahl in Sachsen-Anhalt am 6. Juni gewann die CDU deutlich.', '2021-06'],
    ['pl', 'Wybory samorządowe 7 kwietnia przyniosły zwycięstwo PiS w sejmikach. Koalicja rządząca liczy straty.', '2024-04'],
    ['nl', 'De gemeenteraadsverkiezingen van 21 maart leverden winst op voor lokale partijen.', '2018-03'],
    ['nl', 'De gemeenteraadsverkiezingen van 19 maart waren een succes voor D66.', '2014-03'],
    // The rerun of the Istanbul vote is one occurrence of its own (23 June 2019), whatever day is written.
    ['de', 'Ekrem İmamoğlu gewann die Wiederholungswahl in Istanbul deutlich gegen Binali Yıldırım.', '2019-06'],
  ])('%s: %s', (lang, text, month) => {
    expect(monthOf(text, lang)).toBe(month);
  });
});

describe('the candidates an article names pick the occurrence of a local election', () => {
  it.each([
    // Carmena took Madrid from Aguirre in 2015; Carmena ran again in 2019, Aguirre did not.
    ['es', 'Manuela Carmena arrebató la alcaldía a Esperanza Aguirre en las elecciones municipales y autonómicas. Ada Colau gobernará Barcelona.', '2015'],
    ['es', 'Juanma Moreno logró la mayoría absoluta en las elecciones andaluzas. Macarena Olona no consiguió su objetivo.', '2022'],
    ['es', 'Imanol Pradales ganó las elecciones vascas por delante de Pello Otxandiano.', '2024'],
    ['es', 'Salvador Illa ganó las elecciones catalanas y Carles Puigdemont quedó segundo.', '2024'],
    ['fr', 'Anne Hidalgo a été réélue maire de Paris au second tour des élections municipales. Rachida Dati a reconnu sa défaite.', '2020'],
    ['fr', 'Bertrand Delanoë a remporté les élections municipales à Paris face à Françoise de Panafieu.', '2008'],
    ['fr', 'Marion Maréchal-Le Pen a été battue au second tour des élections régionales par Christian Estrosi.', '2015'],
    ['de', 'Markus Söder hat die Landtagswahl in Bayern gewonnen. Die Freien Wähler von Hubert Aiwanger legten deutlich zu.', '2023'],
    ['de', 'Nach der Landtagswahl in Thüringen ist Björn Höcke mit der AfD stärkste Kraft. Mario Voigt will eine Regierung ohne die AfD bilden.', '2024'],
    ['de', 'Winfried Kretschmann bleibt nach der Landtagswahl in Baden-Württemberg Ministerpräsident. Susanne Eisenmann räumte ihre Niederlage ein.', '2021'],
    ['de', 'Hendrik Wüst hat die Landtagswahl in Nordrhein-Westfalen klar gewonnen. Thomas Kutschaty erlitt eine Niederlage.', '2022'],
    ['de', 'Bei der niedersächsischen Landtagswahl siegte Stephan Weil vor David McAllister.', '2013'],
    ['de', 'Die Abgeordnetenhauswahl gewann Klaus Wowereit deutlich, Renate Künast blieb weit zurück.', '2011'],
    ['de', 'Olaf Scholz hat die Bürgerschaftswahl in Hamburg mit absoluter Mehrheit gewonnen. Christoph Ahlhaus verlor deutlich.', '2011'],
    ['de', 'Malu Dreyer gewann die Landtagswahl in Rheinland-Pfalz gegen Julia Klöckner.', '2016'],
    ['de', 'Die Landtagswahl im Saarland gewann Anke Rehlinger mit absoluter Mehrheit. Tobias Hans trat zurück.', '2022'],
    ['it', 'Alle elezioni regionali in Lombardia ha vinto Attilio Fontana. Pierfrancesco Majorino si è fermato al 34 per cento.', '2023'],
    ['it', 'Le elezioni regionali in Sicilia hanno premiato Nello Musumeci. Giancarlo Cancelleri del M5s è arrivato secondo.', '2017'],
    ['it', 'Alle elezioni regionali nel Lazio Nicola Zingaretti ha battuto Stefano Parisi.', '2018'],
    ['it', 'Virginia Raggi ha vinto il ballottaggio a Roma contro Roberto Giachetti.', '2016'],
    ['it', 'Stefano Bonaccini si conferma presidente dopo le elezioni regionali in Emilia-Romagna. Lucia Borgonzoni ha perso.', '2020'],
    ['pl', 'Rafał Trzaskowski wygrał w pierwszej turze wybory samorządowe w Warszawie, pokonując Patryka Jakiego.', '2018'],
    ['pl', 'W wyborach samorządowych Hanna Gronkiewicz-Waltz pokonała Kazimierza Marcinkiewicza.', '2006'],
    ['pl', 'Hanna Gronkiewicz-Waltz wygrała wybory samorządowe w Warszawie z Jackiem Sasinem.', '2014'],
    ['ru', 'Сергей Собянин победил на выборах мэра Москвы. Алексей Навальный набрал 27 процентов голосов.', '2013'],
    ['ru', 'На муниципальных выборах в Москве оппозиция получила больше мандатов. Команда Дмитрия Гудкова назвала это успехом.', '2017'],
    ['ru', 'На выборах в Мосгордуму оппозиционеры Илья Яшин и Любовь Соболь не были зарегистрированы.', '2019'],
    ['uk', 'Партія Слуга народу отримала найбільше мандатів на місцевих виборах. Президент Зеленський провів опитування на дільницях.', '2020'],
    ['uk', 'На місцевих виборах Віталій Кличко переміг у першому турі. Блок Петра Порошенка отримав найбільше мандатів.', '2015'],
    ['ko', '더불어민주당이 지방선거에서 압승했다. 박원순 서울시장은 김문수 후보를 크게 앞섰다.', '2018'],
    ['ko', '오세훈 후보가 지방선거에서 송영길 후보를 꺾고 서울시장에 당선됐다.', '2022'],
    ['ko', '지방선거에서 오세훈 후보가 한명숙 후보를 근소한 차이로 이겼다.', '2010'],
    ['ja', '東京都知事選挙で小池百合子氏が初当選した。鳥越俊太郎氏らを大差で破った。', '2016'],
    ['ja', '都知事選で小池百合子氏が3選を果たした。蓮舫氏や石丸伸二氏は及ばなかった。', '2024'],
    ['ja', '都知事選で舛添要一氏が当選した。細川護熙氏は3位に終わった。', '2014'],
    ['ja', '統一地方選挙で大阪維新の会が躍進した。松井一郎氏と吉村洋文氏が入れ替わり選挙を制した。', '2019'],
    ['zh', '九合一选举中国民党大胜，韩国瑜当选高雄市长。', '2018'],
    ['zh', '蒋万安在九合一选举中当选台北市长。', '2022'],
    ['pt', 'Carlos Moedas venceu as eleições autárquicas em Lisboa, derrotando Fernando Medina.', '2021'],
    ['pt', 'Fernando Medina ganhou as autárquicas em Lisboa contra Assunção Cristas.', '2017'],
    ['pt', 'Bruno Covas foi reeleito nas eleições municipais de São Paulo contra Guilherme Boulos.', '2020'],
    ['nl', 'Bij de Provinciale Statenverkiezingen werd de BBB van Caroline van der Plas de grootste partij.', '2023'],
    ['nl', 'Forum voor Democratie van Thierry Baudet won de Provinciale Statenverkiezingen.', '2019'],
    ['nl', 'Leefbaar Rotterdam van Pim Fortuyn werd bij de gemeenteraadsverkiezingen de grootste partij.', '2002'],
    ['en', 'Sadiq Khan won the London mayoral election, beating Zac Goldsmith.', '2016'],
    ['en', 'Sadiq Khan won a third term in the London mayoral election. Susan Hall conceded defeat.', '2024'],
    ['en', "Nicola Sturgeon's SNP won the Scottish Parliament election. Ruth Davidson's Conservatives came second.", '2016'],
    ['en', "Mark Drakeford's Labour won the Senedd election.", '2021'],
    ['en', 'Zohran Mamdani won the New York City mayoral election, defeating Andrew Cuomo.', '2025'],
    ['en', 'Bill de Blasio won the New York mayoral race against Joe Lhota.', '2013'],
    ['ja', 'ニューヨーク市長選挙でマムダニ氏が勝利した。', '2025'],
    ['fr', 'Ekrem Imamoglu a remporté les élections municipales en Turquie face à Murat Kurum.', '2024'],
    ['sq', 'Ekrem İmamoğlu fitoi zgjedhjet lokale në Turqi kundër Murat Kurum.', '2024'],
    // İmamoğlu ran in 2019 and 2024; Yıldırım only in 2019 (the March vote and its June rerun).
    ['ru', 'На выборах мэра Стамбула победил Экрем Имамоглу, обойдя Бинали Йылдырыма.', '2019'],
  ])('%s: %s', (lang, text, year) => {
    expect(yearOf(text, lang)).toBe(year);
  });

  it('en: the weekday beside the English local elections, with their 2025 cue, gives the day', () => {
    // 2025-05-01 was a Thursday.
    expect(dateOf('Reform UK made big gains in the English local elections on Thursday.', 'en')).toEqual({ value: '2025-05-01', precision: 'day' });
  });
});

describe('a local election named with nothing that picks an occurrence leaves the article undated', () => {
  it.each([
    ['es', 'Las elecciones municipales y autonómicas dejaron un mapa muy fragmentado. Los partidos negocian los pactos.', 'es-municipal-election'],
    ['fr', 'Les élections municipales approchent. Les candidats multiplient les réunions publiques.', 'fr-municipal-election'],
    ['de', 'Die Landtagswahl in Bayern wird mit Spannung erwartet.', 'de-bavaria-state-election'],
    ['pl', 'W wyborach samorządowych frekwencja była wysoka. Partie ogłosiły sukces.', 'pl-local-election'],
    ['ko', '지방선거를 앞두고 여야가 공천 작업에 들어갔다.', 'kr-local-election'],
    ['pt', 'As eleições municipais movimentam os partidos.', 'br-municipal-election'],
    ['uk', 'Вибори мера Москви виграв Собянін.', 'moscow-mayoral-election'],
    // Both the 2019 and the 2024 Saxon elections were on 1 September, and Kretschmer led the CDU in both.
    ['de', 'Nach der sächsischen Landtagswahl vom 1. September bleibt Michael Kretschmer Ministerpräsident.', 'de-saxony-state-election'],
    // Salmond led the SNP in 2007 and in 2011.
    ['en', 'Alex Salmond led the SNP to a majority at the Holyrood election.', 'scottish-parliament-election'],
  ])('%s: %s', (lang, text, id) => {
    expect(namedIds(text, lang)).toContain(id);
    expect(dateOf(text, lang)).toBeNull();
  });
});

describe('local elections are told apart from other elections', () => {
  it.each([
    ['es', 'Las elecciones generales del domingo dieron la victoria al PSOE.'],
    ['fr', 'Les élections législatives ont donné une majorité relative au président.'],
    ['de', 'Die Bundestagswahl am Sonntag hat die politische Landschaft verändert.'],
    ['it', 'Le elezioni europee hanno premiato la Lega.'],
    ['it', 'Il consiglio comunale di Roma ha approvato il bilancio.'],
    ['pl', 'Wybory prezydenckie w Polsce wygrał kandydat opozycji.'],
    ['ru', 'Выборы в Государственную думу прошли в сентябре.'],
    ['ko', '총선에서 여당이 참패했다.'],
    ['pt', 'As eleições legislativas deram a maioria absoluta ao PS.'],
    ['nl', 'De Tweede Kamerverkiezingen leverden een verrassende uitslag op.'],
    ['en', 'The local elections will be a test for the government.'],
    // Most Spanish-language copy is Latin American: "elecciones municipales" alone is no Spanish election.
    ['es', 'Las elecciones municipales en México se celebraron el domingo con alta participación.'],
    ['es', 'Los comicios municipales de Buenos Aires dejaron un nuevo mapa político.'],
  ])('%s: names none of them: %s', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => MINE.has(id))).toEqual([]);
  });

  it.each([
    // A longer name of another country's or region's election wins over the home country's short one.
    ['fr', 'Les élections régionales en Catalogne ont été remportées par les indépendantistes.', 'es-catalan-regional-election', 'fr-regional-election'],
    ['de', 'Die Landtagswahl in Sachsen-Anhalt brachte Reiner Haseloff einen klaren Sieg.', 'de-saxony-anhalt-state-election', 'de-saxony-state-election'],
    ['es', 'Las elecciones municipales en Francia dieron la victoria a los ecologistas en varias ciudades.', 'fr-municipal-election', 'es-municipal-election'],
    ['zh', '韩国瑜在台湾地方选举中当选高雄市长。', 'tw-local-election', 'tw-nine-in-one-election'],
  ])('%s: %s', (lang, text, id, not) => {
    const ids = namedIds(text, lang);
    expect(ids).toContain(id);
    expect(ids).not.toContain(not);
  });
});
