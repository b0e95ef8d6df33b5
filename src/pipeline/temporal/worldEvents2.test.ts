import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import data from '../../resources/gazetteer/newsEvents/world-2.json' with { type: 'json' };

/**
 * International news of gazetteer/newsEvents/world-2.json, read from the real data: an article that names one of
 * them with "yesterday" (in the same sentence) or a weekday is dated just after it.
 */
/** The ids of this file's events. */
const MINE = new Set(data.events.map((e) => e.id));

describe('world-2 events date the article', () => {
  it.each([
    // Kofi Annan died on 2018-08-18.
    ['en', 'The death of Kofi Annan was announced yesterday by his foundation in Geneva. Leaders around the world paid tribute to the former UN secretary-general.', '2018-08-19'],
    // AirAsia Flight 8501 vanished on Sunday 2014-12-28; "Monday" is the 29th.
    ['en', 'Indonesian search teams widened the hunt on Monday for AirAsia Flight 8501, which lost contact with air traffic control over the Java Sea. There were 162 people on board.', '2014-12-29'],
    ['de', 'Die Anschläge von Casablanca haben gestern mindestens 41 Menschen das Leben gekostet. Die marokkanische Regierung sprach von einem Angriff auf das ganze Land.', '2003-05-17'],
    // The 39 bodies were found on Wednesday 2019-10-23; "Donnerstag" is the 24th.
    ['de', 'Nach dem Leichenfund in Essex nahm die britische Polizei am Donnerstag weitere Verdächtige fest. Die Opfer stammen vermutlich aus Vietnam.', '2019-10-24'],
    ['fr', "L'attentat du musée du Bardo a fait hier au moins vingt morts à Tunis. La plupart des victimes sont des touristes étrangers.", '2015-03-19'],
    // The bombs went off on Saturday 2005-07-23; "dimanche" is the 24th.
    ['fr', "Les enquêteurs égyptiens ont interpellé dimanche plusieurs suspects après les attentats de Charm el-Cheikh. Le bilan dépasse les soixante morts.", '2005-07-24'],
    ['es', 'La muerte de Desmond Tutu, anunciada ayer por la Fundación que lleva su nombre, conmocionó a Sudáfrica. El arzobispo tenía 90 años.', '2021-12-27'],
    // The mine exploded on Friday 2010-11-19; "el sábado" is the 20th.
    ['es', 'Los rescatistas no pudieron acceder el sábado a los 29 mineros atrapados tras la explosión en la mina Pike River. La policía neozelandesa teme una segunda explosión.', '2010-11-20'],
    ['it', 'Il crollo della gru alla Mecca ha causato ieri oltre cento morti nella Grande Moschea. Le autorità saudite hanno aperto un’inchiesta.', '2015-09-12'],
    ['pt', 'O resgate da AIG foi anunciado ontem pela Reserva Federal em Washington. O governo americano fica com cerca de 80% da seguradora.', '2008-09-17'],
    ['pl', 'Masakra w szkole w Peszawarze, do której doszło wczoraj, wstrząsnęła całym Pakistanem. Zginęło ponad 140 osób, w większości dzieci.', '2014-12-17'],
    ['ru', 'Ордер на арест Путина Международный уголовный суд выдал вчера в Гааге. В Кремле назвали решение ничтожным.', '2023-03-18'],
    ['uk', 'Смерть Шимона Переса вчора оплакував увесь Ізраїль. Колишньому президентові було 93 роки.', '2016-09-29'],
    ['nl', 'Het vluchtelingendrama bij Parndorf heeft gisteren heel Oostenrijk geschokt. In een koelwagen langs de snelweg werden 71 lichamen gevonden.', '2015-08-28'],
    ['sq', 'Vrasja e ambasadorit rus në Turqi ndodhi dje në një galeri arti në Ankara. Autori ishte një polic turk.', '2016-12-20'],
    ['ja', '国際刑事裁判所は昨日、ネタニヤフ首相に逮捕状を出した。イスラエル政府は強く反発している。', '2024-11-22'],
    ['zh', '南海仲裁案裁决昨天在海牙公布。中国外交部表示不接受、不承认。', '2016-07-13'],
    ['ko', '어제 닐 암스트롱 별세 소식이 전해지자 전 세계가 애도했다. 그는 인류 최초로 달에 발을 디딘 우주비행사였다.', '2012-08-26'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('world-2 names are found', () => {
  it.each([
    ['en', 'Nothing has been the same since the September 11 attacks.', 'september-11-attacks-2001'],
    ['de', 'Seit den Anschlägen vom 11. September hat sich die Welt verändert.', 'september-11-attacks-2001'],
    ['es', 'Tras los atentados del 11-S, Washington lanzó la guerra contra el terrorismo.', 'september-11-attacks-2001'],
    ['fr', "Depuis la prise d'otages d'In Amenas, le site gazier est sous haute protection.", 'in-amenas-hostage-crisis-2013'],
    ['it', 'Il whatever it takes di Draghi salvò l’euro.', 'draghi-whatever-it-takes-2012'],
    ['pl', 'Po zabójstwie Jána Kuciaka na Słowacji wybuchły protesty.', 'jan-kuciak-murder-2018'],
    ['ru', 'Мюнхенская речь Путина стала поворотным моментом.', 'putin-munich-speech-2007'],
    ['nl', 'De grotredding in Thailand hield de wereld in de ban.', 'thai-cave-rescue-2018'],
    ['pt', 'A fraude do Société Générale abalou o sistema bancário francês.', 'kerviel-societe-generale-2008'],
    ['en', 'The Tham Luang cave rescue was later turned into a film.', 'thai-cave-rescue-2018'],
    ['ja', 'アメリカ同時多発テロから20年が過ぎた。', 'september-11-attacks-2001'],
    ['zh', '阿里巴巴赴美上市创下纪录。', 'alibaba-ipo-2014'],
    ['uk', 'Ордер на арешт Путіна видав Міжнародний кримінальний суд.', 'icc-putin-arrest-warrant-2023'],
  ])('%s: %s', (lang, text, id) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    ['en', 'Whatever it takes, the team will play on Sunday in Cairo, where the coach gave a speech.'],
    ['de', 'Der Bürgermeister hielt gestern in Kairo eine Rede über Wasserpolitik; in Regensburg wurde ein Kran aufgestellt.'],
    ['fr', 'Le ministre a visité hier une usine d’engrais au Texas et rencontré des employés de la Société générale.'],
    ['es', 'El presidente visitó ayer Melilla y se reunió con la policía en la frontera.'],
    ['ru', 'Вчера в Женеве прошли переговоры по климату, а в Мекке завершился хадж.'],
  ])('%s: an ordinary sentence names none of them (%#)', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => MINE.has(id))).toEqual([]);
  });
});
