import { describe, expect, it } from 'vitest';
import { dateOf, named } from './undatedText.testHelper.ts';

/**
 * Countdowns to a named event (countdown.ts, the `countdown` section of each temporal.json): pre-event news counts
 * from the day of writing, so the count dates the document at the event's start minus the count. The articles are
 * short and written for these tests; every event is in gazetteer/newsEvents.
 *
 * Starts used: Paris Olympics 2024-07-26, Tokyo Olympics 2021-07-23, Rio Olympics 2016-08-05, Pyeongchang Winter
 * Olympics 2018-02-09, Beijing Winter Olympics 2022-02-04, Sochi Winter Olympics 2014-02-07, Euro 2012 2012-06-08,
 * Euro 2016 2016-06-10, Euro 2024 2024-06-14, World Cup 2022 2022-11-20, Brexit referendum 2016-06-23, French
 * presidential election 2022-04-10, Dutch election 2023-11-22, Eurovision 2024 2024-05-11, Bundestag election
 * 2021-09-26.
 */
describe('a countdown dates the document', () => {
  it.each([
    // Days: the day itself.
    ['en', 'With 100 days to go until the Paris Olympics, organisers unveiled the medals.', '2024-04-17', 'day'],
    ['en', 'There are now 50 days to go until Euro 2024 in Germany.', '2024-04-25', 'day'],
    // A year: within a month either way of 2020-07-23.
    ['en', 'The Tokyo Olympics are now a year away. Organisers say the venues are ready.', '2020', 'year'],
    // Less than two weeks: 7 to 13 days before 23 June.
    ['en', 'The Brexit referendum is less than two weeks away. Polls show a tight race.', '2016-06', 'month'],
    ['de', 'Noch 100 Tage bis zu den Olympischen Spielen in Paris. Die Athleten bereiten sich vor.', '2024-04-17', 'day'],
    ['de', 'Bis zur EM 2024 sind es noch 50 Tage. Die Stadien sind fertig.', '2024-04-25', 'day'],
    // A series: its candidates pick the 2021 election; three weeks before it, give or take three days.
    ['de', 'Noch drei Wochen bis zur Bundestagswahl: Scholz und Laschet liefern sich ein enges Rennen.', '2021-09', 'month'],
    ['fr', 'À J-100 des Jeux de Paris, la flamme olympique arrive à Marseille.', '2024-04-17', 'day'],
    ['fr', "Il reste 50 jours avant l'Euro 2016 en France.", '2016-04-21', 'day'],
    ['fr', 'Le président reste en tête à trois semaines de la présidentielle de 2022 selon les sondages.', '2022-03', 'month'],
    ['es', 'Faltan diez días para el Mundial de Qatar. La selección viaja el lunes.', '2022-11-10', 'day'],
    ['es', 'Quedan 100 días para los Juegos Olímpicos de Tokio. Los atletas se preparan.', '2021-04-14', 'day'],
    // A month before 14 June, give or take a fortnight: April or May.
    ['es', 'A un mes de la Eurocopa de Alemania, la selección presenta su lista.', '2024', 'year'],
    ['it', 'Mancano due settimane agli Europei 2016 in Francia.', '2016-05', 'month'],
    ['it', 'Mancano 100 giorni alle Olimpiadi di Parigi. Gli atleti si allenano.', '2024-04-17', 'day'],
    ['it', 'A 100 giorni dalle Olimpiadi di Parigi la fiaccola è in Grecia.', '2024-04-17', 'day'],
    ['pt', 'Faltam 100 dias para os Jogos Olímpicos do Rio. A cidade acelera as obras.', '2016-04-27', 'day'],
    ['pt', 'Faltam 50 dias para o Euro 2016 em França.', '2016-04-21', 'day'],
    ['pt', 'Falta um mês para o Mundial do Catar. Os adeptos preparam a viagem.', '2022', 'year'],
    // "A little more than", "nearly": the count give or take its slack (a week: three days either way of 19 July).
    ['es', 'A poco más de una semana de los Juegos Olímpicos de París, la delegación ultima los preparativos.', '2024-07', 'month'],
    ['pt', 'A pouco mais de uma semana dos Jogos Olímpicos de Paris, a delegação ultima os preparativos.', '2024-07', 'month'],
    ['it', 'A poco più di una settimana dalle Olimpiadi di Parigi, la squadra parte per la Francia.', '2024-07', 'month'],
    ['fr', "À un peu plus d'une semaine des Jeux de Paris, la délégation arrive au village.", '2024-07', 'month'],
    ['pl', 'Do Euro 2012 zostało 50 dni. Stadion Narodowy jest gotowy.', '2012-04-19', 'day'],
    ['pl', 'Do igrzysk w Paryżu zostało 100 dni. Sportowcy trenują.', '2024-04-17', 'day'],
    ['pl', 'Do rozpoczęcia mundialu w Katarze pozostało dziesięć dni. Kibice kupują bilety.', '2022-11-10', 'day'],
    ['sq', 'Kanë mbetur 100 ditë deri në Lojërat Olimpike të Parisit. Atletët stërviten.', '2024-04-17', 'day'],
    ['sq', 'Edhe 50 ditë deri në Euro 2024 në Gjermani.', '2024-04-25', 'day'],
    // The World Cup series: "Katar" names the 2022 one.
    ['sq', 'Kanë mbetur dhjetë ditë deri në Botërorin e Katarit.', '2022-11-10', 'day'],
    ['sq', 'Deri në Lojërat Olimpike të Tokios kanë mbetur 100 ditë.', '2021-04-14', 'day'],
    // Less than a year: more than half a year before 7 February 2014.
    ['ru', 'До открытия зимних Олимпийских игр в Сочи остаётся меньше года. Строительство продолжается.', '2013', 'year'],
    ['ru', 'До Евро-2012 осталось 50 дней. Болельщики покупают билеты.', '2012-04-19', 'day'],
    ['ru', 'До чемпионата мира по футболу в Катаре осталось десять дней. Сборные прибывают.', '2022-11-10', 'day'],
    ['uk', 'До Євро-2012 залишилося 50 днів. Стадіони готові.', '2012-04-19', 'day'],
    ['uk', 'До Олімпійських ігор у Парижі залишилося 100 днів. Спортсмени тренуються.', '2024-04-17', 'day'],
    ['uk', 'До Олімпіади в Токіо залишилося 100 днів.', '2021-04-14', 'day'],
    ['uk', 'До Євро-2016 залишився місяць.', '2016', 'year'],
    ['nl', 'Nog tien dagen tot de Tweede Kamerverkiezingen van 2023 en de partijen voeren campagne.', '2023-11-12', 'day'],
    ['nl', 'Nog 100 dagen tot de Olympische Spelen van Parijs. De sporters trainen.', '2024-04-17', 'day'],
    ['nl', 'Nog twee weken tot het Eurovisiesongfestival 2024 in Malmö.', '2024-04', 'month'],
    ['ko', '평창 동계올림픽 개막까지 100일 남았다. 경기장 공사가 마무리됐다.', '2017-11-01', 'day'],
    ['ko', '도쿄 올림픽이 100일 앞으로 다가왔다. 선수들이 훈련하고 있다.', '2021-04-14', 'day'],
    ['ko', '카타르 월드컵 개막까지 10일 남았다. 대표팀이 출국한다.', '2022-11-10', 'day'],
    ['ko', '카타르 월드컵 개막까지 한 달 남았다.', '2022', 'year'],
    ['ja', '東京五輪まで残り100日となった。選手たちは練習を続けている。', '2021-04-14', 'day'],
    ['ja', '北京冬季五輪の開幕まであと100日。', '2021-10-27', 'day'],
    ['ja', 'パリ五輪開幕まで残り1年となった。', '2023', 'year'],
    // "10日" here is a count of days, not the 10th of the month.
    ['ja', '東京五輪まで残り10日となった。', '2021-07-13', 'day'],
    ['zh', '距北京冬奥会开幕还有100天。各项筹备工作进展顺利。', '2021-10-27', 'day'],
    ['zh', '距离卡塔尔世界杯开幕还有10天。', '2022-11-10', 'day'],
    ['zh', '东京奥运会倒计时100天。', '2021-04-14', 'day'],
  ])('%s: %s', (lang, text, value, precision) => {
    expect(dateOf(text, lang)).toEqual({ value, precision });
  });
});

