import { describe, expect, it } from 'vitest';
import { dateOf, named } from './undatedText.testHelper.ts';
import { dayFromNumber } from '../../model/calendar.ts';

/**
 * Per-occurrence cues of the recurring events in gazetteer/newsEvents (laureates, guests, host places, the ordinal of
 * a nuclear test), read from the real data in every script the press uses: an article about a series that names
 * one occurrence's cues is dated just after that occurrence; a cue shared by several occurrences only narrows, and a
 * cue without its series (or beside another series) dates nothing.
 */

describe('a series and one occurrence\'s cues date the article', () => {
  it.each([
    // Nobel prizes: laureates and the discovery's name in Hangul, kana, Han and Cyrillic.
    ['ko', '올해 노벨물리학상은 인공신경망 연구의 토대를 놓은 존 홉필드와 제프리 힌턴에게 돌아갔다. 스웨덴 왕립과학원은 두 사람이 머신러닝의 기초를 닦았다고 설명했다.', '2024-10'],
    ['pt', 'O Prêmio Nobel de Física foi concedido a John Hopfield e Geoffrey Hinton pelo trabalho pioneiro em redes neurais artificiais.', '2024-10'],
    ['ja', 'ノーベル化学賞に北川進・京都大特別教授ら3人が選ばれた。金属有機構造体と呼ばれる多孔性材料の開発が評価された。', '2025-10'],
    ['zh', '诺贝尔生理学或医学奖授予美国科学家安布罗斯和鲁夫昆，以表彰他们发现微RNA及其在基因调控中的作用。', '2024-10'],
    ['ru', 'Нобелевскую премию по физике получили Пьер Агостини, Ференц Краус и Анн Юилье. Их эксперименты позволили получать аттосекундные импульсы света.', '2023-10'],
    ['uk', 'Нобелівську премію з хімії присудили за розробку літій-іонних батарей. Серед лауреатів — 97-річний Джон Гуденаф.', '2019-10'],
    ['ko', '노벨생리의학상은 mRNA 백신 개발의 토대를 마련한 커리코와 와이스먼에게 돌아갔다.', '2023-10'],
    ['zh', '诺贝尔化学奖授予沙尔庞捷和杜德纳，以表彰她们在基因编辑方法上的贡献。', '2020-10'],
    ['ja', 'ノーベル経済学賞は、バーナンキ元FRB議長ら3人に授与されることが決まった。銀行危機の研究が評価された。', '2022-10'],
    ['es', 'El premio Nobel de Economía ha sido para Claudia Goldin, por sus estudios sobre la brecha salarial entre hombres y mujeres.', '2023-10'],
    ['nl', 'De Nobelprijs voor de Vrede gaat naar de Europese Unie. Het Noorse comité prees de bijdrage van de unie aan vrede en verzoening in Europa.', '2012-10'],
    ['ko', '노벨평화상은 핵무기폐기국제운동(ICAN)에 돌아갔다. 노벨위원회는 핵무기의 비인도적 결과를 알린 공로를 높이 평가했다.', '2017-10'],
    ['ja', 'ノーベル平和賞は日本被団協に授与されることが決まった。被爆者の証言活動が評価された。', '2024-10'],
    // North Korea's nuclear tests by ordinal.
    ['ko', '북한이 6차 핵실험을 강행했다. 합동참모본부는 북한 핵실험으로 인한 인공지진이 감지됐다고 밝혔다.', '2017-09'],
    ['ja', '北朝鮮の核実験について、政府は6回目の核実験と断定した。首相は強く抗議すると述べた。', '2017-09'],
    ['zh', '朝鲜进行核试验，这是朝鲜第四次核试验。韩国政府对此表示强烈谴责。', '2016-01'],
    ['en', "North Korea's nuclear test on Friday was its fifth nuclear test and the most powerful so far. Seoul and Tokyo condemned the blast.", '2016-09-09'],
    ['uk', 'Ядерне випробування КНДР стало шостим: це шосте ядерне випробування Пхеньяна. Сейсмологи зафіксували потужний поштовх.', '2017-09'],
    ['pl', 'Północnokoreańska próba jądrowa była szóstą w historii kraju. Szósta próba jądrowa wywołała wstrząsy wyczuwalne w Chinach.', '2017-09'],
    // Summits and forums: guests and host places.
    ['zh', '全国人大会议高票通过《反分裂国家法》。温家宝总理在会上作政府工作报告。', '2005-03'],
    ['en', 'At the World Economic Forum in Davos, Chinese President Xi Jinping delivered a robust defence of globalisation. He warned that nobody would emerge a winner from a trade war.', '2017'],
    ['de', 'Beim Weltwirtschaftsforum in Davos hat Brasiliens neuer Präsident Jair Bolsonaro seine erste Rede im Ausland gehalten. Die Klimaaktivistin Greta Thunberg warnte die Wirtschaftselite vor der Klimakrise.', '2019'],
    ['fr', "Au forum de Davos, Donald Trump a vanté l'économie américaine. Greta Thunberg lui a répondu que rien n'avait été fait pour le climat.", '2020'],
    ['en', 'Vice President JD Vance used his speech at the Munich Security Conference to lecture European allies on free speech. Many delegates left the hall stunned.', '2025'],
    ['pl', 'Na Monachijskiej Konferencji Bezpieczeństwa przemawiała Julia Nawalna. Kilka godzin wcześniej władze rosyjskie poinformowały o śmierci jej męża.', '2024'],
    ['en', 'In his first address to the general debate of the UN General Assembly, President Trump called Kim Jong Un "Rocket Man". He threatened to totally destroy North Korea.', '2017'],
    ['de', 'Die Generaldebatte der UN-Vollversammlung wurde von Annalena Baerbock eröffnet, die als erste Deutsche der Versammlung vorsitzt.', '2025'],
    ['ru', 'Выступление Муаммара Каддафи на общеполитической дискуссии Генассамблеи ООН длилось полтора часа. Ливийский лидер разорвал копию Устава ООН.', '2009'],
    ['en', "Leaders gathered in Washington for a NATO summit marking the alliance's 75th anniversary. President Biden welcomed them at the Mellon Auditorium.", '2024-07'],
    ['ko', '빌뉴스에서 열린 나토 정상회의에서 우크라이나 가입 문제가 논의됐다. 스톨텐베르그 사무총장은 동맹의 단결을 강조했다.', '2023-07'],
    ['ja', 'ハーグで開かれたNATO首脳会議は、国防費を国内総生産の5%に引き上げる目標で合意した。ルッテ事務総長は成果を強調した。', '2025'],
    ['zh', '二十国集团领导人峰会在约翰内斯堡开幕，这是该峰会首次在非洲举行。', '2025-11'],
    ['ko', '리우데자네이루에서 열린 G20 정상회의에서 기아와 빈곤 퇴치를 위한 글로벌 연합이 출범했다.', '2024-11'],
    ['fr', "Le sommet du G20 s'est ouvert à Rome, le premier en présentiel depuis la pandémie. Les dirigeants ont approuvé un impôt minimum mondial.", '2021'],
    // Elmau hosted twice; the chancellor names the second.
    ['ja', 'エルマウで開かれたG7サミットで、議長のショルツ首相はウクライナ支援の継続を訴えた。', '2022'],
    ['zh', '七国集团峰会在广岛举行，乌克兰总统泽连斯基亲自到场。', '2023-05'],
    ['sq', 'Samiti i G7 në Hiroshima u mbyll me një deklaratë për Ukrainën.', '2023-05'],
    ['ru', 'Саммит G7 прошел в Брюсселе: встречу перенесли из Сочи после присоединения Крыма. Россию на саммит не пригласили.', '2014-06'],
    ['uk', 'Президент Казахстану Касим-Жомарт Токаєв на Петербурзькому міжнародному економічному форумі заявив, що не визнає ЛНР і ДНР.', '2022-06'],
    ['en', 'Algerian President Abdelmadjid Tebboune was the guest of honour at the St Petersburg International Economic Forum. He spoke after the Russian president.', '2023-06'],
    ['ko', '블라디보스토크에서 열린 동방경제포럼에 시진핑 중국 국가주석이 처음으로 참석했다. 러시아와 중국은 협력 강화에 합의했다.', '2018-09'],
    // Votes and a conclave.
    ['it', 'Fumata bianca: il conclave ha eletto il cardinale Jorge Mario Bergoglio, che ha scelto il nome di papa Francesco. Succede a Benedetto XVI, che si era dimesso a febbraio.', '2013-03'],
    ['es', 'Tras la muerte de Juan Pablo II, el cónclave eligió al cardenal Joseph Ratzinger, que tomó el nombre de Benedicto XVI.', '2005-04'],
    ['es', 'El plebiscito constitucional chileno rechazó la propuesta redactada por el Consejo Constitucional. El presidente Gabriel Boric dijo que el proceso constituyente quedaba cerrado.', '2023-12'],
    ['fr', "Le troisième référendum d'autodétermination en Nouvelle-Calédonie a été boycotté par les indépendantistes. Le « non » l'a emporté massivement.", '2021-12'],
    ['it', 'Il referendum costituzionale sul taglio dei parlamentari ha visto la netta vittoria del sì. Il premier Giuseppe Conte ha parlato di un risultato storico.', '2020-09'],
    ['sq', 'Në zgjedhjet vendore në Shqipëri, Erion Veliaj fitoi mandatin e tretë në Tiranë. Kandidati i opozitës Belind Këlliçi pranoi humbjen.', '2023-05'],
    ['ru', 'После выборов в Госдуму тысячи людей вышли на Болотную площадь. Они требовали пересмотра итогов голосования.', '2011-12'],
    // Finals, festivals, flights and another country's vote in the scripts of the press that follows them.
    ['ko', '토트넘이 유로파리그 결승에서 맨체스터 유나이티드를 1-0으로 꺾고 우승했다. 주장 손흥민은 빌바오에서 우승컵을 들어 올렸다.', '2025-05'],
    ['zh', '金砖国家领导人会晤在喀山举行，多国领导人出席。', '2024-10'],
    ['ko', '봉준호 감독의 기생충이 칸 영화제 황금종려상을 받았다. 한국 영화 최초의 수상이다.', '2019'],
    ['ja', '金獅子賞はランティモス監督の「哀れなるものたち」に贈られた。', '2023'],
    ['ja', '国連気候変動会議はグラスゴーで開かれ、石炭火力の段階的削減で合意した。', '2021'],
    ['zh', '韩国国会选举结果揭晓，共同民主党大胜，国民力量惨败，韩东勋宣布辞职。', '2024-04'],
    ['ru', 'Пятый испытательный полёт Starship завершился успешно: впервые ускоритель поймали механические руки башни.', '2024-10'],
    ['ko', '스타십 시험 비행에서 처음으로 슈퍼헤비 부스터를 발사대 젓가락 팔로 붙잡았다. 이번 5차 시험비행은 성공적이었다.', '2024-10'],
    ['zh', '澳网决赛中，李娜直落两盘击败齐布尔科娃，夺得个人第二个大满贯冠军。', '2014-01'],
    ['uk', 'Переможницею «Євробачення» стала Джамала з піснею «1944». Конкурс у Стокгольмі дивилися мільйони.', '2016-05'],
    // Both rounds of 2021 name Rama: the year, not the round.
    ['en', 'Përparim Rama won the mayoral runoff in Pristina in the Kosovo local elections. Turnout was low across the country.', '2021'],
  ])('%s: %s', (lang, text, when) => {
    const date = dateOf(text, lang);
    expect(date?.value.startsWith(when), `${JSON.stringify(date)} for ${when}`).toBe(true);
  });
});

