import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';

/**
 * Chinese, Portuguese/Brazilian and Russian national news of gazetteer/newsEvents/national-zh-pt-ru.json, read from
 * the real data: a short report names the event and says "yesterday" (昨天, ontem, вчера) or a weekday, and the
 * document date is the day a reader would infer.
 */

describe('national news of China, Portugal and Brazil, and Russia dates the document', () => {
  it.each([
    // zh
    ['zh', '昨天下午发生的江苏响水化工厂爆炸已造成数十人死亡。当地正在全力搜救失联人员。', '2019-03-22'],
    ['zh', '九寨沟7.0级地震昨天晚上发生后，救援队伍连夜赶赴灾区。景区游客正在有序疏散。', '2017-08-09'],
    ['zh', '科创板开市首日，首批上市公司股价全线上涨。上海证券交易所昨天举行科创板开市仪式。', '2019-07-23'],
    ['zh', '袁隆平逝世的消息昨天传出后，长沙市民自发前往医院送别。这位杂交水稻专家享年91岁。', '2021-05-23'],
    ['zh', '中老铁路通车仪式昨天在北京和万象同时举行。首趟列车从昆明和万象相向开出。', '2021-12-04'],
    ['zh', '北京长峰医院火灾昨天中午发生，已造成多人死亡。起火原因正在调查。', '2023-04-19'],
    ['zh', '香港高等法院昨天颁令中国恒大清盘，恒大清盘令震动市场。公司股票随即停牌。', '2024-01-30'],
    ['zh', '星期一发生的天安门金水桥暴恐案造成两名游客死亡。警方表示，车内三人当场死亡。', '2013-10-28'],
    // pt
    ['pt', 'A Polícia Federal cumpriu ontem no Rio de Janeiro a prisão de Michel Temer, ordenada pelo juiz Marcelo Bretas. Outros sete suspeitos foram detidos.', '2019-03-22'],
    ['pt', 'Lula deixou a prisão ontem à tarde, após 580 dias. O ex-presidente discursou para apoiadores em Curitiba.', '2019-11-09'],
    ['pt', 'Resolução do BES: o Banco de Portugal anunciou ontem à noite a separação do banco e a criação de uma nova instituição.', '2014-08-04'],
    ['pt', 'Tragédia de Borba: um troço da estrada entre Borba e Vila Viçosa ruiu ontem para dentro de uma pedreira.', '2018-11-20'],
    ['pt', 'A queda do avião da Voepass ontem à tarde num condomínio em Vinhedo deixou 62 mortos. As caixas-pretas foram recuperadas.', '2024-08-10'],
    ['pt', 'Ataque à Academia de Alcochete: cerca de cinquenta adeptos encapuzados agrediram ontem jogadores e treinadores do Sporting.', '2018-05-16'],
    ['pt', 'A votação do impeachment na Câmara durou quase dez horas no domingo. Os deputados aprovaram a abertura do processo contra a presidente.', '2016-04-17'],
    // ru
    ['ru', 'Прорыв дамбы в Орске произошёл вчера вечером, вода затопила сотни домов. Жителей эвакуируют.', '2024-04-06'],
    ['ru', 'Убийство генерала Кириллова вчера утром у подъезда жилого дома СК квалифицировал как теракт. Возбуждено уголовное дело.', '2024-12-18'],
    ['ru', 'Освобождение Ходорковского состоялось вчера: бывший глава ЮКОСа вышел из колонии и улетел в Берлин.', '2013-12-21'],
    ['ru', 'Отставка правительства Медведева, объявленная вчера после послания президента, стала неожиданностью.', '2020-01-16'],
    ['ru', 'Пожар в ТЦ «Адмирал» в Казани начался вчера днём на втором этаже. Число погибших выросло до семнадцати.', '2015-03-06'],
    ['ru', 'Разлив дизельного топлива в Норильске произошёл вчера: резервуар ТЭЦ-3 разрушился, топливо попало в реку Амбарную.', '2020-05-30'],
  ])('%s: the event and "yesterday" or a weekday give the day (%#)', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

describe('national-zh-pt-ru names are found', () => {
  it.each([
    ['shanghai-bund-stampede-2014', 'zh', '外滩踩踏事件造成36人死亡。'],
    ['lushan-earthquake-2013', 'zh', '4·20芦山强烈地震灾后重建基本完成。'],
    ['sunjiawan-mine-disaster-2005', 'zh', '孙家湾矿难是当年最严重的煤矿事故。'],
    ['c919-first-commercial-flight-2023', 'zh', 'C919商业首飞后，东航又接收了新飞机。'],
    ['mo-yan-nobel-2012', 'zh', '莫言获诺贝尔文学奖后，他的小说销量大增。'],
    ['power-of-siberia-launch-2019', 'zh', '中俄东线天然气管道投产通气仪式在北京和莫斯科同时举行。'],
    ['lula-release-2019', 'pt', 'Desde a soltura de Lula, o PT voltou a crescer nas pesquisas.'],
    ['bes-resolution-2014', 'pt', 'Os lesados do BES ainda esperam compensação desde a resolução do Banco Espírito Santo.'],
    ['jornadas-de-junho-2013', 'pt', 'As Jornadas de Junho mudaram a política brasileira.'],
    ['dom-phillips-bruno-pereira-killing-2022', 'pt', 'O assassinato de Dom Phillips e Bruno Pereira chocou o mundo.'],
    ['eduardo-cunha-mandate-revoked-2016', 'pt', 'Após a cassação do mandato de Eduardo Cunha, o deputado ficou inelegível.'],
    ['sergio-cabral-arrest-2016', 'pt', 'A Operação Calicute levou o ex-governador para Bangu.'],
    ['dima-yakovlev-law-2012', 'ru', 'После подписания закона Димы Яковлева американские семьи не смогли усыновить детей.'],
    ['kazan-universiade-2013', 'ru', 'К Универсиаде в Казани построили десятки спортивных объектов.'],
    ['biryulyovo-riots-2013', 'ru', 'Беспорядки в Бирюлёве начались после убийства местного жителя.'],
    ['tatarsky-killing-2023', 'ru', 'Взрыв в кафе на Университетской набережной унёс жизнь военкора.'],
    ['khodorkovsky-pardon-2013', 'de', 'Nach der Begnadigung Chodorkowskis reiste er nach Berlin.'],
    ['russia-wto-accession-2012', 'en', 'Russia joined the WTO after eighteen years of talks.'],
  ])('%s in %s', (id, lang, text) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    ['zh', '昆山市今天天气晴朗，大兴区的工厂正常生产。'],
    ['zh', '天宫一号的成就令人瞩目，神舟九号的航天员也参与了报告会。'],
    ['pt', 'O Sporting treinou ontem na academia de Alcochete antes do clássico.'],
    ['pt', 'Lula visitou Curitiba ontem e falou sobre a prisão de um aliado.'],
    ['ru', 'В Орске прошёл фестиваль, а генерал Кириллов выступил на брифинге.'],
    ['ru', 'В Норильске открыли новую ТЭЦ, топливо доставили по реке.'],
  ])('%s: an ordinary sentence names none of these events (%#)', (lang, text) => {
    const ids = new Set(namedIds(text, lang));
    const mine = ['kunshan-factory-explosion-2014', 'beijing-daxing-fire-2017', 'tiangong-1-launch-2011', 'shenzhou-9-launch-2012',
      'alcochete-academy-attack-2018', 'lula-release-2019', 'temer-arrest-2019', 'orsk-dam-breach-2024', 'kirillov-killing-2024', 'norilsk-diesel-spill-2020'];
    expect(mine.filter((id) => ids.has(id))).toEqual([]);
  });
});
