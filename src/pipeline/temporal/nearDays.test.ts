import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';

/**
 * Weekdays with a part of the day ("on Monday night", "dimanche soir", "w niedzielę wieczorem", "日曜日の夜"), with a
 * date ("lundi 11 septembre", "të hënën, më 11 shtator", "9月11日（月）": one expression), with "this/last/next"
 * ("el pasado viernes", "aanstaande vrijdag", "이번 금요일", "今週金曜日"), and the near relative days and vague spans
 * of news ("the day before yesterday", "depois de amanhã", "in den nächsten Wochen"). A bare weekday takes the clause's
 * tense: the latest on or before the DCT in the past, the next one after it in the future. "The night from Sunday to
 * Monday" ("dans la nuit de dimanche à lundi", "в ночь с воскресенья на понедельник") is the Monday, as "in der Nacht
 * zum Montag" and "в ночь на понедельник" are. [lang, sentence, expected text, value] against DCT 2023-09-13 (a
 * Wednesday).
 */
type Case = [lang: string, text: string, span: string, value: string];

const DCT = '2023-09-13';

const cases: Case[] = [
  // English possessives: the expression determines the noun after it ("Sunday's election"); the span keeps "'s".
  ['en', "Sunday's election was close.", "Sunday's", '2023-09-10'],
  ['en', 'Friday’s attack killed five people.', 'Friday’s', '2023-09-08'],
  ['en', "Last week's summit ended without a deal.", "Last week's", '2023-W36'],
  ['en', "Yesterday's vote surprised the markets.", "Yesterday's", '2023-09-12'],
  ['en', "Last year's floods were worse.", "Last year's", '2022'],
  // "This night": the night of the DCT's date (news written in the morning reports the night just past as today's).
  ['it', 'Alle 3.36 di questa notte una scossa ha colpito il Centro Italia.', 'di questa notte', '2023-09-13'],
  ['it', 'Stanotte nessuno ha dormito in paese.', 'Stanotte', '2023-09-13'],
  ['fr', 'Cette nuit, un incendie a ravagé un entrepôt.', 'Cette nuit', '2023-09-13'],
  ['es', 'Esta madrugada un terremoto sacudió la región.', 'Esta madrugada', '2023-09-13'],
  ['pt', 'Nesta madrugada um incêndio destruiu um armazém.', 'Nesta madrugada', '2023-09-13'],
  ['de', 'Heute Nacht hat ein Beben die Region erschüttert.', 'Heute Nacht', '2023-09-13'],
  ['pl', 'Dziś w nocy trzęsienie ziemi nawiedziło region.', 'Dziś w nocy', '2023-09-13'],
  ['pl', 'Dziś rząd przyjął projekt ustawy.', 'Dziś', '2023-09-13'],
  ['nl', 'Vannacht trof een aardbeving de regio.', 'Vannacht', '2023-09-13'],
  ['ru', 'Этой ночью в регионе произошло землетрясение.', 'Этой ночью', '2023-09-13'],
  ['uk', 'Цієї ночі в регіоні стався землетрус.', 'Цієї ночі', '2023-09-13'],
  ['zh', '今晨，地震袭击了该地区。', '今晨', '2023-09-13'],
  ['en', 'The attack happened on Monday night.', 'on Monday night', '2023-09-11'],
  ['en', 'The Sunday after the vote was calm.', 'Sunday', '2023-09-10'],
  ['en', 'He told the Sunday Telegraph on Monday that he had resigned.', 'on Monday', '2023-09-11'],
  ['en', 'The talks will resume on Monday night.', 'on Monday night', '2023-09-18'],
  ['en', 'Protesters gathered on Wednesday evening.', 'on Wednesday evening', '2023-09-13'],
  ['en', 'The explosion was heard early Tuesday.', 'early Tuesday', '2023-09-12'],
  ['en', 'The minister arrived on Monday, 11 September.', 'on Monday, 11 September', '2023-09-11'],
  ['en', 'The summit opens on Friday, September 15.', 'on Friday, September 15', '2023-09-15'],
  ['en', 'He resigned last Friday.', 'last Friday', '2023-09-08'],
  ['en', 'The summit will take place this Friday.', 'this Friday', '2023-09-15'],
  ['en', 'The strike began the day before yesterday.', 'the day before yesterday', '2023-09-11'],
  ['en', 'Talks will resume the day after tomorrow.', 'the day after tomorrow', '2023-09-15'],
  ['en', 'The minister spoke earlier today.', 'earlier today', '2023-09-13'],
  ['en', 'The minister will speak later today.', 'later today', '2023-09-13'],
  ['en', 'Talks will resume in the next few weeks.', 'in the next few weeks', 'FUTURE_REF'],
  ['en', 'Prices rose in the past few days.', 'in the past few days', 'PAST_REF'],

  ['de', 'In der Nacht zum Montag wurde ein Mann festgenommen.', 'In der Nacht zum Montag', '2023-09-11'],
  ['de', 'In der Nacht auf Montag brannte eine Lagerhalle.', 'In der Nacht auf Montag', '2023-09-11'],
  ['de', 'Die Gespräche werden am Montagabend fortgesetzt.', 'am Montagabend', '2023-09-18'],
  ['de', 'Am frühen Montagmorgen bebte die Erde.', 'Am frühen Montagmorgen', '2023-09-11'],
  ['de', 'Am Montag, den 11. September, traf der Minister ein.', 'Am Montag, den 11. September', '2023-09-11'],
  ['de', 'Der Minister trat am vergangenen Freitag zurück.', 'am vergangenen Freitag', '2023-09-08'],
  ['de', 'Die Gespräche werden übermorgen fortgesetzt.', 'übermorgen', '2023-09-15'],
  ['de', 'Der Streik begann vorgestern.', 'vorgestern', '2023-09-11'],
  ['de', 'Zwei Menschen starben gestern Abend.', 'gestern Abend', '2023-09-12'],
  ['de', 'Die Gespräche werden in den nächsten Wochen fortgesetzt.', 'in den nächsten Wochen', 'FUTURE_REF'],

  ['fr', "L'attaque a eu lieu dans la nuit de dimanche à lundi.", 'dans la nuit de dimanche à lundi', '2023-09-11'],
  ['fr', 'Les pompiers sont intervenus dimanche soir.', 'dimanche soir', '2023-09-10'],
  ['fr', 'Les négociations reprendront lundi matin.', 'lundi matin', '2023-09-18'],
  ['fr', 'Le suspect a été arrêté mardi en fin de journée.', 'mardi en fin de journée', '2023-09-12'],
  ['fr', 'Le ministre est arrivé le lundi 11 septembre.', 'le lundi 11 septembre', '2023-09-11'],
  ['fr', 'Il a démissionné vendredi dernier.', 'vendredi dernier', '2023-09-08'],
  ['fr', 'Le vote aura lieu vendredi prochain.', 'vendredi prochain', '2023-09-15'],
  ['fr', 'La grève a commencé avant-hier.', 'avant-hier', '2023-09-11'],
  ['fr', 'Le ministre a parlé plus tôt dans la journée.', 'plus tôt dans la journée', '2023-09-13'],
  ['fr', 'Les discussions reprendront dans les prochaines semaines.', 'dans les prochaines semaines', 'FUTURE_REF'],

  ['es', 'El ataque se produjo la noche del domingo.', 'la noche del domingo', '2023-09-10'],
  ['es', 'Las negociaciones se reanudarán el lunes por la mañana.', 'el lunes por la mañana', '2023-09-18'],
  ['es', 'La policía llegó la madrugada del martes.', 'la madrugada del martes', '2023-09-12'],
  ['es', 'El ministro llegó el lunes 11 de septiembre.', 'el lunes 11 de septiembre', '2023-09-11'],
  ['es', 'El presidente dimitió el pasado viernes.', 'el pasado viernes', '2023-09-08'],
  ['es', 'La votación será el próximo viernes.', 'el próximo viernes', '2023-09-15'],
  ['es', 'La huelga comenzó anteayer.', 'anteayer', '2023-09-11'],
  ['es', 'Las conversaciones se reanudarán pasado mañana.', 'pasado mañana', '2023-09-15'],
  ['es', 'Las conversaciones se reanudarán en las próximas semanas.', 'en las próximas semanas', 'FUTURE_REF'],
  ['es', 'Los precios han subido en los últimos días.', 'en los últimos días', 'PAST_REF'],

  ['it', "L'attacco è avvenuto nella notte tra sabato e domenica.", 'nella notte tra sabato e domenica', '2023-09-10'],
  ['it', "L'attacco è avvenuto domenica sera.", 'domenica sera', '2023-09-10'],
  ['it', 'I negoziati riprenderanno lunedì mattina.', 'lunedì mattina', '2023-09-18'],
  ['it', 'La polizia è intervenuta nella serata di lunedì.', 'nella serata di lunedì', '2023-09-11'],
  ['it', 'Il ministro è arrivato lunedì 11 settembre.', 'lunedì 11 settembre', '2023-09-11'],
  ['it', 'Il presidente si è dimesso venerdì scorso.', 'venerdì scorso', '2023-09-08'],
  ['it', 'Il voto si terrà questo venerdì.', 'questo venerdì', '2023-09-15'],
  ['it', "Lo sciopero è iniziato l'altro ieri.", "l'altro ieri", '2023-09-11'],
  ['it', 'Due persone sono morte la notte scorsa.', 'la notte scorsa', '2023-09-12'],
  ['it', 'I colloqui riprenderanno nelle prossime settimane.', 'nelle prossime settimane', 'FUTURE_REF'],

  ['pt', 'O ataque ocorreu na noite de domingo.', 'na noite de domingo', '2023-09-10'],
  ['pt', 'As negociações serão retomadas na segunda-feira de manhã.', 'na segunda-feira de manhã', '2023-09-18'],
  ['pt', 'A polícia chegou na madrugada de terça-feira.', 'na madrugada de terça-feira', '2023-09-12'],
  ['pt', 'O ministro chegou nesta segunda-feira, 11 de setembro.', 'nesta segunda-feira, 11 de setembro', '2023-09-11'],
  ['pt', 'O presidente demitiu-se na última sexta-feira.', 'na última sexta-feira', '2023-09-08'],
  ['pt', 'A votação será na próxima sexta-feira.', 'na próxima sexta-feira', '2023-09-15'],
  ['pt', 'A greve começou anteontem.', 'anteontem', '2023-09-11'],
  ['pt', 'As conversações serão retomadas depois de amanhã.', 'depois de amanhã', '2023-09-15'],
  ['pt', 'O ministro falou hoje de manhã.', 'hoje de manhã', '2023-09-13'],
  ['pt', 'As conversações serão retomadas nas próximas semanas.', 'nas próximas semanas', 'FUTURE_REF'],

  ['pl', 'Do ataku doszło w nocy z niedzieli na poniedziałek.', 'w nocy z niedzieli na poniedziałek', '2023-09-11'],
  ['pl', 'Do ataku doszło w niedzielę wieczorem.', 'w niedzielę wieczorem', '2023-09-10'],
  ['pl', 'Do wypadku doszło w poniedziałek po południu.', 'w poniedziałek po południu', '2023-09-11'],
  ['pl', 'Minister przyjechał w poniedziałek, 11 września.', 'w poniedziałek, 11 września', '2023-09-11'],
  ['pl', 'Szczyt rozpocznie się w piątek 15 września.', 'w piątek 15 września', '2023-09-15'],
  ['pl', 'Prezydent podał się do dymisji w zeszły piątek.', 'w zeszły piątek', '2023-09-08'],
  ['pl', 'Głosowanie odbędzie się w najbliższy piątek.', 'w najbliższy piątek', '2023-09-15'],
  ['pl', 'Strajk zaczął się przedwczoraj.', 'przedwczoraj', '2023-09-11'],
  ['pl', 'Dwie osoby zginęły ostatniej nocy.', 'ostatniej nocy', '2023-09-12'],
  ['pl', 'Rozmowy zostaną wznowione w najbliższych tygodniach.', 'w najbliższych tygodniach', 'FUTURE_REF'],

  ['ru', 'Нападение произошло в ночь на понедельник.', 'в ночь на понедельник', '2023-09-11'],
  ['ru', 'Нападение произошло в ночь с воскресенья на понедельник.', 'в ночь с воскресенья на понедельник', '2023-09-11'],
  ['ru', 'Нападение произошло в воскресенье вечером.', 'в воскресенье вечером', '2023-09-10'],
  ['ru', 'Министр прибыл в понедельник, 11 сентября.', 'в понедельник, 11 сентября', '2023-09-11'],
  ['ru', 'Президент ушёл в отставку в прошлую пятницу.', 'в прошлую пятницу', '2023-09-08'],
  ['ru', 'Голосование пройдёт в ближайшую пятницу.', 'в ближайшую пятницу', '2023-09-15'],
  ['ru', 'Голосование пройдёт в эту пятницу.', 'в эту пятницу', '2023-09-15'],
  ['ru', 'Забастовка началась позавчера.', 'позавчера', '2023-09-11'],
  ['ru', 'Два человека погибли прошлой ночью.', 'прошлой ночью', '2023-09-12'],
  ['ru', 'Переговоры возобновятся в ближайшие недели.', 'в ближайшие недели', 'FUTURE_REF'],

  ['uk', 'Напад стався в ніч з неділі на понеділок.', 'в ніч з неділі на понеділок', '2023-09-11'],
  ['uk', 'Вибух пролунав у ніч на вівторок.', 'у ніч на вівторок', '2023-09-12'],
  ['uk', 'Напад стався в неділю ввечері.', 'в неділю ввечері', '2023-09-10'],
  ['uk', 'Міністр прибув у понеділок, 11 вересня.', 'у понеділок, 11 вересня', '2023-09-11'],
  ['uk', 'Президент пішов у відставку минулої п\'ятниці.', 'минулої п\'ятниці', '2023-09-08'],
  ['uk', 'Голосування відбудеться в найближчу п\'ятницю.', 'в найближчу п\'ятницю', '2023-09-15'],
  ['uk', 'Страйк почався позавчора.', 'позавчора', '2023-09-11'],
  ['uk', 'Учора ввечері пролунали вибухи.', 'Учора ввечері', '2023-09-12'],
  ['uk', 'Переговори відновляться найближчими тижнями.', 'найближчими тижнями', 'FUTURE_REF'],
  ['uk', 'Ціни зросли останніми днями.', 'останніми днями', 'PAST_REF'],

  ['sq', 'Sulmi ndodhi të hënën në mbrëmje.', 'të hënën në mbrëmje', '2023-09-11'],
  ['sq', 'Negociatat do të rifillojnë të hënën në mëngjes.', 'të hënën në mëngjes', '2023-09-18'],
  ['sq', 'Sulmi ndodhi natën e së dielës.', 'natën e së dielës', '2023-09-10'],
  ['sq', 'Ministri mbërriti të hënën, më 11 shtator.', 'të hënën, më 11 shtator', '2023-09-11'],
  ['sq', 'Samiti do të hapet të premten, më 15 shtator.', 'të premten, më 15 shtator', '2023-09-15'],
  ['sq', 'Presidenti dha dorëheqjen të premten e kaluar.', 'të premten e kaluar', '2023-09-08'],
  ['sq', 'Votimi do të mbahet këtë të premte.', 'këtë të premte', '2023-09-15'],
  ['sq', 'Greva filloi pardje.', 'pardje', '2023-09-11'],
  ['sq', 'Ministri foli këtë mëngjes.', 'këtë mëngjes', '2023-09-13'],
  ['sq', 'Bisedimet do të rifillojnë javët e ardhshme.', 'javët e ardhshme', 'FUTURE_REF'],

  ['nl', 'De aanslag vond zondagavond plaats.', 'zondagavond', '2023-09-10'],
  ['nl', 'De aanslag vond plaats in de nacht van zondag op maandag.', 'in de nacht van zondag op maandag', '2023-09-11'],
  ['nl', 'De minister arriveerde op maandag 11 september.', 'op maandag 11 september', '2023-09-11'],
  ['nl', 'De president trad afgelopen vrijdag af.', 'afgelopen vrijdag', '2023-09-08'],
  ['nl', 'De stemming is aanstaande vrijdag.', 'aanstaande vrijdag', '2023-09-15'],
  ['nl', 'De stemming is komende vrijdag.', 'komende vrijdag', '2023-09-15'],
  ['nl', 'De staking begon eergisteren.', 'eergisteren', '2023-09-11'],
  ['nl', 'De gesprekken worden overmorgen hervat.', 'overmorgen', '2023-09-15'],
  ['nl', 'Twee mensen kwamen gisteravond om het leven.', 'gisteravond', '2023-09-12'],
  ['nl', 'De gesprekken worden de komende weken hervat.', 'de komende weken', 'FUTURE_REF'],

  ['ko', '지난 일요일 밤 공격이 발생했다.', '지난 일요일 밤', '2023-09-10'],
  ['ko', '협상은 월요일 오전 재개될 예정이다.', '월요일 오전', '2023-09-18'],
  ['ko', '장관은 9월 11일(월) 도착했다.', '9월 11일(월)', '2023-09-11'],
  ['ko', '장관은 9월 11일 월요일 도착했다.', '9월 11일 월요일', '2023-09-11'],
  ['ko', '대통령은 지난 금요일 사임했다.', '지난 금요일', '2023-09-08'],
  ['ko', '투표는 이번 금요일 실시된다.', '이번 금요일', '2023-09-15'],
  ['ko', '파업은 그저께 시작됐다.', '그저께', '2023-09-11'],
  ['ko', '회담은 모레 재개된다.', '모레', '2023-09-15'],
  ['ko', '팀은 오늘 밤 경기한다.', '오늘 밤', '2023-09-13'],
  ['ko', '회담은 며칠 안에 재개될 예정이다.', '며칠 안에', 'FUTURE_REF'],

  ['ja', '日曜日の夜、攻撃が発生した。', '日曜日の夜', '2023-09-10'],
  ['ja', '交渉は月曜日の午前に再開される予定だ。', '月曜日の午前', '2023-09-18'],
  ['ja', '大臣は9月11日（月）に到着した。', '9月11日（月）', '2023-09-11'],
  ['ja', '大臣は9月11日(月)に到着した。', '9月11日(月)', '2023-09-11'],
  ['ja', '大統領は先週の金曜日に辞任した。', '先週の金曜日', '2023-09-08'],
  ['ja', '投票は今週金曜日に行われる。', '今週金曜日', '2023-09-15'],
  ['ja', 'ストライキは一昨日始まった。', '一昨日', '2023-09-11'],
  ['ja', '協議は明後日再開される。', '明後日', '2023-09-15'],
  ['ja', '大臣は今朝発言した。', '今朝', '2023-09-13'],
  ['ja', '価格はここ数日で上昇した。', 'ここ数日', 'PAST_REF'],

  ['zh', '周日晚上发生了袭击。', '周日晚上', '2023-09-10'],
  ['zh', '谈判将于周一上午恢复。', '于周一上午', '2023-09-18'],
  ['zh', '部长于9月11日（星期一）抵达。', '于9月11日（星期一）', '2023-09-11'],
  ['zh', '部长于9月11日星期一抵达。', '于9月11日星期一', '2023-09-11'],
  ['zh', '总统上周五辞职。', '上周五', '2023-09-08'],
  ['zh', '投票将于本周五举行。', '于本周五', '2023-09-15'],
  ['zh', '投票将于下周五举行。', '于下周五', '2023-09-22'],
  ['zh', '罢工前天开始。', '前天', '2023-09-11'],
  ['zh', '会谈将于后天恢复。', '于后天', '2023-09-15'],
  ['zh', '球队今晚比赛。', '今晚', '2023-09-13'],
  ['zh', '会谈将在未来几天恢复。', '在未来几天', 'FUTURE_REF'],
];

