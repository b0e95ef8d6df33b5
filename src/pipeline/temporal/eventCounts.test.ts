import { describe, expect, it } from 'vitest';
import { dateOf, resources, input } from './undatedText.testHelper.ts';
import { tagTime } from './index.ts';

/**
 * A count from an event named by a common noun ("ten years after his death") counts from the full date of the
 * sentence that reports that event with a word of the same meaning ("He died … on 14 March 2005"): the present is
 * that year plus the count. Short articles written for these tests.
 */
describe('a count from an event another sentence dates', () => {
  it.each([
    ['en', 'The museum opened yesterday, ten years after his death. He was born in Lyon on 3 May 1920. He died in Paris on 14 March 2005.'],
    ['de', 'Zehn Jahre nach seinem Tod wurde gestern das Museum eröffnet. Er wurde am 3. Mai 1920 in Lyon geboren. Er starb am 14. März 2005 in Paris.'],
    ['fr', 'Le musée a ouvert hier, dix ans après sa mort. Il est né à Lyon le 3 mai 1920. Il est mort à Paris le 14 mars 2005.'],
    ['es', 'El museo abrió ayer, diez años después de su muerte. Nació en Lyon el 3 de mayo de 1920. Murió en París el 14 de marzo de 2005.'],
    ['it', 'Il museo è stato inaugurato ieri, dieci anni dopo la sua morte. Era nato a Lione il 3 maggio 1920. È morto a Parigi il 14 marzo 2005.'],
    ['pl', 'Muzeum otwarto wczoraj, dziesięć lat po jego śmierci. Urodził się w Lyonie 3 maja 1920 roku. Zmarł w Paryżu 14 marca 2005 roku.'],
    ['ru', 'Музей открылся вчера, через десять лет после его смерти. Он родился в Лионе 3 мая 1920 года. Он умер в Париже 14 марта 2005 года.'],
    ['sq', 'Muzeu u hap dje, dhjetë vjet pas vdekjes së tij. Lindi në Lion më 3 maj 1920. Vdiq në Paris më 14 mars 2005.'],
  ])('%s: %s', (lang, text) => {
    expect(dateOf(text, lang)).toEqual({ value: '2015', precision: 'year' });
  });

  it('en: the count is linked to the death\'s date, not to the birth\'s', () => {
    const text = 'The museum opened yesterday, ten years after his death. He was born in Lyon on 3 May 1920. He died in Paris on 14 March 2005.';
    const count = tagTime(input(text, 'en'), resources).timexes.find((t) => text.slice(t.start, t.end).includes('ten years'))!;
    expect(text.slice(count.countsFrom!, count.countsFrom! + 16)).toBe('on 14 March 2005');
  });

  it('en: not from two different dates of the same kind, nor for a count after the lead', () => {
    const two = 'The museum opened yesterday, ten years after his death. He died in Paris on 14 March 2005. His brother died on 2 June 2009.';
    expect(tagTime(input(two, 'en'), resources).timexes.some((t) => t.countsFrom !== undefined)).toBe(false);
    const late = 'The museum opened yesterday. Crowds came. It rained. The trial began two years after his death. He died in Paris on 14 March 2005.';
    expect(tagTime(input(late, 'en'), resources).timexes.some((t) => t.countsFrom !== undefined)).toBe(false);
  });
});
