/** Shapes passed between pipeline stages (internal; the output shapes are in src/model/timeline.ts). */
import type { Article, PublishedDate, Timex, Warning } from '../model/timeline.ts';

/** A date given by metadata (front matter `published:` or a crawler's date token), at its stated precision. */
export interface StatedDate {
  value: string; // YYYY, YYYY-MM or YYYY-MM-DD
  precision: 'day' | 'month' | 'year';
}

/** One input file after reading and front-matter parsing, before any language work. */
export interface SourceArticle {
  id: string;
  file: string;
  /** Text after the front matter: all offsets count from here. */
  text: string;
  title: string | null;
  url: string | null;
  published: StatedDate | null;
  lang: string | null;
  meta: Record<string, string>;
  warnings: Warning[];
}

/** Input of the temporal stage (src/pipeline/temporal). */
export interface TemporalInput {
  text: string;
  sentences: ReadonlyArray<readonly [number, number]>;
  lang: string;
  /** Metadata date, if any: front matter wins, else the caller leaves it null and the stage may find a metadata token. */
  published: StatedDate | null;
}

/** Output of the temporal stage. */
export interface TemporalResult {
  timexes: Timex[];
  published: PublishedDate | null;
}

export type { Article, PublishedDate, Timex, Warning };
