import { describe, expect, it } from 'vitest';
import { dateOf, input, namedIds, resources } from './undatedText.testHelper.ts';
import { tagTime } from './index.ts';

/**
 * The recurring gatherings of gazetteer/newsEvents/gatherings.json (APEC, SCO, the UN general debate, SPIEF, the
 * Eastern Economic Forum, China's NPC session, the State of the Union, Golden Globes, Grammys), read from the real
 * data: named without their year, a host city or winner picks the occurrence and a weekday the day.
 */

describe('gatherings named without their year', () => {
  it.each([
    ['en', 'Pacific Rim leaders wrapped up the APEC summit in Da Nang on Saturday with a joint statement on free trade. Several delegations left the Vietnamese resort city before the closing photo.', '2017-11-11'],
    ['de', 'Beim SCO-Gipfel in Samarkand haben sich Xi Jinping und Wladimir Putin am Donnerstag zu einem Gespräch getroffen. Beide lobten die Zusammenarbeit ihrer Länder.', '2022-09-15'],
    ['fr', "Le sommet de l'Apec s'est achevé dimanche à Port Moresby sans déclaration commune. Les divergences commerciales entre Washington et Pékin ont dominé les débats.", '2018-11-18'],
    ['es', '«Bohemian Rhapsody» fue la gran sorpresa de la gala de los Globos de Oro, celebrada el domingo en Beverly Hills. Rami Malek se llevó el premio al mejor actor dramático.', '2019-01-06'],
    ['it', 'Il vertice della Sco a Tianjin si è chiuso lunedì con una dichiarazione finale firmata da tutti i leader. Il presidente cinese ha promesso nuovi prestiti ai Paesi membri.', '2025-09-01'],
    ['pt', 'Billie Eilish foi a grande vencedora da cerimônia do Grammy neste domingo, em Los Angeles. A cantora levou os quatro principais prêmios da noite.', '2020-01-26'],
    // Lima hosted three times (2008, 2016, 2024): the host president names the one.
    ['pl', 'W sobotę w Limie zakończył się szczyt APEC. Prezydent Peru Dina Boluarte podziękowała przywódcom za udział w obradach.', '2024-11-16'],
    ['sq', 'Samiti i SCO në Qingdao përfundoi të dielën me një deklaratë të përbashkët. Udhëheqësit premtuan bashkëpunim më të ngushtë ekonomik.', '2018-06-10'],
    ['ru', 'Саммит АТЭС во Владивостоке завершился в воскресенье принятием итоговой декларации. Лидеры обсудили торговлю и продовольственную безопасность.', '2012-09-09'],
    ['uk', "Саміт ШОС у Самарканді завершився у п'ятницю підписанням спільної декларації. Лідери країн обговорили безпеку в регіоні.", '2022-09-16'],
    ['nl', 'De APEC-top in San Francisco is donderdag begonnen. Leiders uit de regio praten twee dagen over handel en klimaat.', '2023-11-16'],
    ['ko', '문재인 대통령은 목요일 블라디보스토크에서 열린 동방경제포럼 전체회의에서 연설했다. 문 대통령은 극동 개발 협력을 제안했다.', '2017-09-07'],
    ['ja', '横浜で開かれたAPEC首脳会議は日曜日、首脳宣言を採択して閉幕した。議長を務めた首相は成果を強調した。', '2010-11-14'],
    ['zh', '上合组织峰会星期日在天津开幕。多国领导人出席了欢迎宴会。', '2025-08-31'],
    ['en', 'President Clinton delivered his final State of the Union address on Thursday night, proposing new spending on education. Republicans gave a cool reception.', '2000-01-27'],
    // Biden spoke four times; of those, only 2024's was on a Thursday.
    ['en', 'President Biden used his State of the Union address on Thursday to attack his predecessor. He spoke for more than an hour.', '2024-03-07'],
    ['ru', 'Пленарное заседание Восточного экономического форума во Владивостоке прошло в четверг. Премьер Индии Нарендра Моди выступил с речью.', '2019-09-05'],
  ])('%s: the gathering, a cue and a weekday give the day (%#)', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });

  it.each([
    ['apec-leaders-meeting', 'en', 'The APEC summit ended.'],
    ['apec-leaders-meeting', 'de', 'Der Apec-Gipfel ist zu Ende.'],
    ['apec-leaders-meeting', 'fr', "Le sommet de l'Apec est terminé."],
    ['apec-leaders-meeting', 'es', 'Terminó la cumbre del APEC.'],
    ['apec-leaders-meeting', 'it', "Si è chiuso il vertice dell'Apec."],
    ['apec-leaders-meeting', 'pt', 'Terminou a cúpula da Apec.'],
    ['apec-leaders-meeting', 'pl', 'Na szczycie APEC rozmawiano o handlu.'],
    ['apec-leaders-meeting', 'sq', 'Përfundoi samiti i APEC-ut.'],
    ['apec-leaders-meeting', 'ru', 'На саммите АТЭС говорили о торговле.'],
    ['apec-leaders-meeting', 'uk', 'На саміті АТЕС говорили про торгівлю.'],
    ['apec-leaders-meeting', 'nl', 'De APEC-top is afgelopen.'],
    ['apec-leaders-meeting', 'ko', 'APEC 정상회의가 끝났다.'],
    ['apec-leaders-meeting', 'ja', 'APEC首脳会議が閉幕した。'],
    ['apec-leaders-meeting', 'zh', '亚太经合组织领导人非正式会议闭幕。'],
    ['sco-summit', 'en', 'The summit of the Shanghai Cooperation Organisation ended.'],
    ['sco-summit', 'fr', "Le sommet de l'OCS est terminé."],
    ['sco-summit', 'pl', 'Na szczycie Szanghajskiej Organizacji Współpracy rozmawiano o handlu.'],
    ['sco-summit', 'ru', 'На саммите ШОС говорили о безопасности.'],
    ['sco-summit', 'ko', '상하이협력기구 정상회의가 끝났다.'],
    ['sco-summit', 'ja', '上海協力機構首脳会議が閉幕した。'],
    ['un-general-assembly-general-debate', 'en', "The UN General Assembly's general debate opened."],
    ['un-general-assembly-general-debate', 'de', 'Die Generaldebatte der UN-Vollversammlung begann.'],
    ['un-general-assembly-general-debate', 'pt', 'O presidente discursou no debate geral da Assembleia Geral da ONU.'],
    ['un-general-assembly-general-debate', 'ru', 'Началась общеполитическая дискуссия Генассамблеи ООН.'],
    ['un-general-assembly-general-debate', 'ja', '国連総会の一般討論が始まった。'],
    ['un-general-assembly-general-debate', 'zh', '联合国大会一般性辩论开幕。'],
    ['st-petersburg-international-economic-forum', 'en', 'The St Petersburg International Economic Forum opened.'],
    ['st-petersburg-international-economic-forum', 'de', 'Das Petersburger Wirtschaftsforum begann.'],
    ['st-petersburg-international-economic-forum', 'ru', 'На Петербургском международном экономическом форуме подписали соглашения.'],
    ['st-petersburg-international-economic-forum', 'pl', 'Na Międzynarodowym Forum Ekonomicznym w Petersburgu podpisano umowy.'],
    ['eastern-economic-forum', 'en', 'The Eastern Economic Forum opened.'],
    ['eastern-economic-forum', 'uk', 'На Східному економічному форумі підписали угоди.'],
    ['eastern-economic-forum', 'ja', '東方経済フォーラムが開幕した。'],
    ['npc-annual-session', 'en', 'The annual session of the National People\'s Congress opened.'],
    ['npc-annual-session', 'ru', 'Открылась ежегодная сессия ВСНП.'],
    ['npc-annual-session', 'zh', '全国两会开幕。'],
    ['us-state-of-the-union-address', 'ja', '大統領が一般教書演説を行った。'],
    ['us-state-of-the-union-address', 'zh', '总统发表国情咨文演讲。'],
    ['golden-globe-awards-ceremony', 'de', 'Die Golden-Globe-Verleihung fand statt.'],
    ['golden-globe-awards-ceremony', 'ru', 'Прошла церемония вручения премии «Золотой глобус».'],
    ['grammy-awards-ceremony', 'ko', '그래미 시상식이 열렸다.'],
    ['grammy-awards-ceremony', 'nl', 'De Grammy-uitreiking vond plaats.'],
  ])('%s is found by name in %s', (id, lang, text) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  const OURS = ['apec-leaders-meeting', 'sco-summit', 'un-general-assembly-general-debate', 'st-petersburg-international-economic-forum',
    'eastern-economic-forum', 'npc-annual-session', 'us-state-of-the-union-address', 'golden-globe-awards-ceremony', 'grammy-awards-ceremony'];

  it.each([
    ['en', 'A forum on Tuesday discussed trade. The session ended late. The summit in Lima was calm.'],
    ['en', 'The general debate in parliament ended on Monday. The assembly voted. Awards were handed out.'],
    ['en', 'The Golden Globe-winning actress opened a bakery on Monday.'],
    ['de', 'Die Sitzung endete am Dienstag. Ein Forum über Handel fand statt. Die Verleihung der Preise war am Sonntag.'],
    ['fr', "La session s'est terminée mardi. Le forum de la ville a réuni des élus. Le sommet a eu lieu à Lima."],
    ['ru', 'Сессия завершилась во вторник. Форум прошёл в Петербурге. Саммит открылся в Лиме.'],
    ['pl', 'Sesja zakończyła się we wtorek. Forum odbyło się w Krakowie. Gala trwała do północy.'],
    ['zh', '地方两会闭幕。论坛在上海举行。'],
    ['ja', '両会社の会長が会談した。'],
  ])('%s: ordinary words do not name a gathering (%#)', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => OURS.includes(id))).toEqual([]);
  });

  it.each([
    ['en', 'The APEC summit opened on Friday. Leaders discussed trade.', 'apec-leaders-meeting'],
    ['ru', 'В пятницу открылся саммит ШОС. Лидеры обсудили безопасность.', 'sco-summit'],
    ['de', 'Am Dienstag begann die Jahrestagung des Nationalen Volkskongresses.', 'npc-annual-session'],
  ])('%s: a gathering named without any cue keeps all its occurrences, and no single date is guessed', (lang, text, id) => {
    const hit = tagTime(input(text, lang), resources).named.find((h) => h.id === id);
    expect(hit).toBeDefined();
    expect(hit!.occurrences.length).toBe(resources.newsEvents.events.get(id)!.occurrences.length);
    expect(hit!.occurrences.length).toBeGreaterThan(20);
    expect(hit!.cueHits?.every((n) => n === 0) ?? true).toBe(true);
    expect(dateOf(text, lang)).toBeNull();
  });
});
