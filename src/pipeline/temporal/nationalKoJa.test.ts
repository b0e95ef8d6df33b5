import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';

/**
 * South Korean and Japanese national news of gazetteer/newsEvents/national-ko-ja.json, read from the real data: an
 * undated domestic article that names one of them and says "어제"/"昨日" or a weekday is dated by it.
 */

describe('Korean national news dates an undated article', () => {
  it.each([
    // 2014-02-17, a Monday night.
    ['어제 오후 9시쯤 발생한 경주 마우나오션리조트 체육관 붕괴 사고로 부산외대 신입생 등 10명이 숨졌다. 경찰은 지붕에 쌓인 눈의 무게를 원인으로 보고 있다.', '2014-02-18'],
    // 2014-10-17 was a Friday: the Saturday after.
    ['판교 환풍구 붕괴 사고 희생자들의 합동분향소가 토요일 성남시청에 차려졌다. 사고는 야외 공연을 보던 관객들이 환풍구 덮개 위에 올라갔다가 일어났다.', '2014-10-18'],
    ['광주 학동 붕괴 참사는 어제 오후 4시 22분쯤 철거 중이던 5층 건물이 무너지며 정류장의 시내버스를 덮친 사고다. 이 사고로 9명이 숨지고 8명이 다쳤다.', '2021-06-10'],
    ['박근혜 전 대통령 구속 수감이 어제 새벽 이뤄지자 지지자들이 서울구치소 앞에서 항의 집회를 열었다. 박 전 대통령은 수인번호를 받고 독방에 수용됐다.', '2017-04-01'],
    ['한덕수 권한대행 탄핵소추안 가결은 어제 오후 국회 본회의에서 이뤄졌다. 이에 따라 최상목 경제부총리가 대통령 권한대행을 맡게 됐다.', '2024-12-28'],
    ['전두환 전 대통령 사망 소식이 어제 오전 전해지자 광주 지역 단체들은 끝내 사과하지 않았다고 비판했다. 빈소는 신촌세브란스병원에 차려졌다.', '2021-11-24'],
    ['어제 오후 발생한 신림역 흉기 난동으로 20대 남성 1명이 숨지고 3명이 다쳤다. 경찰은 30대 피의자를 현장에서 체포했다.', '2023-07-22'],
    // 2022-10-15 was a Saturday.
    ['SK C&C 판교 데이터센터 화재로 카카오톡 등 주요 서비스가 멈췄다. 불은 토요일 오후 3시 19분쯤 지하 3층 전기실에서 시작됐다.', '2022-10-15'],
    ['다누리 발사 이후 과학기술정보통신부는 궤도선과의 첫 교신에 성공했다고 밝혔다. 다누리는 금요일 오전 미국 플로리다주 케이프커내버럴 우주군기지에서 팰컨9 로켓에 실려 발사됐다.', '2022-08-05'],
    ['누리호 1차 발사가 어제 오후 5시 나로우주센터에서 진행됐지만 위성 모사체는 궤도에 오르지 못했다. 3단 엔진이 예정보다 일찍 꺼졌다.', '2021-10-22'],
    ['어제 새벽 서울 용산구 남일당 건물 옥상에서 일어난 용산 철거민 참사로 철거민 5명과 경찰관 1명이 숨졌다. 검찰은 특별수사본부를 꾸렸다.', '2009-01-21'],
  ])('%s', (text, day) => {
    expect(dateOf(text, 'ko')).toEqual({ value: day, precision: 'day' });
  });
});

describe('Japanese national news dates an undated article', () => {
  it.each([
    ['昨日夕方に発生した新潟県中越地震では最大震度7を観測し、上越新幹線が脱線した。被害の全容はまだ明らかになっていない。', '2004-10-24'],
    ['昨日午前7時58分に発生した大阪府北部地震で、倒れたブロック塀の下敷きになった小学4年の女児が死亡した。', '2018-06-19'],
    ['昨日未明に起きた歌舞伎町ビル火災で44人が死亡した。火元は雑居ビル3階付近とみられる。', '2001-09-02'],
    ['福田首相の辞任表明は昨日夜の緊急記者会見で突然行われた。自民党は総裁選の日程調整に入った。', '2008-09-02'],
    ['昨日起きた岸田首相襲撃事件で、和歌山県警は容疑者の自宅を家宅捜索した。首相は演説を始める直前に爆発物を投げ込まれた。', '2023-04-16'],
    ['昨日の豊洲市場の開場初日には、早朝から多くの買い出し人が訪れた。初競りでは青森県大間産のマグロに最高値がついた。', '2018-10-12'],
    ['日本政府は昨日、尖閣諸島の国有化を閣議決定し、地権者と売買契約を結んだ。尖閣諸島国有化に中国外務省は強く抗議した。', '2012-09-12'],
    ['昨日の安倍首相の靖国参拝に対し、中国と韓国が強く反発した。首相は政権発足1年に合わせて参拝した。', '2013-12-27'],
    ['昨日深夜のイチロー引退会見で、イチロー選手は「後悔などあろうはずがありません」と語った。', '2019-03-22'],
    ['昨日の東京株式市場で日経平均株価が急落し、終値は前週末比4451円安の3万1458円だった。令和のブラックマンデーとも呼ばれる記録的な下げとなった。', '2024-08-06'],
    ['JAXAは昨日、H3ロケット1号機を種子島宇宙センターから打ち上げたが、2段目エンジンが着火せず指令破壊した。', '2023-03-08'],
    // 2016-05-27 was a Friday.
    ['オバマ大統領は金曜日、現職の米大統領として初めて広島を訪れ、原爆死没者慰霊碑に献花した。オバマ大統領の広島訪問には被爆者も立ち会った。', '2016-05-27'],
  ])('%s', (text, day) => {
    expect(dateOf(text, 'ja')).toEqual({ value: day, precision: 'day' });
  });
});

