/**
 * Lane packing for timeline marks: pure maths on pixel extents, testable without a DOM.
 * Marks are placed in time order (by `order`, the shape's left edge) into the first lane where they overlap
 * nothing, with at least `gap` pixels to spare. Time order keeps lanes reading top-to-bottom chronologically even
 * when some labels sit on the left of their mark.
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

export function layoutLanes(items: readonly LaneItem[], gap = 8): LaneLayout {
  const sorted = [...items].sort((a, b) => a.order - b.order || a.right - b.right || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const occupied: Array<Array<[number, number]>> = [];
  const lanes = new Map<string, number>();
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
