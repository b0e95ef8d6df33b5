import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_TIMELINE } from '../export/__fixtures__/sample.ts';
import type { Timeline } from '../model/timeline.ts';
import { addCspMeta, describeTimeline, inlineCode, pageTags, SITE_CSP, singleFileCsp, withPageTitle } from './vitePagePlugin.ts';
import { jsonDataUrl } from './vitePlugin.ts';

const day = (start: string, end = start) => ({ value: start, precision: 'day' as const, start, end });
const withEvents = (dates: Array<[string, string]>): Timeline => ({
  ...SAMPLE_TIMELINE,
  events: dates.map(([start, end], i) => ({ ...SAMPLE_TIMELINE.events[0], id: `e${i}`, date: day(start, end) })),
});

describe('describeTimeline', () => {
  it('counts events and articles and spans their years', () => {
    const t = withEvents([['2019-04-25', '2019-04-25'], ['2023-09-01', '2023-09-30'], ['2024-12-30', '2025-01-02']]);
    expect(describeTimeline(t)).toBe(`3 events from ${t.articles.length} articles, 2019–2025`);
    expect(describeTimeline({ ...withEvents([['2023-09-01', '2023-09-30']]), articles: [SAMPLE_TIMELINE.articles[0]] }))
      .toBe('1 event from 1 article, 2023');
    expect(describeTimeline({ events: [], articles: [] })).toBe('0 events from 0 articles');
  });
});

describe('site settings on the page', () => {
  it('the settings title and introduction feed the title and Open Graph tags', () => {
    const t: Timeline = { ...SAMPLE_TIMELINE, settings: { title: 'Kim & Putin <2023>', introduction: 'Every  meeting.' } };
    const tags = pageTags(t, t.settings!.title!);
    const meta = (key: string) => tags.find((tag) => tag.attrs?.property === key)?.attrs?.content;
    expect(meta('og:title')).toBe('Kim & Putin <2023>');
    expect(meta('og:description')).toBe(`Every meeting. (${describeTimeline(t)})`);
    expect(withPageTitle('<head><title>Dateline</title></head>', t.settings!.title!)).toBe('<head><title>Kim &amp; Putin &lt;2023&gt;</title></head>');
  });
});

describe('pageTags', () => {
  it('Open Graph and Twitter tags carry the description; the JSON-LD cannot close its script element', () => {
    const t = structuredClone(SAMPLE_TIMELINE);
    t.events[0].title = 'Evil </script><script>alert(1)</script> & co';
    const tags = pageTags(t, 'Dateline');
    const meta = (key: string) => tags.find((tag) => tag.attrs?.property === key || tag.attrs?.name === key)?.attrs?.content;
    expect(meta('og:title')).toBe('Dateline');
    expect(meta('og:description')).toBe(describeTimeline(t));
    expect(meta('twitter:card')).toBe('summary');
    const ld = tags.find((tag) => tag.attrs?.type === 'application/ld+json')!;
    expect(String(ld.children)).not.toMatch(/[<>]/);
    expect(JSON.parse(String(ld.children)).itemListElement[0].item.name).toBe(t.events[0].title);
  });
});

describe('single-file CSP', () => {
  const html = `<!doctype html><html><head><meta charset="UTF-8" /><title>x</title>
<script type="application/ld+json">{"a":1}</script>
<script type="module" crossorigin>console.log("</div>")</script>
<script src="./external.js"></script>
<style rel="stylesheet">body{color:red}</style></head><body></body></html>`;

  it('finds the executable inline scripts and styles, not data blocks or external scripts', () => {
    expect(inlineCode(html)).toEqual({ scripts: ['console.log("</div>")'], styles: ['body{color:red}'] });
  });

  it('allows exactly those by hash, never unsafe-inline, and sits right after the charset', () => {
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const policy = singleFileCsp(html);
    expect(policy).toContain(`script-src ${hash('console.log("</div>")')};`);
    expect(policy).toContain(`style-src ${hash('body{color:red}')};`);
    expect(policy).toMatch(/^default-src 'none';/);
    expect(policy).toContain('connect-src data:');
    expect(policy).not.toContain('unsafe');
    const out = addCspMeta(html, policy);
    expect(out).toMatch(/<meta charset="UTF-8" \/>\n\s*<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
  });
});

describe('jsonDataUrl', () => {
  it('round-trips any text, non-Latin included', async () => {
    const source = JSON.stringify({ text: 'Ким Чен Ын прибыл 🚆 «Владивосток»' });
    const url = jsonDataUrl(source);
    expect(url).toMatch(/^data:application\/json;base64,/);
    expect(await (await fetch(url)).text()).toBe(source);
  });
});

describe('README', () => {
  it('gives the same CSP header the e2e suite tests the site under', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${SITE_CSP}\n`);
  });
});
