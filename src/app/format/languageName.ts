/** Language names from ISO 639-1 codes through Intl.DisplayNames ("pt" -> "Portuguese"). */
// Made when first needed: the first Intl object of a page loads ICU's data, work the first paint need not wait for.
let names: Intl.DisplayNames | undefined;

export function languageName(code: string): string {
  if (!code || code === 'und') return 'unknown language';
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    return names.of(code) ?? code;
  } catch {
    return code; // malformed tag from an imported file: show it as is
  }
}
