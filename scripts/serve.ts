/** `npm start`: serves the built site (dist/) on 127.0.0.1 and prints one plain line with its address. */
import { existsSync } from 'node:fs';
import { SITE_CSP } from '../src/pipeline/vitePagePlugin.ts';
import { createStaticServer } from './staticServer.ts';

const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
  process.stderr.write('dateline: dist/index.html is missing; run `npm run build` first.\n');
  process.exit(1);
}
const preferred = Number(process.env.PORT ?? 4173);
// Served with the same strict Content-Security-Policy the README recommends to hosts.
const server = createStaticServer(dist, '/', { 'Content-Security-Policy': SITE_CSP });
server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0, '127.0.0.1');
  else {
    process.stderr.write(`dateline: cannot serve: ${error.message}\n`);
    process.exit(1);
  }
});
server.on('listening', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : preferred;
  process.stdout.write(`Dateline: http://127.0.0.1:${port}/\n`);
});
server.listen(preferred, '127.0.0.1');
