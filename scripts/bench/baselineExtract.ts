/**
 * The benchmark's baseline: what a folder of articles costs with off-the-shelf parts and no joint analysis.
 * Read every article → eld language → chrono-node's casual parser (the detected language's, when chrono has one,
 * else English) → one JSON line per article, streamed to the output file. It finds far less than Dateline (see
 * BENCHMARKS.md, eval): it is a speed yardstick only.
 *
 *   npx tsx scripts/bench/baselineExtract.ts --sources DIR --out FILE
 *
 * Ends with `baseline-peak-rss-kb N` on stderr (process.resourceUsage().maxRSS), for the benchmark to read.
 */
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import { eld } from 'eld/small';

type Parser = { parse: (text: string, ref?: Date) => Array<{ index: number; text: string; start: { date: () => Date } }> };

/** chrono-node's locales that have a casual parser; other languages fall back to English. */
const PARSERS: Record<string, Parser> = {
  en: chrono.casual, de: chrono.de.casual, fr: chrono.fr.casual, es: chrono.es.casual, it: chrono.it.casual,
  pt: chrono.pt.casual, ru: chrono.ru.casual, nl: chrono.nl.casual, ja: chrono.ja.casual, zh: chrono.zh.casual, uk: chrono.uk.casual,
};

/** The same front matter rule as the pipeline (flat block between `---` lines at the top), without its checks. */
function body(raw: string): string {
  if (!raw.startsWith('---\n')) return raw;
  const end = raw.indexOf('\n---\n', 3);
  return end < 0 ? raw : raw.slice(end + 5);
}

function main(): void {
  const { values } = parseArgs({ options: { sources: { type: 'string' }, out: { type: 'string' } } });
  if (!values.sources || !values.out) {
    process.stderr.write('usage: npx tsx scripts/bench/baselineExtract.ts --sources DIR --out FILE\n');
    process.exit(2);
  }
  const dir = resolve(values.sources);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const out = openSync(values.out, 'w');
  let dates = 0;
  for (const file of files) {
    const text = body(readFileSync(join(dir, file), 'utf8'));
    const lang = eld.detect(text.slice(0, 4000)).language || 'und';
    const found = (PARSERS[lang] ?? chrono.casual).parse(text);
    dates += found.length;
    const record = { file, lang, dates: found.map((r) => ({ start: r.index, text: r.text, value: r.start.date().toISOString().slice(0, 10) })) };
    writeSync(out, `${JSON.stringify(record)}\n`);
  }
  closeSync(out);
  process.stderr.write(`baseline: ${files.length} articles, ${dates} dates\nbaseline-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
}

main();
