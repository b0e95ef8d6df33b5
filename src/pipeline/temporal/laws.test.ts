import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import { itChecksNewsEventFile } from './newsEventFile.testHelper.ts';
import data from '../../resources/gazetteer/newsEvents/laws-policies.json' with { type: 'json' };

/**
 * Laws, policies and changes that took effect, of gazetteer/newsEvents/laws-policies.json (laws in force and their
 * passing or signing, tax changes, new banknotes, benefits, same-sex marriage, conscription, visa regimes, accessions
 * and trade agreements, lockdowns, digital regulation, speed limits), read from the real data: an undated article
 * that names one of them and says "yesterday" in its language is dated to the day after.
 */
/** The ids of this file's events. */
const MINE = new Set(data.events.map((e) => e.id));

describe('laws-policies events date an undated article', () => {
  it.each([
    ['en', 'The Human Rights Act came into force yesterday, giving British courts new powers to hear rights cases.', '2000-10-03'],
    ['en', 'Biden signed the Inflation Reduction Act yesterday at the White House, surrounded by Democratic lawmakers.', '2022-08-17'],
    ['de', 'Das Heizungsgesetz ist gestern in Kraft getreten. Neue Heizungen müssen künftig mit erneuerbaren Energien laufen.', '2024-01-02'],
    ['de', 'Bundestag verabschiedet Heizungsgesetz: Die Abstimmung fand gestern nach monatelangem Streit in der Koalition statt.', '2023-09-09'],
    ['fr', "Le Congrès réuni à Versailles a voté hier l'inscription de l'IVG dans la Constitution, par 780 voix contre 72.", '2024-03-05'],
    ['fr', 'Le pass vaccinal est entré en vigueur hier dans toute la France, malgré la contestation.', '2022-01-25'],
    ['es', 'La ley mordaza entró en vigor ayer entre las protestas de juristas y periodistas.', '2015-07-02'],
    ['es', 'El fin del horario de verano en México llegó ayer con el último cambio de reloj en la mayor parte del país.', '2022-10-31'],
    ['it', "L'obbligo di green pass sul lavoro è scattato ieri in tutta Italia, tra proteste e controlli.", '2021-10-16'],
    ['it', "L'entrata in vigore del Jobs Act, ieri, ha introdotto il contratto a tutele crescenti.", '2015-03-08'],
    ['pt', 'A promulgação da reforma da Previdência ocorreu ontem numa sessão solene do Congresso.', '2019-11-13'],
    ['pt', 'A LGPD entrou em vigor ontem, depois de meses de incerteza sobre a data.', '2020-09-19'],
    ['pl', 'RODO weszło wczoraj w życie; firmy w całej Polsce zmieniały regulaminy do ostatniej chwili.', '2018-05-26'],
    ['pl', 'Podpisanie traktatu akcesyjnego w Atenach odbyło się wczoraj w cieniu Akropolu.', '2003-04-17'],
    ['sq', 'Kuvendi miratoi reformën në drejtësi dje, pas një seance që zgjati deri në mesnatë.', '2016-07-23'],
    ['sq', 'Kosova aplikoi për anëtarësim në BE dje, gjatë një ceremonie në Pragë.', '2022-12-16'],
    ['ru', 'Путин подписал закон о повышении пенсионного возраста вчера, несмотря на протесты.', '2018-10-04'],
    ['ru', 'Астана вчера переименована в Нур-Султан в честь первого президента.', '2019-03-24'],
    ['uk', 'Закон про мобілізацію набув чинності вчора, і черги до ТЦК помітно зросли.', '2024-05-19'],
    ['uk', 'Вчора відбулося відкриття ринку землі: перші угоди вже зареєстровано.', '2021-07-02'],
    ['ko', '어제 주52시간 근무제 첫 시행에 따라 대기업 직원들의 퇴근 시간이 앞당겨졌다.', '2018-07-02'],
    ['ko', '어제 한미 FTA 발효로 수입 관세가 대폭 인하됐다.', '2012-03-16'],
    ['ja', '昨日、特定秘密保護法が成立した。野党は強く反発している。', '2013-12-07'],
    ['ja', '昨日、新型コロナの5類への移行が行われ、マスク着用は個人の判断となった。', '2023-05-09'],
    ['zh', '昨天，《民法典》正式施行，婚姻家庭编引起广泛关注。', '2021-01-02'],
    ['zh', '昨天，台湾加入世界贸易组织，成为第144个成员。', '2002-01-02'],
    ['nl', 'De eerste avondklok sinds de Tweede Wereldoorlog ging gisteren om negen uur in.', '2021-01-24'],
    ['nl', 'Het rookverbod in de horeca is gisteren ingegaan; veel cafébazen zijn boos.', '2008-07-02'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('laws-policies names are found', () => {
  it.each([
    ['en', 'Since the Online Safety Act received royal assent, Ofcom has published its codes.', 'uk-online-safety-act-royal-assent-2023'],
    ['de', 'Seit der Einführung des Dosenpfands sind weniger Dosen in der Natur zu finden.', 'germany-can-deposit-2003'],
    ['fr', 'Depuis le passage aux 80 km/h, la mortalité routière a baissé.', 'france-80-kmh-speed-limit-2018'],
    ['es', 'Desde la entrada en vigor de la ley mordaza se han impuesto miles de multas.', 'spain-gag-law-in-force-2015'],
    ['pt', 'Desde a sanção da Lei Maria da Penha, as denúncias aumentaram.', 'brazil-maria-da-penha-law-2006'],
    ['ru', 'С тех пор как НДС вырос до 20%, цены в магазинах заметно поднялись.', 'russia-vat-20-percent-2019'],
    ['ja', '消費税5%への引き上げ後、景気は急速に冷え込んだ。', 'japan-consumption-tax-5-percent-1997'],
    ['zh', '《个人信息保护法》正式施行后，多家平台调整了隐私政策。', 'china-personal-information-protection-law-2021'],
  ])('%s: finds %s', (lang, text, id) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    // A tax, a wage or a ban in general is not one of these changes.
    ['en', 'The chancellor said VAT would not rise this year, and the minimum wage will go up in April.'],
    ['de', 'Die Regierung diskutiert über den Mindestlohn und die Mehrwertsteuer.'],
    ['fr', "Le gouvernement envisage un nouveau confinement et un couvre-feu si l'épidémie reprend."],
    ['es', 'El Gobierno estudia una reforma laboral y una subida del salario mínimo.'],
    ['nl', 'Het kabinet overweegt een nieuwe lockdown en een verbod op vuurwerk.'],
  ])('%s: an ordinary sentence names none of them (%#)', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => MINE.has(id))).toEqual([]);
  });
});

describe('laws-policies data', () => {
  itChecksNewsEventFile('laws-policies.json', data.events);

  it('names every event in English, and lies in 1995-2025', () => {
    const problems: string[] = [];
    for (const e of data.events) {
      if (!(e.names as Record<string, string[]>).en?.length) problems.push(`${e.id}: no English name`);
      const first = e.when[0];
      const last = e.when[e.when.length - 1];
      if (first < '1995' || last > '2026') problems.push(`${e.id}: occurs ${first}..${last}`);
    }
    expect(problems).toEqual([]);
  });
});
