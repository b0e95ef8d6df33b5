/** How each filter value is named in the filter panel. */
import type { ArticleSummary } from '../../model/timelineIndex.ts';
import { statusInWords } from '../format/eventNames.ts';
import { languageName } from '../format/languageName.ts';
import type { FacetName } from './filterEvents.ts';

export const FACET_TITLES: Record<FacetName, string> = {
  participants: 'Participant', types: 'Event type', statuses: 'Status', langs: 'Language', articles: 'Article',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function typeInWords(type: string): string {
  return capitalise(type.replace(/_/g, ' '));
}

/** `articlesById`: the article summaries, for the article filter's titles (its ids until they have loaded). */
export function facetValueLabel(facet: FacetName, value: string, articlesById: ReadonlyMap<string, Pick<ArticleSummary, 'title' | 'lang'>>): string {
  switch (facet) {
    case 'types': return typeInWords(value);
    case 'statuses': return capitalise(statusInWords(value as Parameters<typeof statusInWords>[0]));
    case 'langs': return languageName(value);
    case 'articles': {
      const article = articlesById.get(value);
      return article ? `${article.title} (${languageName(article.lang)})` : value;
    }
    default: return value;
  }
}
