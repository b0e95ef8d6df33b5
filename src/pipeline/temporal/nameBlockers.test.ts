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

/**
 * A junior or youth edition is another event than the one the name means, whether the word stands before the name
 * ("the junior Wimbledon final") or inside a name matched word by word ("Świątek wygrała juniorski Wimbledon").
 */
describe('a junior or youth edition is not the event the name is', () => {
  it.each([
    ['pl', 'Dwa lata temu Świątek wygrała juniorski Wimbledon.', 'Dwa lata temu Świątek wygrała Wimbledon.'],
    ['en', 'Two years ago she won the junior Wimbledon final.', 'Two years ago she won the Wimbledon final.'],
    ['de', 'Vor zwei Jahren gewann sie das Junioren Wimbledon-Finale.', 'Vor zwei Jahren gewann sie das Wimbledon-Finale.'],
    ['ru', 'Два года назад сборная выиграла молодёжный чемпионат мира по футболу.', 'Два года назад сборная выиграла чемпионат мира по футболу.'],
    ['en', 'The Youth Olympic Games opened in Singapore.', 'The Olympic Games opened in Beijing.'],
  ])('%s: %s', (lang, junior, senior) => {
    expect(namedIds(junior, lang)).toEqual([]);
    expect(namedIds(senior, lang)).not.toEqual([]);
  });
});
