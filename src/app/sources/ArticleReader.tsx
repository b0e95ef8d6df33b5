/**
 * The full text of one article inside the app, fetched on demand: sentences that report events are highlighted,
 * and the sentence the reader came from is highlighted distinctly and scrolled into view.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Mention } from '../../model/timeline.ts';
import type { ArticleSummary } from '../../model/timelineIndex.ts';
import { languageName } from '../format/languageName.ts';
import { formatPublished, publishedSourceInWords } from '../format/publishedDate.ts';
import { useArticleText, useTimelineData } from '../data/TimelineDataProvider.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import type { HighlightSpan } from './segmentText.ts';

interface ArticleReaderProps {
  article: ArticleSummary;
  mention: Mention;
  headingId: string;
  onBack: () => void;
}

/** Only web links open: an imported file may carry javascript: or file: URLs. */
export function safeExternalUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** Highlight spans for the reader: every event sentence of the article, the selected one, its date expression. */
export function readerHighlights(articleId: string, mentionsOfArticle: readonly Mention[], selected: Mention, article: ArticleSummary): HighlightSpan[] {
  const spans: HighlightSpan[] = mentionsOfArticle
    .filter((m) => m.article === articleId)
    .map((m) => ({ start: m.start, end: m.end, kind: 'event-sentence' }));
  spans.push({ start: selected.start, end: selected.end, kind: 'selected-sentence' });
  const timex = selected.timex !== null ? article.timexes[selected.timex] : undefined;
  if (timex) spans.push({ start: timex.start, end: timex.end, kind: 'date' });
  return spans;
}

/** Brings the sentence to the upper third of the panel, scrolling the panel only, not the page behind it. */
function scrollWithinPanel(target: HTMLElement) {
  const panel = target.closest<HTMLElement>('.side-panel');
  if (!panel || panel.scrollHeight <= panel.clientHeight) {
    target.scrollIntoView?.({ block: 'nearest' });
    return;
  }
  const offset = target.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
  panel.scrollTo({ top: Math.max(0, offset - panel.clientHeight / 3) });
}

export function ArticleReader({ article, mention, headingId, onBack }: ArticleReaderProps) {
  const { index } = useTimelineData();
  const text = useArticleText(article);
  const selectedRef = useRef<HTMLElement>(null);
  const spans = useMemo(
    () => readerHighlights(article.id, index.events.flatMap((e) => e.mentions), mention, article),
    [article, index, mention],
  );
  const url = safeExternalUrl(article.url);

  useEffect(() => {
    if (text.status === 'ready' && selectedRef.current) scrollWithinPanel(selectedRef.current);
  }, [text.status, mention]);

  return (
    <>
      <div className="panel-header">
        <button type="button" className="back-button" onClick={onBack}>← Back to event</button>
        <p className="panel-kicker">Article · {languageName(article.lang)}</p>
        <h2 id={headingId} tabIndex={-1} className="panel-title" lang={article.lang}>{article.title}</h2>
        <p className="mention-meta">
          <span>Published {formatPublished(article.published)}{article.published ? ` (${publishedSourceInWords(article.published)})` : ''}</span>
          <span>{article.file}</span>
        </p>
        {url && <p><a href={url} target="_blank" rel="noopener noreferrer">Open the original article ↗</a></p>}
      </div>
      <p className="reader-key">
        <mark className="hl-event-sentence">Reports an event</mark> <mark className="hl-selected-sentence">The sentence you came from</mark>
      </p>
      {text.status === 'loading' && <p role="status">Loading the article text…</p>}
      {text.status === 'error' && <p role="alert">Could not load the article text: {text.message}</p>}
      {text.status === 'ready' && (
        <div className="reader-text" lang={article.lang} data-testid="reader-text">
          <HighlightedText text={text.text.text} base={0} spans={spans} firstOfKind={{ kind: 'selected-sentence', ref: selectedRef }} />
        </div>
      )}
    </>
  );
}
