/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dateline } from './src/pipeline/vitePlugin.ts';

export default defineConfig({
  base: './',
  plugins: [react(), dateline({ sources: process.env.SOURCES, timeline: process.env.TIMELINE })],
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  build: { chunkSizeWarningLimit: 1000 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
