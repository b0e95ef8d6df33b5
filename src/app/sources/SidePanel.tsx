/**
 * The panel beside the timeline (a bottom sheet on narrow screens): event details, or the article reader.
 * A non-modal dialog: focus moves to its heading when it opens, Escape closes it (handled by the app).
 */
import { Suspense, useEffect, useId, useRef } from 'react';
import { useArticles, useEventMentions, useTimelineData } from '../data/TimelineDataProvider.tsx';
import { useAppStore } from '../store/StoreProvider.tsx';
import { ArticleReader } from './ArticleReader.tsx';
import { EventDetails } from './EventDetails.tsx';
import { RevealAfterRebuild } from '../edit/devEditors.ts';

const NO_ARTICLES: readonly string[] = [];

export function SidePanel() {
  const selectedEventId = useAppStore((s) => s.selectedEventId);
  const reader = useAppStore((s) => s.reader);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const openReader = useAppStore((s) => s.openReader);
  const closeReader = useAppStore((s) => s.closeReader);
  const { eventsById } = useTimelineData();
  const headingId = useId();
  const panelRef = useRef<HTMLDivElement>(null);

  const event = selectedEventId ? eventsById.get(selectedEventId) : undefined;
  const mentions = useEventMentions(event);
  const articles = useArticles(event?.articles ?? NO_ARTICLES);
  const mention = event && reader && mentions.status === 'ready' ? mentions.mentions[reader.mentionIndex] : undefined;
  const article = mention && articles.status === 'ready' ? articles.value.get(mention.article) : undefined;
  const view = article && mention ? `reader:${reader?.mentionIndex}` : 'details';

  // Move focus to the heading whenever the panel opens or switches view, so screen readers announce it.
  useEffect(() => {
    if (!event) return;
    document.getElementById(headingId)?.focus({ preventScroll: true });
    panelRef.current?.scrollTo?.({ top: 0 });
  }, [event, view, headingId]);

  // Dev only (npm run dev): opens the event an editor just created once the rebuilt data has it.
  const reveal = RevealAfterRebuild && <Suspense fallback={null}><RevealAfterRebuild /></Suspense>;
  if (!event) return reveal;
  return (
    <>
    {reveal}
    <div ref={panelRef} className={`side-panel${article ? ' is-reader' : ''}`} role="dialog" aria-modal="false" aria-labelledby={headingId}>
      {article && mention
        ? <ArticleReader article={article} mention={mention} headingId={headingId} onBack={closeReader} />
        : <EventDetails event={event} mentions={mentions} articles={articles} headingId={headingId} onClose={() => selectEvent(null)}
            onRead={(mentionIndex) => openReader({ eventId: event.id, mentionIndex })} />}
    </div>
    </>
  );
}
