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
// Asked for now, not when the app's first effect runs (after its first paint): the data then arrives while React
// sets up. The app asks again and gets the same promise (a failure is reported there, and retried).
source.loadIndex().catch(() => undefined);
createRoot(root).render(
  <StrictMode>
    <App source={source} />
  </StrictMode>,
);
