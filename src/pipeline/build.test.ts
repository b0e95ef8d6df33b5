/**
 * Same input, same output, byte for byte (CONTRACT §3), end to end: two `vite build`s of the seeds into two temp
 * folders give the same file names and bytes, and two CLI runs give the same timeline.json. The builds run as
 * child processes (a fresh process each, so no in-memory cache can make them agree), without the analysis cache
 * (so no disk cache can either), and in parallel, to keep the test to the time of about one build. The CLI runs
 * once without the cache and twice with a cache of their own (cold, then warm): all three write the same bytes.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'dateline-build-'));
// The seeds: neither another folder nor a ready timeline may leak in from the caller's environment, and not
// Vitest's NODE_ENV=test either (it would make Vite bundle React's development build).
const ENV = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(SOURCES|TIMELINE|NODE_ENV|VITEST.*|DATELINE_CACHE)$/.test(key))), DATELINE_CACHE: 'off' };

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under `dir` as relative path -> bytes, in sorted order. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(join(dir, file))]));
}

const build = (outDir: string) => run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, env: ENV });
const extract = (out: string, ...flags: string[]) => run('npx', ['tsx', 'src/pipeline/cli.ts', '--out', out, ...flags], { cwd: ROOT, env: ENV });

describe('deterministic build', () => {
  it('two site builds of the seeds are byte-identical, names and contents', async () => {
    const a = join(temp, 'A'), b = join(temp, 'B');
    await Promise.all([build(a), build(b)]);
    const first = snapshot(a), second = snapshot(b);
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect(first.size).toBeGreaterThan(3);
    for (const [file, bytes] of first) expect(second.get(file)!.equals(bytes), file).toBe(true);
    // The budget for the seeds' main script.
    const main = [...first.keys()].find((f) => /^assets[/\\]index-[\w-]+\.js$/.test(f))!;
    expect(gzipSync(first.get(main)!).length).toBeLessThan(150 * 1024);
  }, 180_000);

  it('CLI runs write the same timeline.json, with no cache, a cold one and a warm one', async () => {
    const a = join(temp, 'a.json'), b = join(temp, 'b.json'), c = join(temp, 'c.json');
    const cache = join(temp, 'cache');
    await Promise.all([extract(a, '--no-cache'), extract(b, '--cache', cache)]);
    expect(readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.v8'))).toHaveLength(readdirSync(join(ROOT, 'seeds')).length);
    await extract(c, '--cache', cache);
    const first = readFileSync(a);
    expect(JSON.parse(first.toString('utf8')).schema).toBe('dateline/1');
    expect(readFileSync(b).equals(first)).toBe(true);
    expect(readFileSync(c).equals(first)).toBe(true);
  }, 180_000);
});
