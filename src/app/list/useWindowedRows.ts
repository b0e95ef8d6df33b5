/**
 * Which rows of a long table to put in the DOM: those near the viewport (the page scrolls, not the table), with
 * spacer heights for the rest, so 50,000 events never make 50,000 rows. Short tables (up to `threshold` rows)
 * are drawn whole, exactly as before. Row heights vary a little (titles wrap): the spacers use the average of the
 * rows drawn so far, which keeps the scrollbar honest without measuring every row.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useViewportFrames } from '../hooks/useViewportFrames.ts';

export interface RowWindow {
  start: number;
  end: number;
  /** Heights in pixels of the rows not drawn above and below. */
  before: number;
  after: number;
}

const ESTIMATED_ROW_HEIGHT = 40;
/** Rows drawn beyond each edge of the viewport, and the steps the window moves in (fewer re-renders). */
const OVERSCAN = 30;

/** Pure: the window of rows for a viewport `viewTop`..`viewBottom` pixels from the table body's top. */
export function rowWindow(count: number, rowHeight: number, viewTop: number, viewBottom: number): RowWindow {
  const first = Math.max(0, Math.floor(viewTop / rowHeight));
  const start = Math.max(0, Math.floor(first / OVERSCAN) * OVERSCAN - OVERSCAN);
  const last = Math.max(first, Math.ceil(viewBottom / rowHeight));
  const end = Math.min(count, (Math.ceil(last / OVERSCAN) + 1) * OVERSCAN);
  const from = Math.min(start, end);
  return { start: from, end, before: from * rowHeight, after: (count - end) * rowHeight };
}

export function useWindowedRows(count: number, threshold: number): { window: RowWindow | null; bodyRef: RefObject<HTMLTableSectionElement | null> } {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const rowHeight = useRef(ESTIMATED_ROW_HEIGHT);
  const windowed = count > threshold;
  const [window_, setWindow] = useState<RowWindow>(() => rowWindow(count, ESTIMATED_ROW_HEIGHT, 0, globalThis.innerHeight ?? 800));

  const update = useCallback(() => {
    const body = bodyRef.current;
    if (!body) return;
    const top = body.getBoundingClientRect().top;
    const next = rowWindow(count, rowHeight.current, -top, innerHeight - top);
    setWindow((current) => (current.start === next.start && current.end === next.end && current.before === next.before && current.after === next.after ? current : next));
  }, [count]);

  // Learn the real row height from the rows drawn (once they are there), then place the window again.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!windowed || !body) return;
    const rows = body.querySelectorAll<HTMLTableRowElement>('tr[data-row]');
    if (rows.length === 0) return;
    let total = 0;
    for (const row of rows) total += row.getBoundingClientRect().height;
    const measured = total / rows.length;
    if (Math.abs(measured - rowHeight.current) > 0.5) {
      rowHeight.current = measured;
      update();
    }
  });

  useViewportFrames(windowed, update);

  return { window: windowed ? window_ : null, bodyRef };
}
