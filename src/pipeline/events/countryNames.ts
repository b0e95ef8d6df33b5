/**
 * Country names from the platform: `Intl.DisplayNames` knows every ISO 3166 region's name in every language ICU
 * has, long and short ("Vereinigtes Königreich", "Stany Zjednoczone", "미국", "美国"). The gazetteer's country files
 * then only add what Intl lacks: other names, case forms, demonyms.
 */

/** One-word Latin or Cyrillic names this short are words somewhere ("UK" is fine written by hand, "MB" is not). */
const MIN_ONE_WORD = 4;
const ONE_WORD_ALPHABETIC = /^[\p{Script=Latin}\p{Script=Cyrillic}.]+$/u;
/** ICU's compound forms ("Congo - Kinshasa", "Bosnia & Herzegovina") are no press spelling. */
const NOT_A_PRESS_NAME = / - |&/;
const ISO_REGION = /^[A-Z]{2}$/;

const displayNames = new Map<string, Intl.DisplayNames>();
function displayNamesFor(lang: string, style: 'long' | 'short'): Intl.DisplayNames | null {
  const key = `${lang}|${style}`;
  let d = displayNames.get(key);
  if (d === undefined) {
    try {
      d = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
    } catch {
      return null;
    }
    displayNames.set(key, d);
  }
  return d;
}

/** A usable press name from an ICU name, or null: "Myanmar (Burma)" → "Myanmar", "Hong Kong SAR China" stays. */
export function pressName(icu: string): string | null {
  const cut = [icu.indexOf('('), icu.indexOf('（')].filter((i) => i >= 0);
  const name = (cut.length ? icu.slice(0, Math.min(...cut)) : icu).trim();
  if (!name || NOT_A_PRESS_NAME.test(name)) return null;
  // A capitalised acronym of three letters is a name ("USA", "SHBA" is four); two letters are too often something else.
  if (!name.includes(' ') && ONE_WORD_ALPHABETIC.test(name) && name.length < MIN_ONE_WORD && !(name.length === 3 && name === name.toUpperCase())) return null;
  if ([...name].length < 2) return null;
  return name;
}

/**
 * The names of country `code` (ISO 3166 alpha-2) in `langs`, long and short, minus `except` (generated names that
 * are ordinary words or first names somewhere: listed per country in the data as `notAliases`). Empty for an id
 * that is no ISO region.
 */
export function intlCountryNames(code: string, langs: readonly string[], except: readonly string[] = []): string[] {
  if (!ISO_REGION.test(code)) return [];
  const skip = new Set(except);
  const out = new Set<string>();
  for (const lang of langs) {
    for (const style of ['long', 'short'] as const) {
      const icu = displayNamesFor(lang, style)?.of(code);
      const name = icu ? pressName(icu) : null;
      if (name && !skip.has(name)) out.add(name);
    }
  }
  return [...out];
}
