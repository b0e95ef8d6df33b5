/**
 * The editors' dev-only UI (issue 11) against a real `vite` dev server on a copy of seeds/: each kind of edit
 * (change fields, hide, merge, split, add) is made through the panel, lands in dateline.overrides.json as the
 * matching entry, and shows after the data reloads (curated in the served data; the panel says what changed).
 * Then an unrelated article joins the folder and every edit still applies. The published build has none of it.
 * One server for the whole file; the tests run in order and build on each other's edits.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { TimelineEvent } from '../src/model/timeline.ts';
import { restoreEvent, unpackIndex, type ArticleChunk, type ArticleSummary, type MentionChunk, type PackedIndex, type TimelineIndex } from '../src/model/timelineIndex.ts';
import { startDevServer, type DevServer } from './devServer.ts';
import { E2E_DIST } from './distDir.ts';
import { axeViolations, watchErrors } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

const OVERRIDES = 'dateline.overrides.json';
let sources = '';
let server: DevServer;
/** One page for the edit tests (a dev page load costs seconds); errors are checked per test. */
let page: Page;
let errors: string[] = [];
/** The machine's timeline (no overrides yet) and the events each test edits, picked from it. */
let machine: ServedData;
let picks: { edit: TimelineEvent; hide: TimelineEvent; mergeInto: TimelineEvent; mergeFrom: TimelineEvent; split: TimelineEvent };

/** The served index with the events' mentions put back (the site ships them apart: index, then mention chunks). */
type ServedData = Omit<TimelineIndex, 'events'> & { events: TimelineEvent[]; articleDetails: ArticleSummary[] };

/** The data the dev server currently serves (read the way the page does: manifest module, then its JSON files). */
async function servedIndex(): Promise<ServedData> {
  const manifest = await (await fetch(`${server.url}@id/__x00__virtual:dateline/manifest`)).text();
  const path = /"(\/@dateline\/timeline-index-[0-9a-f]+\.json)"/.exec(manifest)?.[1];
  if (!path) throw new Error(`no index in the manifest module:\n${manifest}`);
  const json = async <T,>(file: string) => (await fetch(new URL(file, server.url))).json() as Promise<T>;
  const paths = (kind: string) => [...manifest.matchAll(new RegExp(`"(/@dateline/timeline-${kind}-\\d+-[0-9a-f]+\\.json)"`, 'g'))].map((m) => m[1]);
  const [packed, chunks, articleChunks] = await Promise.all([
    json<PackedIndex>(path), Promise.all(paths('mentions').map((p) => json<MentionChunk>(p))), Promise.all(paths('articles').map((p) => json<ArticleChunk>(p))),
  ]);
  const index = unpackIndex(packed);
  return { ...index, events: index.events.map((e) => restoreEvent(e, chunks[e.mentionChunk][e.id])), articleDetails: articleChunks.flat() };
}

const byId = (index: ServedData, id: string) => index.events.find((e) => e.id === id);

function overridesOnDisk(): unknown[] {
  try {
    return (JSON.parse(readFileSync(join(sources, OVERRIDES), 'utf8')) as { overrides: unknown[] }).overrides;
  } catch {
    return [];
  }
}

/** Waits until the served data satisfies `check` (the dev server rebuilds after the overrides file changes). */
async function servedWhen(check: (index: ServedData) => boolean, message: string): Promise<ServedData> {
  let last: ServedData | null = null;
  await expect.poll(async () => check(last = await servedIndex()), { message, timeout: 20_000, intervals: [250] }).toBe(true);
  return last!;
}

