import { describe, expect, it } from 'vitest';
import { analyseTime } from './index.ts';
import { dateOf, input, resources } from './undatedText.testHelper.ts';

/** The value of the expression that includes `phrase`, in `text` cut into sentences, against the day `dct`. */
const valueOf = (lang: string, text: string, phrase: string, dct = '2024-05-20') =>
  analyseTime({ ...input(text, lang), published: { value: dct, precision: 'day' } }, resources).timexes.find((t) => t.text.includes(phrase))?.value;

describe('a yearless date just after a dated month of the same account takes its year', () => {
  it.each([
    ['de', 'Nach den Luftangriffen im Februar 1945 brannte die Kirche aus und stürzte am 15. Februar ein.', '15. Februar', '1945-02-15'],
    ['en', 'The bridge was closed in March 2011. It reopened on 2 September after repairs.', '2 September', '2011-09-02'],
    ['fr', 'Le projet a été lancé en mai 2016, et les travaux ont commencé le 3 octobre.', '3 octobre', '2016-10-03'],
    ['es', 'El tribunal admitió la demanda en enero de 2012 y dictó sentencia el 14 de junio.', '14 de junio', '2012-06-14'],
    ['it', 'Il cantiere è stato aperto nel marzo 2009. I lavori si sono fermati a luglio.', 'luglio', '2009-07'],
    ['pl', 'Ustawę uchwalono w lutym 2010 roku, a prezydent podpisał ją 12 marca.', '12 marca', '2010-03-12'],
    ['ru', 'Закон внесли в Думу в апреле 2015 года. Его приняли 20 мая.', '20 мая', '2015-05-20'],
    ['ja', '２００５年８月、法案が否決された。９月１１日の選挙で与党が圧勝した。', '９月１１日', '2005-09-11'],
    ['zh', '2015年3月，工程正式开工。同年10月，大桥主体结构完工。', '10月', '2015-10'],
    ['ko', '2018년 3월 공사가 시작됐다. 9월 20일에는 다리가 개통됐다.', '9월 20일', '2018-09-20'],
  ])('%s: "%s"', (lang, text, phrase, value) => {
    expect(valueOf(lang, text, phrase)).toBe(value);
  });
});

describe('where the account may have turned back to the present, the year is not carried', () => {
  it.each([
    ['a bare year before it', 'en', 'The two leaders first met in 2019. On 2 September they met again in Moscow.', '2 September', '2023-09-02', '2023-10-10'],
    ['another paragraph', 'en', 'The bridge was closed in March 2011.\n\nIt reopened on 2 September after repairs.', '2 September', '2024-09-02', '2024-10-10'],
    ['two sentences on', 'en', 'The bridge was closed in March 2011. Engineers found cracks. It reopened on 2 September after repairs.', '2 September', '2024-09-02', '2024-10-10'],
    ['an earlier month of the year', 'en', 'The bridge was closed in October 2011. It reopened on 2 September after repairs.', '2 September', '2024-09-02', '2024-10-10'],
    ['an account of what is to come', 'en', 'The rules will apply from January 2027. Companies will have to report on 1 March.', '1 March', '2025-03-01', '2024-05-20'],
    ['another expression between', 'en', 'The bridge was closed in March 2011. Last week, on 2 September, it reopened.', '2 September', '2024-09-02', '2024-09-10'],
  ])('%s: "%s"', (_, lang, text, phrase, value, dct) => {
    expect(valueOf(lang, text, phrase, dct)).toBe(value);
  });
});

describe('the document date', () => {
  it('is not pulled to the next such day by a yearless date of a dated account', () => {
    // Before, "am 15. Februar" (past, "recent") put a report of 30 October 2005 in February 2006.
    const text = 'Die Kirche wurde am Sonntag geweiht, 60 Jahre nach ihrer Zerstörung. Nach den Luftangriffen im Februar 1945 ' +
      'brannte sie aus und stürzte am 15. Februar ein. Der Wiederaufbau begann im Mai 1994 und endete am 30. Oktober 2005.';
    expect(dateOf(text, 'de')?.value.startsWith('2006')).toBe(false);
  });
});
