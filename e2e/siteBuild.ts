/**
 * Builds the site into a private folder from a sources folder or a ready timeline file, and serves it on a free
 * port: the specs that need a site of their own (messy input, settings, a large archive) share this.
 */
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../scripts/staticServer.ts';

export interface ServedSite {
  origin: string;
  close: () => Promise<void>;
}

/** `from` names what the site is built from; the other variable is dropped (TIMELINE would win over SOURCES). */
export async function buildAndServe(outDir: string, from: { SOURCES: string } | { TIMELINE: string }): Promise<ServedSite> {
  const { SOURCES: _sources, TIMELINE: _timeline, ...env } = process.env;
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...env, ...from } });
  const server = createStaticServer(outDir);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
