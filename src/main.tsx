/**
 * Browser entry: asks for the timeline's index at once, then loads the app. The entry is small, so it runs as soon
 * as the page is parsed: the index is parsed and unpacked, and the timeline's first layout made, while the app's
 * code (preloaded by the page) still compiles, instead of after it.
 */
import { manifest } from 'virtual:dateline/manifest';
import { createTimelineSource } from './app/data/timelineSource.ts';
import { indexTimeline } from './app/data/indexTimeline.ts';
import { isEmbedRequested } from './app/embed/embedMode.ts';
import { layOutAhead } from './app/timeline/firstLayout.ts';
import { measurePlotWidthHint } from './app/timeline/plotWidthHint.ts';
// Every style the first paint needs is in the entry's stylesheet, which the page links (none waits for the app).
import './app/styles.css';
import './app/print.css';
import './app/embed/embed.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs a #root element');
const source = createTimelineSource(manifest);
// As soon as the index is here (usually before the app's code has compiled): the plot's width, measured on a
// stand-in, and the timeline's first layout for it, which the timeline's first render then finds made.
source.loadIndex().then((index) => {
  const width = measurePlotWidthHint(root, isEmbedRequested(location));
  if (width !== null) layOutAhead(indexTimeline(index), width);
}, () => undefined);
import('./startApp.tsx').then(
  ({ startApp }) => startApp(root, source),
  (error: unknown) => {
    const message = document.createElement('p');
    message.className = 'load-error';
    message.setAttribute('role', 'alert');
    message.textContent = `The page could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    root.replaceChildren(message);
  },
);
