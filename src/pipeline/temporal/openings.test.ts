import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import { itChecksNewsEventFile } from './newsEventFile.testHelper.ts';
import data from '../../resources/gazetteer/newsEvents/openings-firsts.json' with { type: 'json' };

/**
 * Openings, launches and firsts of gazetteer/newsEvents/openings-firsts.json (lines, airports, bridges, museums and
 * stadiums opened; products launched, IPOs, takeovers and collapses; space launches and landings; titles and
 * records, and the Formula One world title as a series with the champion as cues), read from the real data: an
 * undated article that names one of them and says "yesterday" in its language is dated to the day after.
 */
/** The ids of this file's events. */
const MINE = new Set(data.events.map((e) => e.id));

describe('openings events date an undated article', () => {
  it.each([
    ['en', 'The Thomas Cook collapse yesterday left 150,000 British holidaymakers stranded abroad.', '2019-09-24'],
    ['en', 'Denver International Airport opened yesterday after sixteen months of delays and a runaway budget.', '1995-03-01'],
    ['de', 'Die Insolvenz von Air Berlin wurde gestern beim Amtsgericht Charlottenburg beantragt.', '2017-08-16'],
    ['de', 'Der Börsengang der Telekom war gestern ein voller Erfolg für Millionen Kleinanleger.', '1996-11-19'],
    ['fr', 'La mise en service du Léman Express, hier, a changé la vie des frontaliers genevois.', '2019-12-16'],
    ['fr', "La fin du Minitel, hier soir, a ému de nombreux Français.", '2012-07-01'],
    ['es', 'La salida a bolsa de Bankia fue ayer y las acciones cerraron por debajo del precio de colocación.', '2011-07-21'],
    ['es', 'La inauguración del Guggenheim de Bilbao, ayer, reunió al Rey y a cientos de invitados.', '1997-10-19'],
    ['it', 'Lo scudetto della Roma è arrivato ieri con la vittoria sul Parma allo stadio Olimpico.', '2001-06-18'],
    ['it', 'La riapertura della Torre di Pisa ieri ha richiamato turisti da tutto il mondo.', '2001-12-16'],
    ['pt', 'A fusão do Itaú com o Unibanco foi anunciada ontem em São Paulo.', '2008-11-04'],
    ['pt', 'O pedido de recuperação judicial da Oi foi apresentado ontem no Rio de Janeiro.', '2016-06-21'],
    ['pl', 'Debiut PZU na giełdzie odbył się wczoraj przy ogromnym zainteresowaniu inwestorów.', '2010-05-13'],
    ['pl', 'Start systemu BLIK nastąpił wczoraj w kilku dużych bankach.', '2015-02-10'],
    ['sq', 'Ndeshja Kosovë-Haiti u luajt dje në Mitrovicë para mijëra tifozëve.', '2014-03-06'],
    ['sq', 'Goli i Nedim Bajramit ndaj Italisë dje hyri në historinë e futbollit.', '2024-06-16'],
    ['ru', 'Открытие исторической сцены Большого театра вчера транслировали по всему миру.', '2011-10-29'],
    ['ru', 'Признание ЮКОСа банкротом вчера подвело черту под историей компании.', '2006-08-02'],
    ['uk', 'Націоналізація ПриватБанку вчора стала найбільшою операцією в історії банківської системи.', '2016-12-19'],
    ['uk', 'Синхронізація енергосистеми України з ENTSO-E відбулася вчора в аварійному режимі.', '2022-03-17'],
    ['ko', '어제 한진해운 법정관리 신청으로 세계 곳곳에서 화물선이 발이 묶였다.', '2016-09-01'],
    ['ko', '어제 호남고속철도 개통으로 서울과 광주가 1시간대로 가까워졌다.', '2015-04-03'],
    ['ja', '昨日の明石海峡大橋開通で、神戸と淡路島が陸路で結ばれた。', '1998-04-06'],
    ['ja', '昨日、東芝上場廃止となり、74年の上場の歴史に幕を下ろした。', '2023-12-21'],
    ['zh', '昨天杭州湾跨海大桥通车，上海到宁波的路程缩短了一百多公里。', '2008-05-02'],
    ['zh', '昨天，吉利收购沃尔沃正式签约，交易金额为18亿美元。', '2010-03-29'],
    ['nl', 'De opening van de Erasmusbrug gisteren trok tienduizenden Rotterdammers naar de Maas.', '1996-09-07'],
    ['nl', 'De fusie van KLM en Air France werd gisteren in Parijs bekendgemaakt.', '2003-10-01'],
    ['en', 'Jenson Button clinched the Formula One world title yesterday with fifth place in Brazil.', '2009-10-19'],
    ['de', 'Nico Rosberg hat sich gestern in Abu Dhabi den Formel-1-Weltmeistertitel gesichert.', '2016-11-28'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('openings names are found', () => {
  it.each([
    ['en', 'Since the Carillion collapse, ministers have reviewed every outsourcing contract.', 'carillion-collapse-2018'],
    ['de', 'Seit der Eröffnung der Öresundbrücke pendeln Tausende zwischen Malmö und Kopenhagen.', 'oresund-bridge-opening-2000'],
    ['fr', 'Depuis le lancement de la sonde Rosetta, dix ans se sont écoulés.', 'rosetta-launch-2004'],
    ['es', 'Tras la resolución del Banco Popular, miles de accionistas lo perdieron todo.', 'banco-popular-resolution-2017'],
    ['pl', 'Po otwarciu Gazociągu Północnego Polska straciła część opłat tranzytowych.', 'nord-stream-1-inauguration-2011'],
    ['ru', 'После запуска «Турецкого потока» транзит через Украину сократился.', 'turkstream-inauguration-2020'],
    ['ja', 'アクアライン開通後、木更津の人口は増えた。', 'tokyo-bay-aqua-line-opening-1997'],
    ['zh', '人民币加入SDR之后，其国际地位有所提高。', 'yuan-sdr-inclusion-decision-2015'],
  ])('%s: finds %s', (lang, text, id) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    // The companies named together, an ordinary collapse or an ordinary opening are not these events.
    ['en', 'Microsoft-owned LinkedIn said on Tuesday it would cut jobs.'],
    ['en', 'The monarchy collapsed after the revolution.'],
    ['en', 'Amazon-owned Whole Foods raised its prices again.'],
    ['de', 'Die Eröffnung des neuen Supermarkts ist für Montag geplant.'],
    ['fr', "L'introduction en Bourse a été reportée à l'automne."],
    ['it', 'Lo scudetto è stato deciso all’ultima giornata.'],
  ])('%s: an ordinary sentence names none of them (%#)', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => MINE.has(id))).toEqual([]);
  });

  it.each([
    ['en', 'Lewis Hamilton won the Formula One world title yesterday.'],
    ['de', 'Sebastian Vettel hat sich gestern in Indien zum vierten Mal den Formel-1-Weltmeistertitel gesichert.'],
  ])('%s: a Formula One title named with a champion of several years picks no year (%#)', (lang, text) => {
    expect(dateOf(text, lang)).toBeNull();
  });
});

describe('openings data', () => {
  itChecksNewsEventFile('openings-firsts.json', data.events);

  it('names every event in English, uses the file\'s kinds, and lies in 1995-2025', () => {
    const kinds = new Set(['infrastructure', 'transport', 'technology', 'economy', 'space', 'science', 'sport', 'culture']);
    const problems: string[] = [];
    for (const e of data.events) {
      if (!(e.names as Record<string, string[]>).en?.length) problems.push(`${e.id}: no English name`);
      if (!kinds.has(e.kind)) problems.push(`${e.id}: kind ${e.kind}`);
      const first = e.when[0];
      const last = e.when[e.when.length - 1];
      if (first < '1995' || last > '2026') problems.push(`${e.id}: occurrences ${first}..${last}`);
    }
    expect(problems).toEqual([]);
  });
});
