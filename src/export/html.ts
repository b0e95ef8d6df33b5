/**
 * Plain text in and out of HTML, for formats whose fields are rendered as HTML (TimelineJS puts headline, text,
 * caption and credit into innerHTML). Article text is untrusted: it is always escaped, never passed as markup.
 */
import { stripTags } from '../model/text.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five characters that can open markup or leave an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references; unknown names and invalid code points are left as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text of an HTML fragment as written by TimelineJS authors: block ends and `<br>` become line breaks,
 * other tags are dropped, entities decoded. Not a sanitiser: the result is only ever used as text.
 */
export function htmlToText(html: string): string {
  const withBreaks = stripTags(html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote)\s*>/gi, '\n'));
  return decodeEntities(withBreaks)
    .split('\n').map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim()).join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
