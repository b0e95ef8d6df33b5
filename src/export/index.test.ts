import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../model/timeline.ts';
import { SAMPLE_TIMELINE, sampleEvent } from './__fixtures__/sample.ts';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, isExportFormatId } from './index.ts';

describe('EXPORT_FORMATS', () => {
  it('lists every format with an extension, a media type and a renderer', () => {
    expect(EXPORT_FORMAT_IDS).toEqual(['timelinejs', 'ics', 'events-csv', 'mentions-csv', 'jsonld']);
    for (const id of EXPORT_FORMAT_IDS) {
      const format = EXPORT_FORMATS[id];
      expect(format.extension).toMatch(/^[a-z]+$/);
      expect(format.mime).toMatch(/^[a-z]+\/[a-z+.-]+/);
      expect(format.label.length).toBeGreaterThan(0);
    }
    expect(isExportFormatId('ics')).toBe(true);
    expect(isExportFormatId('toString')).toBe(false);
  });

  it.each(EXPORT_FORMAT_IDS)('%s renders the same bytes twice and copes with an empty timeline', (id) => {
    const format = EXPORT_FORMATS[id];
    expect(format.render(SAMPLE_TIMELINE, { title: 'T' })).toBe(format.render(structuredClone(SAMPLE_TIMELINE), { title: 'T' }));
    expect(typeof format.render({ ...SAMPLE_TIMELINE, events: [] })).toBe('string');
  });

  it('JSON formats are valid JSON', () => {
    expect(() => JSON.parse(EXPORT_FORMATS.timelinejs.render(SAMPLE_TIMELINE))).not.toThrow();
    expect(() => JSON.parse(EXPORT_FORMATS.jsonld.render(SAMPLE_TIMELINE))).not.toThrow();
  });
});

describe('any title survives the text formats', () => {
  const withTitle = (title: string): Timeline => ({ ...SAMPLE_TIMELINE, events: [{ ...sampleEvent('talks--2023-Q4'), title }] });
  const titles = fc.string({ unit: 'binary', maxLength: 120 });

  test.prop([titles])('iCalendar SUMMARY (ical.js) equals the title minus control characters', (title) => {
    const ics = EXPORT_FORMATS.ics.render(withTitle(title));
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const expected = title.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    // ical.js reads an empty SUMMARY value as ''.
    expect(vevent.getFirstPropertyValue('summary') ?? '').toBe(expected);
  });

  test.prop([titles])('events CSV (papaparse) gives the title back, apostrophe-guarded when formula-like', (title) => {
    const csv = EXPORT_FORMATS['events-csv'].render(withTitle(title));
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: 'greedy' });
    expect(parsed.data).toHaveLength(1);
    expect(parsed.data[0].title).toBe(/^[=+\-@\t\r]/.test(title) ? `'${title}` : title);
  });

  test.prop([titles])('JSON-LD never contains a raw <', (title) => {
    const text = EXPORT_FORMATS.jsonld.render(withTitle(title));
    expect(text).not.toContain('<');
    expect(JSON.parse(text).itemListElement[0].item.name).toBe(title);
  });
});