/** Words that look like a weekday (or a part of one) but name something else. [lang, sentence, word] */
const negatives: Array<[lang: string, text: string, word: string]> = [
  ['en', "Friday's Child is a film.", 'Friday'],
  ['en', "Today's Zaman was closed by the government.", 'Today'],
  ['en', 'The Happy Mondays played in Manchester.', 'Mondays'],
  // A determiner, the weekday and another capitalised word: a newspaper or a club, not a day.
  ['en', 'The Sunday Times reported that the minister resigned.', 'Sunday'],
  ['en', 'He told the Sunday Telegraph that he would stay.', 'Sunday'],
  ['de', 'Die Sonntagszeitung berichtete ausführlich.', 'Sonntagszeitung'],
  ['de', 'Der Sonntagsbraten war köstlich.', 'Sonntagsbraten'],
  ['fr', 'Il a écrit un livre sur les lundis au soleil.', 'lundis'],
  ['fr', 'Il travaille chez Les Mardis de la Science.', 'Mardis'],
  ['es', 'La Segunda Guerra Mundial terminó en 1945.', 'Segunda'],
  ['es', 'El presidente visitó la Segunda Avenida.', 'Segunda'],
  ['it', 'I sabati fascisti erano obbligatori.', 'sabati'],
  ['it', 'Le domeniche ecologiche tornano in città.', 'domeniche'],
  ['pt', 'A Segunda Guerra Mundial terminou em 1945.', 'Segunda'],
  ['pt', 'O jogador Domingos marcou dois golos.', 'Domingos'],
  ['pl', 'Robinson Crusoe spotkał Piątka na wyspie.', 'Piątka'],
  ['pl', 'Festiwal odbył się w Sobótce.', 'Sobótce'],
  ['ru', 'Участники субботника убрали парк.', 'субботника'],
  ['ru', 'Он живёт в Воскресенске.', 'Воскресенске'],
  ['uk', 'Учасники суботника прибрали парк.', 'суботника'],
  ['uk', 'Він живе в Неділиному провулку.', 'Неділиному'],
  ['sq', 'Gazeta e së Dielës botoi intervistën.', 'Dielës'],
  ['sq', 'Ai punon në rrugën e Mërkurit.', 'Mërkurit'],
  ['nl', 'De zondagskrant bracht het nieuws.', 'zondagskrant'],
  ['nl', 'De zaterdagmarkt trekt veel bezoekers.', 'zaterdagmarkt'],
  ['ko', '이 식당은 월요일마다 쉰다.', '월요일마다'],
  ['ko', '그는 월세를 냈다.', '월세'],
  ['ja', '日本の首相は声明を発表した。', '日本'],
  ['ja', '月火水木金の授業に出た。', '月火水木金'],
  ['zh', '日本首相发表了声明。', '日本'],
  ['zh', '周刊记者报道了这起事件。', '周刊'],
];

const timexes = (lang: string, text: string) => timexesOf(lang, text, DCT);

function tagged(lang: string, text: string) {
  return timexes(lang, text).map((t) => ({ span: text.slice(t.start, t.end), value: t.value }));
}

describe.each([...new Set(cases.map((c) => c[0]))])('%s: weekdays with a part of the day or a date, near relative days', (lang) => {
  it.each(cases.filter((c) => c[0] === lang).map(([, text, span, value]) => ({ text, span, value })))(
    "'$text' is $value",
    ({ text, span, value }) => {
      expect(tagged(lang, text)).toEqual([{ span, value }]);
    },
  );
  it.each(negatives.filter((c) => c[0] === lang).map(([, text, word]) => ({ text, word })))(
    "'$word' in '$text' is no date",
    ({ text, word }) => {
      const at = text.indexOf(word);
      expect(timexes(lang, text).filter((t) => t.start < at + word.length && t.end > at)).toEqual([]);
    },
  );
});
