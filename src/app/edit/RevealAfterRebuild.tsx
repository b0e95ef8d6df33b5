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
    // After the other effects of this render: when data changes in place, the URL sync applies the hash again
    // (a parent's effect, run after this one), which would put back the event the editor came from.
    const timer = setTimeout(() => { forgetReveal(); showEvent(id); }, 0);
    return () => clearTimeout(timer);
  }, [index, showEvent]);
  return null;
}
