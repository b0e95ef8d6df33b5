/** Editors' overrides: every kind survives a rebuild that adds an unrelated article; stale entries are warnings. */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Timeline } from '../../model/timeline.ts';
import { extractTimeline, loadResources, type PipelineResources } from '../index.ts';
import { upsertOverride } from '../io/readEditorFiles.ts';
import { serialiseTimeline } from '../timelineFile.ts';
import { applyOverrides, OVERRIDES_FILE, validateOverrides } from './overrides.ts';

const FIXTURE = join(import.meta.dirname, '__fixtures__', OVERRIDES_FILE);
let resources: PipelineResources;
let plain: Timeline;

function folder(extra: Record<string, string> = {}, overrides = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-overrides-'));
  cpSync('seeds', dir, { recursive: true });
  if (overrides) copyFileSync(FIXTURE, join(dir, OVERRIDES_FILE));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

beforeAll(async () => {
  resources = loadResources();
  plain = await extractTimeline('seeds', { resources });
});

const byId = (t: Timeline, id: string) => t.events.find((e) => e.id === id);

function checkEdits(t: Timeline) {
  expect(t.warnings.filter((w) => w.file === OVERRIDES_FILE)).toEqual([]);
  // hide
  expect(byId(plain, 'kcna--statement--2025-10-28')).toBeDefined();
  expect(byId(t, 'kcna--statement--2025-10-28')).toBeUndefined();
  // edit: date, status, place, title, with what the machine found
  const meeting = byId(t, 'kim-jong-un--vladimir-putin--meeting--2023-09')!;
  expect(meeting.date).toEqual({ value: '2023-09-13', precision: 'day', start: '2023-09-13', end: '2023-09-13' });
  expect(meeting.status).toBe('occurred');
  expect(meeting.place).toBe('Vostochny Cosmodrome');
  expect(meeting.title).toBe('Kim Jong Un and Vladimir Putin meet at Vostochny');
  expect(meeting.curated).toBe(true);
  const machine = byId(plain, 'kim-jong-un--vladimir-putin--meeting--2023-09')!;
  expect(meeting.edits).toContainEqual({ field: 'date', from: machine.date.value, to: '2023-09-13', note: 'Later reports give the day and the place.' });
  expect(meeting.edits).toContainEqual(expect.objectContaining({ field: 'status', from: machine.status, to: 'occurred' }));
  // edit: participants and place regenerate the title
  const visit = byId(t, 'donald-trump--visit--2025-10-28')!;
  expect(visit.participants).toEqual(['Donald Trump', 'Lee Jae-myung']);
  expect(visit.title).toBe('Donald Trump and Lee Jae-myung visit Gyeongju');
  // edit: precision
  const kirby = byId(t, 'john-kirby--statement--2022')!;
  expect(kirby.date).toMatchObject({ value: '2022-11', precision: 'month', start: '2022-11-01', end: '2022-11-30' });
  expect(kirby.edits!.map((e) => e.field)).toEqual(['date', 'precision']);
  // edit: type
  expect(byId(t, 'ukraine--other--2022-02')!.type).toBe('deployment');
  // merge
  const merged = byId(t, 'north-korea--russia--deployment--2024-fa')!;
  expect(byId(t, 'north-korea--russia--deployment--around-2025-05-01')).toBeUndefined();
  expect(merged.mentions).toHaveLength(2);
  expect(merged.edits).toContainEqual(expect.objectContaining({ field: 'merge', to: 'north-korea--russia--deployment--2024-fa' }));
  // split
  const split = byId(t, 'kim-putin-vladivostok-option')!;
  expect(split.mentions.map((m) => m.quote)).toEqual(['Tam miałby spotkać się z Putinem.']);
  expect(split).toMatchObject({ status: 'possible', date: { value: '2023-09' }, curated: true });
  expect(meeting.mentions).toHaveLength(machine.mentions.length - 1);
  // add: the sentence found by its quote
  const added = t.events.find((e) => e.edits?.some((x) => x.field === 'added'))!;
  expect(added).toMatchObject({ type: 'deployment', status: 'occurred', participants: ['Kim Jong Un'], place: 'Russia', curated: true });
  const article = t.articles.find((a) => a.id === '004_b34e248d2e348fee')!;
  const m = added.mentions[0];
  expect(m.quote).toBe(article.text.slice(m.start, m.end));
  expect(article.sentences[m.sentence]).toEqual([m.start, m.end]);
  expect(m.quote).toContain('Kim também concordou');
  // still sorted by date, then id
  const keys = t.events.map((e) => `${e.date.start} ${e.id}`);
  expect(keys).toEqual([...keys].sort());
}

describe('applyOverrides', () => {
  let edited: Timeline;
  beforeAll(async () => { edited = await extractTimeline(folder(), { resources }); });

  it('applies every kind of override', () => checkEdits(edited));

  it('applies them again after a rebuild that adds an unrelated article', async () => {
    const grown = await extractTimeline(folder({ 'zz-unrelated.txt': 'The Bundesliga season opened on Friday with a 2-1 win for the champions.' }), { resources });
    checkEdits(grown);
    expect(grown.events.length).toBeGreaterThanOrEqual(edited.events.length);
  });

  it('is deterministic', async () => {
    expect(serialiseTimeline(await extractTimeline(folder(), { resources }))).toBe(serialiseTimeline(edited));
  });

  it('keeps sources that disagree with an edited date visible as a date conflict', async () => {
    const plain = await extractTimeline('seeds', { resources });
    const target = plain.events.find((e) => e.id === 'kim-jong-un--vladimir-putin--meeting--2023-09')!;
    const { overrides } = validateOverrides({ overrides: [{ action: 'edit', event: target.id, set: { date: '2024-01' } }] });
    const moved = applyOverrides(plain, overrides).timeline.events.find((e) => e.edits?.some((x) => x.field === 'date'))!;
    expect(moved.date.value).toBe('2024-01');
    const conflict = moved.conflicts.find((c) => c.field === 'date')!;
    expect(conflict.values).toContain('2024-01');
    expect(conflict.mentions).toEqual(moved.mentions.map((_, i) => i));
  });

  it('takes a sentence that reports several events from the event the split names', () => {
    // A sentence shared by two events, the later of which has other sentences to keep.
    const holders = (article: string, sentence: number) => plain.events.filter((e) => e.mentions.some((m) => m.article === article && m.sentence === sentence));
    const shared = plain.events.flatMap((e) => e.mentions.map((m) => ({ m, events: holders(m.article, m.sentence) })))
      .find(({ events }) => events.length > 1 && events[1].mentions.length > 1)!;
    const [first, named] = shared.events;
    const entry = { action: 'split', article: shared.m.article, quote: shared.m.quote };
    const apply = (o: object) => applyOverrides(plain, validateOverrides({ overrides: [o] }).overrides);
    const count = (t: Timeline, id: string) => byId(t, id)!.mentions.length;

    const chosen = apply({ ...entry, event: named.id });
    expect(chosen.warnings).toEqual([]);
    expect(count(chosen.timeline, named.id)).toBe(named.mentions.length - 1);
    expect(count(chosen.timeline, first.id)).toBe(first.mentions.length);
    expect(chosen.timeline.events.some((e) => e.id.startsWith(`${named.id}--split-`))).toBe(true);

    // Without "event", or naming an event that no longer exists: the first event that holds the sentence.
    for (const o of [entry, { ...entry, event: 'renamed-by-a-rebuild' }]) {
      const { timeline, warnings } = apply(o);
      expect(count(timeline, named.id)).toBe(named.mentions.length);
      if (first.mentions.length > 1) expect(count(timeline, first.id)).toBe(first.mentions.length - 1);
      else expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining(`the only sentence of event "${first.id}"`)]);
    }
  });

  it('turns an entry whose target is gone into a warning that names it', () => {
    const { overrides, problems } = validateOverrides({ overrides: [
      { action: 'edit', event: 'no-such-event--2020', set: { status: 'occurred' } },
      { action: 'hide', event: 'gone-event' },
      { action: 'merge', events: ['kcna--statement--2025-10-28', 'vanished'] },
      { action: 'split', article: '000_af0fb08b442df844', quote: 'A sentence nobody wrote.' },
      { action: 'add', article: 'deleted-article', quote: 'x', set: { date: '2020' } },
    ] });
    expect(problems).toEqual([]);
    const { timeline, warnings } = applyOverrides(plain, overrides);
    expect(warnings.map((w) => w.code)).toEqual(Array(5).fill('override-stale'));
    for (const name of ['deleted-article', 'A sentence nobody wrote.', 'vanished', 'no-such-event--2020', 'gone-event']) {
      expect(warnings.some((w) => w.message.includes(name)), name).toBe(true);
    }
    expect(timeline.events.map((e) => e.id)).toEqual(plain.events.map((e) => e.id));
  });

  it('reports invalid entries and the file itself as warnings, never a crash', async () => {
    const { overrides, problems } = validateOverrides({ overrides: [
      { action: 'paint', event: 'x' }, { action: 'edit', event: 'x', set: { date: 'next week', colour: 'red' } },
      { action: 'merge', events: ['only-one'] }, { action: 'add', article: 'a', quote: 'q', set: { title: 'no date' } },
      { action: 'hide', event: 'kcna--statement--2025-10-28' },
    ] });
    expect(overrides.overrides).toHaveLength(1);
    expect(problems.join('\n')).toMatch(/entry 1: "action"[\s\S]*entry 2[\s\S]*colour[\s\S]*"date"[\s\S]*entry 3[\s\S]*entry 4[\s\S]*set.date/);
    expect(validateOverrides('nonsense').problems).toHaveLength(1);
    const dir = folder({ [OVERRIDES_FILE]: '{ "overrides": [ oops' }, false);
    const t = await extractTimeline(dir, { resources });
    expect(t.warnings).toContainEqual(expect.objectContaining({ file: OVERRIDES_FILE, code: 'override-invalid' }));
    expect(t.events.length).toBe(plain.events.length);
  });
});

