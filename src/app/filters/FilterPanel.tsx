/**
 * Search and filters, placed after the timeline in the page (and in tab order) so the first event stays a few Tab
 * stops from the top. Each facet is a collapsible group of checkboxes with live counts; filtered-out events leave
 * the timeline and the list.
 */
import { useMemo, useState } from 'react';
import { useAllArticles } from '../data/TimelineDataProvider.tsx';
import { useAppStore } from '../store/StoreProvider.tsx';
import { FACET_TITLES, facetValueLabel } from './facetLabels.ts';
import { FACETS, facetValueCounts, hasActiveFilters, type FacetName, type FilterableEvent, type Filters } from './filterEvents.ts';

interface FilterPanelProps {
  /** The events prepared for filtering (computed on the first call). */
  prepared: () => readonly FilterableEvent[];
  /** Events in all, and events the filters let through. */
  total: number;
  shown: number;
}

interface FacetProps {
  facet: FacetName;
  /** The events prepared for filtering (computed on the first call). */
  prepared: () => readonly FilterableEvent[];
  filters: Filters;
}

function FacetGroup({ facet, prepared, filters }: FacetProps) {
  const selected = filters[facet];
  // Open at first when a deep link already filters by this facet; after that the reader decides.
  const [open, setOpen] = useState(() => selected.length > 0);
  const [initiallyOpen] = useState(open);
  return (
    <details className="facet" open={initiallyOpen} data-facet={facet} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {FACET_TITLES[facet]}
        {selected.length > 0 && <span className="facet-selected"> ({selected.length} selected)</span>}
      </summary>
      {/* A closed group draws nothing: a large archive has tens of thousands of articles and participants. */}
      {open && <FacetValues facet={facet} prepared={prepared} filters={filters} />}
    </details>
  );
}

function FacetValues({ facet, prepared, filters }: FacetProps) {
  // The article filter names articles by title: their summaries load when its group first opens.
  const articles = useAllArticles(facet === 'articles');
  const articlesById = useMemo(() => new Map(articles.status === 'ready' ? articles.value.map((a) => [a.id, a]) : []), [articles]);
  const selected = filters[facet];
  const counts = useMemo(() => facetValueCounts(prepared(), filters, facet), [prepared, filters, facet]);
  const setFacet = useAppStore((s) => s.setFacet);
  const values = useMemo(() => [...counts.keys()]
    .map((value) => ({ value, label: facetValueLabel(facet, value, articlesById), count: counts.get(value) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)), [counts, facet, articlesById]);
  const toggle = (value: string, on: boolean) => setFacet(facet, on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset>
      <legend className="visually-hidden">{FACET_TITLES[facet]}</legend>
      <ul className="facet-values">
        {values.map(({ value, label, count }) => (
          <li key={value}>
            <label className={count === 0 ? 'is-empty' : undefined}>
              <input type="checkbox" checked={selected.includes(value)} onChange={(e) => toggle(value, e.target.checked)} />
              <span className="facet-label">{label}</span>
              <span className="facet-count">{count}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function FilterPanel({ prepared, total, shown }: FilterPanelProps) {
  const filters = useAppStore((s) => s.filters);
  const setQuery = useAppStore((s) => s.setQuery);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const active = hasActiveFilters(filters);
  return (
    <section className="filters" aria-labelledby="filters-heading" id="filters">
      <div className="filters-head">
        <h2 id="filters-heading">Find and filter</h2>
        <p className="filter-count" role="status" data-testid="filter-count">
          {active ? `${shown} of ${total} events match` : `All ${total} events`}
        </p>
      </div>
      <div className="search-row">
        <label htmlFor="event-search">Search</label>
        <input id="event-search" type="search" value={filters.q} autoComplete="off" spellCheck={false}
          placeholder="Titles, people, places, quotes in any language" onChange={(e) => setQuery(e.target.value)} />
        {active && <button type="button" className="link-button" onClick={clearFilters}>Clear all filters</button>}
      </div>
      <div className="facets">
        {FACETS.map((facet) => <FacetGroup key={facet} facet={facet} prepared={prepared} filters={filters} />)}
      </div>
    </section>
  );
}
