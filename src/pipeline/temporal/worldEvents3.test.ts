import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import { itChecksNewsEventFile } from './newsEventFile.testHelper.ts';
import data from '../../resources/gazetteer/newsEvents/world-3.json' with { type: 'json' };

/**
 * More world news of gazetteer/newsEvents/world-3.json (war milestones, summits and meetings, elections, coups,
 * resignations and inaugurations, deaths, pandemic milestones, disasters, crashes, space missions, sport finals,
 * treaties and court rulings), read from the real data: an undated article that names one of them and says
 * "yesterday" in its language is dated to the day after.
 */
/** The ids of this file's events. */
const MINE = new Set(data.events.map((e) => e.id));

describe('world-3 events date an undated article', () => {
  it.each([
    ['en', 'The Kremlin drone attack yesterday was blamed on Kyiv by Russian officials, who promised retaliation.', '2023-05-04'],
    ['en', 'The 2023 Cricket World Cup final was played yesterday in Ahmedabad, where Australia beat the hosts by six wickets.', '2023-11-20'],
    ['en', "Christopher Luxon's National Party won the New Zealand general election yesterday, ending six years of Labour government.", '2023-10-15'],
    ['de', 'Die Explosion im Hafen von Bandar Abbas hat gestern Dutzende Menschen getötet. Hunderte wurden verletzt.', '2025-04-27'],
    ['de', 'Bidens Besuch in Kiew kam gestern völlig überraschend. Der Präsident war mit dem Zug aus Polen angereist.', '2023-02-21'],
    ['fr', "L'attaque au couteau d'Annecy a fait hier six blessés, dont quatre jeunes enfants, dans un parc au bord du lac.", '2023-06-09'],
    ['fr', "La chute du gouvernement Bayrou, hier soir à l'Assemblée nationale, ouvre une nouvelle crise politique.", '2025-09-09'],
    ['es', 'El referéndum sobre el Esequibo se celebró ayer en Venezuela con una participación que la oposición puso en duda.', '2023-12-04'],
    ['es', 'La detención de Julian Assange ayer en la embajada de Ecuador en Londres pone fin a siete años de asilo.', '2019-04-12'],
    ['it', 'Le dimissioni di Mario Draghi sono state presentate ieri al Quirinale dopo il voto di fiducia al Senato.', '2022-07-22'],
    ['it', "La rielezione di Sergio Mattarella è arrivata ieri all'ottavo scrutinio, con oltre settecento voti.", '2022-01-30'],
    ['pt', 'A inelegibilidade de Bolsonaro foi decidida ontem pelo Tribunal Superior Eleitoral, por cinco votos a dois.', '2023-07-01'],
    ['pt', 'O ataque ao comboio da World Central Kitchen ontem em Gaza matou sete trabalhadores humanitários.', '2024-04-02'],
    ['pl', 'Wymiana więźniów w Ankarze odbyła się wczoraj; wolność odzyskał między innymi Evan Gershkovich.', '2024-08-02'],
    ['pl', 'Atak dronów na Kreml miał miejsce wczoraj w nocy, twierdzą rosyjskie władze.', '2023-05-04'],
    ['sq', 'Finalja e Ligës së Konferencës 2022 u luajt dje në Tiranë para mijëra tifozëve.', '2022-05-26'],
    ['sq', 'Varrimi i Navalnit u bë dje në Moskë, ku mijëra njerëz pritën në radhë për ta përshëndetur.', '2024-03-02'],
    ['ru', 'Взрыв в порту Шахид Раджаи вчера унёс жизни десятков человек, ещё сотни пострадали.', '2025-04-27'],
    ['ru', 'Встреча на космодроме Восточный вчера продлилась несколько часов, сообщили в Кремле.', '2023-09-14'],
    ['uk', 'Ракетний удар по Полтаві вчора забрав життя десятків військових і курсантів.', '2024-09-04'],
    ['uk', 'Звільнення Ізюма вчора підтвердили Збройні сили України.', '2022-09-11'],
    ['ko', '어제 발사된 화성-19형은 북한이 공개한 가장 큰 고체연료 대륙간탄도미사일이다.', '2024-11-01'],
    ['ko', '윤석열 대통령 취임식이 어제 국회 앞마당에서 열렸다. 취임식에는 4만여 명이 참석했다.', '2022-05-11'],
    ['ja', '昨日行われた頼清徳総統の就任式で、頼氏は現状維持を訴えた。', '2024-05-21'],
    ['ja', 'バイデン大統領のキーウ訪問は昨日、事前の予告なしに行われた。', '2023-02-21'],
    ['zh', '昨天发生的阿巴斯港爆炸已造成数十人死亡，上千人受伤。', '2025-04-27'],
    ['zh', '昨天，梦天实验舱成功发射，中国空间站即将完成建造。', '2022-11-01'],
    ['nl', 'De aanval op het Iraanse consulaat in Damascus gisteren kostte het leven aan een generaal van de Revolutionaire Garde.', '2024-04-02'],
    ['nl', 'De terugkeer van Butch Wilmore en Suni Williams gisteren maakte een einde aan negen maanden in de ruimte.', '2025-03-19'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('world-3 names are found', () => {
  it.each([
    ['en', 'Since the Oval Office clash, European leaders have rushed to Washington.', 'trump-zelensky-oval-office-clash-2025'],
    ['de', 'Seit dem Ausstieg Russlands aus dem Getreideabkommen sind die Preise gestiegen.', 'russia-exits-black-sea-grain-deal-2023'],
    ['fr', 'Depuis la chute de Bakhmout, le front a peu bougé.', 'fall-of-bakhmut-2023'],
    ['ru', 'После подписания Договора о всеобъемлющем стратегическом партнёрстве Пхеньян отправил войска.', 'putin-pyongyang-visit-treaty-2024'],
    ['es', 'Tras la segunda vuelta en el Perú, Pedro Castillo fue proclamado presidente.', 'pe-presidential-election'],
    ['it', 'Dopo il giuramento del governo Draghi i mercati hanno reagito bene.', 'draghi-government-sworn-in-2021'],
    ['pl', 'Po śmierci Milana Kundery czeskie media przypomniały jego powieści.', 'death-of-milan-kundera-2023'],
    ['ko', '캠프 데이비드 한미일 정상회의 이후 3국 협력이 강화됐다.', 'camp-david-trilateral-summit-2023'],
    ['ja', '万里鏡1号の打ち上げ後、北朝鮮は追加の衛星発射を予告した。', 'malligyong-1-launch-2023'],
    ['zh', '黑海粮食倡议到期后，乌克兰开辟了新的航运走廊。', 'black-sea-grain-initiative-2022'],
    ['nl', 'Na de inname van Severodonetsk door Rusland trokken de Oekraïners zich terug op Lysytsjansk.', 'fall-of-severodonetsk-2022'],
  ])('%s: finds %s', (lang, text, id) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    // Shoigu's visits and other Kim–Putin meetings are not Putin's 2024 visit or the Vostochny summit.
    ['en', "Putin's defence minister visited Pyongyang last summer, and Kim later visited Russia."],
    ['ru', 'Министр обороны Шойгу посетил Пхеньян, а Путин пригласил Ким Чен Ына в Россию.'],
    ['sq', 'Ministri rus i mbrojtjes vizitoi Phenianin, ndërsa Putin e ftoi Kimin në Rusi.'],
    ['de', 'Trump und Xi trafen sich zuletzt am Rande eines Gipfels in Asien.'],
    // Another Oval Office meeting, another outage or another election is not one of these events.
    ['en', 'The president met the prime minister in the Oval Office on Tuesday to discuss trade.'],
    ['fr', "L'élection présidentielle a eu lieu dimanche dans le calme."],
    ['nl', 'Na een storing bij de bank konden klanten urenlang niet betalen.'],
  ])('%s: an ordinary sentence names none of them (%#)', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => MINE.has(id))).toEqual([]);
  });
});

describe('world-3 data', () => {
  itChecksNewsEventFile('world-3.json', data.events);

  it('names every one-off event in all fourteen languages, and lies in 2019-2025 (a series may reach back)', () => {
    const problems: string[] = [];
    for (const e of data.events) {
      const missing = ['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'sq', 'ru', 'uk', 'ko', 'ja', 'zh', 'nl'].filter((l) => !(e.names as Record<string, string[]>)[l]?.length);
      if (missing.length) problems.push(`${e.id}: no names in ${missing.join(', ')}`);
      const last = e.when[e.when.length - 1];
      if (last < '2019' || last > '2026') problems.push(`${e.id}: last occurrence ${last}`);
    }
    expect(problems).toEqual([]);
  });
});
