import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import { readNewsEventFiles } from './index.ts';
import { parseOccurrence } from './newsEvents.ts';
import data from '../../resources/gazetteer/newsEvents/nineties.json' with { type: 'json' };

/**
 * The 1990s in the news-event data: the one-off events of gazetteer/newsEvents/nineties.json and the 1990-1999
 * occurrences added to the series (elections, tournaments, finals, prizes, summits), read from the real data. An
 * undated article that names one of them (a series with the cues of its 1990s occurrence) and says "yesterday" in its
 * language is dated to the day after.
 */
/** The ids of this file's events. */
const MINE = new Set(data.events.map((e) => e.id));

describe('1990s events date an undated article', () => {
  it.each([
    ['en', "Nelson Mandela's release yesterday from Victor Verster prison was watched live by millions around the world.", '1990-02-12'],
    ['en', 'The Oklahoma City bombing yesterday destroyed much of the Alfred P. Murrah Federal Building. Rescuers worked through the night.', '1995-04-20'],
    ['de', 'Das ICE-Unglück von Eschede hat gestern mehr als hundert Menschen das Leben gekostet. Der Zug war an einer Brücke entgleist.', '1998-06-04'],
    ['de', 'Die Ermordung Jitzchak Rabins gestern Abend in Tel Aviv hat Israel erschüttert.', '1995-11-05'],
    ['fr', "L'inauguration du tunnel sous la Manche a eu lieu hier en présence de la reine Elizabeth II et de François Mitterrand.", '1994-05-07'],
    ['fr', "Le naufrage de l'Erika, hier au large de la Bretagne, menace les côtes d'une marée noire.", '1999-12-13'],
    ['es', 'El atentado a la AMIA de ayer en Buenos Aires dejó decenas de muertos bajo los escombros.', '1994-07-19'],
    ['es', 'El autogolpe de Fujimori de ayer disolvió el Congreso peruano y suspendió la Constitución.', '1992-04-06'],
    ['it', 'La strage di Capaci di ieri pomeriggio ha ucciso il giudice Giovanni Falcone, la moglie e tre agenti della scorta.', '1992-05-24'],
    ['it', "L'arresto di Totò Riina, ieri mattina a Palermo, chiude una latitanza durata ventitré anni.", '1993-01-16'],
    ['pt', 'A morte de Ayrton Senna ontem em Ímola deixou o Brasil de luto.', '1994-05-02'],
    ['pt', 'A inauguração da Ponte Vasco da Gama ontem em Lisboa juntou milhares de pessoas.', '1998-03-30'],
    ['pl', 'Wstąpienie Polski do NATO zostało wczoraj przypieczętowane w Independence w stanie Missouri.', '1999-03-13'],
    ['pl', 'Katastrofa promu Jan Heweliusz wczoraj u wybrzeży Rugii pochłonęła dziesiątki ofiar.', '1993-01-15'],
    ['sq', 'Tragjedia e Otrantos dje mori jetën e dhjetëra shqiptarëve që kërkonin të arrinin në Itali.', '1997-03-29'],
    ['sq', 'Vdekja e Nënë Terezës dje në Kalkuta tronditi shqiptarët kudo në botë.', '1997-09-06'],
    ['ru', 'Отставка Ельцина вчера стала полной неожиданностью для страны.', '2000-01-01'],
    ['ru', 'Взрыв дома на Каширском шоссе вчера утром унёс жизни более ста москвичей.', '1999-09-14'],
    ['uk', 'Будапештський меморандум вчора підписали лідери України, США, Великої Британії та Росії.', '1994-12-06'],
    ['uk', 'Загибель В’ячеслава Чорновола вчора в автокатастрофі під Борисполем шокувала країну.', '1999-03-26'],
    ['ko', '삼풍백화점 붕괴 사고가 어제 오후 서울 서초동에서 발생했다. 구조 작업이 밤새 이어졌다.', '1995-06-30'],
    ['ko', '성수대교 붕괴 사고로 어제 아침 출근길 시민들이 숨졌다.', '1994-10-22'],
    ['ja', '昨日の地下鉄サリン事件で多くの乗客が病院に運ばれた。', '1995-03-21'],
    ['ja', '阪神・淡路大震災は昨日未明に発生し、神戸市内で火災が広がった。', '1995-01-18'],
    ['zh', '香港回归仪式昨天在香港会展中心举行。', '1997-07-02'],
    ['zh', '澳门回归庆典昨天在澳门举行。', '1999-12-21'],
    ['nl', 'De Bijlmerramp van gisteren heeft tientallen levens geëist.', '1992-10-05'],
    ['nl', 'De Elfstedentocht 1997 werd gisteren gewonnen door Henk Angenent.', '1997-01-05'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('1990s occurrences of series date an undated article by their cues', () => {
  it.each([
    ['en', 'Bill Clinton won the US presidential election yesterday, defeating George H. W. Bush and Ross Perot.', '1992-11-04'],
    ['en', 'Richard Krajicek won the Wimbledon final yesterday against MaliVai Washington.', '1996-07-08'],
    ['de', 'Helmut Kohl hat die Bundestagswahl gestern klar gegen Oskar Lafontaine gewonnen.', '1990-12-03'],
    ['pl', 'Wisława Szymborska otrzymała wczoraj literacką Nagrodę Nobla.', '1996-10-04'],
    ['it', 'Roberto Baggio ha sbagliato ieri il rigore decisivo nella finale dei Mondiali a Pasadena.', '1994-07-18'],
    ['ru', 'Вчера прошли выборы в Государственную думу: Жириновский праздновал успех, «Выбор России» Гайдара разочарован.', '1993-12-13'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('1990s names are found', () => {
  it.each([
    ['en', 'Since the Dayton Agreement, Bosnia has been governed by a complex power-sharing system.', 'dayton-agreement-1995'],
    ['de', 'Nach dem Zerfall der Sowjetunion wurde die Ukraine unabhängig.', 'dissolution-of-the-soviet-union-1991'],
    ['fr', "Depuis les accords d'Oslo, le processus de paix est au point mort.", 'oslo-accords-1993'],
    ['ru', 'После дефолта 1998 года рубль обесценился в несколько раз.', 'russian-default-1998'],
    ['sq', 'Pas rënies së firmave piramidale, vendi ra në kaos.', 'albanian-pyramid-schemes-collapse-1997'],
    ['ko', 'IMF 외환위기 이후 구조조정이 이어졌다.', 'korea-imf-crisis-1997'],
    ['nl', 'Na de val van Srebrenica kwam Dutchbat zwaar onder vuur te liggen.', 'srebrenica-massacre-1995'],
    ['pt', 'Depois do lançamento do Plano Real, a inflação caiu rapidamente.', 'plano-real-launch-1994'],
  ])('%s: finds %s', (lang, text, id) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    ['en', 'The council discussed the new bridge, the harbour and the opening hours of the museum yesterday.'],
    ['de', 'Gestern wurde in Berlin über die Einheit der Partei und die Zukunft der Koalition gestritten.'],
    ['it', 'Ieri a Palermo il giudice ha arrestato due persone per una rapina in banca.'],
    ['sq', 'Dje në Vlorë anija e peshkimit u kthye në port pas stuhisë.'],
    ['ko', '어제 IMF는 스리랑카에 대한 구제금융 신청을 검토한다고 밝혔다.'],
    ['es', 'Ayer el Gobierno presentó el presupuesto y la oposición criticó la devaluación del peso.'],
    ['fr', "Notre dossier. Voici les détails. La reprise des essais nucléaires américains inquiète l'Europe."],
  ])('%s: an ordinary sentence names none of them (%#)', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => MINE.has(id))).toEqual([]);
  });
});

describe('the 1990s data', () => {
  const files = readNewsEventFiles();
  const all = files.flatMap(([, f]) => f.events);

  it('gives every new entry names and a sure, valid date in 1990-1999', () => {
    const problems: string[] = [];
    for (const e of data.events) {
      if (!Object.values(e.names).some((ns) => ns.length)) problems.push(`${e.id}: no names`);
      if (e.sure !== true) problems.push(`${e.id}: not sure`);
      for (const w of e.when) {
        if (!parseOccurrence(w)) problems.push(`${e.id}: bad date ${w}`);
        if (!/^199\d/.test(w)) problems.push(`${e.id}: ${w} is not in the 1990s`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps ids unique across all news-event files', () => {
    const seen = new Map<string, number>();
    for (const e of all) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
    expect(data.events.every((e) => seen.get(e.id) === 1)).toBe(true);
  });

  it('gives series 1990s occurrences in date order, with cues where the series has cues', () => {
    const problems: string[] = [];
    let added = 0;
    for (const e of all.filter((x) => x.when.length > 1 && !MINE.has(x.id))) {
      const sorted = [...e.when].sort();
      if (sorted.join() !== e.when.join()) problems.push(`${e.id}: when not sorted`);
      for (const w of e.when.filter((x) => x.startsWith('199'))) {
        added++;
        if (e.cues && Object.keys(e.cues).some((k) => !k.startsWith('199')) && !e.cues[w]?.length) problems.push(`${e.id}: ${w} has no cues`);
      }
    }
    expect(problems).toEqual([]);
    expect(added).toBeGreaterThan(250);
  });
});