describe('the countdown is read into the named event', () => {
  it.each([
    ['en', 'With 100 days to go until the Paris Olympics, organisers unveiled the medals.', 'olympics-paris-2024', { n: 100, unit: 'day' }],
    ['ru', 'До открытия зимних Олимпийских игр в Сочи остаётся меньше года.', 'winter-olympics-sochi-2014', { n: 1, unit: 'year', less: true }],
    ['de', 'Noch drei Wochen bis zur Bundestagswahl.', 'german-federal-election', { n: 3, unit: 'week' }],
    ['es', 'Faltan diez días para el Mundial de Qatar.', 'fifa-world-cup-2022', { n: 10, unit: 'day' }],
    ['ko', '평창 동계올림픽 개막까지 100일 남았다.', 'winter-olympics-pyeongchang-2018', { n: 100, unit: 'day' }],
    ['zh', '距北京冬奥会开幕还有100天。', 'winter-olympics-beijing-2022', { n: 100, unit: 'day' }],
  ])('%s: %s', (lang, text, id, expected) => {
    const hit = named(text, lang).find((h) => h.id === id);
    expect(hit?.countdown).toMatchObject(expected);
    expect(hit?.tense).toBe('future');
  });
});

const countdowns = (text: string, lang: string) => named(text, lang).filter((h) => h.countdown);

