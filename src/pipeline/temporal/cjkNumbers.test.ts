/**
 * Chinese and Japanese write small counts in Han numerals ("两周前", "三天前", "十年前", "二十年ぶり") and Korean in
 * native numerals and day words ("두 달 전", "이틀 전", "사흘 전"): they count as digits do.
 */
import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';

const DCT = '2023-09-13';

describe('counts written in Han and Korean native numerals', () => {
  it.each([
    ['zh', '两周前，谈判破裂。', '两周前', '2023-W35'],
    ['zh', '三天前发生了事故。', '三天前', '2023-09-10'],
    ['zh', '两个月前他辞职了。', '两个月前', '2023-07'],
    ['zh', '十年前他当选市长。', '十年前', '2013'],
    ['zh', '二十年来，这座城市变化巨大。', '二十年来', 'P20Y'],
    ['ja', '三日前、事故があった。', '三日前', '2023-09-10'],
    ['ja', '紙幣が二十年ぶりに刷新された。', '二十年ぶり', 'P20Y'],
    ['ko', '이틀 전 사고가 났다.', '이틀 전', '2023-09-11'],
    ['ko', '사흘 전 회담이 열렸다.', '사흘 전', '2023-09-10'],
    ['ko', '두 달 전 그는 사임했다.', '두 달 전', '2023-07'],
    ['ko', '한 주 전 회담이 열렸다.', '한 주 전', '2023-W36'],
  ])('%s: %s', (lang, text, span, value) => {
    expect(timexesOf(lang, text, DCT).map((t) => [t.text, t.value])).toEqual([[span, value]]);
  });

  it.each([
    ['zh', '统一大市场建设稳步推进。'],
    ['zh', '一带一路倡议提出后，合作不断深化。'],
    ['ja', '統一地方選挙が行われた。'],
    ['ko', '세 번째 회의가 열렸다.'],
  ])('%s: a numeral inside other words is no count: %s', (lang, text) => {
    expect(timexesOf(lang, text, DCT)).toEqual([]);
  });
});