describe('upsertOverride (the dev server writer)', () => {
  it('adds entries and merges edits of the same event', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-upsert-'));
    upsertOverride(dir, { action: 'edit', event: 'e1', set: { status: 'occurred' } });
    upsertOverride(dir, { action: 'hide', event: 'e2' });
    upsertOverride(dir, { action: 'edit', event: 'e1', set: { date: '2023-09-13' }, note: 'n' });
    const file = JSON.parse(readFileSync(join(dir, OVERRIDES_FILE), 'utf8'));
    expect(file.overrides).toEqual([
      { action: 'edit', event: 'e1', set: { status: 'occurred', date: '2023-09-13' }, note: 'n' },
      { action: 'hide', event: 'e2' },
    ]);
  });

  it('keeps one split per sentence and event it is taken from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-upsert-'));
    upsertOverride(dir, { action: 'split', article: 'a', quote: 'q', event: 'e1' });
    upsertOverride(dir, { action: 'split', article: 'a', quote: 'q', event: 'e2' });
    upsertOverride(dir, { action: 'split', article: 'a', quote: 'q', event: 'e1', note: 'again' });
    const file = JSON.parse(readFileSync(join(dir, OVERRIDES_FILE), 'utf8'));
    expect(file.overrides).toEqual([
      { action: 'split', article: 'a', quote: 'q', event: 'e1', note: 'again' },
      { action: 'split', article: 'a', quote: 'q', event: 'e2' },
    ]);
  });
});
