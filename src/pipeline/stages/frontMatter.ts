/**
 * Front matter: flat `key: value` lines between two `---` lines at the very top of an article. Deliberately not
 * YAML: anchors, aliases, lists and multi-line values stay plain text, so nothing in an article can expand.
 */
import type { StatedDate } from '../types.ts';

export interface FrontMatter {
  title: string | null;
  url: string | null;
  published: StatedDate | null;
  lang: string | null;
  /** Other keys, kept verbatim. */
  meta: Record<string, string>;
  /** Offset in the raw text where the article body starts (0 without front matter). */
  bodyStart: number;
  problems: Array<{ code: string; message: string }>;
}

const MAX_VALUE_CHARS = 2000;
const KNOWN_KEYS = new Set(['title', 'url', 'published', 'lang']);
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,63})[ \t]*:(.*)$/;

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the calendar. */
export function parseStatedDate(raw: string): StatedDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { value: m[1], precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { value: `${m[1]}-${m[2]}`, precision: 'month' };
  const day = Number(m[3]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > lastDay) return null;
  return { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
}

/** Drops a trailing ` # comment` (a `#` preceded by whitespace), leaving `#` inside URLs alone. */
function stripComment(value: string): string {
  const hash = value.search(/[ \t]#/);
  return (hash >= 0 ? value.slice(0, hash) : value).trim();
}

function unquote(value: string): string {
  if (value.length >= 2 && ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))) {
    return value.slice(1, -1);
  }
  return value;
}

/** Only http(s) URLs are kept: anything else (javascript:, data:, file:) would be unsafe as a link. */
export function safeHttpUrl(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Splits front matter from the body. Never throws; problems come back as data. */
export function parseFrontMatter(raw: string): FrontMatter {
  const result: FrontMatter = { title: null, url: null, published: null, lang: null, meta: {}, bodyStart: 0, problems: [] };
  const firstLineEnd = raw.indexOf('\n');
  if (firstLineEnd < 0 || raw.slice(0, firstLineEnd).trimEnd() !== '---') return result;

  // Find the closing `---` line.
  let pos = firstLineEnd + 1;
  let close = -1;
  let closeEnd = -1;
  while (pos <= raw.length) {
    const next = raw.indexOf('\n', pos);
    const lineEnd = next < 0 ? raw.length : next;
    if (raw.slice(pos, lineEnd).trimEnd() === '---') {
      close = pos;
      closeEnd = next < 0 ? raw.length : next + 1;
      break;
    }
    if (next < 0) break;
    pos = next + 1;
  }
  if (close < 0) {
    result.problems.push({ code: 'front-matter-unclosed', message: 'The file starts with "---" but the front matter is never closed, so it was read as ordinary text.' });
    return result;
  }

  result.bodyStart = closeEnd;
  for (const rawLine of raw.slice(firstLineEnd + 1, close).split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = KEY_LINE.exec(line);
    if (!m) {
      result.problems.push({ code: 'front-matter-line', message: `Front matter line ignored (not "key: value"): ${line.slice(0, 80)}` });
      continue;
    }
    const key = m[1].toLowerCase();
    let value = unquote(stripComment(m[2]));
    if (value.length > MAX_VALUE_CHARS) {
      result.problems.push({ code: 'front-matter-value-too-long', message: `Front matter value of "${key}" is longer than ${MAX_VALUE_CHARS} characters and was cut.` });
      value = value.slice(0, MAX_VALUE_CHARS);
    }
    if (!KNOWN_KEYS.has(key)) {
      result.meta[key] = value;
      continue;
    }
    if (key === 'title') result.title = value || null;
    else if (key === 'url') {
      result.url = safeHttpUrl(value);
      if (value && !result.url) result.problems.push({ code: 'front-matter-url', message: `The url "${value.slice(0, 80)}" is not an http(s) address and is not shown as a link.` });
    } else if (key === 'published') {
      result.published = parseStatedDate(value);
      if (!result.published) result.problems.push({ code: 'front-matter-date', message: `The published date "${value.slice(0, 40)}" is not a valid YYYY, YYYY-MM or YYYY-MM-DD date; the date is inferred from the text instead.` });
    } else if (key === 'lang') {
      const lang = value.toLowerCase();
      if (/^[a-z]{2,3}$/.test(lang)) result.lang = lang;
      else result.problems.push({ code: 'front-matter-lang', message: `The lang "${value.slice(0, 20)}" is not an ISO 639 code; the language is detected instead.` });
    }
  }
  return result;
}
