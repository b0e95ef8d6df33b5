/**
 * Folding and word tokens. Every lexicon key and every text token goes through `foldText`, so matching is
 * insensitive to case and diacritics (Władywostok = wladywostok) while offsets stay on the original text.
 */
import { segmenterFor } from '../stages/segmenters.ts';
import type { Token } from './types.ts';

const MARKS = /\p{M}/gu;
// NFD leaves these letters whole; fold them by hand so "ł" matches "l" and "ß" matches "ss".
const EXTRA: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', ı: 'i', 'æ': 'ae', 'œ': 'oe' };
const EXTRA_RE = /[łøđßıæœ]/g;
const APOSTROPHES = /[’'ʼ`´]/g;

/** Lower case, no diacritics, NFC (so Hangul syllables recompose), curly apostrophes straightened. */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(EXTRA_RE, (c) => EXTRA[c])
    .replace(APOSTROPHES, "'");
}


const CASED = /\p{Lu}|\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

function makeToken(text: string, start: number, end: number, word: boolean): Token {
  const raw = text.slice(start, end);
  const uncased = word && !CASED.test(raw);
  return { start, end, raw, norm: foldText(raw), lower: raw.toLowerCase().normalize('NFC').replace(APOSTROPHES, "'"), word, cap: uncased || UPPER_START.test(raw), uncased };
}

/**
 * Word and punctuation tokens of `text[start, end)` (one sentence; whitespace dropped). Elisions are split
 * ("l’Ucraina" gives "l’" and "Ucraina"), but a short tail after a name stays one token ("Jake’a" reads as "Jakea").
 */
export function tokenize(text: string, start: number, end: number, lang: string): Token[] {
  const out: Token[] = [];
  for (const seg of segmenterFor(lang, 'word').segment(text.slice(start, end))) {
    const s = start + seg.index, e = s + seg.segment.length;
    if (!seg.isWordLike) {
      if (seg.segment.trim()) out.push(makeToken(text, s, e, false));
      continue;
    }
    const apos = seg.segment.search(APOSTROPHES);
    const tail = apos >= 0 ? seg.segment.length - apos - 1 : 0;
    if (apos > 0 && tail > 0 && !(tail <= 2 && apos >= 3)) {
      out.push(makeToken(text, s, s + apos + 1, true));
      out.push(makeToken(text, s + apos + 1, e, true));
    } else {
      const t = makeToken(text, s, e, true);
      if (apos > 0) { t.norm = t.norm.replace(APOSTROPHES, ''); t.lower = t.lower.replace(APOSTROPHES, ''); }
      out.push(t);
    }
  }
  return out;
}
