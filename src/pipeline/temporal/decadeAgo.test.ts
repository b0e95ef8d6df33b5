/**
 * "A decade ago" is the year ten years before the DCT's, as "ten years ago" is; "so far this year" ("en lo que va de
 * año") is the DCT's year.
 */
import { describe, expect, it } from 'vitest';
import { timexesOf } from './oneSentence.testHelper.ts';

const DCT = '2023-09-13';

describe('a decade ago, so far this year', () => {
  it.each([
    ['en', 'A decade ago he was the mayor.', 'A decade ago', '2013'],
    ['es', 'Hace una década era alcalde.', 'Hace una década', '2013'],
    ['fr', "Il y a une décennie, il était maire.", 'Il y a une décennie', '2013'],
    ['de', 'Vor einem Jahrzehnt war er Bürgermeister.', 'Vor einem Jahrzehnt', '2013'],
    ['it', 'Un decennio fa era sindaco.', 'Un decennio fa', '2013'],
    ['pt', 'Há uma década era presidente da câmara.', 'Há uma década', '2013'],
    ['pl', 'Dekadę temu był burmistrzem.', 'Dekadę temu', '2013'],
    ['nl', 'Een decennium geleden was hij burgemeester.', 'Een decennium geleden', '2013'],
    ['ru', 'Десятилетие назад он был мэром.', 'Десятилетие назад', '2013'],
    ['uk', 'Десятиліття тому він був мером.', 'Десятиліття тому', '2013'],
    ['es', 'En lo que va de año las ventas cayeron un 5%.', 'En lo que va de año', '2023'],
    ['es', 'En lo que va del mes se registraron tres sismos.', 'En lo que va del mes', '2023-09'],
  ])('%s: %s', (lang, text, span, value) => {
    expect(timexesOf(lang, text, DCT).map((t) => [t.text, t.value])).toEqual([[span, value]]);
  });
});
