/**
 * A minimal static file server for dist/ (used by `npm start`, the e2e tests and the render benchmark): GET/HEAD
 * only, no listing. Keep-alive is Node's default. A file is read whole and sent in one write with its length
 * (re-read when it changes on disk): a stream of 64 kB pieces needs a turn of the event loop per piece, and in
 * the benchmark the same process drives the browser, so a busy loop there delayed the page's data.
 * No compression: over loopback the bytes cost nothing and gzip would cost CPU on both sides.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
};

/** Serves `root` under the URL prefix `mount` (e.g. `/some/sub/path/`). */
export function createStaticServer(root: string, mount = '/', headers: Record<string, string> = {}): Server {
  const base = resolve(root);
  const cache = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();
  const read = (file: string, mtimeMs: number, size: number): Buffer => {
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.body;
    const body = readFileSync(file);
    cache.set(file, { mtimeMs, size, body });
    return body;
  };
  return createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !path.startsWith(mount)) {
      res.writeHead(404).end('Not found');
      return;
    }
    let file = normalize(join(base, path.slice(mount.length)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('Not found');
      return;
    }
    const { mtimeMs, size } = statSync(file);
    const body = read(file, mtimeMs, size);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}
