import { describe, expect, it } from 'vitest';
import { tagTime } from './index.ts';
import { input, resources } from './undatedText.testHelper.ts';

/**
 * The `eventCues` of every language's temporal.json: words right before a well-known event's name (or right after
 * it, in ko/ja/zh and for Albanian adjectives) that say whether it is still to come or has happened. Each sentence
 * below is one where the clause's tense alone gives the other side or none (a present-tense or verbless headline, a
 * past verb about talk of an event still to come), so only the cue decides.
 */
const sides = (text: string, lang: string) => tagTime(input(text, lang), resources).named.map((h) => ({ id: h.id, tense: h.tense }));

type Row = [lang: string, text: string, id: string, tense: 'future' | 'past'];

const CUED: Row[] = [
  ['en', 'Stocks fell on fears about the next US presidential election.', 'us-presidential-election', 'future'],
  ['en', 'Diplomats were already talking about the forthcoming Paris Olympics.', 'olympics-paris-2024', 'future'],
  ['en', 'Britain in the lead-up to the Brexit referendum.', 'brexit-referendum-2016', 'future'],
  ['en', 'Turnout in the last US presidential election is the subject of a new study.', 'us-presidential-election', 'past'],
  ['en', 'Television ratings of the recent Paris Olympics are a record.', 'olympics-paris-2024', 'past'],
  ['en', 'The previous FIFA World Cup is still the reference, analysts say.', 'fifa-world-cup-series', 'past'],

  ['de', 'Die bevorstehende Bundestagswahl ist das Thema des Tages.', 'german-federal-election', 'future'],
  ['de', 'Umfragen zur nächsten Bundestagswahl: Union vorn.', 'german-federal-election', 'future'],
  ['de', 'Die Parteien stritten über die kommende Bundestagswahl.', 'german-federal-election', 'future'],
  ['de', 'Bei der letzten Bundestagswahl ist die Wahlbeteiligung hoch.', 'german-federal-election', 'past'],
  ['de', 'Seit der letzten Bundestagswahl ist die Koalition instabil.', 'german-federal-election', 'past'],

  ['fr', 'Les prochaines élections législatives allemandes inquiètent Paris.', 'german-federal-election', 'future'],
  ['fr', 'Les partis se sont disputés sur les prochaines élections législatives allemandes.', 'german-federal-election', 'future'],
  ['fr', 'La précédente présidentielle américaine reste dans les mémoires.', 'us-presidential-election', 'past'],
  ['fr', 'La participation aux récentes élections législatives allemandes reste un record.', 'german-federal-election', 'past'],

  ['es', 'Las próximas elecciones presidenciales de Estados Unidos preocupan a Europa.', 'us-presidential-election', 'future'],
  ['es', 'Los partidos discutieron sobre las próximas elecciones alemanas.', 'german-federal-election', 'future'],
  ['es', 'Berlín, con vistas a las elecciones alemanas.', 'german-federal-election', 'future'],
  ['es', 'En las últimas elecciones presidenciales de Estados Unidos la participación es alta.', 'us-presidential-election', 'past'],
  ['es', 'Las pasadas elecciones alemanas siguen dando que hablar.', 'german-federal-election', 'past'],
  ['es', 'Desde las últimas elecciones alemanas, el país está dividido.', 'german-federal-election', 'past'],

  ['it', 'Le prossime elezioni presidenziali americane spaventano i mercati.', 'us-presidential-election', 'future'],
  ['it', 'I partiti hanno litigato sulle prossime elezioni presidenziali americane.', 'us-presidential-election', 'future'],
  ['it', 'Roma in attesa delle elezioni presidenziali americane.', 'us-presidential-election', 'future'],
  ['it', 'Le scorse elezioni presidenziali americane restano un caso.', 'us-presidential-election', 'past'],
  ['it', "Alle ultime elezioni presidenziali americane l'affluenza è alta.", 'us-presidential-election', 'past'],
  ['it', 'Le recenti elezioni presidenziali americane restano un caso.', 'us-presidential-election', 'past'],

  ['pt', 'As próximas eleições presidenciais americanas preocupam Lisboa.', 'us-presidential-election', 'future'],
  ['pt', 'Os partidos discutiram as próximas eleições alemãs.', 'german-federal-election', 'future'],
  ['pt', 'Berlim às vésperas das eleições alemãs.', 'german-federal-election', 'future'],
  ['pt', 'Nas últimas eleições presidenciais americanas, a participação é alta.', 'us-presidential-election', 'past'],
  ['pt', 'As passadas eleições alemãs continuam a dividir.', 'german-federal-election', 'past'],
  ['pt', 'Desde as últimas eleições alemãs, o país está dividido.', 'german-federal-election', 'past'],

  ['nl', 'De aanstaande Amerikaanse presidentsverkiezingen houden Europa bezig.', 'us-presidential-election', 'future'],
  ['nl', 'De partijen ruzieden over de volgende Amerikaanse presidentsverkiezingen.', 'us-presidential-election', 'future'],
  ['nl', 'De opkomst bij de vorige Bondsdagverkiezingen is hoog.', 'german-federal-election', 'past'],
  ['nl', 'De afgelopen Bondsdagverkiezingen: een analyse.', 'german-federal-election', 'past'],

  ['pl', 'Warszawa przed wyborami prezydenckimi w Polsce.', 'polish-presidential-election', 'future'],
  ['pl', 'Warszawa w oczekiwaniu na wybory prezydenckie w Polsce.', 'polish-presidential-election', 'future'],
  ['pl', 'Nadchodzące wybory prezydenckie w Polsce budzą emocje.', 'polish-presidential-election', 'future'],
  ['pl', 'Partie spierały się o przyszłoroczne wybory prezydenckie w Polsce.', 'polish-presidential-election', 'future'],
  ['pl', 'Politycy rozmawiali o najbliższych wyborach prezydenckich w Polsce.', 'polish-presidential-election', 'future'],
  ['pl', 'W ostatnich wyborach prezydenckich w Polsce frekwencja jest wysoka.', 'polish-presidential-election', 'past'],
  ['pl', 'Poprzednie wybory prezydenckie w Polsce wciąż budzą spory.', 'polish-presidential-election', 'past'],
  ['pl', 'Warszawa po zakończeniu igrzysk olimpijskich w Paryżu.', 'olympics-paris-2024', 'past'],

  // Albanian adjectives follow the noun: "zgjedhjet … të vitit të ardhshëm", "Botërori i kaluar".
  ['sq', 'Partitë diskutuan për zgjedhjet presidenciale amerikane të vitit të ardhshëm.', 'us-presidential-election', 'future'],
  ['sq', 'Shqipëria në vigjilje të zgjedhjeve parlamentare në Shqipëri.', 'al-parliamentary-election', 'future'],
  ['sq', 'Shqipëria në pritje të zgjedhjeve parlamentare në Shqipëri.', 'al-parliamentary-election', 'future'],
  ['sq', 'Botërori i kaluar mbetet një kujtim i bukur.', 'fifa-world-cup-series', 'past'],
  ['sq', 'Shqipëria që prej Lojërave Olimpike të Tokios.', 'olympics-tokyo-2020', 'past'],
  ['sq', 'Zgjedhjet presidenciale amerikane të mëparshme mbeten të diskutueshme.', 'us-presidential-election', 'past'],

  ['ru', 'Москва в ожидании президентских выборов в России.', 'russian-presidential-election', 'future'],
  ['ru', 'Партии спорили о грядущих президентских выборах в России.', 'russian-presidential-election', 'future'],
  ['ru', 'Прошедшие президентские выборы в России: итоги.', 'russian-presidential-election', 'past'],
  ['ru', 'На последних президентских выборах в России явка высокая.', 'russian-presidential-election', 'past'],
  ['ru', 'Недавние президентские выборы в США остаются темой дня.', 'us-presidential-election', 'past'],
  ['ru', 'Москва после завершения Олимпиады в Париже.', 'olympics-paris-2024', 'past'],

  ['uk', 'Київ в очікуванні президентських виборів в Україні.', 'ukrainian-presidential-election', 'future'],
  ['uk', 'Партії сперечалися про майбутні президентські вибори в Україні.', 'ukrainian-presidential-election', 'future'],
  ['uk', 'Минулі президентські вибори в Україні: підсумки.', 'ukrainian-presidential-election', 'past'],
  ['uk', 'На останніх президентських виборах в Україні явка висока.', 'ukrainian-presidential-election', 'past'],
  ['uk', 'Попередні президентські вибори в США досі обговорюють.', 'us-presidential-election', 'past'],

  // Korean particles glue to the name ("대선을", "대선에", "도쿄올림픽이"); the cue is the next word.
  ['ko', '미국 대선을 앞둔 워싱턴', 'us-presidential-election', 'future'],
  ['ko', '차기 미국 대선 후보들', 'us-presidential-election', 'future'],
  ['ko', '미국 대선에 앞서 열린 토론회', 'us-presidential-election', 'future'],
  ['ko', '지난 미국 대선의 교훈', 'us-presidential-election', 'past'],
  ['ko', '미국 대선 당시 러시아 개입 의혹', 'us-presidential-election', 'past'],
  ['ko', '도쿄올림픽이 끝난 뒤 선수들', 'olympics-tokyo-2020', 'past'],

  ['ja', '米大統領選を控え、市場は様子見', 'us-presidential-election', 'future'],
  ['ja', '次回の米大統領選の候補者', 'us-presidential-election', 'future'],
  ['ja', '東京五輪を目前にした選手村を訪れた。', 'olympics-tokyo-2020', 'future'],
  ['ja', '前回の米大統領選では投票率が高い', 'us-presidential-election', 'past'],
  ['ja', '東京五輪の後、選手たちは休養', 'olympics-tokyo-2020', 'past'],

  ['zh', '上周，即将举行的美国大选引发了市场波动。', 'us-presidential-election', 'future'],
  ['zh', '下届世界杯在美国', 'fifa-world-cup-series', 'future'],
  ['zh', '下一届世界杯在美国', 'fifa-world-cup-series', 'future'],
  ['zh', '美国大选临近 市场紧张', 'us-presidential-election', 'future'],
  ['zh', '上届世界杯冠军阿根廷', 'fifa-world-cup-series', 'past'],
  ['zh', '东京奥运会结束后的日本', 'olympics-tokyo-2020', 'past'],
  ['zh', '美國大選之後的華盛頓', 'us-presidential-election', 'past'],
];

