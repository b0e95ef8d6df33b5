/** Month names as Intl writes them for one locale: one source for the tagger's lexicon and the sentence splitter. */

const ALL_DIGITS = /^\d+$/;

/**
 * [name, month 1-12, abbreviated] for every month, in the stand-alone and the formatting forms (ru "сентябрь" and
 * "сентября"), long and short; a trailing full stop is dropped ("sept." → "sept"), numeric forms are skipped.
 * Throws for a language tag Intl rejects.
 */
export function intlMonthNames(lang: string): Array<[string, number, boolean]> {
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { ...o, timeZone: 'UTC' });
  const formats: Array<[Intl.DateTimeFormat, boolean]> = [
    [fmt({ month: 'long' }), false], [fmt({ month: 'long', day: 'numeric' }), false],
    [fmt({ month: 'short' }), true], [fmt({ month: 'short', day: 'numeric' }), true],
  ];
  const out: Array<[string, number, boolean]> = [];
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2023, m - 1, 13));
    for (const [f, abbreviated] of formats) {
      for (const p of f.formatToParts(date)) if (p.type === 'month' && !ALL_DIGITS.test(p.value)) out.push([p.value.replace(/\.$/, ''), m, abbreviated]);
    }
  }
  return out;
}
