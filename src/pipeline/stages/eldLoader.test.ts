import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eld as reference } from 'eld/small';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSmallDetector } from './eldLoader.ts';

const seeds = join(import.meta.dirname, '../../../seeds');
const samples = [
  ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8')),
  'The prime minister said on Monday that the talks would resume next week.',
  'Der Bundeskanzler sagte am Mittwoch, die Gespräche würden fortgesetzt.',
  'Le président a annoncé hier soir un remaniement du gouvernement.',
  'Kryeministri tha të hënën se bisedimet do të rifillojnë javën e ardhshme.',
  'Премьер-министр заявил в понедельник, что переговоры возобновятся.',
  '대통령은 월요일 회담이 다음 주에 재개될 것이라고 말했다.',
  '首相は月曜日、協議は来週再開されると述べた。',
  'ok',
];
const dirs: string[] = [];
const freshDir = () => { const d = mkdtempSync(join(tmpdir(), 'dateline-eld-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

function sameAnswers(detector: Awaited<ReturnType<typeof loadSmallDetector>>): void {
  for (const text of samples) {
    const want = reference.detect(text);
    const got = detector.detect(text);
    expect([got.language, got.isReliable()], text.slice(0, 40)).toEqual([want.language, want.isReliable()]);
  }
}

describe('eld with its n-gram table from a JSON cache', () => {
  it('writes the table on first use and answers exactly as eld/small does, before and after the cache exists', async () => {
    const dir = freshDir();
    const first = await loadSmallDetector(dir);
    const written = readdirSync(dir);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^small-[\d.]+-\d+\.json$/);
    sameAnswers(first);
    sameAnswers(await loadSmallDetector(dir));
  });

  it('recovers from a damaged cache file: same answers, and the file is written again', async () => {
    const dir = freshDir();
    await loadSmallDetector(dir);
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name), '{"type": "S60", "ngrams": {');
    sameAnswers(await loadSmallDetector(dir));
    const rewritten = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { ngrams: Record<string, unknown> };
    expect(Object.keys(rewritten.ngrams).length).toBeGreaterThan(10_000);
  });
});