describe('names of national-ko-ja.json are found', () => {
  it.each([
    ['gyeongju-mauna-resort-gym-collapse-2014', 'ko', '마우나리조트 붕괴 사고를 계기로 안전 점검이 강화됐다.'],
    ['second-battle-of-yeonpyeong-2002', 'ko', '제2연평해전 전사자 추모식이 열렸다.'],
    ['dmz-landmine-blast-2015', 'ko', '정부는 목함지뢰 도발에 대해 강력히 항의했다.'],
    ['korean-air-nut-rage-2014', 'ko', '땅콩회항 사건 이후 대한항공의 이미지가 추락했다.'],
    ['roh-moo-hyun-impeachment-dismissed-2004', 'ko', '헌법재판소의 노무현 대통령 탄핵 기각 결정이 나왔다.'],
    ['korea-japan-comfort-women-agreement-2015', 'ko', '피해자들은 한일 위안부 합의를 인정할 수 없다고 밝혔다.'],
    ['yongsan-tragedy-2009', 'ko', '용산 철거민 참사 유가족들이 기자회견을 열었다.'],
    ['yoon-suk-yeol-detention-and-seoul-western-court-riot-2025', 'ko', '서부지법 폭동 가담자들에게 실형이 선고됐다.'],
    ['death-of-kim-young-sam-2015', 'ko', 'YS 서거 이후 상도동계 인사들이 빈소를 지켰다.'],
    ['south-korea-germany-world-cup-2018', 'ko', '카잔의 기적을 만든 대표팀이 귀국했다.'],
    ['chuetsu-oki-earthquake-2007', 'ja', '中越沖地震で柏崎刈羽原発の変圧器から火災が起きた。'],
    ['koizumi-pyongyang-visit-2002', 'ja', '日朝平壌宣言に基づき国交正常化を目指す。'],
    ['postal-dissolution-2005', 'ja', '郵政解散で小泉首相は刺客を送り込んだ。'],
    ['akihito-video-message-2016', 'ja', '天皇陛下のお気持ち表明を受けて、政府は有識者会議を設けた。'],
    ['tokyo-olympics-postponed-2020', 'ja', '東京五輪の延期決定で、大会組織委員会は会場の再確保を急ぐ。'],
    ['hokuriku-shinkansen-tsuruga-opening-2024', 'ja', '北陸新幹線の敦賀延伸で福井県内の観光客が増えた。'],
    ['kyoto-animation-arson-verdict-2024', 'ja', '青葉真司被告に死刑判決が言い渡された。'],
    ['senkaku-boat-collision-2010', 'zh', '钓鱼岛撞船事件后，中日关系陷入低谷。'],
    ['obama-hiroshima-visit-2016', 'en', "Obama's visit to Hiroshima was the first by a sitting US president."],
  ])('%s (%s)', (id, lang, text) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    // Words of a name in other news: an arrest warrant is not the arrest, the request is not the order.
    ['ko', '검찰은 박근혜 전 대통령 구속영장을 청구했다.', 'park-geun-hye-arrest-2017'],
    ['ko', '공수처는 윤석열 대통령 체포영장 집행에 나섰다.', 'yoon-suk-yeol-arrest-2025'],
    ['ko', '박희영 용산구청장은 이태원 참사 당시 대응을 사과했다.', 'yongsan-tragedy-2009'],
    ['ko', '광주에서 아파트 신축 공사가 시작됐다.', 'gwangju-hwajeong-ipark-collapse-2022'],
    ['ja', '文部科学相は旧統一教会に解散命令を請求した。', 'unification-church-dissolution-order-2025'],
    ['ja', '党内で石破首相退陣を求める声が強まった。', 'ishiba-resignation-2025'],
    ['ja', '北陸新幹線開業で金沢の観光客が増えた。', 'hokuriku-shinkansen-tsuruga-opening-2024'],
    ['ja', '新潟県中越沖地震から10年がたった。', 'chuetsu-earthquake-2004'],
  ])('%s: an ordinary sentence is not the event (%s)', (lang, text, id) => {
    expect(namedIds(text, lang)).not.toContain(id);
  });
});
