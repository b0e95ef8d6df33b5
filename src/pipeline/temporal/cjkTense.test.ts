/**
 * Japanese ends a sentence with its predicate, and news uses the non-past of an action ("開かれる", "発表する",
 * "訪米へ") for what is still to come: a bare day of the month beside it is the coming one. A sentence ending in a
 * past ("開かれた") or a state ("交渉している") keeps the latest day on or before the DCT. Korean news says the same
 * with the plain non-past ("열린다"), Chinese with plan words ("预计", "有望") rather than verb forms.
 */
import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';

const DCT = '2023-09-13';

describe('ja: the sentence-final predicate gives the tense', () => {
  it.each([
    ['15日に首脳会議が開かれる。', '2023-09-15'],
    ['政府は15日に新たな計画を発表する。', '2023-09-15'],
    ['首相、15日に訪米へ。', '2023-09-15'],
    ['首脳会議は15日に開催されます。', '2023-09-15'],
    ['15日に首脳会議が開かれた。', '2023-08-15'],
    ['政府は10日、新たな計画を発表した。', '2023-09-10'],
    ['両国は10日から交渉している。', '2023-09-10'],
    ['首相は15日に訪米する予定だ。', '2023-09-15'],
  ])('%s → %s', (text, value) => {
    expect(timexesOf('ja', text, DCT).map((t) => t.value)).toEqual([value]);
  });
});

describe('zh: plan words put a bare day ahead', () => {
  it.each([
    ['会议预计15日闭幕。', '2023-09-15'],
    ['双方有望15日签署协议。', '2023-09-15'],
    ['峰会15日举行了开幕式。', '2023-08-15'],
    // "为了" (in order to) holds the past marker 了 but is none: the plan word decides.
    ['双方计划为了加强合作于15日会谈。', '2023-09-15'],
  ])('%s → %s', (text, value) => {
    expect(timexesOf('zh', text, DCT).map((t) => t.value)).toEqual([value]);
  });
});

describe('ko: the plain non-past (-ㄴ다/-는다) of news is still to come', () => {
  it.each([
    ['15일 정상회의가 열린다.', '2023-09-15'],
    ['정부는 15일 새 계획을 내놓는다.', '2023-09-15'],
    ['15일 정상회의가 열렸다.', '2023-08-15'],
    ['양국은 10일부터 협상하고 있다.', '2023-09-10'],
    // "…매몰된 것으로 추정된다" (are thought to have been buried): the past adnominal before 것으로 is the event's
    // tense; the final "-ㄴ다" is the estimate's, not a plan.
    ['건물이 15일 오후 무너져 수백 명이 매몰된 것으로 추정된다.', '2023-08-15'],
    ['15일 열린 회의에서 합의한 것으로 알려진다.', '2023-08-15'],
  ])('%s → %s', (text, value) => {
    expect(timexesOf('ko', text, DCT).map((t) => t.value)).toEqual([value]);
  });
});

describe('ja: a relative clause after a date gives the date its own tense, whatever the sentence\'s last verb', () => {
  it.each([
    // "The new era name, used from 1 October, was decided" (past last verb; the date is still to come).
    ['政府は10日、10月1日から使う新元号を決定した。', ['2023-09-10', '2023-10-01']],
    ['首相は15日に開かれる首脳会議に出席すると述べた。', ['2023-09-15']],
    ['首相は10日に開かれた首脳会議で演説した。', ['2023-09-10']],
    // No clause (the verb is the sentence's own): the last verb decides.
    ['首相は15日に記者会見した。', ['2023-08-15']],
  ])('%s', (text, values) => {
    expect(timexesOf('ja', text, DCT).map((t) => t.value)).toEqual(values);
  });
});
