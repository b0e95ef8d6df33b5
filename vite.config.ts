/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { dateline } from './src/pipeline/vitePlugin.ts';
import { datelinePage } from './src/pipeline/vitePagePlugin.ts';
import { appPreload } from './src/pipeline/viteAppPreload.ts';

// `vite build --mode single` (npm run build:single): one self-contained dist-single/index.html that opens from disk.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [
      react(),
      dateline({ sources: process.env.SOURCES, timeline: process.env.TIMELINE, single }),
      // Order matters in single mode: the page plugin hashes the code singlefile has inlined before it.
      ...(single ? [viteSingleFile()] : [appPreload()]),
      datelinePage({ single }),
    ],
    // The single file has no neighbours: public/ (favicon, embed.js) is not copied, the page inlines what it needs.
    ...(single ? { publicDir: false as const } : {}),
    preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
    build: { chunkSizeWarningLimit: 1000, ...(single ? { outDir: 'dist-single', emptyOutDir: true } : {}) },
    test: {
      environment: 'node',
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      testTimeout: 20_000,
      // Setup hooks that load the data and build the seeds' timeline took over 10 s (the default) on a shared two-core
      // machine under load; a timeout there says nothing about the code.
      hookTimeout: 60_000,
    },
  };
});
