/**
 * The reader opened from the Sources view: one article in full, with no event needed (most of a messy folder has
 * none). Like the event reader, sentences that report events are links that show the event; the text is rendered
 * as text nodes only. Escape (when no event panel is open) or the back button returns to the table.
 */
import { Suspense, useEffect, useId, useMemo } from 'react';
import type { Warning } from '../../model/timeline.ts';
import type { ArticleSummary } from '../../model/timelineIndex.ts';
import { useArticleText, useTimelineData } from '../data/TimelineDataProvider.tsx';
import { languageName } from '../format/languageName.ts';
import { formatPublished, publishedSourceInWords } from '../format/publishedDate.ts';
import { useAppStore, useAppStoreApi } from '../store/StoreProvider.tsx';
import { eventSentenceIndexes, linkedText, safeExternalUrl, sentenceLinks } from './ArticleReader.tsx';
import type { EventSentence } from '../../model/timelineIndex.ts';
import { AddEventFromSentence } from '../edit/devEditors.ts';
import { HighlightedText } from './HighlightedText.tsx';
import type { HighlightSpan } from './segmentText.ts';
import { WarningCell } from './SourcesViewWarnings.tsx';
import { countInWords } from './sourcesViewRows.ts';

interface Props {
  article: ArticleSummary;
  warnings: readonly Warning[];
  eventCount: number;
  onBack: () => void;
}

const NO_SENTENCES: readonly EventSentence[] = [];

export function SourcesViewReader({ article, warnings, eventCount, onBack }: Props) {
  const { eventsById } = useTimelineData();
  const showEvent = useAppStore((s) => s.showEvent);
  const store = useAppStoreApi();
  const headingId = useId();
  const text = useArticleText(article);
  // The event sentences of the article come with its text (a text chunk holds both).
  const eventSentences = text.status === 'ready' ? text.text.eventSentences : NO_SENTENCES;
  const links = useMemo(() => sentenceLinks(eventSentences), [eventSentences]);
  const spans = useMemo<HighlightSpan[]>(() => links.map((l) => ({ start: l.start, end: l.end, kind: 'event-sentence' })), [links]);
  const url = safeExternalUrl(article.url);

  // Announce the reader: focus its heading when it opens.
  useEffect(() => { document.getElementById(headingId)?.focus(); }, [headingId, article.id]);

  // Escape goes back to the table, unless an event panel is open (the app closes that first).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || store.getState().selectedEventId) return;
      event.preventDefault();
      onBack();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, onBack]);

  return (
    <section className="sources-reader" aria-labelledby={headingId}>
      <div className="panel-header">
        <button type="button" className="back-button" onClick={onBack}>← Back to sources</button>
        <p className="panel-kicker">Article · {languageName(article.lang)}</p>
        <h2 id={headingId} tabIndex={-1} className="panel-title" lang={article.lang}>
          {article.title.trim() ? <bdi>{article.title}</bdi> : <span className="muted">(no title)</span>}
        </h2>
        <p className="mention-meta">
          <span>Published {formatPublished(article.published)}{article.published ? ` (${publishedSourceInWords(article.published)})` : ''}</span>
          <span><bdi>{article.file}</bdi></span>
          <span>{countInWords(eventCount, 'event cites it', 'events cite it')}</span>
        </p>
        {url && <p><a href={url} target="_blank" rel="noopener noreferrer">Open the original article ↗</a></p>}
        <div className="sources-reader-warnings"><WarningCell warnings={warnings} /></div>
      </div>
      {/* Dev only (npm run dev): null in builds. */}
      {AddEventFromSentence && text.status === 'ready' && (
        <Suspense fallback={null}>
          <AddEventFromSentence key={article.id} articleId={article.id} text={text.text} lang={article.lang}
            eventSentences={eventSentenceIndexes(eventSentences)} dates={[article.published?.value]} />
        </Suspense>
      )}
      {links.length > 0 && <p className="reader-key"><mark className="hl-event-sentence">Reports an event (click to show it)</mark></p>}
      {text.status === 'loading' && <p role="status">Loading the article text…</p>}
      {text.status === 'error' && <p role="alert">Could not load the article text: {text.message}</p>}
      {text.status === 'ready' && (text.text.text.trim() === ''
        ? <p className="empty">This article has no readable text.</p>
        : (
          <div className="reader-text" lang={article.lang} data-testid="reader-text">
            {linkedText(text.text.text, links, (link, children) => {
              const eventId = link.eventIds[0];
              return (
                // data-event-id: closing the event panel gives focus back to this sentence.
                <a key={link.start} href={`#event=${encodeURIComponent(eventId)}`} className="sentence-link" data-event-id={eventId}
                  title={`Show the event: ${eventsById.get(eventId)?.title ?? eventId}`} onClick={(e) => { e.preventDefault(); showEvent(eventId); }}>
                  {children}
                </a>
              );
            }, (t, base) => <HighlightedText text={t} base={base} spans={spans} />)}
          </div>
        ))}
    </section>
  );
}
