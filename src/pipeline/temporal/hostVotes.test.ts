import { describe, expect, it } from 'vitest';
import { dateOf, named } from './undatedText.testHelper.ts';

/**
 * The host-selection votes of gazetteer/newsEvents/host-votes.json: the day a city or country won the right to host
 * the Olympics, the FIFA World Cup, the UEFA Euro or a World Expo. An article reporting the vote names the Games or
 * the tournament it was about, years ahead; the vote's own name must date it, not the event's. The articles are
 * short, written for these tests; the winner (and the Games' year) picks the occurrence, "yesterday" or a weekday
 * the day. Weekdays were computed, not guessed.
 */
const HOST_VOTE = /-host-vote$/;

describe('a host-selection vote dates the article that reports it, not the event it awards', () => {
  it.each([
    // IOC session in Singapore, Wednesday 2005-07-06.
    ['en', 'London was awarded the 2012 Olympics on Wednesday, beating Paris by 54 votes to 50 in the last round of the IOC vote in Singapore.', '2005-07-06'],
    // FIFA Executive Committee in Zurich, Thursday 2010-12-02 (after midnight of the 3rd in Korea and Japan).
    ['de', 'Katar hat am Donnerstag den Zuschlag für die Fußball-WM 2022 erhalten. Russland richtet das Turnier 2018 aus.', '2010-12-02'],
    // UEFA in Geneva, Friday 2010-05-28: France over Turkey and Italy.
    ['fr', "La France a été désignée pour organiser l'Euro 2016 vendredi à Genève, devant la Turquie et l'Italie.", '2010-05-28'],
    // Copenhagen, Friday 2009-10-02.
    ['es', 'Río de Janeiro fue elegida sede de los Juegos Olímpicos de 2016 el viernes en Copenhague, tras derrotar a Madrid.', '2009-10-02'],
    // BIE in Paris, Monday 2008-03-31: "ieri" → the 1st of April.
    ['it', "Milano ha vinto ieri l'assegnazione dell'Expo 2015, battendo la turca Smirne.", '2008-04-01'],
    // Zurich, Tuesday 2007-10-30: Brazil the only candidate.
    ['pt', 'O Brasil foi escolhido para sediar a Copa do Mundo de 2014 nesta terça-feira em Zurique.', '2007-10-30'],
    // UEFA in Cardiff, 2007-04-18: "wczoraj" → the 19th.
    ['pl', 'Polska i Ukraina otrzymały wczoraj prawo organizacji Euro 2012. Decyzję ogłosił w Cardiff Komitet Wykonawczy UEFA.', '2007-04-19'],
    // Zurich, 2010-12-02: "dje" → the 3rd.
    ['sq', 'Katari fitoi dje të drejtën për të organizuar Botërorin e vitit 2022 pas votimit në Zyrih. Vendimi befasoi shumë njerëz.', '2010-12-03'],
    // Guatemala City, the evening of 2007-07-04 (the 5th in Russia): "вчера" → the day after the 4th.
    ['ru', 'Сочи вчера получил право на проведение зимних Олимпийских игр 2014 года. Голосование МОК прошло в Гватемале.', '2007-07-05'],
    // UEFA in Nyon, Thursday 2018-09-27: Germany over Turkey.
    ['uk', 'Німеччина отримала в четвер право на проведення Євро-2024, випередивши Туреччину. Рішення ухвалили в Ньйоні.', '2018-09-27'],
    // BIE in Paris, 2023-11-28 (the 29th in Korea): Riyadh over Busan and Rome.
    ['ko', '부산이 어제 2030 세계박람회 유치에 실패했다. 사우디아라비아 리야드가 개최지로 선정됐다.', '2023-11-29'],
    // Buenos Aires, Saturday 2013-09-07 (the 8th in Japan).
    ['ja', '東京が2020年夏季五輪の開催都市に決定した。IOC総会は土曜日にブエノスアイレスで開かれた。', '2013-09-07'],
    // BIE in Monte Carlo, 2002-12-03: "昨天" → the 4th.
    ['zh', '上海昨天获得2010年世博会举办权，击败了墨西哥克雷塔罗和俄罗斯莫斯科。', '2002-12-04'],
    // IOC session in Tokyo, Wednesday 2021-07-21.
    ['nl', 'De toewijzing van de Olympische Spelen van 2032 aan Brisbane is woensdag in Tokio beklonken.', '2021-07-21'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });

  it.each([
    // BIE in Paris, 2018-11-23 (the 24th in Japan): Osaka over Yekaterinburg and Baku.
    ['en', 'Osaka won the right to host the 2025 World Expo yesterday, beating Yekaterinburg and Baku in a vote in Paris.', '2018-11-24'],
    // Zurich, Thursday 2010-12-02; the name of the 2022 edition is the vote's here.
    ['en', 'Qatar won the right to host the 2022 World Cup on Thursday, beating the United States in the final round.', '2010-12-02'],
    // UEFA in Nyon, Thursday 2018-09-27.
    ['de', 'Die Vergabe der EM 2024 an Deutschland fiel am Donnerstag in Nyon. Die Türkei unterlag.', '2018-09-27'],
    // Lausanne, Monday 2019-06-24.
    ['it', "L'assegnazione delle Olimpiadi invernali 2026 a Milano-Cortina è arrivata lunedì a Losanna. Stoccolma è stata battuta.", '2019-06-24'],
    // Durban, 2011-07-06 (the 7th in Korea): "어제" → the day after the 6th.
    ['ko', '평창이 어제 2018 동계올림픽 유치에 성공했다. IOC 총회는 남아공 더반에서 열렸다.', '2011-07-07'],
    // Kuala Lumpur, 2015-07-31: Beijing again, told apart from 2001 by Zhangjiakou and the Games' year.
    ['zh', '北京昨天获得2022年冬奥会举办权，张家口将承办雪上项目。', '2015-08-01'],
  ])('%s (more occurrences): %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('the vote is found by name in each language', () => {
  it.each([
    ['en', 'Rio de Janeiro won the right to host the Olympic Games.', 'olympic-host-city-vote'],
    ['de', 'London erhielt den Zuschlag für die Olympischen Spiele.', 'olympic-host-city-vote'],
    ['fr', "L'attribution de la Coupe du monde au Qatar reste contestée.", 'fifa-world-cup-host-vote'],
    ['es', 'La adjudicación de la Eurocopa a Alemania se decidió en Nyon.', 'uefa-euro-host-vote'],
    ['pt', 'Dubai foi escolhida para sediar a Expo, informou o BIE.', 'world-expo-host-vote'],
    ['pl', 'Przyznanie organizacji igrzysk olimpijskich Pekinowi wywołało protesty.', 'olympic-host-city-vote'],
    ['ru', 'Россия получила право на проведение чемпионата мира по футболу.', 'fifa-world-cup-host-vote'],
    ['uk', 'Польща та Україна отримали право на проведення Євро.', 'uefa-euro-host-vote'],
    ['ko', '여수 세계박람회 유치 확정 소식에 시민들이 환호했다.', 'world-expo-host-vote'],
    ['ja', '平昌が冬季五輪の開催都市に決定した。', 'olympic-host-city-vote'],
    ['zh', '北京申奥成功的消息传遍全国。', 'olympic-host-city-vote'],
    ['nl', 'De toewijzing van het WK voetbal aan Qatar blijft omstreden.', 'fifa-world-cup-host-vote'],
  ])('%s: %s', (lang, text, id) => {
    expect(named(text, lang).map((h) => h.id)).toContain(id);
  });
});

describe('a report of the Games, the tournament or the Expo itself names no vote', () => {
  it.each([
    ['en', 'The Tokyo Olympics opened on Friday with a ceremony in the host city.'],
    ['en', 'Phelps was awarded his eighth gold medal at the Olympics on Sunday.'],
    ['en', 'Messi was awarded the Golden Ball at the World Cup final on Sunday.'],
    ['en', 'The Osaka Expo opened its gates on Sunday; the host city expects 28 million visitors.'],
    ['de', 'Die Olympischen Spiele in Tokio wurden am Freitag eröffnet. Der Gastgeber feierte.'],
    ['de', 'Die Vergabe der WM-Tickets beginnt am Montag, teilte die FIFA mit.'],
    ['fr', "Les Jeux olympiques de Paris se sont ouverts vendredi. L'attribution des médailles a commencé samedi."],
    ['ru', 'Зимние Олимпийские игры в Сочи открылись в пятницу. Столица Олимпиады встречает гостей.'],
    ['ko', '평창 동계올림픽이 금요일 개막했다. 개최지 평창은 축제 분위기다.'],
    ['ja', '東京五輪が金曜日に開幕した。開催都市の東京は盛り上がった。'],
    ['zh', '北京奥运会周五开幕。主办城市北京一片欢腾。'],
  ])('%s: %s', (lang, text) => {
    expect(named(text, lang).map((h) => h.id).filter((id) => HOST_VOTE.test(id))).toEqual([]);
  });
});
