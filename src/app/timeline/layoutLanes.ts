/**
 * Lane packing for timeline marks: pure maths on pixel extents, testable without a DOM.
 * Marks are placed in time order (by `order`, the shape's left edge) into the first lane where they overlap
 * nothing, with at least `gap` pixels to spare. Time order keeps lanes reading top-to-bottom chronologically even
 * when some labels sit on the left of their mark.
 *
 * Fast case: when every extent contains its own `order` (true of marks: the shape's left edge lies inside what
 * the mark draws), an earlier mark of a lane can only overlap a later one from the left, so a lane is free for a
 * mark exactly when its rightmost edge so far ends `gap` before the mark starts: one number per lane, O(n · lanes).
 * Other inputs get the full interval check.
 */

export interface LaneItem {
  id: string;
  /** Sort key: the left edge of the mark's shape (time order). */
  order: number;
  /** Left and right pixel edges of everything the mark draws (shape and label). */
  left: number;
  right: number;
}

export interface LaneLayout {
  lanes: Map<string, number>;
  laneCount: number;
}

export function compareLaneItems(a: LaneItem, b: LaneItem): number {
  return a.order - b.order || a.right - b.right || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function layoutLanes(items: readonly LaneItem[], gap = 8): LaneLayout {
  const sorted = [...items].sort(compareLaneItems);
  const lanes = new Map<string, number>();
  if (sorted.every((item) => item.left <= item.order && item.order <= item.right)) {
    const laneRight: number[] = [];
    for (const item of sorted) {
      const lane = firstFreeLane(laneRight, item.left, gap);
      laneRight[lane] = Math.max(laneRight[lane] ?? -Infinity, item.right);
      lanes.set(item.id, lane);
    }
    return { lanes, laneCount: laneRight.length };
  }
  const occupied: Array<Array<[number, number]>> = [];
  const fits = (lane: Array<[number, number]>, item: LaneItem) =>
    lane.every(([left, right]) => item.left >= right + gap || item.right + gap <= left);
  for (const item of sorted) {
    let lane = occupied.findIndex((intervals) => fits(intervals, item));
    if (lane < 0) lane = occupied.push([]) - 1;
    occupied[lane].push([item.left, item.right]);
    lanes.set(item.id, lane);
  }
  return { lanes, laneCount: occupied.length };
}

/** The first lane whose rightmost edge ends `gap` before `left` (a new lane when none does). */
export function firstFreeLane(laneRight: ArrayLike<number>, left: number, gap: number, laneCount = laneRight.length): number {
  for (let lane = 0; lane < laneCount; lane++) if (laneRight[lane] + gap <= left) return lane;
  return laneCount;
}
