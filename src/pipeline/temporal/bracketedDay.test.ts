import { describe, expect, it } from 'vitest';
import { dateOf } from './undatedText.testHelper.ts';

/**
 * "어제(22일)", "오늘(22일)": the day of the month in brackets right after "yesterday" (or "today") is the day it
 * names, which fixes the document's day of the month. Korea beat Spain on Saturday 22 June 2002; the 2002 World Cup
 * the article names gives the month and year. [lang, text, document day].
 */
describe('"yesterday (the 22nd)": the document is the day after the bracketed day', () => {
  it.each([
    ['ko', '한국 대표팀은 어제(22일) 광주에서 열린 2002 한일월드컵 8강전에서 스페인을 승부차기 끝에 이겼다.', '2002-06-23'],
    ['ko', '한국 대표팀은 오늘(22일) 광주에서 열린 2002 한일월드컵 8강전에서 스페인을 승부차기 끝에 이겼다.', '2002-06-22'],
  ])('%s: %s', (lang, text, day) => {
    expect(dateOf(text, lang)).toEqual({ value: day, precision: 'day' });
  });
});

/**
 * A day of the month written again is the same day: a headline without a verb ("25일 독일과 결승 티켓 다툼", the
 * 25th: a fight with Germany for a final ticket) takes the tense the body gives it ("25일 … 맞붙는다", will meet on
 * the 25th), and is no past day the document must follow.
 */
describe('a repeated day of the month takes the tense the text gives it elsewhere', () => {
  it('ko: the headline\'s 25th is the semi-final still to come', () => {
    const text = '한국, 스페인 꺾고 월드컵 4강\n\n25일 독일과 결승 티켓 다툼\n\n히딩크 감독이 이끄는 한국 대표팀은 어제(22일) 광주월드컵경기장에서 열린 2002 한일월드컵 8강전에서 스페인을 이겼다. 한국은 25일 서울월드컵경기장에서 독일과 결승 진출을 놓고 맞붙는다.';
    expect(dateOf(text, 'ko')).toEqual({ value: '2002-06-23', precision: 'day' });
  });
});
