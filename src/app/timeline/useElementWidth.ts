/**
 * Width of an element, kept current with a ResizeObserver: 0 until measured, and `measured` says whether it has
 * been (a page without layout, such as jsdom, measures 0 and is measured all the same). With an `initial` width
 * (what the element is expected to measure), the first render uses it, and the observer's first report, which
 * comes after the page's layout and before its paint, corrects it if it was wrong: the page is not laid out in the
 * middle of React's commit to measure it.
 */
import { useCallback, useState } from 'react';

export function useElementWidth<T extends HTMLElement>(initial: number | null = null): [(node: T | null) => void, number, boolean] {
  const [width, setWidth] = useState<number | null>(initial);
  const ref = useCallback((node: T | null) => {
    if (!node) return;
    const observing = typeof ResizeObserver !== 'undefined';
    if (!observing || initial === null) setWidth(Math.floor(node.getBoundingClientRect().width));
    if (!observing) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(node);
    return () => observer.disconnect();
    // The initial width matters for the first render only.
  }, []);
  return [ref, width ?? 0, width !== null];
}
