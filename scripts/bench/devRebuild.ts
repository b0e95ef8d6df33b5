/**
 * The dev server's incremental rebuild: `vite` (this repo's config) serving a sources folder, then one article saved
 * with a sentence more, and the time from the save to the hot data event the page receives (no reload). Three edits,
 * a pause before each (an editor's saves come seconds apart; the server writes its cache entry in between).
 *
 *   npx tsx scripts/bench/devRebuild.ts --sources DIR --cache DIR [--edits 3]
 *
 * Prints one JSON line: { firstDataSeconds, hotUpdateSeconds: [...] }. The file is restored afterwards.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServer, type HMRPayload } from 'vite';
import { DATA_EVENT } from '../../src/pipeline/vitePlugin.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PAUSE_MS = 5000;
const VIRTUAL_ID = 'virtual:dateline/manifest';

const { values } = parseArgs({ options: { sources: { type: 'string' }, cache: { type: 'string' }, edits: { type: 'string', default: '3' } } });
if (!values.sources || !values.cache) throw new Error('usage: devRebuild.ts --sources DIR --cache DIR [--edits N]');
process.env.SOURCES = resolve(values.sources);
process.env.DATELINE_CACHE = resolve(values.cache);

const started = performance.now();
const server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', server: { port: 0 } });
await server.listen();
let onData: ((at: number) => void) | null = null;
// Listen where the plugin sends: the hot data event (a full reload would mean the rebuild failed).
const send = server.ws.send.bind(server.ws) as (payload: HMRPayload) => void;
(server.ws as { send: (payload: HMRPayload) => void }).send = (payload: HMRPayload) => {
  if (payload.type === 'custom' && payload.event === DATA_EVENT) onData?.(performance.now());
  if (payload.type === 'full-reload') onData?.(Number.NaN);
  send(payload);
};
await server.transformRequest(VIRTUAL_ID);
const firstDataSeconds = (performance.now() - started) / 1000;

const files = readdirSync(values.sources).filter((f) => f.endsWith('.txt')).sort();
const edited = join(values.sources, files[Math.floor(files.length / 2)]);
const original = readFileSync(edited);
const hotUpdateSeconds: number[] = [];
try {
  for (let i = 0; i < Number(values.edits); i++) {
    await new Promise((r) => setTimeout(r, PAUSE_MS));
    const arrived = new Promise<number>((r) => { onData = r; });
    const saved = performance.now();
    appendFileSync(edited, `\nAn editor added closing sentence number ${i + 1} after publication.\n`);
    const at = await arrived;
    if (Number.isNaN(at)) throw new Error('the dev server sent a full reload instead of the data');
    hotUpdateSeconds.push((at - saved) / 1000);
  }
} finally {
  writeFileSync(edited, original);
  await server.close();
}
process.stdout.write(`${JSON.stringify({ firstDataSeconds, hotUpdateSeconds })}\n`);
process.exit(0);
