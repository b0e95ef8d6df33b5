/** The event data is valid, and language data holds language only: no person, place or country names. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../model/timeline.ts';
import { foldText } from './normalize.ts';
import { extractMentions, loadEventResources } from './index.ts';
import { intlCountryNames } from './countryNames.ts';
import type { GazetteerData, LanguageEventData } from './resources.ts';

const ROOT = fileURLToPath(new URL('../../resources/', import.meta.url));
const langs = readdirSync(`${ROOT}lang`).filter((l) => readdirSync(`${ROOT}lang/${l}`).includes('events.json')).sort();
const gazetteer = readdirSync(`${ROOT}gazetteer`).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${ROOT}gazetteer/${f}`, 'utf8')) as GazetteerData);

/** Every string of a JSON value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

describe('event resources', () => {
  it('load and compile without error', () => {
    const r = loadEventResources();
    expect([...r.languages.keys()]).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'it', 'pt', 'pl', 'sq', 'ru', 'ko']));
    expect(r.gazetteer.entities.size).toBeGreaterThan(150);
  });

  it.each(langs)('lang/%s/events.json uses only contract event types', (lang) => {
    const data = JSON.parse(readFileSync(`${ROOT}lang/${lang}/events.json`, 'utf8')) as LanguageEventData;
    expect(data.lang).toBe(lang);
    for (const t of Object.keys(data.triggers)) expect(EVENT_TYPES).toContain(t);
    for (const c of data.compound ?? []) expect(EVENT_TYPES).toContain(c.type);
  });

  it.each(langs)('lang/%s/events.json names no person, place or country', (lang) => {
    const names = new Set<string>();
    for (const g of gazetteer) {
      for (const e of g.entities) {
        const generated = e.kind === 'country' ? intlCountryNames(e.id, langs, e.notAliases) : [];
        for (const a of [e.name, ...(e.aliases ?? []), ...(e.shortAliases ?? []), ...generated]) if (a.length > 3) names.add(foldText(a));
      }
    }
    const data = JSON.parse(readFileSync(`${ROOT}lang/${lang}/events.json`, 'utf8'));
    const words = strings(data).flatMap((s) => foldText(s).replace(/\*/g, '').split(/\s+/));
    const phrases = strings(data).map((s) => foldText(s).replace(/\*/g, ''));
    // Declared homographs are common words that fold like a name (pt "irão", they will go / "Irão", Iran).
    const homographs = new Set(strings(data.homographs ?? []).map(foldText));
    const leaks = [...words, ...phrases].filter((w) => names.has(w) && !homographs.has(w));
    expect(leaks).toEqual([]);
  });

  it('gazetteer entities have unique ids and a known kind', () => {
    const ids = gazetteer.flatMap((g) => g.entities.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of gazetteer) for (const e of g.entities) expect(['person', 'org', 'country', 'city', 'site', 'region']).toContain(e.kind);
  });

  it('user gazetteer files add entities', () => {
    const dir = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
    const r = loadEventResources({ extraGazetteerFiles: [`${dir}user.gazetteer.json`] });
    expect(r.gazetteer.entities.get('jane-example')?.name).toBe('Jane Example');
    const text = 'Jane Example visited Pyongyang on Monday.';
    const a = {
      id: 'u', file: 'u.txt', lang: 'en', title: '', url: null, text, sentences: [[0, text.length]] as Array<[number, number]>,
      published: { value: '2024-01-02', precision: 'day' as const, source: 'metadata' as const, window: ['2024-01-02', '2024-01-02'] as [string, string], evidence: [] },
      timexes: [{ start: 31, end: 40, text: 'on Monday', value: '2024-01-01', type: 'DATE' as const, precision: 'day' as const, mod: null }],
    };
    expect(extractMentions(a, r)[0]?.participants).toEqual(['Jane Example']);
  });

  it('matches a pathological sentence in linear time', () => {
    const r = loadEventResources();
    const text = `${'Putin visit '.repeat(160)}.`;
    const a = {
      id: 'x', file: 'x.txt', lang: 'en', title: '', url: null, text, sentences: [[0, text.length]] as Array<[number, number]>,
      published: { value: '2024-01-02', precision: 'day' as const, source: 'metadata' as const, window: ['2024-01-02', '2024-01-02'] as [string, string], evidence: [] },
      timexes: [],
    };
    const t0 = performance.now();
    extractMentions(a, r);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
