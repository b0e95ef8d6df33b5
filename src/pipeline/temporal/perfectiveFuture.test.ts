/**
 * Russian and Ukrainian say most news futures with perfective verbs in present-tense form ("посетит", "відвідає"),
 * with no auxiliary: the tense data lists the common ones, so a bare weekday beside them is the coming one.
 */
import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';

// 2024-05-01 is a Wednesday.
const DCT = '2024-05-01';

describe('perfective futures (ru, uk) point a bare weekday forward', () => {
  it.each([
    ['ru', 'В пятницу президент посетит Берлин.', '2024-05-03'],
    ['ru', 'Министры проведут переговоры в пятницу.', '2024-05-03'],
    ['ru', 'В пятницу президент посетил Берлин.', '2024-04-26'],
    ['uk', "У п'ятницю президент відвідає Берлін.", '2024-05-03'],
    ['uk', "Сторони підпишуть угоду в п'ятницю.", '2024-05-03'],
    ['uk', "У п'ятницю президент відвідав Берлін.", '2024-04-26'],
  ])('%s: %s → %s', (lang, text, day) => {
    expect(timexesOf(lang, text, DCT).map((t) => t.value)).toEqual([day]);
  });
});