describe('what is no countdown from the day of writing', () => {
  it.each([
    // Narrative or past.
    ['en', 'Two days before the Brexit referendum, he had said he would stay.'],
    ['en', 'There were 10 days left before the Brexit referendum when he resigned.'],
    ['es', 'Cuando faltaban diez días para el Mundial de Qatar, el seleccionador dimitió.'],
    ['ru', 'Когда до Евро-2012 оставалось 50 дней, тренер ушёл в отставку.'],
    ['fr', 'À trois semaines de la présidentielle de 2022 il avait annoncé sa candidature.'],
    ['ko', '평창 동계올림픽을 100일 앞두고 그는 사퇴했다.'],
    // A future clause.
    ['en', 'There will be 10 days left before the Brexit referendum when parliament returns.'],
    ['es', 'Faltarán diez días para el Mundial de Qatar cuando empiece la concentración.'],
    ['pl', 'Do Euro 2012 zostanie 50 dni, gdy ruszy sprzedaż biletów.'],
    // No event named, or one the data does not have.
    ['en', 'With 100 days to go until the big day, organisers are nervous.'],
    ['en', 'With 100 days to go until the Atlantis Games, organisers are nervous.'],
    ['de', 'Noch drei Wochen bis zur Hochzeit von Anna und Paul.'],
    ['zh', '距离婚礼还有100天。'],
  ])('%s: %s', (lang, text) => {
    expect(countdowns(text, lang)).toEqual([]);
  });

  it('the narrative and future cases leave the document undated or dated by the event only', () => {
    expect(dateOf('Two days before the Brexit referendum, he had said he would stay.', 'en')).toBeNull();
    expect(dateOf('There will be 10 days left before the Brexit referendum when parliament returns.', 'en')).toBeNull();
    expect(dateOf('Cuando faltaban diez días para el Mundial de Qatar, el seleccionador dimitió.', 'es')).toEqual({ value: '2022', precision: 'year' });
  });

  it('texts without a known event have no date from a countdown', () => {
    expect(dateOf('With 100 days to go until the big day, organisers are nervous.', 'en')).toBeNull();
    expect(dateOf('With 100 days to go until the Atlantis Games, organisers are nervous.', 'en')).toBeNull();
  });

  it('a countdown to an event that does not exist leaves the document date as it was', () => {
    const base = 'The minister spoke in Berlin on Monday, 4 September 2023.';
    expect(dateOf(`With 100 days to go until the Atlantis Games, ${base.charAt(0).toLowerCase()}${base.slice(1)}`, 'en')).toEqual(dateOf(base, 'en'));
    const baseDe = 'Der Minister sprach am Montag, dem 4. September 2023, in Berlin.';
    expect(dateOf(`Noch 100 Tage bis zur Hochzeit. ${baseDe}`, 'de')).toEqual(dateOf(baseDe, 'de'));
  });

  it('a series named without anything that picks an occurrence stays undated (every occurrence fits the count)', () => {
    expect(dateOf('Mancano due settimane alle elezioni europee.', 'it')).toBeNull();
  });
});
