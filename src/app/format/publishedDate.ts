/** The document date of an article in words, with how it was found. */
import type { PublishedDate } from '../../model/timeline.ts';
import { formatShortDay, formatTimexValue } from '../../model/dateLabels.ts';

const SOURCE_WORDS: Record<PublishedDate['source'], string> = {
  metadata: "from the article's metadata",
  inferred: 'inferred from the text',
  'metadata+inferred': 'month from metadata, day inferred from the text',
};

export function formatPublished(published: PublishedDate | null): string {
  if (!published) return 'date unknown';
  return formatTimexValue(published.value) ?? published.value;
}

export function publishedSourceInWords(published: PublishedDate): string {
  return SOURCE_WORDS[published.source] ?? published.source;
}

/** "between 4 Sep 2023 and 5 Sep 2023", or null when the window is a single day. */
export function publishedWindowInWords(published: PublishedDate): string | null {
  const [first, last] = published.window;
  return first === last ? null : `plausible between ${formatShortDay(first)} and ${formatShortDay(last)}`;
}
