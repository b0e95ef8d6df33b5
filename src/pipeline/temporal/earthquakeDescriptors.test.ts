import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import data from '../../resources/gazetteer/newsEvents/earthquakes.json' with { type: 'json' };

/**
 * Earthquakes as a report of the day names them: not by their later name ("2010 Chile earthquake", "東日本大震災")
 * but by what happened, the magnitude and the place ("Un terremoto de magnitud 8,8 sacudió el centro de Chile").
 * The descriptor names of gazetteer/newsEvents (word for earthquake + magnitude + country or region) find the event
 * and date the article; the magnitude tells the country's earthquakes apart.
 */
describe('a report of the day names the earthquake and dates the article', () => {
  it.each([
    // Chile, Saturday 2010-02-27.
    ['es', 'Un terremoto de magnitud 8,8 sacudió este sábado el centro de Chile. Las autoridades informan de cientos de muertos y graves daños en Concepción.', 'chile-earthquake-2010', '2010-02-27'],
    ['en', 'A magnitude 8.8 earthquake struck central Chile on Saturday, killing hundreds of people. A tsunami warning was issued across the Pacific.', 'chile-earthquake-2010', '2010-02-27'],
    ['de', 'Ein Erdbeben der Stärke 8,8 hat am Samstag Chile erschüttert. Hunderte Menschen kamen ums Leben, in Concepción stürzten Häuser ein.', 'chile-earthquake-2010', '2010-02-27'],
    ['ko', '규모 8.8의 강진이 27일 칠레 중부를 강타해 수백 명이 숨졌다. 태평양 연안 국가들에 쓰나미 경보가 내려졌다.', 'chile-earthquake-2010', '2010-02-27'],
    ['fr', 'Un séisme de magnitude 8,8 a frappé samedi le centre du Chili. Le bilan fait état de centaines de morts.', 'chile-earthquake-2010', '2010-02-27'],
    ['it', 'Un terremoto di magnitudo 8,8 ha colpito sabato il Cile centrale. Si contano centinaia di vittime.', 'chile-earthquake-2010', '2010-02-27'],
    ['pt', 'Um terremoto de magnitude 8,8 atingiu o Chile neste sábado. Centenas de pessoas morreram.', 'chile-earthquake-2010', '2010-02-27'],
    ['zh', '智利中部27日发生8.8级强烈地震，造成数百人死亡。太平洋沿岸多国发布海啸预警。', 'chile-earthquake-2010', '2010-02-27'],
    // Japan, Friday 2011-03-11.
    ['ja', '11日午後2時46分ごろ、三陸沖を震源とするマグニチュード8.8の地震があった。宮城県で震度7を観測した。', 'tohoku-earthquake-tsunami-2011', '2011-03-11'],
    ['en', 'An 8.9-magnitude earthquake struck off the coast of Japan on Friday, unleashing a tsunami. Waves swept away cars and houses.', 'tohoku-earthquake-tsunami-2011', '2011-03-11'],
    ['ru', 'В пятницу у берегов Японии произошло землетрясение магнитудой 8,9. Волны цунами обрушились на побережье.', 'tohoku-earthquake-tsunami-2011', '2011-03-11'],
    ['ko', '일본 동북부에서 11일 규모 8.8의 지진이 발생했다. 쓰나미가 해안을 덮쳤다.', 'tohoku-earthquake-tsunami-2011', '2011-03-11'],
    ['pl', 'W piątek u wybrzeży Japonii doszło do trzęsienia ziemi o sile 8,9. Fala tsunami zalała wybrzeże.', 'tohoku-earthquake-tsunami-2011', '2011-03-11'],
    // Turkey and Syria, Monday 2023-02-06.
    ['en', 'A 7.8 magnitude earthquake hit southern Turkey and northern Syria early on Monday. Thousands of buildings collapsed.', 'turkey-syria-earthquake-2023', '2023-02-06'],
    ['de', 'Ein Erdbeben der Stärke 7,8 hat am Montag den Südosten der Türkei erschüttert. Tausende Gebäude stürzten ein.', 'turkey-syria-earthquake-2023', '2023-02-06'],
    ['uk', 'У понеділок на півдні Туреччини стався землетрус магнітудою 7,8. Тисячі будинків зруйновано.', 'turkey-syria-earthquake-2023', '2023-02-06'],
    ['sq', 'Një tërmet me magnitudë 7,8 goditi të hënën Turqinë jugore. Mijëra ndërtesa u shembën.', 'turkey-syria-earthquake-2023', '2023-02-06'],
    ['nl', 'Een aardbeving met een kracht van 7,8 heeft maandag het zuiden van Turkije getroffen. Duizenden gebouwen stortten in.', 'turkey-syria-earthquake-2023', '2023-02-06'],
    ['ko', '튀르키예 남부에서 6일 규모 7.8의 강진이 발생했다. 건물 수천 채가 무너졌다.', 'turkey-syria-earthquake-2023', '2023-02-06'],
    ['ja', 'トルコ南部で6日、マグニチュード7.8の地震があった。多数の建物が倒壊した。', 'turkey-syria-earthquake-2023', '2023-02-06'],
    // Nepal, Saturday 2015-04-25.
    ['en', 'A 7.9 earthquake struck Nepal on Saturday, toppling buildings in Kathmandu. Hundreds are feared dead.', 'nepal-earthquake-2015', '2015-04-25'],
    ['zh', '尼泊尔25日发生8.1级地震，加德满都多处建筑倒塌。', 'nepal-earthquake-2015', '2015-04-25'],
    ['es', 'Un terremoto de 7,8 grados sacudió Nepal este sábado. Cientos de personas murieron en Katmandú.', 'nepal-earthquake-2015', '2015-04-25'],
    // Italy: Amatrice, Wednesday 2016-08-24; Norcia, Sunday 2016-10-30; L'Aquila, Monday 2009-04-06.
    ['it', 'Una scossa di magnitudo 6.0 ha colpito mercoledì notte il Centro Italia. Amatrice è stata distrutta.', 'amatrice-earthquake-2016', '2016-08-24'],
    ['it', 'Domenica mattina una scossa di magnitudo 6,5 con epicentro vicino a Norcia ha fatto crollare la basilica di San Benedetto. Non ci sono vittime.', 'norcia-earthquake-2016', '2016-10-30'],
    ['en', "A 6.3 earthquake hit the Abruzzo region of Italy on Monday. Much of L'Aquila's old centre was destroyed.", 'laquila-earthquake-2009', '2009-04-06'],
    // Albania, Tuesday 2019-11-26.
    ['sq', 'Një tërmet me magnitudë 6,4 goditi të martën Durrësin. Dhjetëra njerëz humbën jetën.', 'albania-earthquake-2019', '2019-11-26'],
    ['it', "Un terremoto di magnitudo 6,4 ha colpito martedì l'Albania. Decine di morti a Durazzo e Thumanë.", 'albania-earthquake-2019', '2019-11-26'],
    // Mexico: Puebla, Tuesday 2017-09-19; Chiapas late on Thursday 2017-09-07, reported the next day.
    ['es', 'Un sismo de magnitud 7.1 con epicentro en Puebla sacudió este martes la Ciudad de México. Decenas de edificios se derrumbaron.', 'mexico-puebla-earthquake-2017', '2017-09-19'],
    ['es', 'Un sismo de magnitud 8.2 sacudió ayer por la noche el sur de México. El epicentro se localizó frente a las costas de Chiapas.', 'chiapas-earthquake-2017', '2017-09-08'],
    // Morocco, late on Friday 2023-09-08, reported the next day.
    ['fr', "Un séisme de magnitude 6,8 a frappé hier soir le Maroc. Des villages entiers de l'Atlas se sont effondrés.", 'morocco-earthquake-2023', '2023-09-09'],
    // Noto, Monday 2024-01-01.
    ['ja', '1日午後4時10分ごろ、石川県能登地方を震源とするマグニチュード7.6の地震があった。石川県で震度7を観測した。', 'noto-earthquake-2024', '2024-01-01'],
    // Ecuador, Saturday 2016-04-16.
    ['pt', 'Um terremoto de magnitude 7,8 atingiu o Equador no sábado. Centenas de pessoas morreram.', 'ecuador-earthquake-2016', '2016-04-16'],
    // Myanmar, Friday 2025-03-28.
    ['nl', 'Een aardbeving met een kracht van 7,7 heeft vrijdag Myanmar getroffen. Ook in Bangkok stortte een toren in.', 'myanmar-earthquake-2025', '2025-03-28'],
    // Chile, Tuesday 2014-04-01 and Wednesday 2015-09-16.
    ['es', 'Un terremoto de magnitud 8,2 sacudió este martes el norte de Chile. Las autoridades ordenaron evacuar la costa de Iquique.', 'iquique-earthquake-2014', '2014-04-01'],
    ['es', 'Un sismo de 8,3 grados sacudió este miércoles la zona central de Chile. El epicentro se ubicó cerca de Illapel.', 'illapel-earthquake-2015', '2015-09-16'],
    // Croatia, Tuesday 2020-12-29.
    ['de', 'Ein Erdbeben der Stärke 6,4 hat am Dienstag Kroatien erschüttert. In Petrinja stürzten Häuser ein.', 'petrinja-earthquake-2020', '2020-12-29'],
    // Izmir, Friday 2020-10-30.
    ['en', 'A 7.0 earthquake struck the Aegean Sea on Friday, toppling buildings in Izmir. The Greek island of Samos was also hit.', 'izmir-earthquake-2020', '2020-10-30'],
    // Korea: Gyeongju, Monday 2016-09-12; Pohang, Wednesday 2017-11-15.
    ['ko', '12일 오후 경북 경주에서 규모 5.8의 지진이 발생했다. 관측 이래 최대 규모다.', 'gyeongju-earthquake-2016', '2016-09-12'],
    ['ko', '15일 오후 경북 포항에서 규모 5.4의 지진이 발생했다. 수능이 일주일 연기됐다.', 'pohang-earthquake-2017', '2017-11-15'],
    // Taiwan, Wednesday 2024-04-03.
    ['zh', '台湾花莲县海域3日发生7.3级地震，多栋建筑倒塌。', 'hualien-earthquake-2024', '2024-04-03'],
    // China: Sichuan, Monday 2008-05-12.
    ['zh', '四川汶川12日发生7.8级地震，北京等地有明显震感。', 'sichuan-earthquake-2008', '2008-05-12'],
    // New in earthquakes.json.
    ['fr', "Un séisme de magnitude 7,2 a frappé samedi le sud-ouest d'Haïti. Des centaines de personnes ont été tuées.", 'haiti-earthquake-2021', '2021-08-14'],
    ['en', 'A 7.3 magnitude earthquake struck the border region between Iran and Iraq on Sunday. Hundreds were killed in Kermanshah province.', 'iran-iraq-earthquake-2017', '2017-11-12'],
    ['es', 'Un terremoto de 7,7 grados sacudió este sábado El Salvador. Un alud sepultó cientos de casas en Santa Tecla.', 'el-salvador-earthquake-2001', '2001-01-13'],
    ['es', 'Un sismo de magnitud 7.7 sacudió este lunes el estado de Michoacán. La alerta sísmica sonó en la Ciudad de México.', 'michoacan-earthquake-2022', '2022-09-19'],
    ['ru', 'В среду у побережья Камчатки произошло землетрясение магнитудой 8,8. В Северо-Курильске объявлена угроза цунами.', 'kamchatka-earthquake-2025', '2025-07-30'],
    ['it', 'Un terremoto di magnitudo 7,2 ha colpito martedì l\'isola di Bohol nelle Filippine. Crollate diverse chiese storiche.', 'bohol-earthquake-2013', '2013-10-15'],
    ['en', 'A 5.6 earthquake struck Cianjur in West Java on Monday, killing scores of people. Many of the dead were children.', 'cianjur-earthquake-2022', '2022-11-21'],
    ['ja', '13日午後11時すぎ、福島県沖を震源とするマグニチュード7.3の地震があった。', 'fukushima-earthquake-2021', '2021-02-13'],
    ['pl', 'W środę w Peru doszło do trzęsienia ziemi o sile 8,0. Najbardziej ucierpiało miasto Pisco.', 'pisco-earthquake-2007', '2007-08-15'],
    ['de', 'Ein Erdbeben der Stärke 8,8 hat am Mittwoch die russische Halbinsel Kamtschatka erschüttert. Im ganzen Pazifik wurde vor einem Tsunami gewarnt.', 'kamchatka-earthquake-2025', '2025-07-30'],
    ['uk', 'У середу біля узбережжя Камчатки стався землетрус магнітудою 8,8. Хвилі цунамі дійшли до Японії.', 'kamchatka-earthquake-2025', '2025-07-30'],
    ['ko', '러시아 캄차카반도 인근 해역에서 30일 규모 8.8의 강진이 발생했다. 일본에도 쓰나미 경보가 내려졌다.', 'kamchatka-earthquake-2025', '2025-07-30'],
    ['en', 'A magnitude 7.1 earthquake struck near Ridgecrest, California, on Friday night. Fires broke out in the small desert town.', 'ridgecrest-earthquake-2019', '2019-07-05'],
    // National earthquakes in their own language.
    ['nl', 'Een aardbeving met een kracht van 3,6 heeft donderdag Groningen opgeschrikt. Het epicentrum lag bij Huizinge.', 'huizinge-earthquake-2012', '2012-08-16'],
    ['es', 'Un terremoto de magnitud 5,1 sacudió este miércoles Lorca. Al menos nueve personas murieron.', 'lorca-earthquake-2011', '2011-05-11'],
    ['it', "Una scossa di magnitudo 4.0 ha colpito lunedì sera l'isola d'Ischia. Due donne sono morte a Casamicciola.", 'ischia-earthquake-2017', '2017-08-21'],
    ['ja', '6日未明、北海道で震度7を観測する地震があった。マグニチュードは6.7と推定される。', 'hokkaido-iburi-earthquake-2018', '2018-09-06'],
    ['zh', '甘肃积石山18日发生6.2级地震，已造成百余人遇难。救援力量连夜赶赴灾区。', 'jishishan-earthquake-2023', '2023-12-18'],
    // A late-night earthquake, reported the next day as "yesterday".
    ['en', 'A 5.7 earthquake struck Jajarkot in western Nepal late last night, killing more than a hundred people. Rescuers reached remote villages this morning.', 'jajarkot-earthquake-2023', '2023-11-04'],
  ])('%s: %s', (lang, text, id, day) => {
    expect(namedIds(text, lang)).toContain(id);
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('a national earthquake named by its magnitude', () => {
  // "tërmeti i Durrësit" (an older name of the November 2019 earthquake) is found too; the magnitude names September's.
  it('sq: the September 2019 Durrës earthquake', () => {
    expect(namedIds('Një tërmet me magnitudë 5,8 goditi të shtunën Durrësin. Disa shtëpi u dëmtuan.', 'sq')).toContain('durres-earthquake-september-2019');
  });
});

describe('the magnitude and the place together single one earthquake out', () => {
  it.each([
    // The same country, another magnitude.
    ['es', 'Un terremoto de magnitud 7,1 sacudió este sábado el centro de Chile. No hubo víctimas.', 'chile-earthquake-2010'],
    ['es', 'Un terremoto de magnitud 8,1 sacudió este sábado el centro de Chile. No hubo víctimas.', 'chile-earthquake-2010'],
    ['es', 'Un terremoto de magnitud 8,8 sacudió este martes el norte de Chile. No hubo víctimas.', 'iquique-earthquake-2014'],
    ['en', 'A 6.1 earthquake struck southern Turkey on Monday. No damage was reported.', 'turkey-syria-earthquake-2023'],
    ['en', 'A 6.8 earthquake struck northeastern Japan on Friday. No tsunami warning was issued.', 'tohoku-earthquake-tsunami-2011'],
    ['de', 'Ein Erdbeben der Stärke 5,8 hat am Montag Kroatien erschüttert. Verletzt wurde niemand.', 'petrinja-earthquake-2020'],
    ['ko', '칠레 북부에서 규모 6.2의 지진이 발생했다. 피해는 보고되지 않았다.', 'chile-earthquake-2010'],
    ['zh', '智利北部发生6.2级地震，暂无人员伤亡报告。', 'chile-earthquake-2010'],
    // The same magnitude, another country.
    ['es', 'Un terremoto de magnitud 8,8 sacudió este sábado la costa de Perú. No hubo víctimas.', 'chile-earthquake-2010'],
    ['en', 'A 7.8 earthquake struck off the coast of Peru on Monday. No damage was reported.', 'turkey-syria-earthquake-2023'],
    ['en', 'A 7.8 earthquake struck off the coast of Peru on Monday. No damage was reported.', 'ecuador-earthquake-2016'],
    ['it', 'Un terremoto di magnitudo 6,4 ha colpito martedì la Grecia. Nessuna vittima.', 'albania-earthquake-2019'],
    ['ru', 'В среду у берегов Чили произошло землетрясение магнитудой 8,8. Угрозы цунами нет.', 'kamchatka-earthquake-2025'],
    ['ja', 'ペルーでマグニチュード7.8の地震があった。被害の情報はない。', 'turkey-syria-earthquake-2023'],
    ['ja', 'チリ北部でM6.2の地震があった。被害の情報はない。', 'chile-earthquake-2010'],
    // The same magnitude in the same country long before 2000: Mexico City's earthquake of 1985 (8.1), not Chiapas' in 2017.
    ['es', 'El sismo de magnitud 8,1 que sacudió México el 19 de septiembre de 1985 dejó miles de muertos en la capital.', 'chiapas-earthquake-2017'],
    // Another region of the country, where a quake of the same magnitude was not the one of the data.
    ['es', 'Un sismo de magnitud 7,1 sacudió este martes Acapulco, en el estado de Guerrero. No hubo víctimas.', 'mexico-puebla-earthquake-2017'],
  ])('%s: %s is not %s', (lang, text, id) => {
    expect(namedIds(text, lang)).not.toContain(id);
  });

  it.each([
    ['es', 'Chile refuerza la preparación ante terremotos: las escuelas realizarán simulacros cada mes y los edificios nuevos deberán cumplir normas más estrictas.'],
    ['en', 'Mexico City residents took part in an earthquake drill on Tuesday. Officials urged families to prepare emergency kits.'],
    ['de', 'Japan übt den Ernstfall: Beim jährlichen Katastrophenschutztag probten Schulen die Evakuierung bei einem Erdbeben.'],
    ['ko', '칠레 정부는 지진에 대비해 학교마다 대피 훈련을 실시한다고 밝혔다.'],
  ])('%s: an article about preparedness that names no magnitude names no earthquake (%s)', (lang, text) => {
    expect(namedIds(text, lang)).toEqual([]);
  });
});

describe('a decimal number is one number in a loose name', () => {
  it('"8,8" is not found in "8,1" nor in a date or a count', () => {
    expect(namedIds('Un terremoto de magnitud 8,1 sacudió este sábado el centro de Chile.', 'es')).toEqual([]);
    expect(namedIds('Chile: el 8.8.2010 un terremoto dejó daños menores.', 'es')).not.toContain('chile-earthquake-2010');
  });
  it('the comma and the point are the same decimal sign ("7.1" in Mexican copy, "7,1" in Spanish)', () => {
    expect(namedIds('Un terremoto de magnitud 7,1 sacudió Puebla y Morelos.', 'es')).toContain('mexico-puebla-earthquake-2017');
    expect(namedIds('Un terremoto de magnitud 7.1 sacudió Puebla y Morelos.', 'es')).toContain('mexico-puebla-earthquake-2017');
  });
});

describe('earthquakes.json', () => {
  it('holds sure disasters, each with a magnitude named in its descriptors', () => {
    for (const e of data.events) {
      expect(e.kind).toBe('disaster');
      expect(e.sure).toBe(true);
      expect(Object.values(e.names).flat().some((n) => /\d[.,]\d/.test(n))).toBe(true);
    }
  });
});
