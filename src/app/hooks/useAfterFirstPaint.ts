/**
 * False in the first render and until the page has painted it, then true: for parts of the page whose code loads
 * separately (a lazy chunk), so that asking for them (and suspending) is not work done before the first paint.
 * A frame and then a task after mount; a hidden page, which has no frames, goes on after a short wait. Only the
 * page's first paint is waited for: a component mounted later (new data, another view) has it at once.
 */
import { useEffect, useState } from 'react';

const HIDDEN_PAGE_WAIT_MS = 250;

/** Set once the page has painted (for the first time): later mounts need not wait. */
let pagePainted = false;

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(pagePainted);
  useEffect(() => {
    if (painted) return;
    const done = () => { pagePainted = true; setPainted(true); };
    let task = 0;
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => { task = window.setTimeout(done); }) : 0;
    const fallback = window.setTimeout(done, frame ? HIDDEN_PAGE_WAIT_MS : 0);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(task);
      clearTimeout(fallback);
    };
  }, [painted]);
  return painted;
}
