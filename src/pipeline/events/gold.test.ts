/**
 * Gold suite: the event stage on the five seed articles, built from the gold timexes and document dates (so it does
 * not depend on the temporal tagger). Prints mention recall/precision per article and pairwise clustering scores.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { DateInterval, TimelineEvent } from '../../model/timeline.ts';
import { timexInterval, timexRangeInterval, intervalsOverlap } from '../../model/timexValue.ts';
import { futureWindow, PAST_WINDOW_DAYS } from './dateAttach.ts';
import { addDays } from '../../model/calendar.ts';
import { clusterMentions, extractMentions, loadEventResources, typeFamily, type MentionCandidate } from './index.ts';
import { goldArticles, loadGold, type GoldEvent } from './goldArticles.testHelper.ts';
import { matchAll } from './lexicon.ts';
import { tokenize } from './normalize.ts';
import type { EventType } from '../../model/timeline.ts';

const resources = loadEventResources();
const gold = loadGold();
const articles = goldArticles(gold);
const candidates = articles.flatMap((a) => extractMentions(a, resources));
const events = clusterMentions(candidates, articles);

const TYPE_MAP: Record<string, EventType> = { letter_exchange: 'letter', troop_deployment: 'deployment', media_report: 'statement', invasion: 'other', diplomacy_breakdown: 'other' };
const goldType = (t: string) => (TYPE_MAP[t] ?? t) as EventType;

/** Gazetteer ids and countries named in a gold participant string ("Adrienne Watson (US NSC)", "group of Russian officials"). */
function goldKeys(names: string[]): Set<string> {
  const keys = new Set<string>();
  for (const n of names) {
    const words = tokenize(n, 0, n.length, 'en').filter((t) => t.word);
    for (const m of matchAll(resources.gazetteer.aliases, words)) {
      const e = m.entry.value.entity;
      keys.add(e.id);
      if (e.country) keys.add(e.country);
    }
  }
  return keys;
}

function predictedKeys(m: MentionCandidate): Set<string> {
  return new Set([...m.participantIds, ...m.affiliations]);
}

function goldDate(e: GoldEvent, dct: DateInterval): DateInterval | null {
  if (!e.date) return null;
  const first = e.date.split(' ')[0];
  if (first === 'FUTURE_REF') return futureWindow(dct);
  if (first === 'PAST_REF') return { value: 'PAST_REF', precision: 'vague', start: addDays(dct.start, -PAST_WINDOW_DAYS), end: dct.end };
  const [a, b] = first.split('/');
  return timexRangeInterval(a, b);
}

function matches(m: MentionCandidate, e: GoldEvent, dct: DateInterval, sameSentence: boolean): boolean {
  if (sameSentence && m.sentence !== e.sentence_index) return false;
  if (typeFamily(m.type) !== typeFamily(goldType(e.type))) return false;
  const g = goldKeys(e.participants);
  const p = predictedKeys(m);
  if (g.size && ![...g].some((k) => p.has(k))) return false;
  const d = goldDate(e, dct);
  return !d || intervalsOverlap(d, m.date);
}

interface Row { article: string; gold: number; found: number; predicted: number; strict: number; eventLevel: number }
const rows: Row[] = [];
const goldMention = new Map<string, MentionCandidate | null>();

for (const doc of gold) {
  const a = articles.find((x) => x.file === doc.file)!;
  const dct = timexInterval(a.published!.value)!;
  const mine = candidates.filter((m) => m.article === a.id);
  let found = 0;
  for (const e of doc.events) {
    const hit = mine.find((m) => matches(m, e, dct, true)) ?? null;
    if (hit) found++;
    goldMention.set(`${a.id}|${e.id}|${e.sentence_index}`, hit);
  }
  const strict = mine.filter((m) => doc.events.some((e) => matches(m, e, dct, true))).length;
  const eventLevel = mine.filter((m) => doc.events.some((e) => matches(m, e, dct, false))).length;
  rows.push({ article: a.id, gold: doc.events.length, found, predicted: mine.length, strict, eventLevel });
}

const eventOf = new Map<MentionCandidate, TimelineEvent>();
for (const m of candidates) {
  const ev = events.find((e) => e.mentions.some((x) => x.article === m.article && x.start === m.start && x.trigger?.start === m.trigger?.start));
  if (ev) eventOf.set(m, ev);
}

function pairwise() {
  const items = [...goldMention.entries()].map(([k, m]) => ({ cluster: k.split('|')[1], event: m ? eventOf.get(m)?.id ?? null : null }));
  let tp = 0, fp = 0, fn = 0;
  const wrongMerges: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const same = items[i].cluster === items[j].cluster;
      const together = items[i].event !== null && items[i].event === items[j].event;
      if (same && together) tp++;
      else if (same) fn++;
      else if (together) { fp++; wrongMerges.push(`${items[i].cluster} + ${items[j].cluster}`); }
    }
  }
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, wrongMerges: [...new Set(wrongMerges)] };
}

/** The event that holds the predicted mentions of every listed (article, gold id) pair, if it is one event. */
function mergedEvent(id: string, prefixes: string[]): TimelineEvent | null {
  const ms = [...goldMention.entries()].filter(([k]) => k.split('|')[1] === id && prefixes.some((p) => k.startsWith(p)));
  const evs = new Set(ms.map(([, m]) => (m ? eventOf.get(m) ?? null : null)));
  if (ms.length < prefixes.length || evs.size !== 1) return null;
  const ev = [...evs][0];
  return ev && prefixes.every((p) => ev.mentions.some((x) => x.article.startsWith(p))) ? ev : null;
}

