/**
 * Shares the repeated strings of a decoded analysis (a worker's result or a cache entry). Decoding builds every
 * string afresh: each mention's article id, type, participants and dates, each expression's rule and audit note,
 * and each quote, which is a piece of the article's text. A folder holds all its analyses until the timeline is
 * written, so these copies were about a fifth of its memory. The values do not change, only which copy is kept.
 */
import type { MentionCandidate } from '../events/index.ts';
import type { AnalysedArticle } from '../index.ts';

/** Strings longer than this are unlikely to repeat between articles (sentences, titles): not pooled. */
const MAX_POOLED = 64;

/** One pool per folder: the first copy of each short string seen. */
export class StringPool {
  private readonly strings = new Map<string, string>();

  get size(): number {
    return this.strings.size;
  }

  share<T extends string | null | undefined>(s: T): T {
    if (typeof s !== 'string' || s.length > MAX_POOLED) return s;
    const kept = this.strings.get(s);
    if (kept !== undefined) return kept as T;
    this.strings.set(s, s);
    return s;
  }

  shareAll(list: string[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.share(list[i]);
  }

  /** The string-valued fields of a small record (a date, a symbol) shared in place. */
  shareFields(record: object | null | undefined): void {
    if (!record) return;
    const r = record as Record<string, unknown>;
    for (const key of Object.keys(r)) {
      const value = r[key];
      if (typeof value === 'string') r[key] = this.share(value);
    }
  }
}

/** `piece` as a slice of `text` when it is one (a slice shares the text's memory), else `piece` itself. */
function sliceOf(text: string, start: number, end: number, piece: string): string {
  return end - start === piece.length && text.startsWith(piece, start) ? text.slice(start, end) : piece;
}

/** Shares the strings of mention candidates of the article with this id and text in place. */
function compactMentions(mentions: readonly MentionCandidate[], id: string, text: string, pool: StringPool): void {
  for (const m of mentions) {
    m.article = id;
    m.quote = sliceOf(text, m.start, m.end, m.quote);
    m.type = pool.share(m.type);
    m.status = pool.share(m.status);
    m.lang = pool.share(m.lang);
    m.place = pool.share(m.place);
    m.placeId = pool.share(m.placeId);
    m.placeCountry = pool.share(m.placeCountry);
    m.published = pool.share(m.published);
    if (m.dateSource !== undefined) m.dateSource = pool.share(m.dateSource);
    pool.shareFields(m.date);
    pool.shareAll(m.participants);
    pool.shareAll(m.participantIds);
    pool.shareAll(m.people);
    pool.shareAll(m.affiliations);
  }
}

/** Shares the strings of a freshly decoded analysis in place and returns it. */
export function compactAnalysis(a: AnalysedArticle, pool: StringPool): AnalysedArticle {
  const { article } = a;
  const text = article.text;
  compactMentions(a.mentions, article.id, text, pool);
  if (a.probes) compactMentions(a.probes, article.id, text, pool);
  for (const t of article.timexes) {
    t.text = sliceOf(text, t.start, t.end, t.text);
    t.value = pool.share(t.value);
    t.type = pool.share(t.type);
    t.precision = pool.share(t.precision);
    // Optional fields stay absent when absent.
    if (t.endValue !== undefined) t.endValue = pool.share(t.endValue);
    if (t.resolution !== undefined) t.resolution = pool.share(t.resolution);
  }
  for (const u of a.tagged?.timexes ?? []) {
    pool.shareFields(u);
    pool.shareFields(u.symbol);
  }
  return a;
}
