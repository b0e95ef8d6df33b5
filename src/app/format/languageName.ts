/** Language names from ISO 639-1 codes through Intl.DisplayNames ("pt" -> "Portuguese"). */
const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export function languageName(code: string): string {
  if (!code || code === 'und') return 'unknown language';
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // malformed tag from an imported file: show it as is
  }
}
