/** A minimal static file server for dist/ (used by `npm start` and the e2e sub-path test): GET/HEAD only, no listing. */
import { createReadStream, existsSync, statSync } from 'node:fs';
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
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}
