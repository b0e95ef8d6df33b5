import { describe, expect, it } from 'vitest';
import { namedIds } from './undatedText.testHelper.ts';

/**
 * `eventNameNotAfter` (lang/<iso>/temporal.json): words right before a name that make it another event. "Quartas de
 * final da Copa do Mundo" is a quarter-final: the "final da Copa do Mundo" the data names is not reported there.
 */
describe('a quarter- or semi-final is not the final the name is', () => {
  it.each([
    ['pt', 'A seleção venceu ontem as quartas de final da Copa do Mundo nos pênaltis.'],
    ['es', 'España ganó ayer los cuartos de final del Mundial ante Alemania.'],
    ['fr', 'La France a remporté hier la demi-finale de la Coupe du monde.'],
    ['it', "L'Italia ha vinto ieri la semifinale dei Mondiali ai rigori."],
  ])('%s: %s', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => id.includes('final'))).toEqual([]);
  });

  it.each([
    ['pt', 'A França venceu ontem a final da Copa do Mundo.'],
    ['es', 'Argentina ganó ayer la final del Mundial en Catar.'],
  ])('%s: the final itself is still named: %s', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => id.includes('final'))).not.toEqual([]);
  });
});
