/** The contract's invariants (CONTRACT.md §3) on the seeds and on a folder of awkward inputs. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../model/timeline.ts';
import { timexRangeInterval } from '../model/timexValue.ts';
import { extractTimeline, loadResources, type PipelineResources } from './index.ts';
import { serialiseTimeline } from './timelineFile.ts';

let resources: PipelineResources;
let seeds: Timeline;

function awkwardFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-contract-'));
  cpSync('seeds', dir, { recursive: true });
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(join(dir, 'latin1.txt'), new Uint8Array([...Buffer.from('Le pr'), 0xe9, ...Buffer.from('sident a parl'), 0xe9, ...Buffer.from(' lundi.')]));
  writeFileSync(join(dir, 'html.txt'), '<script>alert(1)</script><img src=x onerror=alert(2)> Putin met Kim in 2019.');
  writeFileSync(join(dir, 'frontmatter.txt'), '---\ntitle: <b>Bold</b>\nurl: javascript:alert(1)\npublished: 2023-13-45\n---\nThe minister visited Berlin last week.');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'notes.md'), '# not an article');
  return dir;
}

beforeAll(async () => {
  resources = loadResources();
  seeds = await extractTimeline('seeds', { resources });
});

function checkInvariants(timeline: Timeline, files: string[]): void {
  expect(timeline.schema).toBe('dateline/1');
  expect(timeline.articles.map((a) => a.file)).toEqual(files);
  for (const article of timeline.articles) {
    expect(article.file).toBe(`${article.id}.txt`);
    for (const [s, e] of article.sentences) expect(s).toBeLessThan(e);
    for (const t of article.timexes) expect(article.text.slice(t.start, t.end)).toBe(t.text);
  }
  const byId = new Map(timeline.articles.map((a) => [a.id, a]));
  const ids = new Set<string>();
  let previous = '';
  for (const event of timeline.events) {
    expect(ids.has(event.id)).toBe(false);
    ids.add(event.id);
    const key = `${event.date.start} ${event.id}`;
    expect(key >= previous).toBe(true);
    previous = key;
    expect(event.date.start <= event.date.end).toBe(true);
    expect(event.mentions.length).toBeGreaterThan(0);
    // A mention whose date disagrees with the event's must be named in a date conflict (CONTRACT.md, Event.conflicts).
    const conflicting = new Set(event.conflicts.filter((c) => c.field === 'date').flatMap((c) => c.mentions));
    event.mentions.forEach((m, i) => {
      const article = byId.get(m.article)!;
      expect(article.text.slice(m.start, m.end)).toBe(m.quote);
      expect(article.sentences[m.sentence]).toEqual([m.start, m.end]);
      const overlaps = m.date.start <= event.date.end && event.date.start <= m.date.end;
      expect(overlaps || conflicting.has(i)).toBe(true);
      if (m.timex !== null) expect(article.timexes[m.timex]).toBeDefined();
    });
  }
}

describe('contract invariants', () => {
  it('hold on the seeds', () => {
    checkInvariants(seeds, ['000_af0fb08b442df844.txt', '001_2c980a4c415432fd.txt', '002_846ab2de21f33b57.txt', '003_fea4830ee9b7d6af.txt', '004_b34e248d2e348fee.txt']);
  });

  it('hold with awkward files, every .txt file listed and each problem warned about', async () => {
    const timeline = await extractTimeline(awkwardFolder(), { resources });
    const files = timeline.articles.map((a) => a.file);
    checkInvariants(timeline, files);
    expect(files).toEqual(expect.arrayContaining(['empty.txt', 'binary.txt', 'latin1.txt', 'html.txt', 'frontmatter.txt']));
    const codes = (file: string) => timeline.warnings.filter((w) => w.file === file).map((w) => w.code);
    expect(codes('empty.txt')).toContain('empty');
    expect(codes('binary.txt')).toContain('binary');
    expect(codes('latin1.txt')).toContain('not-utf8');
    expect(codes('frontmatter.txt')).toEqual(expect.arrayContaining(['front-matter-url', 'front-matter-date']));
    expect(codes('sub')).toEqual(['skipped-folder']);
    expect(codes('notes.md')).toEqual(['skipped-file']);
    expect(timeline.articles.find((a) => a.file === 'latin1.txt')!.text).toContain('président');
    expect(timeline.articles.find((a) => a.file === 'frontmatter.txt')!.url).toBeNull();
  });

  it('gives byte-identical output for the same folder', async () => {
    expect(serialiseTimeline(await extractTimeline('seeds', { resources }))).toBe(serialiseTimeline(seeds));
  });

  it('keeps event ids when an unrelated article is added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-ids-'));
    cpSync('seeds', dir, { recursive: true });
    writeFileSync(join(dir, 'zz-unrelated.txt'), 'The Bundesliga season opened on Friday with a 2-1 win for the champions.');
    const grown = await extractTimeline(dir, { resources });
    const grownIds = new Set(grown.events.map((e) => e.id));
    for (const event of seeds.events) expect(grownIds.has(event.id)).toBe(true);
  });

  it('every mention date overlaps the calendar interval of its timex when it has one', () => {
    for (const event of seeds.events) {
      for (const m of event.mentions) {
        if (m.timex === null) continue;
        const timex = seeds.articles.find((a) => a.id === m.article)!.timexes[m.timex];
        const interval = timexRangeInterval(timex.value, timex.endValue);
        // Overlap, not equality: a modifier ("early this year") narrows the timex's interval, and an event reported
        // as said on a day ("said on Monday that they met") is dated to that day or shortly before.
        if (interval) expect(m.date.start <= interval.end && interval.start <= m.date.end, `${event.id} ${m.quote.slice(0, 40)}`).toBe(true);
      }
    }
  });
});
