/** Hand-curated events from TimelineJS JSON or CSV files, merged into an extracted timeline (`--import FILE`). */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fromEventsCsv } from '../../export/importCsv.ts';
import { fromTimelineJS } from '../../export/importTimelineJs.ts';
import type { ImportResult } from '../../export/curated.ts';
import type { Timeline, Warning } from '../../model/timeline.ts';

/** Reads one import file; problems come back as warnings, never as exceptions. */
export function readImport(path: string): ImportResult {
  const source = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { events: [], articles: [], problems: [`The import file could not be read: ${(error as Error).message}`] };
  }
  if (extname(path).toLowerCase() === '.csv') return fromEventsCsv(text, { source });
  try {
    return fromTimelineJS(JSON.parse(text), { source });
  } catch (error) {
    return { events: [], articles: [], problems: [`The import file is neither CSV nor valid TimelineJS JSON: ${(error as Error).message}`] };
  }
}

/** Adds curated events and their synthetic source articles; events stay sorted by start day, then id. */
export function mergeImports(timeline: Timeline, imports: ReadonlyArray<{ file: string; result: ImportResult }>): Timeline {
  const warnings: Warning[] = imports.flatMap(({ file, result }) =>
    result.problems.map((message) => ({ article: null, file: basename(file), code: 'import', message })));
  const events = [...timeline.events, ...imports.flatMap((i) => i.result.events)]
    .sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...timeline,
    articles: [...timeline.articles, ...imports.flatMap((i) => i.result.articles)],
    events,
    warnings: [...timeline.warnings, ...warnings],
  };
}
