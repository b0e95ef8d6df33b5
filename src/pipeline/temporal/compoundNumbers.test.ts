import { describe, expect, it } from 'vitest';
import { compoundNumbers } from './lexicon.ts';
import { timexesOf } from './oneSentence.testHelper.ts';

describe('compoundNumbers', () => {
  it('writes every tens-and-units pair by each template', () => {
    const words = { deux: 2, huit: 8, vingt: 20, soixante: 60, cent: 100 };
    expect(compoundNumbers(words, ['{tens}-{unit}'])).toEqual([['vingt-deux', 22], ['vingt-huit', 28], ['soixante-deux', 62], ['soixante-huit', 68]]);
    expect(compoundNumbers(words, [])).toEqual([]);
    // Italian elides the tens' last vowel before "otto".
    expect(compoundNumbers({ otto: 8, venti: 20 }, ['{tens}{unit}', '{tens~}{unit}'])).toEqual([['ventiotto', 28], ['ventotto', 28]]);
  });
});

describe('a count of years written in words of two parts is read whole (not its last word alone)', () => {
  it.each([
    ['fr', 'Soixante-huit ans après la première Coupe du monde, la France est championne.', 'P68Y'],
    ['en', 'Twenty-five years ago the wall came down.', '2000'],
    ['de', 'Achtundsechzig Jahre nach dem Krieg erinnert die Stadt an die Opfer.', 'P68Y'],
    ['es', 'Treinta y cinco años después del golpe, el país recuerda a las víctimas.', 'P35Y'],
    ['pt', 'Há vinte e cinco anos, o país mudou de moeda.', '2000'],
    ['pl', 'Dwadzieścia pięć lat temu runął mur.', '2000'],
    ['ru', 'Двадцать пять лет назад была принята декларация.', '2000'],
    ['sq', 'Njëzet e pesë vjet më parë ra muri.', '2000'],
    ['nl', 'Vijfentwintig jaar geleden viel de muur.', '2000'],
    ['it', 'Venticinque anni fa cadeva il muro.', '2000'],
    ['it', 'Ventotto anni fa cadeva il muro.', '1997'],
    ['it', 'Ventitré anni fa cadeva il muro.', '2002'],
  ])('%s: %s', (lang, text, value) => {
    expect(timexesOf(lang, text, '2025-06-01').map((t) => t.value)).toEqual([value]);
  });
});