const TARGETS: Array<[string, string, string[]]> = [
  ['Shoigu visit Pyongyang July 2023', 'E-SHOIGU-PY-2023-07', ['000', '001', '003']],
  ['Kim–Putin 2019 Vladivostok', 'E-KP-2019', ['000', '001']],
  ['Kim–Putin September 2023', 'E-KP-2023-09', ['000', '001', '002', '003']],
  ['Putin–Kim Beijing September 2025', 'E-KP-BEIJING-2025-09', ['004']],
  ['Choe Son Hui at the Kremlin 27 Oct 2025', 'E-CHOE-PUTIN-2025-10-27', ['004']],
];

afterAll(() => {
  const total = rows.reduce((t, r) => ({ ...t, gold: t.gold + r.gold, found: t.found + r.found, predicted: t.predicted + r.predicted, strict: t.strict + r.strict, eventLevel: t.eventLevel + r.eventLevel }), { article: 'total', gold: 0, found: 0, predicted: 0, strict: 0, eventLevel: 0 });
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
  const lines = ['article                   gold found  pred  P(sentence)  P(event)'];
  for (const r of [...rows, total]) lines.push(`${r.article.padEnd(24)} ${String(r.gold).padStart(5)} ${String(r.found).padStart(5)} ${String(r.predicted).padStart(5)}  ${pct(r.strict, r.predicted).padStart(10)}%  ${pct(r.eventLevel, r.predicted).padStart(7)}%`);
  const pw = pairwise();
  lines.push(`clustering (pairs over gold mentions): P ${pw.p.toFixed(3)} R ${pw.r.toFixed(3)} F1 ${pw.f1.toFixed(3)} (tp ${pw.tp}, fp ${pw.fp}, fn ${pw.fn})${pw.wrongMerges.length ? ' wrong merges: ' + pw.wrongMerges.join('; ') : ''}`);
  for (const [label, id, arts] of TARGETS) {
    const ev = mergedEvent(id, arts);
    lines.push(`${ev ? 'OK  ' : 'MISS'} ${label}: ${ev ? `${ev.id} (${ev.mentions.length} mentions)` : '-'}`);
  }
  const missed = [...goldMention.entries()].filter(([, m]) => !m).map(([k]) => k);
  if (missed.length) lines.push(`missed: ${missed.join(', ')}`);
  process.stdout.write(`\n${lines.join('\n')}\n`);
});

describe('event stage on the seed gold', () => {
  it('finds at least 42 of the 45 gold event mentions', () => {
    expect(rows.reduce((n, r) => n + r.found, 0)).toBeGreaterThanOrEqual(42);
  });
  it('keeps event-level precision of predicted mentions at 90% or more', () => {
    const pred = rows.reduce((n, r) => n + r.predicted, 0), ok = rows.reduce((n, r) => n + r.eventLevel, 0);
    expect(ok / pred).toBeGreaterThanOrEqual(0.9);
  });
  it('clusters across articles with pairwise F1 of 0.95 or more and merges no two gold events', () => {
    const pw = pairwise();
    expect(pw.fp).toBe(0);
    expect(pw.f1).toBeGreaterThanOrEqual(0.95);
  });
  it.each(TARGETS)('merges %s into one event with all its sources', (_label, id, arts) => {
    expect(mergedEvent(id, arts)).not.toBeNull();
  });
  it('orders events by date.start then id, and gives every mention a date that overlaps its event or is a listed conflict', () => {
    for (let i = 1; i < events.length; i++) {
      const a = events[i - 1], b = events[i];
      expect(a.date.start < b.date.start || (a.date.start === b.date.start && a.id < b.id)).toBe(true);
    }
    for (const e of events) {
      expect(e.date.start <= e.date.end).toBe(true);
      e.mentions.forEach((m, i) => {
        if (!intervalsOverlap(m.date, e.date)) expect(e.conflicts.some((c) => c.mentions.includes(i))).toBe(true);
        const art = articles.find((x) => x.id === m.article)!;
        expect(m.quote).toBe(art.text.slice(m.start, m.end));
      });
    }
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });
  it('gives the same output for shuffled input, and keeps ids when an unrelated article is added', () => {
    const again = clusterMentions([...candidates].reverse(), articles);
    expect(JSON.stringify(again)).toBe(JSON.stringify(events));
    const extra = { ...articles[0], id: 'zz-unrelated', file: 'zz-unrelated.txt', text: 'Emmanuel Macron visited Berlin on Monday.', sentences: [[0, 41]] as Array<[number, number]>, timexes: [{ start: 31, end: 40, text: 'on Monday', value: '2023-09-04', type: 'DATE' as const, precision: 'day' as const, mod: null }], lang: 'en' };
    const more = clusterMentions([...candidates, ...extractMentions(extra, resources)], [...articles, extra]);
    const ids = new Set(more.map((e) => e.id));
    for (const e of events) expect(ids.has(e.id)).toBe(true);
    expect(more.length).toBe(events.length + 1);
  });
});
