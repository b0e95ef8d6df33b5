/** Browser entry: wires the built data manifest to the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { manifest } from 'virtual:dateline/manifest';
import { App } from './app/App.tsx';
import { createTimelineSource } from './app/data/timelineSource.ts';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs a #root element');
const source = createTimelineSource(manifest);
/** How long the page waits for the index before it shows "Loading timeline…" instead. */
const WAIT_FOR_INDEX_MS = 400;
let rendered = false;
const render = () => {
  if (rendered) return;
  rendered = true;
  createRoot(root).render(
    <StrictMode>
      <App source={source} />
    </StrictMode>,
  );
};
// Asked for now, as the code starts. The first render waits a moment for it: when the index comes in time (it was
// preloaded with the page), the timeline is drawn by the first render, not after a render of the loading state
// and its paint. The app asks again and gets the same promise (a failure is reported there, and retried).
source.loadIndex().then(render, render);
setTimeout(render, WAIT_FOR_INDEX_MS);
