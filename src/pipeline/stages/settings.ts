/**
 * Site settings (`dateline.settings.json` in the sources folder): title, introduction, initial visible range,
 * default filters, accent colour and date locale. All optional; each bad value is dropped with a warning in plain
 * words, never an error, and the rest still applies.
 */
import { EVENT_STATUSES, EVENT_TYPES, type SiteSettings, type Warning } from '../../model/timeline.ts';

export const SETTINGS_FILE = 'dateline.settings.json';

const KEYS = ['title', 'introduction', 'initialRange', 'filters', 'accentColor', 'locale'] as const;
const FILTER_KEYS = ['q', 'types', 'statuses', 'langs', 'articles', 'participants'] as const;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Only hex colours: a value that reaches CSS can then never be anything but a colour. */
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const MAX_TITLE = 120;
const MAX_INTRO = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function warning(message: string): Warning {
  return { article: null, file: SETTINGS_FILE, code: 'settings-invalid', message };
}

/** Checks parsed settings JSON: the valid settings, and a warning for each value that was ignored. */
export function validateSettings(json: unknown): { settings: SiteSettings; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const settings: SiteSettings = {};
  if (!isObject(json)) return { settings, warnings: [warning('The settings file must hold a JSON object such as { "title": "…" }; it was ignored.')] };
  const ignore = (key: string, why: string) => warnings.push(warning(`"${key}" ${why}; it was ignored.`));
  for (const key of Object.keys(json)) if (!(KEYS as readonly string[]).includes(key)) ignore(key, `is not a known setting (known: ${KEYS.join(', ')})`);
  const text = (key: 'title' | 'introduction', max: number) => {
    const v = json[key];
    if (v === undefined) return;
    if (typeof v !== 'string' || !v.trim()) ignore(key, 'must be a non-empty string');
    else if (v.length > max) ignore(key, `is longer than ${max} characters`);
    else settings[key] = v.trim();
  };
  text('title', MAX_TITLE);
  text('introduction', MAX_INTRO);
  const range = json.initialRange;
  if (range !== undefined) {
    const pair = Array.isArray(range) ? range : isObject(range) ? [range.from, range.to] : null;
    if (!pair || pair.length !== 2 || !pair.every((d) => typeof d === 'string' && ISO_DAY.test(d))) ignore('initialRange', 'must be two days, ["YYYY-MM-DD", "YYYY-MM-DD"] or { "from": …, "to": … }');
    else if (pair[0] > pair[1]) ignore('initialRange', `starts (${pair[0]}) after it ends (${pair[1]})`);
    else settings.initialRange = [pair[0], pair[1]];
  }
  const filters = json.filters;
  if (filters !== undefined) {
    if (!isObject(filters)) ignore('filters', 'must be an object such as { "types": ["meeting"] }');
    else {
      const out: NonNullable<SiteSettings['filters']> = {};
      for (const key of Object.keys(filters)) {
        const v = filters[key];
        if (!(FILTER_KEYS as readonly string[]).includes(key)) ignore(`filters.${key}`, `is not a filter (known: ${FILTER_KEYS.join(', ')})`);
        else if (key === 'q') {
          if (typeof v !== 'string') ignore('filters.q', 'must be a string');
          else if (v.trim()) out.q = v.trim();
        } else if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim())) ignore(`filters.${key}`, 'must be a list of strings');
        else {
          const allowed: readonly string[] | null = key === 'types' ? EVENT_TYPES : key === 'statuses' ? EVENT_STATUSES : null;
          const unknown = allowed ? v.filter((x: string) => !allowed.includes(x)) : [];
          if (unknown.length) ignore(`filters.${key}`, `has unknown values ${unknown.map((u: string) => JSON.stringify(u)).join(', ')} (known: ${allowed!.join(', ')})`);
          else if (v.length) out[key as Exclude<(typeof FILTER_KEYS)[number], 'q'>] = [...new Set(v as string[])];
        }
      }
      if (Object.keys(out).length) settings.filters = out;
    }
  }
  const accent = json.accentColor;
  if (accent !== undefined) {
    if (typeof accent !== 'string' || !HEX_COLOUR.test(accent.trim())) ignore('accentColor', 'must be a hex colour such as "#b0413e" or "#c44"');
    else settings.accentColor = accent.trim().toLowerCase();
  }
  const locale = json.locale;
  if (locale !== undefined) {
    let canonical: string | undefined;
    try {
      canonical = typeof locale === 'string' ? Intl.getCanonicalLocales(locale)[0] : undefined;
    } catch {
      canonical = undefined;
    }
    if (!canonical) ignore('locale', 'must be a language tag such as "en-GB", "de" or "fr-CA"');
    else settings.locale = canonical;
  }
  return { settings, warnings };
}
