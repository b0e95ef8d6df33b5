/**
 * Folding for search: case, diacritics and a few letters that Unicode does not decompose (ł, ß, ø…), so "lodz"
 * finds "Łódź" and "strasse" finds "Straße". Works on any script: NFKD splits accents from their letters (and
 * Hangul syllables into jamo, consistently on both sides), and every combining mark (\p{M}) is dropped.
 */
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l', đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th', ħ: 'h', ŧ: 't', ŀ: 'l', ĸ: 'k',
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter])
    .replace(/\s+/gu, ' ');
}

/** The words of a query, folded; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

/** True when every term occurs somewhere in the (already folded) haystack. */
export function matchesTerms(foldedHaystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => foldedHaystack.includes(term));
}
