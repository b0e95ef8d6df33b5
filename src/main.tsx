/**
 * Browser entry: asks for the timeline's index at once, then loads the app. The entry is small, so it runs as soon
 * as the page is parsed: the index is parsed and unpacked while the app's code (preloaded by the page) still
 * compiles, instead of after it.
 */
import { manifest } from 'virtual:dateline/manifest';
import { createTimelineSource } from './app/data/timelineSource.ts';
// Every style the first paint needs is in the entry's stylesheet, which the page links (none waits for the app).
import './app/styles.css';
import './app/print.css';
import './app/embed/embed.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs a #root element');
const source = createTimelineSource(manifest);
source.loadIndex().catch(() => undefined);
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
