/** The app's start, loaded by the entry (main.tsx) while the timeline's index is fetched and unpacked. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import type { TimelineSource } from './app/data/timelineSource.ts';

/** How long the page waits for the index before it shows "Loading timeline…" instead. */
const WAIT_FOR_INDEX_MS = 400;

export function startApp(root: HTMLElement, source: TimelineSource): void {
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
  // The first render waits a moment for the index: when it comes in time (it is usually here already), the timeline
  // is drawn by the first render, not after a render of the loading state and its paint. The app asks again and
  // gets the same promise (a failure is reported there, and retried).
  source.loadIndex().then(render, render);
  setTimeout(render, WAIT_FOR_INDEX_MS);
}
