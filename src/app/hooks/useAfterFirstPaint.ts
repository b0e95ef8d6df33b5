/**
 * False in the first render and until the page has painted it, then true: for parts of the page whose code loads
 * separately (a lazy chunk), so that asking for them (and suspending) is not work done before the first paint.
 * A frame and then a task after mount; a hidden page, which has no frames, goes on after a short wait.
 */
import { useEffect, useState } from 'react';

const HIDDEN_PAGE_WAIT_MS = 250;

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const done = () => setPainted(true);
    let task = 0;
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => { task = window.setTimeout(done); }) : 0;
    const fallback = window.setTimeout(done, frame ? HIDDEN_PAGE_WAIT_MS : 0);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(task);
      clearTimeout(fallback);
    };
  }, []);
  return painted;
}
