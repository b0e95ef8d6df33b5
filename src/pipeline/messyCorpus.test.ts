/**
 * The generated messy corpus through the CLI, as a user would run it: every file listed with its warnings, the
 * run exits 0, nothing hangs. The heavy cases (50 MB, 100,000 files) are in `npm run test:heavy`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSY_CASES, writeMessyCorpus, type FixtureCase } from '../../scripts/fixtures/messyCorpus.ts';
import type { Timeline } from '../model/timeline.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-messy-'));
const out = join(dir, '..', `${dir.split('/').pop()}.json`);
let cases: FixtureCase[];
let timeline: Timeline;
let run: ReturnType<typeof spawnSync>;
let seconds = 0;

/** Generous bound for the whole messy corpus on a shared 2-core machine (it takes about 2 s when idle). */
const BOUND_SECONDS = 60;

beforeAll(() => {
  cases = writeMessyCorpus(dir);
  const started = performance.now();
  run = spawnSync('npx', ['tsx', 'src/pipeline/cli.ts', '--sources', dir, '--out', out], { encoding: 'utf8', timeout: BOUND_SECONDS * 1000 });
  seconds = (performance.now() - started) / 1000;
  timeline = JSON.parse(readFileSync(out, 'utf8'));
}, BOUND_SECONDS * 1000 + 10_000);

describe('the messy corpus through the CLI', () => {
  it(`exits 0 within ${BOUND_SECONDS} s and names the warnings on stderr`, () => {
    expect(run.status).toBe(0);
    expect(seconds).toBeLessThan(BOUND_SECONDS);
    expect(String(run.stderr)).toMatch(/warning image\.txt: binary/);
  });

  it('lists every .txt file, in sorted order, including the link it did not follow', () => {
    const expected = [...cases.map((c) => c.file), 'outside-link.txt'].sort();
    expect(timeline.articles.map((a) => a.file)).toEqual(expected);
  });

  it('warns about the sub-folder and the stray file', () => {
    expect(timeline.warnings.filter((w) => w.article === null).map((w) => [w.file, w.code])).toEqual([['a-sub-folder', 'skipped-folder'], ['notes.md', 'skipped-file']]);
  });

  it.each(MESSY_CASES.map((c) => [c.file, c] as const))('%s: present with its warnings', (file, c) => {
    const article = timeline.articles.find((a) => a.file === file)!;
    expect(article).toBeDefined();
    const codes = timeline.warnings.filter((w) => w.file === file).map((w) => w.code);
    for (const code of c.warnings) expect(codes).toContain(code);
    expect(article.text.trim().length > 0).toBe(c.hasText);
    for (const t of article.timexes) expect(article.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps HTML and script as plain text and only http(s) URLs', () => {
    const article = timeline.articles.find((a) => a.file === 'html-and-script.txt')!;
    expect(article.text).toContain('<script>window.__pwned=2</script>');
    expect(article.title).toBe('<script>window.__pwned=1</script>');
    expect(article.url).toBe('https://example.org/a?%3Cb%3E');
    expect(timeline.articles.find((a) => a.file === 'bad-front-matter.txt')!.url).toBeNull();
  });

  it('keeps names differing only in case apart', () => {
    expect(timeline.articles.find((a) => a.id === 'case')!.text).toMatch(/^lower/);
    expect(timeline.articles.find((a) => a.id === 'CASE')!.text).toMatch(/^upper/);
  });

  it('decodes legacy encodings into the right characters', () => {
    expect(timeline.articles.find((a) => a.id === 'latin1')!.text).toContain('visité');
    expect(timeline.articles.find((a) => a.id === 'windows1252')!.text).toBe('He said \u201Cyes\u201D \u2013 \u20AC');
    expect(timeline.articles.find((a) => a.id === 'utf16-bom')!.text).toMatch(/^The foreign minister/);
  });

  it('fails with one clear message when the folder does not exist', () => {
    const missing = spawnSync('npx', ['tsx', 'src/pipeline/cli.ts', '--sources', join(dir, 'nope')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/cannot read sources folder/);
  });

  it('--strict turns warnings into failure', () => {
    const strict = spawnSync('npx', ['tsx', 'src/pipeline/cli.ts', '--sources', dir, '--out', join(dir, '..', 'strict.json'), '--strict'], { encoding: 'utf8' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/--strict/);
  });
});
