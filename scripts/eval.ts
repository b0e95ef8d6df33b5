/**
 * `npm run eval`: scores the pipeline on the seed gold (../shared/gold/seed-gold.json, copied to
 * src/pipeline/__fixtures__) with no metadata given, and runs chrono-node on the same gold as the live baseline.
 */
import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import type { Gold } from '../src/eval/gold.ts';
import { scoreDocumentDates, scoreEvents, scoreTimexes } from '../src/eval/score.ts';
import { formatHeldout, scoreHeldout, type HeldoutGold } from '../src/eval/heldout.ts';
import { extractTimeline } from '../src/pipeline/index.ts';
import { timexInterval } from '../src/model/timexValue.ts';

const gold: Gold = JSON.parse(readFileSync(new URL('../src/pipeline/__fixtures__/seed-gold.json', import.meta.url), 'utf8'));
const timeline = await extractTimeline('seeds');
const pct = (a: number, b: number) => `${a}/${b} (${b ? Math.round((100 * a) / b) : 0}%)`;

console.log('Dateline eval on the seed gold (no metadata given)\n');
console.log('Document dates');
const dates = scoreDocumentDates(gold, timeline);
for (const d of dates) console.log(`  ${d.file.slice(0, 3)}  gold ${d.gold} window ${d.window.join('..')}  predicted ${d.predicted ?? '-'}  ${d.exactDay ? 'exact' : d.inWindow ? 'in window' : 'MISS'}`);
console.log(`  in window ${pct(dates.filter((d) => d.inWindow).length, dates.length)}, exact day ${pct(dates.filter((d) => d.exactDay).length, dates.length)}`);

console.log('\nTemporal expressions');
const timexes = scoreTimexes(gold, timeline);
const sum = (k: keyof (typeof timexes)[number]) => timexes.reduce((n, t) => n + (t[k] as number), 0);
for (const t of timexes) console.log(`  ${t.file.slice(0, 3)} ${t.lang}  required found ${t.requiredFound}/${t.required} strict ${t.requiredStrict}/${t.required}  all found ${t.allFound}/${t.all}  spurious ${t.spurious.length}`);
console.log(`  required: found ${pct(sum('requiredFound'), sum('required'))}, strict value ${pct(sum('requiredStrict'), sum('required'))}`);
console.log(`  all 50: found ${pct(sum('allFound'), sum('all'))}, strict value ${pct(sum('allStrict'), sum('all'))}, exact span ${pct(sum('exactSpan'), sum('all'))}`);
const spurious = timexes.flatMap((t) => t.spurious.map((s) => `${t.file.slice(0, 3)} ${s}`));
console.log(`  spurious: ${spurious.length}${spurious.length ? `  ${spurious.join('; ')}` : ''}`);
for (const t of timexes) for (const m of t.misses) console.log(`    miss ${m}`);

console.log('\nEvents');
const ev = scoreEvents(gold, timeline);
console.log(`  gold mentions matched ${pct(ev.goldMatched, ev.goldMentions)} (non-other ${pct(ev.goldMatchedNonOther, ev.goldNonOther)}), status right ${pct(ev.statusCorrect, ev.goldMatched)}`);
console.log(`  predicted mentions reporting a gold event of their article ${pct(ev.predictedCorrect, ev.predictedMentions)} (non-other ${pct(ev.predictedCorrectNonOther, ev.predictedNonOther)}); in the gold's own sentence ${pct(ev.predictedSameSentence, ev.predictedMentions)}`);
console.log(`  clustering pairwise P ${ev.pairwise.precision.toFixed(3)} R ${ev.pairwise.recall.toFixed(3)} F1 ${ev.pairwise.f1.toFixed(3)}, wrong merges ${ev.pairwise.wrongMerges.length}`);
for (const m of ev.misses) console.log(`    miss ${m}`);
for (const f of ev.falsePositives) console.log(`    false positive ${f}`);
for (const w of ev.pairwise.wrongMerges) console.log(`    wrong merge ${w}`);

