/** Shows the event an editor just created once the rebuilt data holds it (see revealAfterRebuild.ts). */
import { useEffect } from 'react';
import { useTimelineData } from '../data/TimelineDataProvider.tsx';
import { useAppStore } from '../store/StoreProvider.tsx';
import { forgetReveal, pendingReveal, revealedEventId } from './revealAfterRebuild.ts';

export default function RevealAfterRebuild() {
  const { index } = useTimelineData();
  const showEvent = useAppStore((s) => s.showEvent);
  useEffect(() => {
    const target = pendingReveal();
    const id = target && revealedEventId(index.events, target);
    if (!id) return;
    forgetReveal();
    showEvent(id);
  }, [index, showEvent]);
  return null;
}
