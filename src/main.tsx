/** Browser entry: wires the built data manifest to the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { manifest } from 'virtual:dateline/manifest';
import { App } from './app/App.tsx';
import { createTimelineSource } from './app/data/timelineSource.ts';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs a #root element');
createRoot(root).render(
  <StrictMode>
    <App source={createTimelineSource(manifest)} />
  </StrictMode>,
);
