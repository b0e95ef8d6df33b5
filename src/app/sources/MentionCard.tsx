/** One source sentence of an event: which article, when it was published, what it says, and the quote itself. */
import type { Mention } from '../../model/timeline.ts';
import type { ArticleSummary } from '../../model/timelineIndex.ts';
import { formatDateInterval, formatTimexValue } from '../format/dateLabels.ts';
import { statusInWords } from '../format/eventNames.ts';
import { languageName } from '../format/languageName.ts';
import { formatPublished, publishedSourceInWords, publishedWindowInWords } from '../format/publishedDate.ts';
import { HighlightedText } from './HighlightedText.tsx';
import type { HighlightSpan } from './segmentText.ts';

interface MentionCardProps {
  mention: Mention;
  article: ArticleSummary | undefined;
  number: number;
  onRead: () => void;
}

export function mentionHighlights(mention: Mention, article: ArticleSummary | undefined): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  const timex = mention.timex !== null ? article?.timexes[mention.timex] : undefined;
  if (timex) spans.push({ start: timex.start, end: timex.end, kind: 'date' });
  if (mention.trigger) spans.push({ start: mention.trigger.start, end: mention.trigger.end, kind: 'trigger' });
  return spans;
}

export function MentionCard({ mention, article, number, onRead }: MentionCardProps) {
  const timex = mention.timex !== null ? article?.timexes[mention.timex] : undefined;
  const published = article?.published ?? null;
  const window = published ? publishedWindowInWords(published) : null;
  return (
    <li className="mention" data-article={mention.article}>
      <h4 className="mention-title">
        <span className="mention-number" aria-hidden="true">{number}</span>
        <span lang={article?.lang}>{article?.title ?? mention.article}</span>
      </h4>
      <p className="mention-meta">
        <span>{article ? languageName(article.lang) : 'unknown language'}</span>
        <span>
          Published {formatPublished(published)}
          {published && <> ({publishedSourceInWords(published)}{window ? `; ${window}` : ''})</>}
        </span>
      </p>
      {published && published.evidence.length > 0 && (
        <details className="evidence">
          <summary>How the publication date was found</summary>
          <ul>{published.evidence.map((e, i) => <li key={i}>{e}</li>)}</ul>
        </details>
      )}
      <blockquote className="quote" lang={article?.lang}>
        <HighlightedText text={mention.quote} base={mention.start} spans={mentionHighlights(mention, article)} />
      </blockquote>
      <p className="mention-claim">
        This source: <strong>{formatDateInterval(mention.date)}</strong>, {statusInWords(mention.status)}
        {timex && <> — from “<span lang={article?.lang}>{timex.text}</span>”{formatTimexValue(timex.value) ? ` = ${formatTimexValue(timex.value)}` : ''}</>}
        {!timex && <> — date taken from context</>}
      </p>
      <button type="button" className="link-button" onClick={onRead}>Read article</button>
    </li>
  );
}
