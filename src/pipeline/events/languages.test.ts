/**
 * One short news sentence per event kind in each supported language: a visit, a meeting, a treaty signing, a troop
 * deployment, a launch, a denial, and a plan in reported speech. Checks type, participants and status.
 */
import { describe, expect, it } from 'vitest';
import type { Article, EventStatus, EventType } from '../../model/timeline.ts';
import { segmentSentences } from '../stages/sentences.ts';
import { extractMentions, loadEventResources } from './index.ts';

const resources = loadEventResources();
/** Thursday 21 November 2024. */
const PUBLISHED = '2024-11-21';
const DATES: Record<string, string> = { wed: '2024-11-20', thu: '2024-11-21', oct: '2024-10', lastYear: '2023', nextWeek: '2024-W48' };

/** A one-sentence article whose only timex is `when` (text as written) with the value of `date`. */
function article(lang: string, text: string, when: string, date: keyof typeof DATES): Article {
  const start = text.indexOf(when);
  if (start < 0) throw new Error(`"${when}" not in "${text}"`);
  const value = DATES[date];
  return {
    id: `t-${lang}`, file: `t-${lang}.txt`, lang, title: text, url: null,
    published: { value: PUBLISHED, precision: 'day', source: 'metadata', window: [PUBLISHED, PUBLISHED], evidence: [] },
    text, sentences: segmentSentences(text, lang),
    timexes: [{ start, end: start + when.length, text: when, value, type: 'DATE', precision: value.length === 10 ? 'day' : value.includes('W') ? 'week' : value.length === 7 ? 'month' : 'year', mod: null }],
  };
}

type Case = [kind: string, text: string, when: string, date: keyof typeof DATES, type: EventType, participants: string[], status: EventStatus];
const P = 'Vladimir Putin', K = 'Kim Jong Un', NK = 'North Korea';

