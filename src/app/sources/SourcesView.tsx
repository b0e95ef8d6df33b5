/**
 * The Sources view: every input file as a table row (title, file, language, document date, events citing it, its
 * warnings in plain words), and the folder-level warnings (skipped sub-folders and files) below. Nothing the
 * pipeline read is hidden here, not even articles without events. A title opens that article in the reader.
 * All article fields are untrusted: they are rendered as text nodes only, inside <bdi> so a right-to-left
 * override in a title cannot reorder the rest of the row.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Warning } from '../../model/timeline.ts';
import type { ArticleSummary } from '../../model/timelineIndex.ts';
import { useAllArticles, useTimelineData } from '../data/TimelineDataProvider.tsx';
import { languageName } from '../format/languageName.ts';
import { formatPublished, publishedSourceInWords } from '../format/publishedDate.ts';
import { SourcesViewReader } from './SourcesViewReader.tsx';
import { WarningCell } from './SourcesViewWarnings.tsx';
import { countInWords, shortTitle, sourceRows, type SourceRow } from './sourcesViewRows.ts';

/** The row button of an article (ids may hold any character, so no CSS selector is built from them). */
function rowButtonOf(articleId: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('[data-article-id]')].find((el) => el.getAttribute('data-article-id') === articleId);
}

export function SourcesView() {
  const { index } = useTimelineData();
  // The article summaries (titles, files, dates) load when the view first opens.
  const articles = useAllArticles();
  const { rows, folder } = useMemo(() => sourceRows(articles.status === 'ready' ? articles.value : [], index.events, index.warnings), [articles, index]);
  const [reading, setReading] = useState<ArticleSummary | null>(null);
  const returnTo = useRef<string | null>(null);

  // Back from the reader: focus returns to the title the reader was opened from.
  const closeReader = useCallback(() => {
    setReading(null);
    requestAnimationFrame(() => { if (returnTo.current) rowButtonOf(returnTo.current)?.focus(); });
  }, []);

  if (reading) {
    const row = rows.find((r) => r.article.id === reading.id);
    return <SourcesViewReader article={reading} warnings={row?.warnings ?? []} eventCount={row?.eventCount ?? 0} onBack={closeReader} />;
  }
  const flagged = rows.filter((r) => r.warnings.length > 0).length;
  return (
    <section className="sources-view" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="list-heading">Sources</h2>
      {articles.status === 'loading' && index.articles.length > 0 && <p role="status">Loading the article list…</p>}
      {articles.status === 'error' && <p role="alert">The article list could not be loaded: {articles.message}</p>}
      {articles.status === 'ready' && rows.length === 0 && <p className="empty">No articles were read.</p>}
      {rows.length === 0
        ? null
        : (
          <div className="table-scroll">
            <table className="sources-table">
              <caption>
                {countInWords(rows.length, 'article', 'articles')} in the order they were read, {flagged} with warnings
              </caption>
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">File</th>
                  <th scope="col">Language</th>
                  <th scope="col">Document date</th>
                  <th scope="col">Events</th>
                  <th scope="col">Warnings</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <SourceRowView key={row.article.id} row={row} onOpen={() => { returnTo.current = row.article.id; setReading(row.article); }} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      {folder.length > 0 && <FolderWarnings warnings={folder} />}
    </section>
  );
}

function SourceRowView({ row, onOpen }: { row: SourceRow; onOpen: () => void }) {
  const { article, warnings, eventCount } = row;
  const title = shortTitle(article.title);
  return (
    <tr className={warnings.length > 0 ? 'has-warnings' : undefined} data-file={article.file}>
      <th scope="row" data-label="Article">
        <button type="button" className="row-button" data-article-id={article.id} onClick={onOpen}>
          {title ? <bdi lang={article.lang}>{title}</bdi> : <span className="muted">(no title)</span>}
        </button>
      </th>
      <td data-label="File" className="source-file"><bdi>{article.file}</bdi></td>
      <td data-label="Language">{languageName(article.lang)}</td>
      <td data-label="Document date">
        {formatPublished(article.published)}
        {article.published && <span className="muted list-precision">{publishedSourceInWords(article.published)}</span>}
      </td>
      <td data-label="Events">{eventCount}</td>
      <td data-label="Warnings"><WarningCell warnings={warnings} /></td>
    </tr>
  );
}

function FolderWarnings({ warnings }: { warnings: readonly Warning[] }) {
  return (
    <section className="folder-warnings" aria-labelledby="folder-warnings-heading">
      <h3 id="folder-warnings-heading"><span aria-hidden="true">⚠ </span>Not read as articles ({warnings.length})</h3>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.file}-${w.code}-${i}`} data-file={w.file} data-code={w.code}><strong><bdi>{w.file}</bdi></strong>: {w.message}</li>
        ))}
      </ul>
    </section>
  );
}
