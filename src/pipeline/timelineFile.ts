/** Serialising and validating `timeline.json` (the CLI's output, and the `TIMELINE=FILE` input of the build). */
import { SCHEMA, type Article, type Timeline } from '../model/timeline.ts';

/** Byte-stable JSON: the pipeline builds objects in a fixed key order, so plain stringify is deterministic. */
export function serialiseTimeline(timeline: Timeline): string {
  return `${JSON.stringify(timeline, null, 2)}\n`;
}

/** A JSON text indented by `depth` levels of two spaces (JSON strings never hold a raw newline, so every one is layout). */
const indented = (json: string, depth: number) => json.replaceAll('\n', `\n${'  '.repeat(depth)}`);

/**
 * The same bytes as serialiseTimeline, in pieces of about one array element each: a large timeline is written out
 * without ever being one string (100,000 articles make a string of hundreds of MB, twice the heap in UTF-16).
 * `articleAt`, when given, makes each article whole as it is written (the timeline holds only their heads), so that
 * no more than one article's text is in memory at a time.
 */
export function timelineJsonChunks(timeline: Timeline): Generator<string>;
export function timelineJsonChunks<T extends Omit<Timeline, 'articles'> & { articles: readonly unknown[] }>(timeline: T, articleAt: (index: number) => Article): Generator<string>;
export function* timelineJsonChunks(timeline: Omit<Timeline, 'articles'> & { articles: readonly unknown[] }, articleAt?: (index: number) => Article): Generator<string> {
  const fields = Object.entries(timeline).filter(([, value]) => value !== undefined && typeof value !== 'function');
  if (!fields.length) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [i, [key, value]] of fields.entries()) {
    const head = `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      yield `${head}${indented(JSON.stringify(value, null, 2), 1)}`;
      continue;
    }
    yield `${head}[`;
    for (const [j, item] of value.entries()) {
      const whole = key === 'articles' && articleAt ? articleAt(j) : item;
      yield `${j ? ',' : ''}\n    ${indented(JSON.stringify(whole, null, 2) ?? 'null', 2)}`;
    }
    yield '\n  ]';
  }
  yield '\n}\n';
}

/**
 * Joins small pieces into writes of about `size` characters, so that a stream is not written byte by byte. Kept
 * small on purpose: a string or buffer over V8's regular object size (128 kB) goes straight to the old generation
 * and stays until a full collection; 1 MB pieces of a 170 MB timeline (10,000 articles) raised the peak memory of
 * the write by 185 MB, pieces of 16 k characters by 18 MB.
 */
export function* coalesce(chunks: Iterable<string>, size = 1 << 14): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    buffer.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length) yield buffer.join('');
}

/** Checks the shape of a ready timeline.json enough to render it; returns problems in plain words. */
export function validateTimeline(data: unknown): { timeline: Timeline | null; problems: string[] } {
  const problems: string[] = [];
  if (typeof data !== 'object' || data === null) return { timeline: null, problems: ['the file is not a JSON object'] };
  const t = data as Partial<Timeline>;
  if (t.schema !== SCHEMA) problems.push(`"schema" must be "${SCHEMA}" (found ${JSON.stringify(t.schema)})`);
  if (!Array.isArray(t.articles)) problems.push('"articles" must be an array');
  if (!Array.isArray(t.events)) problems.push('"events" must be an array');
  if (t.warnings !== undefined && !Array.isArray(t.warnings)) problems.push('"warnings" must be an array');
  if (problems.length) return { timeline: null, problems };
  const articleIds = new Set<string>();
  t.articles!.forEach((a, i) => {
    if (typeof a?.id !== 'string' || typeof a.text !== 'string') problems.push(`articles[${i}] needs a string "id" and "text"`);
    else articleIds.add(a.id);
    if (a && !Array.isArray(a.sentences)) problems.push(`articles[${i}].sentences must be an array`);
    if (a && !Array.isArray(a.timexes)) problems.push(`articles[${i}].timexes must be an array`);
  });
  t.events!.forEach((e, i) => {
    if (typeof e?.id !== 'string' || typeof e.title !== 'string') problems.push(`events[${i}] needs a string "id" and "title"`);
    if (!e?.date || typeof e.date.start !== 'string' || typeof e.date.end !== 'string' || e.date.start > e.date.end) problems.push(`events[${i}].date needs start <= end (ISO days)`);
    if (!Array.isArray(e?.mentions) || e.mentions.length === 0) problems.push(`events[${i}] needs at least one mention`);
    else e.mentions.forEach((m, j) => { if (!articleIds.has(m.article)) problems.push(`events[${i}].mentions[${j}] names unknown article "${m.article}"`); });
  });
  if (problems.length > 20) problems.splice(20, problems.length - 20, `…and ${problems.length - 20} more problems`);
  return { timeline: problems.length ? null : ({ warnings: [], ...t } as Timeline), problems };
}
