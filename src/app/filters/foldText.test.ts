import { describe, expect, it } from 'vitest';
import { foldText, matchesTerms, queryTerms } from './foldText.ts';

describe('foldText', () => {
  it('drops case and diacritics', () => {
    expect(foldText('Łódź Kraków Pjöngjang ÉTÉ')).toBe('lodz krakow pjongjang ete');
  });
  it('folds letters Unicode does not decompose', () => {
    expect(foldText('Straße Øresund Æsir œuvre ıstanbul')).toBe('strasse oresund aesir oeuvre istanbul');
  });
  it('leaves other scripts searchable', () => {
    expect(foldText('Путин')).toBe('путин');
    expect(foldText('Ким Чен Ын').includes(foldText('чен'))).toBe(true);
    expect(foldText('김정은 위원장').includes(foldText('김정은'))).toBe(true);
    expect(foldText('Ελλάδα')).toBe('ελλαδα');
  });
  it('queries match when every word occurs', () => {
    const hay = foldText('Kim Jong Un and Vladimir Putin meet in Wladiwostok, w zeszłym tygodniu');
    expect(matchesTerms(hay, queryTerms('putin  ZESZLYM'))).toBe(true);
    expect(matchesTerms(hay, queryTerms('putin beijing'))).toBe(false);
    expect(queryTerms('   ')).toEqual([]);
  });
});
