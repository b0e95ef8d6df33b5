/**
 * One source of an event: which article (linked to the original when its URL is known), in which language, when
 * it was published, the reporting sentence with the event word and the date expression marked, what this source
 * says about date and status, and the audit trail of that date: the expression as written, the document date it
 * was resolved against, and how that document date was found.
 */
import { Suspense } from 'react';
import type { DateInterval, EventStatus, Mention } from '../../model/timeline.ts';
import type { ArticleSummary, EventSummary } from '../../model/timelineIndex.ts';
import { formatDateInterval, formatTimexValue } from '../../model/dateLabels.ts';
import { statusInWords } from '../format/eventNames.ts';
import { languageName } from '../format/languageName.ts';
import { formatPublished, publishedSourceInWords, publishedWindowInWords } from '../format/publishedDate.ts';
import { safeExternalUrl } from './ArticleReader.tsx';
import { HighlightedText } from './HighlightedText.tsx';
import { SplitMention } from '../edit/devEditors.ts';
import type { HighlightSpan } from './segmentText.ts';

interface MentionCardProps {
  mention: Mention;
  article: ArticleSummary | undefined;
  number: number;
  /** The event's own date and status, to point out where this source differs. */
  eventDate: DateInterval;
  eventStatus: EventStatus;
  onRead: () => void;
  /** The event, when this sentence can be split off it (it has others): dev-only "Split this mention off". */
  splitFrom?: EventSummary;
}

export function mentionHighlights(mention: Mention, article: ArticleSummary | undefined): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  const timex = mention.timex !== null ? article?.timexes[mention.timex] : undefined;
  if (timex) spans.push({ start: timex.start, end: timex.end, kind: 'date' });
  if (mention.trigger) spans.push({ start: mention.trigger.start, end: mention.trigger.end, kind: 'trigger' });
  return spans;
}

const DATE_SOURCE_WORDS = {
  timex: 'from a date expression',
  context: 'taken from the surrounding sentences',
  document: "no date in the sentence: the article's own date was used",
  gazetteer: "the date of the event it names, from Dateline's event data",
} as const;

const MOD_WORDS: Record<string, string> = { START: 'early', MID: 'mid', END: 'late', APPROX: 'about' };

export function MentionCard({ mention, article, number, eventDate, eventStatus, onRead, splitFrom }: MentionCardProps) {
  const timex = mention.timex !== null ? article?.timexes[mention.timex] : undefined;
  const published = article?.published ?? null;
  const window = published ? publishedWindowInWords(published) : null;
  const url = safeExternalUrl(article?.url ?? null);
  const title = <span lang={article?.lang}>{article?.title ?? mention.article}</span>;
  const dateDiffers = mention.date.value !== eventDate.value;
  const statusDiffers = mention.status !== eventStatus;
  const timexWords = timex ? formatTimexValue(timex.value) : null;
  return (
    <li className="mention" data-article={mention.article}>
      <h4 className="mention-title">
        <span className="mention-number" aria-hidden="true">{number}</span>
        {url
          ? <a href={url} target="_blank" rel="noopener noreferrer">{title}<span className="visually-hidden"> (original article, opens in a new tab)</span> <span aria-hidden="true">↗</span></a>
          : title}
      </h4>
      <p className="mention-meta">
        <span>{article ? languageName(article.lang) : 'unknown language'}</span>
        <span>Published {formatPublished(published)}</span>
      </p>
      <blockquote className="quote" lang={article?.lang}>
        <HighlightedText text={mention.quote} base={mention.start} spans={mentionHighlights(mention, article)} />
      </blockquote>
      <dl className="audit">
        <dt>This source says</dt>
        <dd data-testid="mention-claim">
          <strong>{formatDateInterval(mention.date)}</strong>, {statusInWords(mention.status)}
          {(dateDiffers || statusDiffers) && (
            <span className="differs"> — differs from the event ({[dateDiffers && 'date', statusDiffers && 'status'].filter(Boolean).join(' and ')})</span>
          )}
        </dd>
        <dt>Date expression</dt>
        <dd>
          {timex
            ? <>“<span lang={article?.lang} className="timex-text">{timex.text}</span>”{timexWords ? <> = {timex.mod && MOD_WORDS[timex.mod] ? `${MOD_WORDS[timex.mod]} ` : ''}{timexWords}</> : <> (no calendar date: {timex.value})</>}</>
            : <span className="muted">none in this sentence{mention.dateSource ? `; ${DATE_SOURCE_WORDS[mention.dateSource]}` : '; date taken from context'}</span>}
        </dd>
        <dt>Resolved against</dt>
        <dd>
          {published
            ? <>document date {formatPublished(published)} ({publishedSourceInWords(published)}{window ? `; ${window}` : ''})</>
            : <span className="muted">no document date: relative expressions could not be pinned down</span>}
        </dd>
        {timex?.resolution && <><dt>How</dt><dd className="resolution">{timex.resolution}</dd></>}
      </dl>
      {published && published.evidence.length > 0 && (
        <details className="evidence">
          <summary>How the document date was found</summary>
          <ul>{published.evidence.map((e, i) => <li key={i}>{e}</li>)}</ul>
        </details>
      )}
      <button type="button" className="link-button" onClick={onRead}>Read article</button>
      {SplitMention && splitFrom && <Suspense fallback={null}><SplitMention event={splitFrom} mention={mention} /></Suspense>}
    </li>
  );
}
