declare module 'virtual:dateline/manifest' {
  import type { DataManifest } from './model/timelineIndex.ts';
  export const manifest: DataManifest;
}
