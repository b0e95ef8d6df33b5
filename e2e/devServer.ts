/**
 * A real `vite` dev server (the editors' `npm run dev`) on a sources folder of the test's own, for the dev-only
 * edit UI. Started as a child process in its own process group, so stopping it ends vite's node child too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

export interface DevServer {
  url: string;
  /** What the server printed (for failure messages). */
  log: () => string;
  stop: () => Promise<void>;
}

export async function startDevServer(sources: string, timeoutMs = 60_000): Promise<DevServer> {
  const port = await freePort();
  // TIMELINE would win over SOURCES: drop it from the server's environment.
  const { TIMELINE: _ignored, ...env } = process.env;
  const child: ChildProcess = spawn('node_modules/.bin/vite', ['--config', 'e2e/fixtures/vite.dev.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    env: { ...env, SOURCES: sources, NO_COLOR: '1' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => { output += String(chunk); });
  child.stderr!.on('data', (chunk) => { output += String(chunk); });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // The server has its own process group, so it would outlive a test run that ends without afterAll.
  const killGroup = () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ } };
  process.once('exit', killGroup);
  const stop = async () => {
    process.off('exit', killGroup);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup();
      await exited;
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite dev exited early:\n${output}`);
    // The page itself runs the extraction (its head tags describe the timeline): ready means data is ready too.
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return { url, log: () => output, stop };
    await new Promise((done) => setTimeout(done, 200));
  }
  await stop();
  throw new Error(`vite dev did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
