import { describe, expect, it, vi } from 'vitest';
import type { Timeline } from '../../model/timeline.ts';
import { MENTION_CHUNK_CHARS, splitTimeline, TEXT_CHUNK_CHARS } from '../../model/timelineIndex.ts';
import { serialiseTimeline } from '../../pipeline/timelineFile.ts';
import { SAMPLE_TIMELINE } from '../../export/__fixtures__/sample.ts';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from '../../export/index.ts';
import { memoryTimelineSource } from '../data/memorySource.ts';
import { assembleTimeline, loadFullTimeline } from './assembleTimeline.ts';
import { buildDownload, downloadChoices, exportFileName } from './exportFile.ts';
import { saveFile } from './saveFile.ts';


describe('assembleTimeline', () => {
  it('is the inverse of splitTimeline, down to the bytes of timeline.json', async () => {
    const timeline = structuredClone(SAMPLE_TIMELINE);
    const { index, source } = memoryTimelineSource(timeline);
    const full = await loadFullTimeline(await source.loadIndex(), source);
    expect(full).toEqual(timeline);
    expect(serialiseTimeline(full)).toBe(serialiseTimeline(timeline));
    // The index really was stripped.
    expect(index.articles[0]).not.toHaveProperty('title');
    expect(index.events[0]).not.toHaveProperty('mentions');
  });

  it('fetches each text chunk once, however many articles it holds', async () => {
    const base = structuredClone(SAMPLE_TIMELINE);
    // Enough text to need several chunks.
    const big = 'x'.repeat(Math.ceil(TEXT_CHUNK_CHARS * 0.6));
    const articles = [0, 1, 2, 3].map((i) => ({ ...base.articles[0], id: `big-${i}`, file: `big-${i}.txt`, text: big, sentences: [[0, big.length]] as Array<[number, number]>, timexes: [] }));
    const timeline: Timeline = { ...base, articles: [...base.articles, ...articles] };
    const { textChunks: chunks, source, requests } = memoryTimelineSource(timeline);
    expect(chunks.length).toBeGreaterThan(2);
    const full = await loadFullTimeline(await source.loadIndex(), source);
    expect(serialiseTimeline(full)).toBe(serialiseTimeline(timeline));
    expect(requests.filter((r) => r.startsWith('text-')).sort()).toEqual(chunks.map((_, i) => `text-${i}.json`).sort());
  });

  it('fetches each mention chunk once, however many events it holds', async () => {
    const base = structuredClone(SAMPLE_TIMELINE);
    // Enough quotes to need several mention chunks.
    const quote = 'q'.repeat(Math.ceil(MENTION_CHUNK_CHARS * 0.6));
    const events = [0, 1, 2, 3].map((i) => ({ ...base.events[0], id: `big-${i}`, mentions: base.events[0].mentions.map((m) => ({ ...m, quote })) }));
    const timeline: Timeline = { ...base, events: [...base.events, ...events] };
    const { mentionChunks, source, requests } = memoryTimelineSource(timeline);
    expect(mentionChunks.length).toBeGreaterThan(2);
    const full = await loadFullTimeline(await source.loadIndex(), source);
    expect(serialiseTimeline(full)).toBe(serialiseTimeline(timeline));
    expect(requests.filter((r) => r.startsWith('mentions-')).sort()).toEqual(mentionChunks.map((_, i) => `mentions-${i}.json`).sort());
  });

  it('keeps optional article fields (meta) and puts text and sentences back before timexes', () => {
    const timeline = structuredClone(SAMPLE_TIMELINE);
    timeline.articles[0] = { ...timeline.articles[0], meta: { desk: 'Asia' } };
    const { index, textChunks, articleChunks, mentionChunks } = splitTimeline(timeline);
    const full = assembleTimeline(index, articleChunks.flat(), (a) => textChunks[a.textChunk][a.id], (e) => mentionChunks[e.mentionChunk][e.id]);
    expect(Object.keys(full.articles[0])).toEqual(Object.keys(timeline.articles[0]));
    expect(full.articles[0].meta).toEqual({ desk: 'Asia' });
  });

  it('puts mentions back where the contract has them, after optional event fields too', () => {
    const timeline = structuredClone(SAMPLE_TIMELINE);
    timeline.events[0] = { ...timeline.events[0], curated: true, edits: [{ field: 'title', from: 'Old', to: timeline.events[0].title }] };
    const { index, textChunks, articleChunks, mentionChunks } = splitTimeline(timeline);
    const full = assembleTimeline(index, articleChunks.flat(), (a) => textChunks[a.textChunk][a.id], (e) => mentionChunks[e.mentionChunk][e.id]);
    expect(Object.keys(full.events[0])).toEqual(Object.keys(timeline.events[0]));
    expect(full.events[0]).toEqual(timeline.events[0]);
  });
});

describe('download choices', () => {
  it('offers timeline.json and every export format, with distinct file names', () => {
    const choices = downloadChoices();
    expect(choices.map((c) => c.id)).toEqual(['timeline', ...EXPORT_FORMAT_IDS]);
    expect(new Set(choices.map((c) => c.fileName)).size).toBe(choices.length);
    expect(choices.map((c) => c.fileName)).toEqual([
      'timeline.json', 'dateline-timelinejs.json', 'dateline.ics', 'dateline-events.csv', 'dateline-mentions.csv', 'dateline.jsonld',
    ]);
    expect(exportFileName('ics', 'ics')).toBe('dateline.ics');
  });

  it('renders each file with the same bytes as the format table (what the CLI writes)', () => {
    const timeline = structuredClone(SAMPLE_TIMELINE);
    expect(buildDownload('timeline', timeline).content).toBe(serialiseTimeline(timeline));
    for (const id of EXPORT_FORMAT_IDS) {
      const file = buildDownload(id, timeline);
      expect(file.content).toBe(EXPORT_FORMATS[id].render(timeline));
      expect(file.mime).toBe(EXPORT_FORMATS[id].mime);
    }
  });
});

describe('saveFile', () => {
  it('clicks a temporary <a download> at a Blob URL, then revokes it later', async () => {
    const clicked: Array<{ href: string; download: string }> = [];
    const appended: unknown[] = [];
    const link = {
      href: '', download: '', rel: '', hidden: false,
      click() { clicked.push({ href: this.href, download: this.download }); },
      remove: vi.fn(),
    };
    const fakeDocument = { createElement: () => link, body: { append: (node: unknown) => appended.push(node) } } as unknown as Document;
    let blob: Blob | undefined;
    let deferred: (() => void) | undefined;
    const revoke = vi.fn();
    saveFile({ fileName: 'dateline.ics', mime: 'text/calendar; charset=utf-8', content: 'BEGIN:VCALENDAR\r\n' }, {
      document: fakeDocument,
      createObjectURL: (b) => { blob = b; return 'blob:test/1'; },
      revokeObjectURL: revoke,
      later: (fn) => { deferred = fn; },
    });
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'dateline.ics' }]);
    expect(link.remove).toHaveBeenCalledOnce();
    expect(blob?.type).toBe('text/calendar; charset=utf-8');
    expect(await blob?.text()).toBe('BEGIN:VCALENDAR\r\n');
    expect(revoke).not.toHaveBeenCalled();
    deferred?.();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});
