/**
 * Scores document dates and language identification on the blind held-out set
 * (src/pipeline/__fixtures__/heldout: articles written without looking at the pipeline, no dates in the files).
 * "Exact" means the gold value at the gold precision, the precision the text's evidence supports. Pure.
 */
import type { Timeline } from '../model/timeline.ts';

export interface HeldoutArticle {
  file: string;
  language: string;
  dct: { value: string; precision: 'day' | 'month' | 'year'; window: [string, string] };
  evidence: string[];
  event: string;
}

export interface HeldoutGold {
  description: string;
  articles: HeldoutArticle[];
}

export interface HeldoutScore {
  file: string;
  language: string;
  predictedLanguage: string | null;
  gold: string;
  goldPrecision: string;
  predicted: string | null;
  predictedPrecision: string | null;
  /** Same value at the same precision. */
  exact: boolean;
  /** The predicted window overlaps the gold window. */
  overlaps: boolean;
}

export function scoreHeldout(gold: HeldoutGold, timeline: Timeline): HeldoutScore[] {
  return gold.articles.map((g) => {
    const article = timeline.articles.find((a) => a.file === g.file);
    const p = article?.published ?? null;
    return {
      file: g.file,
      language: g.language,
      predictedLanguage: article?.lang ?? null,
      gold: g.dct.value,
      goldPrecision: g.dct.precision,
      predicted: p?.value ?? null,
      predictedPrecision: p?.precision ?? null,
      exact: !!p && p.value === g.dct.value && p.precision === g.dct.precision,
      overlaps: !!p && p.window[0] <= g.dct.window[1] && g.dct.window[0] <= p.window[1],
    };
  });
}

/** One line per article and a total line, for the eval script and the test log. */
export function formatHeldout(scores: readonly HeldoutScore[]): string[] {
  const n = scores.length;
  const count = (f: (s: HeldoutScore) => boolean) => scores.filter(f).length;
  const lines = scores.map((s) => `  ${s.file.padEnd(10)} ${s.language === s.predictedLanguage ? s.language : `${s.language}≠${s.predictedLanguage}`}  gold ${s.gold} (${s.goldPrecision})  predicted ${s.predicted ?? '-'}${s.predictedPrecision ? ` (${s.predictedPrecision})` : ''}  ${s.exact ? 'exact' : s.overlaps ? 'overlaps' : 'MISS'}`);
  lines.push(`  language right ${count((s) => s.language === s.predictedLanguage)}/${n}; document date exact ${count((s) => s.exact)}/${n} (${Math.round((100 * count((s) => s.exact)) / n)}%), overlapping the gold window ${count((s) => s.overlaps)}/${n}, undated ${count((s) => s.predicted === null)}/${n}, wrong (outside the gold window) ${count((s) => s.predicted !== null && !s.overlaps)}/${n}`);
  return lines;
}
