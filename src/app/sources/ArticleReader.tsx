/**
 * The full text of one article inside the app, fetched on demand: sentences that report events are highlighted,
 * and the sentence the reader came from is highlighted distinctly and scrolled into view. Every highlighted
 * sentence is a link back to its event on the timeline (a deep link, handled in place: it selects the event and
 * closes the reader).
 */
import { Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Mention } from '../../model/timeline.ts';
import type { ArticleSummary, EventSentence } from '../../model/timelineIndex.ts';
import { languageName } from '../format/languageName.ts';
import { formatPublished, publishedSourceInWords } from '../format/publishedDate.ts';
import { useArticleText, useTimelineData } from '../data/TimelineDataProvider.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { useAppStore } from '../store/StoreProvider.tsx';
import type { HighlightSpan } from './segmentText.ts';
import { AddEventFromSentence } from '../edit/devEditors.ts';

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
export function readerHighlights(eventSentences: readonly EventSentence[], selected: Mention, article: ArticleSummary): HighlightSpan[] {
  const spans: HighlightSpan[] = eventSentences.map((m) => ({ start: m.start, end: m.end, kind: 'event-sentence' }));
  spans.push({ start: selected.start, end: selected.end, kind: 'selected-sentence' });
  const timex = selected.timex !== null ? article.timexes[selected.timex] : undefined;
  if (timex) spans.push({ start: timex.start, end: timex.end, kind: 'date' });
  return spans;
}

/** A stretch of the article that reports one or more events (overlapping spans are merged). */
export interface SentenceLink { start: number; end: number; eventIds: string[] }

export function sentenceLinks(eventSentences: readonly EventSentence[]): SentenceLink[] {
  const spans = eventSentences.map((m) => ({ start: m.start, end: m.end, id: m.event }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const links: SentenceLink[] = [];
  for (const span of spans) {
    const last = links.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.eventIds.includes(span.id)) last.eventIds.push(span.id);
    } else {
      links.push({ start: span.start, end: span.end, eventIds: [span.id] });
    }
  }
  return links;
}

/** Indexes of the article's sentences that report at least one event. */
export function eventSentenceIndexes(eventSentences: readonly EventSentence[]): Set<number> {
  return new Set(eventSentences.map((m) => m.sentence));
}

const NO_SENTENCES: readonly EventSentence[] = [];

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
  const { eventsById } = useTimelineData();
  const showEvent = useAppStore((s) => s.showEvent);
  const currentEventId = useAppStore((s) => s.selectedEventId);
  const text = useArticleText(article);
  // The event sentences of the article come with its text (a text chunk holds both).
  const eventSentences = text.status === 'ready' ? text.text.eventSentences : NO_SENTENCES;
  const links = useMemo(() => sentenceLinks(eventSentences), [eventSentences]);
  const selectedRef = useRef<HTMLElement>(null);
  const spans = useMemo(() => readerHighlights(eventSentences, mention, article), [eventSentences, mention, article]);
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
      {/* Dev only (npm run dev): null in builds. */}
      {AddEventFromSentence && text.status === 'ready' && (
        <Suspense fallback={null}>
          <AddEventFromSentence key={`${article.id}:${mention.sentence}`} articleId={article.id} text={text.text} lang={article.lang}
            eventSentences={eventSentenceIndexes(eventSentences)} sentence={mention.sentence} dates={[mention.date.value, article.published?.value]} />
        </Suspense>
      )}
      <p className="reader-key">
        <mark className="hl-event-sentence">Reports an event (click to show it)</mark> <mark className="hl-selected-sentence">The sentence you came from</mark>
      </p>
      {text.status === 'loading' && <p role="status">Loading the article text…</p>}
      {text.status === 'error' && <p role="alert">Could not load the article text: {text.message}</p>}
      {text.status === 'ready' && (
        <div className="reader-text" lang={article.lang} data-testid="reader-text">
          {linkedText(text.text.text, links, (link, children) => {
            // The sentence names the current event if it is one of its events, else its first.
            const eventId = currentEventId && link.eventIds.includes(currentEventId) ? currentEventId : link.eventIds[0];
            const title = eventsById.get(eventId)?.title ?? eventId;
            return (
              <a key={link.start} href={`#event=${encodeURIComponent(eventId)}`} className="sentence-link" data-event-id-link={eventId}
                title={`Show on the timeline: ${title}`} onClick={(e) => { e.preventDefault(); showEvent(eventId); }}>
                {children}
              </a>
            );
          }, (t, base) => <HighlightedText text={t} base={base} spans={spans} firstOfKind={{ kind: 'selected-sentence', ref: selectedRef }} />)}
        </div>
      )}
    </>
  );
}

/** Cuts the text at the sentence links: plain stretches and linked stretches, each rendered by `render`. */
export function linkedText(
  text: string, links: readonly SentenceLink[],
  wrap: (link: SentenceLink, children: ReactNode) => ReactNode,
  render: (text: string, base: number) => ReactNode,
): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const link of links) {
    if (link.start < at || link.end > text.length) continue;
    if (link.start > at) out.push(<span key={`t${at}`}>{render(text.slice(at, link.start), at)}</span>);
    out.push(wrap(link, render(text.slice(link.start, link.end), link.start)));
    at = link.end;
  }
  if (at < text.length) out.push(<span key={`t${at}`}>{render(text.slice(at), at)}</span>);
  return out;
}
