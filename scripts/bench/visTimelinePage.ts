/**
 * The baseline page for the rendering benchmark: vis-timeline (standalone build) drawing the same events as the
 * Dateline site, as a folder of static files the repo's static server can serve.
 *
 * Same work as Dateline's page where it matters: the page fetches its data as JSON after load and builds the
 * timeline from it. The items are ready-made (id, title, start, end) and smaller than Dateline's index, which
 * only helps vis-timeline. Options are vis-timeline's defaults (wheel zooms, drag pans, items stack) plus a
 * height cap like Dateline's plot, and optionally its built-in `cluster` option (see benchRender.ts for which
 * one the benchmark uses and why).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Timeline } from '../../src/model/timeline.ts';
import { addDays } from '../../src/model/calendar.ts';
import { isPointEvent } from '../../src/app/timeline/markGeometry.ts';

export interface VisItem {
  id: string;
  content: string;
  start: string;
  end?: string;
}

/** Titles are synthetic, but vis-timeline treats `content` as HTML, so escape it as any text should be. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One vis item per event: a box on its day for exact days, a range over the whole span (end exclusive) otherwise. */
export function visItems(timeline: Pick<Timeline, 'events'>): VisItem[] {
  return timeline.events.map((event) => isPointEvent(event)
    ? { id: event.id, content: escapeHtml(event.title), start: event.date.start }
    : { id: event.id, content: escapeHtml(event.title), start: event.date.start, end: addDays(event.date.end, 1) });
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>vis-timeline baseline</title>
<link rel="stylesheet" href="vis-timeline-graph2d.min.css">
<style>body { font: 14px system-ui, sans-serif; margin: 16px; } #timeline { width: 100%; }</style>
</head>
<body>
<h1>vis-timeline baseline</h1>
<div id="timeline"></div>
<script src="vis-timeline-graph2d.min.js"></script>
<script src="page.js"></script>
</body>
</html>
`;

const script = (cluster: boolean) => `
fetch('items.json').then((response) => response.json()).then((items) => {
  const options = { maxHeight: 480${cluster ? ', cluster: true' : ''} };
  window.timeline = new vis.Timeline(document.getElementById('timeline'), items, options);
});
`;

/** Writes the page, its script, the items and vis-timeline's standalone files into `dir`. */
export function writeVisTimelinePage(dir: string, timeline: Pick<Timeline, 'events'>, { cluster = false } = {}): void {
  mkdirSync(dir, { recursive: true });
  const require = createRequire(import.meta.url);
  const umd = dirname(require.resolve('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'));
  copyFileSync(join(umd, 'vis-timeline-graph2d.min.js'), join(dir, 'vis-timeline-graph2d.min.js'));
  copyFileSync(join(umd, '..', '..', 'styles', 'vis-timeline-graph2d.min.css'), join(dir, 'vis-timeline-graph2d.min.css'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'page.js'), script(cluster));
  writeFileSync(join(dir, 'items.json'), JSON.stringify(visItems(timeline)));
}
