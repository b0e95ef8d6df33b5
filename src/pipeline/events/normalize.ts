/**
 * Folding and word tokens. Every lexicon key and every text token goes through `foldText`, so matching is
 * insensitive to case and diacritics (Władywostok = wladywostok) while offsets stay on the original text.
 */
import type { Token } from './types.ts';
import { forEachWordSegment } from './wordSegments.ts';

const MARKS = /\p{M}/gu;
// NFD leaves these letters whole; fold them by hand so "ł" matches "l" and "ß" matches "ss".
const EXTRA: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', ı: 'i', 'æ': 'ae', 'œ': 'oe' };
const EXTRA_RE = /[łøđßıæœ]/g;
const APOSTROPHES = /[’'ʼ`´]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no diacritics, NFC (so Hangul syllables recompose), curly apostrophes straightened. */
export function foldText(s: string): string {
  const lower = s.toLowerCase();
  // ASCII has no marks and nothing for NFD/NFC to change: skip the four Unicode passes.
  if (!NON_ASCII.test(lower)) return lower.replace(APOSTROPHES, "'");
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .normalize('NFC')
    .replace(EXTRA_RE, (c) => EXTRA[c])
    .replace(APOSTROPHES, "'");
}

const CASED = /\p{Lu}|\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

/** What a token's text alone decides: computed once per distinct string (see `wordForms`). */
interface WordForms {
  norm: string;
  lower: string;
  cased: boolean;
  upperStart: boolean;
}

/**
 * Word forms by raw text. Folding (four Unicode passes) was a large share of tokenising, and news text repeats
 * its words, so each distinct string is folded once. Bounded: cleared when full, which only costs recomputation.
 */
const FORMS_LIMIT = 50_000;
const forms = new Map<string, WordForms>();

function wordForms(raw: string): WordForms {
  let f = forms.get(raw);
  if (!f) {
    if (forms.size >= FORMS_LIMIT) forms.clear();
    f = { norm: foldText(raw), lower: raw.toLowerCase().normalize('NFC').replace(APOSTROPHES, "'"), cased: CASED.test(raw), upperStart: UPPER_START.test(raw) };
    forms.set(raw, f);
  }
  return f;
}

function makeToken(text: string, start: number, end: number, word: boolean): Token {
  const raw = text.slice(start, end);
  const f = wordForms(raw);
  const uncased = word && !f.cased;
  return { start, end, raw, norm: f.norm, lower: f.lower, word, cap: uncased || f.upperStart, uncased };
}

const APOSTROPHE_CODES = new Set([...'’\'ʼ`´'].map((c) => c.charCodeAt(0)));

/** Index of the first apostrophe in `text[start, end)`, relative to `start`; -1 when there is none. */
function apostropheAt(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (APOSTROPHE_CODES.has(text.charCodeAt(i))) return i - start;
  return -1;
}

/**
 * Word and punctuation tokens of `text[start, end)` (one sentence; whitespace dropped). Elisions are split
 * ("l’Ucraina" gives "l’" and "Ucraina"), but a short tail after a name stays one token ("Jake’a" reads as "Jakea").
 */
export function tokenize(text: string, start: number, end: number, lang: string): Token[] {
  const out: Token[] = [];
  forEachWordSegment(text, start, end, lang, (s, e, wordLike, fromIntl) => {
    if (!wordLike) {
      out.push(makeToken(text, s, e, false));
      return;
    }
    const apos = fromIntl ? apostropheAt(text, s, e) : -1;
    const tail = apos >= 0 ? e - s - apos - 1 : 0;
    if (apos > 0 && tail > 0 && !(tail <= 2 && apos >= 3)) {
      out.push(makeToken(text, s, s + apos + 1, true));
      out.push(makeToken(text, s + apos + 1, e, true));
    } else {
      const t = makeToken(text, s, e, true);
      if (apos > 0) { t.norm = t.norm.replace(APOSTROPHES, ''); t.lower = t.lower.replace(APOSTROPHES, ''); }
      out.push(t);
    }
  });
  return out;
}
