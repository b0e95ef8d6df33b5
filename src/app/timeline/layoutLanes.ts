/**
 * Lane packing for timeline marks: pure maths on pixel extents, testable without a DOM.
 * Greedy first fit in order of left edge: a mark goes to the first lane whose last occupant ends at least `gap`
 * pixels before it starts, so no two marks (with their labels) overlap.
 */

export interface LaneItem {
  id: string;
  /** Left and right pixel edges of everything the mark draws (shape and label). */
  left: number;
  right: number;
}

export interface LaneLayout {
  lanes: Map<string, number>;
  laneCount: number;
}

export function layoutLanes(items: readonly LaneItem[], gap = 8): LaneLayout {
  const sorted = [...items].sort((a, b) => a.left - b.left || a.right - b.right || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const item of sorted) {
    let lane = laneEnds.findIndex((end) => end + gap <= item.left);
    if (lane < 0) lane = laneEnds.push(item.right) - 1;
    else laneEnds[lane] = item.right;
    lanes.set(item.id, lane);
  }
  return { lanes, laneCount: laneEnds.length };
}