/** Opens an event's panel by its deep link, on the page as it is (no reload). */
async function openEventPanel(id: string) {
  await page.evaluate((hash) => { location.hash = hash; }, `#event=${encodeURIComponent(id)}`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(byId(machine, id)?.title ?? /./);
  return dialog;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  sources = mkdtempSync(join(tmpdir(), 'dateline-edit-ui-'));
  cpSync('seeds', sources, { recursive: true });
  // The browser page opens while the server starts (each takes seconds on a busy machine).
  [server, page] = await Promise.all([startDevServer(sources), browser.newPage()]);
  machine = await servedIndex();
  // Events with titles no other event has (the merge search finds them by title), several sentences for the split.
  const unique = machine.events.filter((e) => machine.events.filter((o) => o.title === e.title).length === 1);
  const split = [...machine.events].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  const [mergeInto, mergeFrom, edit, hide] = unique.filter((e) => e.id !== split.id);
  picks = { edit, hide, mergeInto, mergeFrom, split };
  expect(split.mentions.length).toBeGreaterThan(2);
  errors = watchErrors(page);
  await page.goto(server.url);
  await expect(page.locator('svg.plot-svg').locator('.mark, .cluster').first()).toBeVisible({ timeout: 60_000 });
});

test.beforeEach(() => { errors.length = 0; });

test.afterAll(async () => {
  await page?.close();
  await server?.stop();
  if (sources) rmSync(sources, { recursive: true, force: true });
});

test('change fields: the entry is written and the panel says what changed and what the machine found', async () => {
  const { edit } = picks;
  const dialog = await openEventPanel(edit.id);
  await dialog.getByRole('button', { name: 'Edit this event' }).click();
  const form = dialog.getByRole('form', { name: 'Edit this event' });
  await expect(form.getByLabel('Title')).toBeFocused();
  await form.getByLabel('Date').fill('2020-02-02');
  await form.getByLabel('Status').selectOption(edit.status === 'alleged' ? 'denied' : 'alleged');
  await form.getByLabel('Note').fill('Checked with the agency');
  await form.getByRole('button', { name: 'Save correction' }).click();

  const status = edit.status === 'alleged' ? 'denied' : 'alleged';
  await expect.poll(overridesOnDisk).toEqual([{ action: 'edit', event: edit.id, set: { date: '2020-02-02', status }, note: 'Checked with the agency' }]);
  const note = page.getByRole('dialog').getByTestId('edits-note');
  await expect(note).toContainText('Changed by an editor', { timeout: 20_000 });
  await expect(note.locator('li')).toHaveCount(2);
  await expect(note.locator('li').first()).toContainText(/^Date: .*2020.*\(the machine found: .+\).*Checked with the agency/);
  await expect(note.locator('li').nth(1)).toContainText(/^Status: .*\(the machine found: .+\)/);
  await expect(page.getByRole('dialog').getByTestId('event-date')).toContainText('2020');
  // The form is done once the new data is shown (reloaded, or updated in place).
  await expect(page.getByRole('dialog').getByRole('form', { name: 'Edit this event' })).toHaveCount(0);
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Edit this event' })).toBeVisible();

  const served = byId(await servedIndex(), edit.id)!;
  expect(served).toMatchObject({ curated: true, status, date: { value: '2020-02-02' } });
  expect(served.edits).toEqual([
    { field: 'date', from: edit.date.value, to: '2020-02-02', note: 'Checked with the agency' },
    { field: 'status', from: edit.status, to: status, note: 'Checked with the agency' },
  ]);
  expect(errors).toEqual([]);
});

test('hide: the entry is written and the event is gone', async () => {
  const { hide } = picks;
  const dialog = await openEventPanel(hide.id);
  await dialog.getByRole('button', { name: 'Edit this event' }).click();
  await dialog.getByRole('form', { name: 'Edit this event' }).getByRole('button', { name: 'Hide event' }).click();
  await expect.poll(() => overridesOnDisk().at(-1)).toEqual({ action: 'hide', event: hide.id });
  await servedWhen((index) => !byId(index, hide.id), 'the hidden event is no longer served');
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 20_000 });
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.locator('table [data-event-id]').first()).toBeVisible();
  expect(await page.locator('table [data-event-id]').evaluateAll((rows, id) => rows.filter((r) => r.getAttribute('data-event-id') === id).length, hide.id)).toBe(0);
  expect(errors).toEqual([]);
});

