/** Shows the event an editor just created once the rebuilt data holds it (see revealAfterRebuild.ts). */
import { useEffect } from 'react';
import { useTimelineData, useTimelineSource } from '../data/TimelineDataProvider.tsx';
import { useAppStore } from '../store/StoreProvider.tsx';
import { forgetReveal, madeLikeTarget, pendingReveal, revealedEventId } from './revealAfterRebuild.ts';

export default function RevealAfterRebuild() {
  const { index } = useTimelineData();
  const source = useTimelineSource();
  const showEvent = useAppStore((s) => s.showEvent);
  useEffect(() => {
    const target = pendingReveal();
    const candidates = target ? madeLikeTarget(index.events, target) : [];
    if (!target || candidates.length === 0) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    Promise.all(candidates.map(async (e) => ({ ...e, mentions: await source.loadMentions(e) }))).then((events) => {
      const id = live && revealedEventId(events, target);
      if (!id) return;
      // After the other effects of this render: when data changes in place, the URL sync applies the hash again
      // (a parent's effect, run after this one), which would put back the event the editor came from.
      timer = setTimeout(() => { forgetReveal(); showEvent(id); }, 0);
    }, () => {});
    return () => { live = false; clearTimeout(timer); };
  }, [index, source, showEvent]);
  return null;
}
