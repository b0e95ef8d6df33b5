import { describe, expect, it } from 'vitest';
import { dateOf, named } from './undatedText.testHelper.ts';

/**
 * The tournament series of gazetteer/newsEvents/tournaments.json: World Cups, Euros, Olympics and Copa América named
 * without their year. The articles are short, written for these tests; the cues they name (host city, finalists,
 * scorers) pick the occurrence, the weekday or "yesterday" the day.
 */
const SERIES = /-series$/;

describe('tournament series date an article that names them without the year', () => {
  it.each([
    // 2006-07-09 was a Sunday: the final in Berlin, Italy beat France on penalties, Zidane sent off.
    ['de', 'Italien ist Weltmeister. Im WM-Finale von Berlin schlug die Mannschaft am Sonntagabend Frankreich im Elfmeterschießen; Zidane sah Rot.', '2006-07-09'],
    // 2010-07-11, a Sunday: Spain beat the Netherlands in Johannesburg.
    ['en', 'Spain won the World Cup final in Johannesburg on Sunday night. Iniesta scored four minutes before the end of extra time against the Netherlands.', '2010-07-11'],
    ['nl', 'Nederland heeft de WK-finale zondagavond in Johannesburg verloren van Spanje. Iniesta scoorde in de verlenging.', '2010-07-11'],
    // 2016-07-10, a Sunday: Portugal beat France at the Stade de France.
    ['fr', "Les Bleus ont perdu la finale de l'Euro dimanche soir au Stade de France. Le Portugal s'est imposé 1-0 grâce à un but d'Éder en prolongation.", '2016-07-10'],
    ['pt', 'A seleção venceu a final do Euro em Saint-Denis. Éder marcou no domingo o golo da vitória contra a França.', '2016-07-10'],
    // The final in Vienna was on 2008-06-29: "ayer" makes the article the day after.
    ['es', 'España ganó ayer la final de la Eurocopa en Viena. Fernando Torres marcó el único gol ante Alemania.', '2008-06-30'],
    // Wembley, 2021-07-11 (Euro 2020): "ieri sera" → the 12th.
    ['it', "L'Italia ha vinto ieri sera la finale degli Europei a Wembley. Gli azzurri hanno battuto l'Inghilterra ai rigori.", '2021-07-12'],
    // The opening match of Euro 2012, Poland–Greece in Warsaw, Friday 2012-06-08.
    ['pl', 'Polska zremisowała w piątek z Grecją 1:1 w meczu otwarcia mistrzostw Europy. Na Stadionie Narodowym w Warszawie bramkę zdobył Lewandowski.', '2012-06-08'],
    // 2018-07-15, a Sunday: France beat Croatia 4–2 at the Luzhniki.
    ['ru', 'Сборная Франции выиграла финал чемпионата мира в воскресенье. На стадионе «Лужники» французы обыграли Хорватию со счётом 4:2.', '2018-07-15'],
    ['sq', 'Franca fitoi të dielën finalen e Kupës së Botës në Moskë. Kroacia humbi me rezultat 4-2.', '2018-07-15'],
    // Kyiv, 2012-07-01: Spain 4–0 Italy; "вчора" → the 2nd.
    ['uk', 'Іспанія вчора виграла фінал Євро в Києві. Команда розгромила Італію з рахунком 4:0.', '2012-07-02'],
    // Lusail, Sunday 2022-12-18.
    ['ko', '아르헨티나가 일요일 카타르 루사일에서 열린 월드컵 결승에서 프랑스를 승부차기 끝에 꺾었다. 메시는 두 골을 넣었다.', '2022-12-18'],
    // Frankfurt, Sunday 2011-07-17: Japan beat the United States on penalties.
    ['ja', '日本代表は日曜日、フランクフルトで行われた女子W杯決勝で米国をPK戦の末に破り、初優勝を果たした。', '2011-07-17'],
    // Berlin, Sunday 2024-07-14: Spain 2–1 England.
    ['zh', '西班牙队周日在柏林举行的欧洲杯决赛中以2比1击败英格兰队，第四次夺得冠军。', '2024-07-14'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });

  it('de: a weekday during the Games, with their host city, leaves the month (any Friday of the Sochi Games fits)', () => {
    // 7, 14 and 21 February 2014 were Fridays of the Games: a reader knows the month, not the day.
    expect(dateOf('Bei den Winterspielen in Sotschi gewann die deutsche Staffel am Freitag Gold. Die Mannschaft feierte bis in die Nacht.', 'de'))
      .toEqual({ value: '2014-02', precision: 'month' });
  });
});

describe('tournament series are found by name in each language', () => {
  it.each([
    ['en', 'The FIFA World Cup drew record crowds.', 'fifa-world-cup-series'],
    ['de', 'Die Fußball-WM beginnt mit einem Eröffnungsfest.', 'fifa-world-cup-series'],
    ['fr', 'La Coupe du monde de football attire des millions de spectateurs.', 'fifa-world-cup-series'],
    ['es', 'El Mundial de fútbol reúne a 32 selecciones.', 'fifa-world-cup-series'],
    ['it', 'I Mondiali di calcio sono cominciati.', 'fifa-world-cup-series'],
    ['pt', 'A Copa do Mundo começou com festa.', 'fifa-world-cup-series'],
    ['pl', 'Kibice czekają na mundial.', 'fifa-world-cup-series'],
    ['sq', 'Botërori nis me ndeshjen e parë.', 'fifa-world-cup-series'],
    ['ru', 'Чемпионат мира по футболу стартовал.', 'fifa-world-cup-series'],
    ['uk', 'Чемпіонат світу з футболу стартував.', 'fifa-world-cup-series'],
    ['nl', 'Het WK voetbal is begonnen.', 'fifa-world-cup-series'],
    ['ko', '월드컵이 개막했다.', 'fifa-world-cup-series'],
    ['ja', 'サッカーW杯が開幕した。', 'fifa-world-cup-series'],
    ['zh', '世界杯开幕了。', 'fifa-world-cup-series'],
    ['de', 'Das EM-Finale war ausverkauft.', 'uefa-euro-final-series'],
    ['es', 'La Eurocopa empieza pronto.', 'uefa-euro-series'],
    ['ru', 'Финал чемпионата Европы по футболу прошёл при полных трибунах.', 'uefa-euro-final-series'],
    ['fr', 'La Coupe du monde féminine a battu des records.', 'fifa-womens-world-cup-series'],
    ['en', 'The Olympic Games opened with fireworks.', 'summer-olympics-series'],
    ['pl', 'Sportowcy przygotowują się do igrzysk olimpijskich.', 'summer-olympics-series'],
    ['uk', 'Зимові Олімпійські ігри відкрилися.', 'winter-olympics-series'],
    ['zh', '冬奥会开幕了。', 'winter-olympics-series'],
    ['es', 'La Copa América arranca el jueves.', 'copa-america-series'],
  ])('%s: %s', (lang, text, id) => {
    expect(named(text, lang).map((h) => h.id)).toContain(id);
  });
});

describe('ordinary words are not tournaments', () => {
  it.each([
    ['de', 'Der Euro fiel am Montag auf ein Jahrestief.'],
    ['pt', 'O Brasil estreia hoje na WM de handebol.'],
    ['en', 'England play in the Rugby World Cup this autumn.'],
    ['en', 'Finance ministers of the euro zone met on Monday.'],
    ['es', 'El Banco Mundial recortó su previsión de crecimiento mundial.'],
    ['it', 'I leader europei si sono riuniti a Bruxelles.'],
  ])('%s: %s', (lang, text) => {
    expect(named(text, lang).map((h) => h.id).filter((id) => SERIES.test(id))).toEqual([]);
  });
});

describe('a series named without any cue', () => {
  it('keeps all its occurrences and gives no single date', () => {
    const text = 'Das WM-Finale wurde am Sonntag angepfiffen. Die Fans feierten die ganze Nacht.';
    const hits = named(text, 'de').filter((h) => h.id === 'fifa-world-cup-final-series');
    expect(hits).toHaveLength(1);
    expect(hits[0].occurrences).toHaveLength(10); // 1990-2026
    expect(hits[0].cueHits?.every((n) => n === 0)).toBe(true);
    // Every World Cup final was on a Sunday: nothing tells which.
    expect(dateOf(text, 'de')).toBeNull();
  });
});
