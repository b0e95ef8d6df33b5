import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../model/timeline.ts';
import { SAMPLE_TIMELINE, sampleEvent } from './__fixtures__/sample.ts';
import { EVENT_COLUMNS, MENTION_COLUMNS, toEventsCsv, toMentionsCsv, UTF8_BOM } from './csv.ts';

type Row = Record<string, string>;

function parseCsv(text: string): { fields: string[]; rows: Row[] } {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<Row>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

describe('toEventsCsv', () => {
  const csv = toEventsCsv(SAMPLE_TIMELINE);
  const { fields, rows } = parseCsv(csv);
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('has a BOM, the header row and one row per event', () => {
    expect(fields).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(SAMPLE_TIMELINE.events.length);
  });

  it('uses CRLF record ends (RFC 4180) and ends with one', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`${UTF8_BOM}${EVENT_COLUMNS.join(',')}`);
  });

  it('writes dates as EDTF plus inclusive days and precision', () => {
    expect(row('kim-jong-un--vladimir-putin--summit--2023-09')).toMatchObject({
      date: '2023-09?', start: '2023-09-01', end: '2023-09-30', precision: 'month', status: 'expected',
    });
    expect(row('statement--2023-W35').date).toBe('2023-08-28?/2023-09-03?');
    expect(row('exercise--2024-FA').date).toBe('2024-23?');
  });

  it('quotes commas and quotes, and keeps the text intact', () => {
    const summit = row('kim-jong-un--vladimir-putin--summit--2023-09');
    expect(summit.title).toBe('Kim Jong Un and Vladimir Putin, "summit" in Russia');
    expect(summit.participants).toBe('Kim Jong Un; Vladimir Putin');
    expect(summit.place).toBe('Vladivostok');
    expect(summit.sources).toBe('2');
    expect(summit.languages).toBe('en; ko');
    expect(summit.first_url).toBe('https://example.org/news/kim?x=1&y=2');
    expect(csv).toContain('"Kim Jong Un and Vladimir Putin, ""summit"" in Russia"');
  });

  it('neutralises a title that starts with =', () => {
    expect(row('arms-transfer--2023-10').title).toBe("'=Arms transfer to Russia");
  });

  it('leaves out non-http URLs', () => {
    expect(row('arms-transfer--2023-10').first_url).toBe('');
    expect(csv).not.toContain('javascript:');
  });

  it('is deterministic', () => {
    expect(toEventsCsv(SAMPLE_TIMELINE)).toBe(csv);
  });
});

describe('toMentionsCsv', () => {
  const csv = toMentionsCsv(SAMPLE_TIMELINE);
  const { fields, rows } = parseCsv(csv);
  const mentionCount = SAMPLE_TIMELINE.events.reduce((n, e) => n + e.mentions.length, 0);

  it('has the header row and one row per mention', () => {
    expect(fields).toEqual([...MENTION_COLUMNS]);
    expect(rows).toHaveLength(mentionCount);
  });

  it('keeps quotes with commas, double quotes, newlines and markup intact', () => {
    const talks = rows.find((r) => r.article_id === '000_en' && r.sentence_index === '2')!;
    expect(talks.quote).toBe('The talks,\nofficials said, "could last days".');
    expect(talks.article_title).toBe('Kim arrives, Putin waits: "a new era"');
    const aide = rows.find((r) => r.article_id === '000_en' && r.sentence_index === '1')!;
    expect(aide.quote).toBe('An aide said <script>alert("x")</script> & "nothing else", then left.');
  });

  it('keeps non-Latin text intact', () => {
    const korean = rows.find((r) => r.article_id === '001_ko' && r.sentence_index === '0')!;
    expect(korean.quote).toBe(SAMPLE_TIMELINE.articles[1].text.slice(...SAMPLE_TIMELINE.articles[1].sentences[0]));
    expect(korean.article_title).toBe('김정은 위원장, 블라디보스토크 도착');
    expect(korean.language).toBe('ko');
    expect(rows.find((r) => r.article_id === '003_ar' && r.sentence_index === '0')!.quote).toContain('تبادل الزعيمان');
  });

  it('neutralises every cell that starts with = + - @ tab or CR (OWASP)', () => {
    const formula = rows.find((r) => r.article_id === '000_en' && r.sentence_index === '3')!;
    expect(formula.quote).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows.find((r) => r.article_id === '003_ar' && r.sentence_index === '1')!.quote.startsWith("'-1")).toBe(true);
    expect(rows.find((r) => r.article_id === '004_nodate')!.article_title).toBe("'@channel briefing");
    for (const r of rows) for (const value of Object.values(r)) expect(value, value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('neutralises multi-line and tab/CR-led cells too', () => {
    const base = sampleEvent('talks--2023-Q4');
    const hostile = ['=1+1\nsecond line', '+cmd', '\tTAB', '\rCR', '@SUM(A1)'];
    const timeline: Timeline = {
      ...SAMPLE_TIMELINE,
      events: hostile.map((title, i) => ({ ...base, id: `e${i}`, title })),
    };
    const { rows: hostileRows } = parseCsv(toEventsCsv(timeline));
    expect(hostileRows.map((r) => r.title)).toEqual(hostile.map((t) => `'${t}`));
  });
});
