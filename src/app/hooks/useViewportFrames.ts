/**
 * Calls `update` now and then at most once per animation frame while the page scrolls or the window resizes, as
 * long as `enabled`: the windowed list and the windowed lanes follow the viewport this way.
 */
import { useEffect } from 'react';

export function useViewportFrames(enabled: boolean, update: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => { frame = 0; update(); });
    };
    update();
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, [enabled, update]);
}