const CASES: Record<string, Case[]> = {
  en: [
    ['visit', 'Russian President Vladimir Putin visited Pyongyang on Wednesday.', 'on Wednesday', 'wed', 'visit', [P], 'occurred'],
    ['meeting', 'Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday.', 'on Wednesday', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', 'Putin and Kim Jong Un signed a strategic partnership treaty on Wednesday.', 'on Wednesday', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', 'North Korea sent thousands of troops to Russia in October.', 'in October', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', 'North Korea launched a ballistic missile into the sea on Thursday.', 'on Thursday', 'thu', 'launch', [NK], 'occurred'],
    ['denial', 'North Korea denied supplying weapons to Russia last year.', 'last year', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', 'Putin will visit Pyongyang next week, the Kremlin said.', 'next week', 'nextWeek', 'visit', [P], 'planned'],
  ],
  de: [
    ['visit', 'Kremlchef Wladimir Putin besuchte am Mittwoch Pjöngjang.', 'am Mittwoch', 'wed', 'visit', [P], 'occurred'],
    ['meeting', 'Kim Jong Un traf Wladimir Putin am Mittwoch in Wladiwostok.', 'am Mittwoch', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', 'Putin und Kim Jong Un unterzeichneten am Mittwoch einen Vertrag über eine strategische Partnerschaft.', 'am Mittwoch', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', 'Nordkorea hat im Oktober Tausende Soldaten nach Russland geschickt.', 'im Oktober', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', 'Nordkorea hat am Donnerstag eine ballistische Rakete abgefeuert.', 'am Donnerstag', 'thu', 'launch', [NK], 'occurred'],
    ['denial', 'Nordkorea bestritt im vergangenen Jahr, Waffen an Russland geliefert zu haben.', 'im vergangenen Jahr', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', 'Putin wird nächste Woche Pjöngjang besuchen, teilte der Kreml mit.', 'nächste Woche', 'nextWeek', 'visit', [P], 'planned'],
  ],
  fr: [
    ['visit', 'Le président russe Vladimir Poutine s’est rendu mercredi à Pyongyang.', 'mercredi', 'wed', 'visit', [P], 'occurred'],
    ['meeting', 'Kim Jong Un a rencontré Vladimir Poutine mercredi à Vladivostok.', 'mercredi', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', 'Poutine et Kim Jong Un ont signé mercredi un traité de partenariat stratégique.', 'mercredi', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', 'La Corée du Nord a envoyé des milliers de soldats en Russie en octobre.', 'en octobre', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', 'La Corée du Nord a tiré jeudi un missile balistique.', 'jeudi', 'thu', 'launch', [NK], 'occurred'],
    ['denial', 'La Corée du Nord a nié l’an dernier avoir livré des armes à la Russie.', 'l’an dernier', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', 'Poutine se rendra la semaine prochaine à Pyongyang, a annoncé le Kremlin.', 'la semaine prochaine', 'nextWeek', 'visit', [P], 'planned'],
  ],
  es: [
    ['visit', 'El presidente ruso, Vladimir Putin, visitó Pyongyang el miércoles.', 'el miércoles', 'wed', 'visit', [P], 'occurred'],
    ['meeting', 'Kim Jong Un se reunió con Vladimir Putin el miércoles en Vladivostok.', 'el miércoles', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', 'Putin y Kim Jong Un firmaron el miércoles un tratado de asociación estratégica.', 'el miércoles', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', 'Corea del Norte envió miles de soldados a Rusia en octubre.', 'en octubre', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', 'Corea del Norte lanzó un misil balístico el jueves.', 'el jueves', 'thu', 'launch', [NK], 'occurred'],
    ['denial', 'Corea del Norte negó el año pasado haber suministrado armas a Rusia.', 'el año pasado', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', 'Putin viajará a Pyongyang la próxima semana, informó el Kremlin.', 'la próxima semana', 'nextWeek', 'visit', [P], 'planned'],
  ],
  ru: [
    ['visit', 'Президент России Владимир Путин в среду посетил Пхеньян.', 'в среду', 'wed', 'visit', [P], 'occurred'],
    ['meeting', 'Ким Чен Ын встретился с Владимиром Путиным в среду во Владивостоке.', 'в среду', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', 'Путин и Ким Чен Ын в среду подписали договор о всеобъемлющем стратегическом партнерстве.', 'в среду', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', 'Северная Корея в октябре направила тысячи солдат в Россию.', 'в октябре', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', 'Северная Корея в четверг запустила баллистическую ракету.', 'в четверг', 'thu', 'launch', [NK], 'occurred'],
    ['denial', 'Северная Корея в прошлом году отрицала поставки оружия России.', 'в прошлом году', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', 'Путин на следующей неделе посетит Пхеньян, сообщили в Кремле.', 'на следующей неделе', 'nextWeek', 'visit', [P], 'planned'],
  ],
  ko: [
    ['visit', '블라디미르 푸틴 러시아 대통령이 수요일 평양을 방문했다.', '수요일', 'wed', 'visit', [P], 'occurred'],
    ['meeting', '김정은 위원장은 수요일 블라디보스토크에서 푸틴 대통령과 회담했다.', '수요일', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', '푸틴 대통령과 김정은 위원장은 수요일 포괄적 전략적 동반자 관계 조약에 서명했다.', '수요일', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', '북한은 10월 러시아에 수천 명의 병력을 파병했다.', '10월', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', '북한은 목요일 탄도미사일을 발사했다.', '목요일', 'thu', 'launch', [NK], 'occurred'],
    ['denial', '북한은 지난해 러시아에 무기를 제공했다는 의혹을 부인했다.', '지난해', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', '푸틴 대통령은 다음 주 평양을 방문할 예정이라고 크렘린궁이 밝혔다.', '다음 주', 'nextWeek', 'visit', [P], 'planned'],
  ],
  pt: [
    ['visit', 'O presidente russo, Vladimir Putin, visitou Pyongyang na quarta-feira.', 'na quarta-feira', 'wed', 'visit', [P], 'occurred'],
    ['meeting', 'Kim Jong Un encontrou-se com Vladimir Putin na quarta-feira em Vladivostok.', 'na quarta-feira', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', 'Putin e Kim Jong Un assinaram na quarta-feira um tratado de parceria estratégica.', 'na quarta-feira', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', 'A Coreia do Norte enviou milhares de soldados para a Rússia em outubro.', 'em outubro', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', 'A Coreia do Norte lançou um míssil balístico na quinta-feira.', 'na quinta-feira', 'thu', 'launch', [NK], 'occurred'],
    ['denial', 'A Coreia do Norte negou no ano passado ter fornecido armas à Rússia.', 'no ano passado', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', 'Putin vai visitar Pyongyang na próxima semana, informou o Kremlin.', 'na próxima semana', 'nextWeek', 'visit', [P], 'planned'],
  ],
  it: [
    ['visit', 'Il presidente russo Vladimir Putin ha visitato Pyongyang mercoledì.', 'mercoledì', 'wed', 'visit', [P], 'occurred'],
    ['meeting', 'Kim Jong Un ha incontrato Vladimir Putin mercoledì a Vladivostok.', 'mercoledì', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', 'Putin e Kim Jong Un hanno firmato mercoledì un trattato di partenariato strategico.', 'mercoledì', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', 'La Corea del Nord ha inviato migliaia di soldati in Russia a ottobre.', 'a ottobre', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', 'La Corea del Nord ha lanciato un missile balistico giovedì.', 'giovedì', 'thu', 'launch', [NK], 'occurred'],
    ['denial', 'La Corea del Nord ha negato l’anno scorso di aver fornito armi alla Russia.', 'l’anno scorso', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', 'Putin visiterà Pyongyang la prossima settimana, ha annunciato il Cremlino.', 'la prossima settimana', 'nextWeek', 'visit', [P], 'planned'],
  ],
  pl: [
    ['visit', 'Prezydent Rosji Władimir Putin odwiedził w środę Pjongjang.', 'w środę', 'wed', 'visit', [P], 'occurred'],
    ['meeting', 'Kim Dzong Un spotkał się w środę z Władimirem Putinem we Władywostoku.', 'w środę', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', 'Putin i Kim Dzong Un podpisali w środę traktat o strategicznym partnerstwie.', 'w środę', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', 'Korea Północna wysłała w październiku tysiące żołnierzy do Rosji.', 'w październiku', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', 'Korea Północna wystrzeliła w czwartek pocisk balistyczny.', 'w czwartek', 'thu', 'launch', [NK], 'occurred'],
    ['denial', 'Korea Północna zaprzeczyła w zeszłym roku, by dostarczała broń Rosji.', 'w zeszłym roku', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', 'Putin złoży w przyszłym tygodniu wizytę w Pjongjangu, poinformował Kreml.', 'w przyszłym tygodniu', 'nextWeek', 'visit', [P], 'planned'],
  ],
  sq: [
    ['visit', 'Presidenti rus Vladimir Putin vizitoi Phenianin të mërkurën.', 'të mërkurën', 'wed', 'visit', [P], 'occurred'],
    ['meeting', 'Kim Jong Un u takua me Vladimir Putinin të mërkurën në Vladivostok.', 'të mërkurën', 'wed', 'meeting', [K, P], 'occurred'],
    ['treaty', 'Putini dhe Kim Jong Un nënshkruan të mërkurën një traktat për partneritet strategjik.', 'të mërkurën', 'wed', 'treaty', [P, K], 'occurred'],
    ['deployment', 'Koreja e Veriut dërgoi mijëra ushtarë në Rusi në tetor.', 'në tetor', 'oct', 'deployment', [NK], 'occurred'],
    ['launch', 'Koreja e Veriut lëshoi të enjten një raketë balistike.', 'të enjten', 'thu', 'launch', [NK], 'occurred'],
    ['denial', 'Koreja e Veriut mohoi vitin e kaluar se i kishte furnizuar Rusisë armë.', 'vitin e kaluar', 'lastYear', 'arms_transfer', [NK], 'denied'],
    ['reported plan', 'Putini do të vizitojë Phenianin javën e ardhshme, njoftoi Kremlini.', 'javën e ardhshme', 'nextWeek', 'visit', [P], 'planned'],
  ],
};

describe.each(Object.entries(CASES))('extractMentions in %s', (lang, cases) => {
  it.each(cases)('%s: %s', (_kind, text, when, date, type, participants, status) => {
    const mentions = extractMentions(article(lang, text, when, date), resources);
    const m = mentions.find((x) => x.type === type);
    expect(m, `no ${type} in ${JSON.stringify(mentions.map((x) => [x.type, x.participants, x.status]))}`).toBeDefined();
    for (const p of participants) expect(m!.participants).toContain(p);
    expect(m!.status).toBe(status);
  });
});

describe('what is not an event', () => {
  it('"X said" without a date or an official title is not a statement event', () => {
    const text = '“We value these relations,” Peskov said.';
    const a = article('en', text, 'We', 'wed');
    a.timexes = [];
    expect(extractMentions(a, resources).filter((m) => m.type === 'statement')).toEqual([]);
  });
  it('an event named after "after" is a back-reference, not a new event', () => {
    const text = 'After the summit, Kim Jong Un returned home on Thursday.';
    expect(extractMentions(article('en', text, 'on Thursday', 'thu'), resources).filter((m) => m.type === 'summit')).toEqual([]);
  });
  it('a treaty named with capitals ("the Lisbon Treaty") is a document, not a signing; a lower-case one is', () => {
    const named = 'On Wednesday David Cameron said his successor would trigger Article 50 of the Lisbon Treaty.';
    expect(extractMentions(article('en', named, 'On Wednesday', 'wed'), resources).filter((m) => m.type === 'treaty')).toEqual([]);
    const signed = 'On Wednesday Russia and China signed a treaty in Moscow.';
    expect(extractMentions(article('en', signed, 'On Wednesday', 'wed'), resources).filter((m) => m.type === 'treaty')).toHaveLength(1);
  });
  it('"first met in 2019" is a 2019 meeting', () => {
    const text = 'Kim Jong Un and Vladimir Putin first met in 2019 in Vladivostok.';
    const a = article('en', text, 'in 2019', 'lastYear');
    a.timexes[0].value = '2019';
    expect(extractMentions(a, resources).find((m) => m.type === 'meeting')?.date.value).toBe('2019');
  });
});