/** A cue word that does not stand beside the name says nothing: the clause's tense (or none) is kept. */
const UNCUED: Array<[lang: string, text: string, id: string, tense: 'past' | 'unknown']> = [
  ['en', 'The next day, analysts discussed the US presidential election.', 'us-presidential-election', 'past'],
  ['de', 'Am kommenden Montag sprach er über die Bundestagswahl.', 'german-federal-election', 'past'],
  ['fr', 'La semaine prochaine, on a parlé des élections législatives allemandes.', 'german-federal-election', 'past'],
  ['es', 'El próximo lunes se habló de las elecciones alemanas.', 'german-federal-election', 'past'],
  ['it', 'La prossima settimana si è parlato delle elezioni presidenziali americane.', 'us-presidential-election', 'past'],
  ['pt', 'Na próxima semana falou-se das eleições alemãs.', 'german-federal-election', 'past'],
  ['nl', 'Volgende week werd gesproken over de Amerikaanse presidentsverkiezingen.', 'us-presidential-election', 'past'],
  // "przed", "перед", "para" before a building are "in front of", and do not stand beside the name anyway.
  ['pl', 'Przed Pałacem Kultury mówiono o wyborach prezydenckich w Polsce.', 'polish-presidential-election', 'unknown'],
  // Homographs left out of the cue lists: "przyszła" is also "came" (not only "future"), ko "전" before a noun also "all".
  ['pl', 'Potem przyszła pandemia COVID-19 i wszystko się zmieniło.', 'covid-19-pandemic', 'past'],
  ['ko', '방송사가 월드컵 전 경기를 중계했다.', 'fifa-world-cup-series', 'past'],
  ['sq', 'Para ndërtesës së parlamentit u fol për zgjedhjet parlamentare në Shqipëri.', 'al-parliamentary-election', 'unknown'],
  ['ru', 'Перед зданием парламента говорили о президентских выборах в России.', 'russian-presidential-election', 'past'],
  ['uk', 'Перед будівлею парламенту говорили про президентські вибори в Україні.', 'ukrainian-presidential-election', 'past'],
  ['ko', '미국 대선 토론회를 앞두고 긴장 고조', 'us-presidential-election', 'unknown'],
  ['ko', '지난주 미국 대선 여론조사가 발표됐다.', 'us-presidential-election', 'past'],
  ['ja', '次の会見で米大統領選について語った。', 'us-presidential-election', 'past'],
  ['zh', '世界杯期间，上届冠军阿根廷表现出色。', 'fifa-world-cup-series', 'unknown'],
];