describe('what cues do not do', () => {
  it.each([
    // The series alone: every occurrence is possible, none is guessed.
    ['en', 'The Munich Security Conference opened on Friday. Ministers discussed the war in Ukraine.'],
    ['en', 'The Nobel Prize in Physics was announced this morning in Stockholm. The academy praised the laureates.'],
    ['de', 'Die Generaldebatte der UN-Vollversammlung begann mit einer Rede über den Klimaschutz. Zahlreiche Staats- und Regierungschefs reisten an.'],
    ['ja', '北朝鮮の核実験に政府は強く抗議した。'],
    // A cue without its series.
    ['en', 'JD Vance spoke in Munich on Friday about free speech.'],
    ['ko', '힌턴 교수는 인공지능의 위험을 경고했다.'],
    ['ru', 'Ли Цян провёл переговоры с премьер-министром Японии.'],
    ['zh', '沙尔庞捷和杜德纳在柏林出席了一场学术会议。'],
    // A cue of another series: Bernanke won the economics prize, not the physics one.
    ['en', 'The Nobel Prize in Physics was announced on Tuesday. Ben Bernanke commented on the choice.'],
    // A cue shared by several occurrences narrows but does not decide: premiers serve ten years, Abe went four times,
    // Francis is named before the 2025 conclave as after the 2013 one.
    ['en', "The annual session of the National People's Congress opened. Premier Li Keqiang delivered the government work report."],
    ['ru', 'Ежегодная сессия ВСНП открылась в Пекине. С докладом о работе правительства выступил премьер Госсовета Ли Цян.'],
    ['ko', '동방경제포럼에서 아베 신조 총리는 러시아와의 평화조약 체결을 거듭 강조했다.'],
    ['pt', 'Os cardeais reúnem-se em conclave para escolher o sucessor do papa Francisco. A Capela Sistina já foi fechada ao público.'],
  ])('%s: %s stays undated', (lang, text) => {
    expect(dateOf(text, lang)).toBeNull();
  });

  it.each([
    // Shared cues count for every occurrence they name, so the tie is kept.
    ['pt', 'Os cardeais reúnem-se em conclave para escolher o sucessor do papa Francisco.', 'papal-conclave', [0, 1, 1]],
    ['ru', 'Ежегодная сессия ВСНП открылась. Выступил премьер Госсовета Ли Цян.', 'npc-annual-session', [...Array(28).fill(0), 1, 1, 1]],
    // A report of the 2023 session names both premiers: the one who read the report and the one elected.
    ['zh', '全国人大会议闭幕。李克强作最后一次政府工作报告，李强当选国务院总理。', 'npc-annual-session', [...Array(18).fill(0), ...Array(10).fill(1), 2, 1, 1]],
    ['ko', '북한 핵실험 이후 정부는 이번이 4차 핵실험이라고 밝혔다.', 'north-korean-nuclear-test', [0, 0, 0, 1, 0, 0]],
  ])('%s: the cue counts of %s', (lang, text, id, counts) => {
    expect(named(text, lang).find((h) => h.id === id)?.cueHits).toEqual(counts);
  });

  it('ru: both Williams sisters name exactly the four Wimbledon finals they played against each other', () => {
    const hit = named('Финал Уимблдона: Серена Уильямс обыграла сестру Винус Уильямс.', 'ru').find((h) => h.id === 'wimbledon-final');
    const both = hit!.occurrences.filter((_, i) => hit!.cueHits![i] === 2).map((o) => dayFromNumber(o.from));
    expect(both).toEqual(['2002-07-06', '2003-07-05', '2008-07-05', '2009-07-04']);
  });
});