test('merge: another event found by its title merges into this one', async () => {
  const { mergeInto, mergeFrom } = picks;
  const dialog = await openEventPanel(mergeInto.id);
  const opener = dialog.getByRole('button', { name: 'Merge with…' });
  // Keyboard: the form takes focus; Escape closes only the form and focus returns to its button.
  await opener.click();
  const form = dialog.getByRole('form', { name: 'Merge with another event' });
  const search = form.getByRole('searchbox', { name: 'Find the other event by its title' });
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(dialog).toBeVisible();

  await opener.click();
  await expect(form.getByRole('radio')).not.toHaveCount(0); // nearest in date, before any query
  await search.fill(mergeFrom.title.toLowerCase());
  const choice = form.getByRole('radio', { name: new RegExp(`^${mergeFrom.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) });
  await expect(form.getByRole('radio')).toHaveCount(1);
  await expect(form.getByRole('button', { name: 'Merge into this event' })).toBeDisabled();
  await choice.check();
  await form.getByLabel('Note').fill('One meeting, two reports');
  expect(await axeViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Merge into this event' }).click();

  await expect.poll(() => overridesOnDisk().at(-1)).toEqual({ action: 'merge', events: [mergeInto.id, mergeFrom.id], note: 'One meeting, two reports' });
  await expect(page.getByRole('dialog').getByTestId('edits-note')).toContainText('Merged: 2 events the machine kept apart (One meeting, two reports)', { timeout: 20_000 });
  await expect(page.getByRole('dialog').locator('li.mention')).toHaveCount(mergeInto.mentions.length + mergeFrom.mentions.length);
  const served = await servedIndex();
  expect(byId(served, mergeFrom.id)).toBeUndefined();
  expect(byId(served, mergeInto.id)).toMatchObject({ curated: true });
  expect(errors).toEqual([]);
});

test('split: a mention becomes an event of its own, and the new event opens', async () => {
  const { split } = picks;
  const dialog = await openEventPanel(split.id);
  const card = dialog.locator('li.mention').nth(1);
  const mention = split.mentions[1];
  await card.getByRole('button', { name: 'Split this mention off' }).click();
  const form = card.getByRole('form', { name: 'Split this mention off' });
  expect(await axeViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Split off' }).click();

  await expect.poll(() => overridesOnDisk().at(-1)).toEqual({ action: 'split', article: mention.article, quote: mention.quote.replace(/\s+/g, ' ').trim(), event: split.id });
  // The event split off opens by itself once the rebuilt data has it.
  const note = page.getByRole('dialog').getByTestId('edits-note');
  await expect(note).toContainText(`Split: one sentence taken out of ${split.id}`, { timeout: 20_000 });
  await expect(page.getByRole('dialog').locator('li.mention')).toHaveCount(1);
  await expect(page.getByRole('dialog').locator('li.mention blockquote')).toHaveText(mention.quote);
  const served = await servedIndex();
  const made = served.events.find((e) => e.id.startsWith(`${split.id}--split-`))!;
  expect(made).toMatchObject({ curated: true, mentions: [{ article: mention.article, sentence: mention.sentence }] });
  expect(byId(served, split.id)!.mentions).toHaveLength(split.mentions.length - 1);
  expect(new URL(page.url()).hash).toMatch(new RegExp(`^#event=${encodeURIComponent(made.id)}(&|$)`));
  expect(errors).toEqual([]);
});

test('add: an event from a sentence of an article, in the Sources reader; a bad date is refused in words', async () => {
  const article = machine.articleDetails[machine.articleDetails.length - 1];
  await page.evaluate(() => { location.hash = '#view=sources'; });
  await page.locator('.sources-table').getByRole('button', { name: new RegExp(article.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
  await page.getByRole('button', { name: 'Add an event from this sentence' }).click();
  const form = page.getByRole('form', { name: 'Add an event from this sentence' });
  const sentence = form.getByLabel('Sentence');
  await expect(sentence).toBeFocused();
  // It starts on the first sentence that reports no event.
  await expect(sentence.locator('option:checked')).not.toContainText('(reports an event)');
  const index = Number(await sentence.inputValue());
  const quote = (await form.locator('blockquote').textContent())!.replace(/\s+/g, ' ').trim();
  await form.getByLabel('Title').fill('Editors add a hand-made event');
  await form.getByLabel('Type').selectOption('statement');
  await form.getByLabel('Status').selectOption('planned');
  expect(await axeViolations(page)).toEqual([]);
  const before = overridesOnDisk();

  await form.getByLabel('Date').fill('next week');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(form.getByRole('alert')).toContainText(/^Not saved: .*"date" must be YYYY/);
  expect(overridesOnDisk()).toEqual(before);

  await form.getByLabel('Date').fill('2023-09-01');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect.poll(() => overridesOnDisk().at(-1)).toEqual({
    action: 'add', article: article.id, quote, set: { date: '2023-09-01', type: 'statement', status: 'planned', title: 'Editors add a hand-made event' },
  });
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Editors add a hand-made event', { timeout: 20_000 });
  await expect(dialog.getByTestId('edits-note')).toContainText('Added by hand: the machine did not find this event');
  await expect(dialog.locator('li.mention')).toHaveCount(1);
  const made = (await servedIndex()).events.find((e) => e.title === 'Editors add a hand-made event')!;
  expect(made).toMatchObject({ curated: true, type: 'statement', status: 'planned', date: { value: '2023-09-01' }, mentions: [{ article: article.id, sentence: index }] });
  // The refused entry's response is the only error the browser reports.
  expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
});

test('every edit still applies after an unrelated article joins the folder', async () => {
  const { edit, hide, mergeInto, mergeFrom, split } = picks;
  writeFileSync(join(sources, 'zz-unrelated.txt'), 'The Bundesliga season opened on Friday with a 2-1 win for the champions in Munich.\n');
  const served = await servedWhen((index) => index.articles.length === machine.articles.length + 1, 'the new article is served');
  expect(served.warnings.filter((w) => w.file === OVERRIDES)).toEqual([]);
  expect(byId(served, edit.id)).toMatchObject({ curated: true, date: { value: '2020-02-02' } });
  expect(byId(served, hide.id)).toBeUndefined();
  expect(byId(served, mergeFrom.id)).toBeUndefined();
  expect(byId(served, mergeInto.id)!.mentions).toHaveLength(mergeInto.mentions.length + mergeFrom.mentions.length);
  expect(byId(served, split.id)!.mentions).toHaveLength(split.mentions.length - 1);
  expect(served.events.filter((e) => e.id.startsWith(`${split.id}--split-`))).toHaveLength(1);
  expect(served.events.filter((e) => e.title === 'Editors add a hand-made event')).toHaveLength(1);

  // The page shows the new data (reloaded or updated in place), then the edited event as before.
  await expect(page.getByTestId('counts')).toContainText(`from ${machine.articles.length + 1} articles`, { timeout: 20_000 });
  const dialog = await openEventPanel(edit.id);
  await expect(dialog.getByTestId('edits-note')).toContainText('Checked with the agency');
  expect(errors).toEqual([]);
});

test('the published build has no edit UI: not in its code, not on the page', async ({ page }) => {
  const assets = resolve(E2E_DIST, 'assets');
  const code = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  for (const words of ['Edit this event', 'Merge with…', 'Split this mention off', 'Add an event from this sentence', 'Save correction', '@dateline/overrides', 'reveal-after-rebuild']) {
    expect(code, words).not.toContain(words);
  }
  await page.goto(`./#event=${encodeURIComponent(picks.split.id)}`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('li.mention').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Read article' }).first().click();
  await expect(page.getByTestId('reader-text')).toBeVisible();
  for (const name of ['Edit this event', 'Merge with…', 'Split this mention off', 'Add an event from this sentence']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
});
