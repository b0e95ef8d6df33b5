/**
 * Vite plugin `dateline-page`: what the built page says about itself before any script runs, for search engines
 * and link previews (which do not run scripts):
 * - schema.org JSON-LD (`toJsonLd`: generated English fields only, `<` `>` `&` escaped) in a
 *   `<script type="application/ld+json">` data block, which browsers never execute, so `script-src 'self'` allows it;
 * - Open Graph and Twitter card tags with a description such as "12 events from 5 articles, 2019–2025".
 * With `single: true` it also makes the single-file build self-contained and strict: the favicon becomes a data:
 * URL, and after vite-plugin-singlefile has inlined the code, a CSP `<meta>` allows exactly the inlined script and
 * style by their sha256 hashes (no 'unsafe-inline') and data: URLs for the inlined timeline.
 * The timeline comes from the `dateline` plugin's `api.timeline()`: one extraction per build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { Timeline } from '../model/timeline.ts';
import { toJsonLd } from '../export/jsonLd.ts';
import { DATELINE_PLUGIN_NAME, type DatelineApi } from './vitePlugin.ts';

export interface PageOptions {
  /** Site title for og:title and the JSON-LD list name. */
  title?: string;
  /** Single-file build: inline the favicon and add a hash-based CSP meta tag. */
  single?: boolean;
}

export const DEFAULT_SITE_TITLE = 'Dateline';

/** Events listed in the page's own JSON-LD block (search engines need a sample, not the archive). */
export const PAGE_JSON_LD_EVENTS = 200;

/**
 * The Content-Security-Policy the built site (dist/) runs under, as an HTTP header (README "Embed"; the CSP e2e
 * test serves dist/ with it). Nothing inline, nothing remote; frame-ancestors * because embedding is the point
 * (narrow it to your own sites if you like). Inline `style=` attributes set by React and D3 go through the CSSOM,
 * which style-src does not restrict.
 */
export const SITE_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'", 'frame-ancestors *',
].join('; ');

/** "N events from M articles, 2019–2025" (the year span of the events; none when there are no events). */
export function describeTimeline(timeline: Pick<Timeline, 'events' | 'articles'>): string {
  const n = timeline.events.length, m = timeline.articles.length;
  const counts = `${n} ${n === 1 ? 'event' : 'events'} from ${m} ${m === 1 ? 'article' : 'articles'}`;
  if (n === 0) return counts;
  const first = timeline.events.reduce((min, e) => (e.date.start < min ? e.date.start : min), timeline.events[0].date.start).slice(0, 4);
  const last = timeline.events.reduce((max, e) => (e.date.end > max ? e.date.end : max), timeline.events[0].date.end).slice(0, 4);
  return `${counts}, ${first === last ? first : `${first}–${last}`}`;
}

/** The head tags of the page (pure; Vite escapes attribute values, and the JSON-LD escapes `<` itself). */
export function pageTags(timeline: Timeline, title: string): HtmlTagDescriptor[] {
  const counts = describeTimeline(timeline);
  const intro = timeline.settings?.introduction?.replace(/\s+/g, ' ');
  const description = intro ? `${intro.length > 200 ? `${intro.slice(0, 199)}…` : intro} (${counts})` : counts;
  const meta = (key: 'property' | 'name', name: string, content: string): HtmlTagDescriptor =>
    ({ tag: 'meta', attrs: { [key]: name, content }, injectTo: 'head' });
  return [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    // The first PAGE_JSON_LD_EVENTS events only: the block sits in <head>, and every event of a large archive
    // there (6 MB at 10,000 events) delays the page's own script by seconds. The JSON-LD download has them all.
    { tag: 'script', attrs: { type: 'application/ld+json' }, children: toJsonLd({ ...timeline, events: timeline.events.slice(0, PAGE_JSON_LD_EVENTS) }, { siteTitle: title }), injectTo: 'head' },
  ];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The contents of the executable inline `<script>` and of the `<style>` elements of a page. JSON-LD and other data
 * blocks are skipped: CSP does not apply to them.
 */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [], styles: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1])?.[1]?.toLowerCase();
    if (/\bsrc\s*=/i.test(m[1]) || (type && type !== 'module' && !type.includes('javascript'))) continue;
    scripts.push(m[2]);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(m[1]);
  return { scripts, styles };
}

/**
 * The single-file page's own policy: nothing from anywhere (`default-src 'none'`) except its inline code by hash
 * and data: URLs (the inlined timeline, fetched; images). frame-ancestors cannot be set from a meta tag.
 */
export function singleFileCsp(html: string): string {
  const { scripts, styles } = inlineCode(html);
  const list = (hashes: string[]) => (hashes.length ? hashes.join(' ') : "'none'");
  return [
    "default-src 'none'",
    `script-src ${list(scripts.map(sha256))}`,
    `style-src ${list(styles.map(sha256))}`,
    'img-src data:',
    'connect-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Puts the CSP meta right after the charset (else first in <head>), before every script and style it governs. */
export function addCspMeta(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const anchor = /<meta\s+charset\b[^>]*>/i.test(html) ? /<meta\s+charset\b[^>]*>/i : /<head\b[^>]*>/i;
  return html.replace(anchor, (found) => `${found}\n    ${tag}`);
}

/** The page's <title>: the option, else the settings file's title, else "Dateline". HTML-escaped. */
export function withPageTitle(html: string, title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return html.replace(/<title>[^<]*<\/title>/i, `<title>${escaped}</title>`);
}

export function datelinePage(options: PageOptions = {}): Plugin {
  let api: DatelineApi | undefined;
  let publicDir = '';
  return {
    name: 'dateline-page',
    // vite-plugin-singlefile is a 'post' plugin: this one must be too (and listed after it) to see the inlined code.
    enforce: 'post',
    configResolved(config) {
      api = config.plugins.find((p) => p.name === DATELINE_PLUGIN_NAME)?.api as DatelineApi | undefined;
      publicDir = config.publicDir || resolve(config.root, 'public');
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!api) throw new Error('dateline-page needs the dateline plugin in the same config');
        if (options.single) {
          // The single file has no neighbours: the icon goes inline (img-src data:).
          const svg = readFileSync(resolve(publicDir, 'favicon.svg'));
          html = html.replace(/href="\.\/favicon\.svg"/, `href="data:image/svg+xml;base64,${svg.toString('base64')}"`);
        }
        const timeline = await api.timeline();
        const title = options.title ?? timeline.settings?.title ?? DEFAULT_SITE_TITLE;
        if (timeline.settings?.title) html = withPageTitle(html, title);
        return { html, tags: pageTags(timeline, title) };
      },
    },
    generateBundle: options.single
      ? {
        // After vite-plugin-singlefile (also 'post', listed before this plugin) has inlined the code.
        order: 'post',
        handler(_options, bundle) {
          for (const file of Object.values(bundle)) {
            if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
            const html = String(file.source);
            file.source = addCspMeta(html, singleFileCsp(html));
          }
        },
      }
      : undefined,
  };
}
