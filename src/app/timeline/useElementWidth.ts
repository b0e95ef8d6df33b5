/**
 * Width of an element, kept current with a ResizeObserver: 0 until measured, and `measured` says whether it has
 * been (a page without layout, such as jsdom, measures 0 and is measured all the same).
 */
import { useCallback, useState } from 'react';

export function useElementWidth<T extends HTMLElement>(): [(node: T | null) => void, number, boolean] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((node: T | null) => {
    if (!node) return;
    setWidth(Math.floor(node.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width ?? 0, width !== null];
}