// The held-out sets: articles written without looking at the pipeline (issue 5's 80% target is on such articles).
// Set 1 was blind when written, but the news-event data written since covers some of its events; set 2 is blind
// to that data too.
for (const [name, dir] of [['Held-out set 1 (its events are now partly in the news-event data)', 'src/pipeline/__fixtures__/heldout'], ['Held-out set 2 (its misses were read while changing the rules)', 'src/pipeline/__fixtures__/heldout2'], ['Held-out set 3 (blind to the code and the data)', 'src/pipeline/__fixtures__/heldout3'], ['Held-out set 4 (written 2026-11-27, blind to the code and the data)', 'src/pipeline/__fixtures__/heldout4'], ['Held-out set 5 (written 2026-11-27 in session 15; first run 2/28 exact)', 'src/pipeline/__fixtures__/heldout5'], ['Held-out set 6 (written 2026-11-27 in session 15; first run 6/28 exact, 11 wrong)', 'src/pipeline/__fixtures__/heldout6'], ['Held-out set 7 (written 2026-11-27 in session 16; first run 4/28 exact, 10 wrong)', 'src/pipeline/__fixtures__/heldout7'], ['Held-out set 8 (written 2026-11-27 in session 17; first run 4/28 exact, 7 wrong; gold lines seen since)', 'src/pipeline/__fixtures__/heldout8'], ['Held-out set 9 (written 2026-11-27 in session 18, blind; first run 9/28 exact, 11 wrong)', 'src/pipeline/__fixtures__/heldout9']]) {
  const heldoutGold: HeldoutGold = JSON.parse(readFileSync(`${dir}/heldout-gold.json`, 'utf8'));
  console.log(`\n${name}: ${heldoutGold.articles.length} articles, no dates given (document date exact at the gold precision)`);
  for (const line of formatHeldout(scoreHeldout(heldoutGold, await extractTimeline(dir)))) console.log(line);
}

// Baseline: chrono-node with the best locale per language and the gold document date as reference (its best case).
console.log('\nBaseline: chrono-node 2.10.3, given the gold document date');
const parsers: Record<string, chrono.Chrono> = { pt: chrono.pt.casual, it: chrono.it.casual };
let cFound = 0, cStrict = 0, cLenient = 0, cOutputs = 0, cSpurious = 0, required = 0;
for (const doc of gold.documents) {
  const text = readFileSync(`seeds/${doc.file}`, 'utf8').replace(/\s/g, ' ');
  const parser = parsers[doc.language] ?? chrono.casual;
  const results = parser.parse(text, { instant: new Date(`${doc.document_date.value}T12:00:00Z`), timezone: 'UTC' });
  cOutputs += results.length;
  const valueOf = (r: chrono.ParsedResult) => {
    const c = r.start;
    const y = c.get('year')!, m = String(c.get('month')).padStart(2, '0'), d = String(c.get('day')).padStart(2, '0');
    return c.isCertain('day') ? `${y}-${m}-${d}` : c.isCertain('month') ? `${y}-${m}` : `${y}`;
  };
  const dayOf = (r: chrono.ParsedResult) => r.start.date().toISOString().slice(0, 10);
  for (const r of results) if (!doc.timexes.some((g) => r.index < g.char_end && g.char_start < r.index + r.text.length)) cSpurious++;
  for (const g of doc.timexes.filter((t) => t.required)) {
    required++;
    const hits = results.filter((r) => r.index < g.char_end && g.char_start < r.index + r.text.length);
    if (!hits.length) continue;
    cFound++;
    const interval = timexInterval(g.value.split('/')[0]);
    if (hits.some((r) => valueOf(r) === g.value)) cStrict++;
    if (interval && hits.some((r) => dayOf(r) >= interval.start && dayOf(r) <= interval.end)) cLenient++;
  }
}
console.log(`  required: found ${pct(cFound, required)}, strict value ${pct(cStrict, required)}, a day inside the gold span ${pct(cLenient, required)}; outputs ${cOutputs}, spurious ${cSpurious}`);