describe('event cues: the words beside a named event say which side of it the text is on', () => {
  it('covers every language with at least four cued sentences', () => {
    const count = new Map<string, number>();
    for (const [lang] of CUED) count.set(lang, (count.get(lang) ?? 0) + 1);
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sq', 'ru', 'uk', 'ko', 'ja', 'zh']) expect(count.get(lang) ?? 0, lang).toBeGreaterThanOrEqual(4);
  });

  it.each(CUED)('%s: "%s" names %s as %s', (lang, text, id, tense) => {
    expect(sides(text, lang)).toEqual([{ id, tense }]);
  });

  it.each(UNCUED)('%s: a cue word away from the name does not count: "%s"', (lang, text, id, tense) => {
    expect(sides(text, lang)).toEqual([{ id, tense }]);
  });

  it('"after" the last event in a future clause still says nothing of the document\'s side', () => {
    const [hit] = tagTime(input('Since the last US presidential election, the party will have to rebuild.', 'en'), resources).named;
    expect(hit.tense).toBe('unknown');
    expect(hit.noSide).toBe(true);
  });
});

describe('a cue after a name written without spaces ends where a word ends', () => {
  // Han and kana are one token each: "前" (before) and "后"/"後" (after) also start "前半" (first half), "后来" (later).
  it.each([
    ['ja', '統一地方選挙の前半戦は4月9日に投開票された。', 'jp-unified-local-election', 'past'],
    ['ja', '統一地方選挙の前に党首が演説した。', 'jp-unified-local-election', 'future'],
    ['ja', '東京五輪後、選手は帰国した。', 'olympics-tokyo-2020', 'past'],
    ['zh', '奥运会前夕，北京加强安保。', 'summer-olympics-series', 'future'],
    ['zh', '奥运会后，北京恢复平静。', 'summer-olympics-series', 'past'],
  ] as const)('%s: %s', (lang, text, id, tense) => {
    expect(sides(text, lang)).toEqual([{ id, tense }]);
  });

  it('zh: "后来" (later) after a name is no "after" cue', () => {
    expect(sides('奥运会后来被推迟。', 'zh')).toEqual([{ id: 'summer-olympics-series', tense: 'unknown' }]);
  });
});
