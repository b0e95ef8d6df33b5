/**
 * The editing UI exists in `npm run dev` only. `import.meta.env.DEV` is the constant false in a build, so these
 * lazy imports are dropped and none of the edit code or its words reach the published bundle (the e2e suite
 * checks the built files). Unit tests (mode "test") render the app without it.
 */
import { lazy } from 'react';

const EDITING = import.meta.env.DEV && import.meta.env.MODE !== 'test';

export const EditEvent = EDITING ? lazy(() => import('./EditEvent.tsx')) : null;
export const MergeEvent = EDITING ? lazy(() => import('./MergeEvent.tsx')) : null;
export const SplitMention = EDITING ? lazy(() => import('./SplitMention.tsx')) : null;
export const AddEventFromSentence = EDITING ? lazy(() => import('./AddEventFromSentence.tsx')) : null;
export const RevealAfterRebuild = EDITING ? lazy(() => import('./RevealAfterRebuild.tsx')) : null;
