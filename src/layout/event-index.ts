import type { TimelineEvent } from '../timeline.types.js';

/**
 * The lanes of a document: one per `group`, in order of first appearance, with ungrouped events last.
 */
export function laneNames(events: readonly TimelineEvent[]): (string | undefined)[] {
  const names = new Set<string | undefined>();
  let ungrouped = false;
  for (const e of events) {
    if (e.group === undefined) ungrouped = true;
    else names.add(e.group);
  }
  const out = [...names];
  if (ungrouped || out.length === 0) out.push(undefined);
  return out;
}

/** The events of a document arranged once, so each zoom frame finds the visible ones without a full scan. */
export interface EventIndex {
  /** All events, sorted by start. */
  readonly events: readonly TimelineEvent[];
  /**
   * Starts and ends of `events`, in flat arrays: a frame that scans 100,000 events reads contiguous numbers instead
   * of visiting 100,000 objects scattered in memory.
   */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** 1 where the event is a range. */
  readonly isRange: Uint8Array;
  /** Positions of the ranges in `events`, in start order: an era that began long before the view may cover it. */
  readonly ranges: Int32Array;
  /** The longest period a point covers (a year for `1994`), ms. */
  readonly maxPointSpan: number;
  /** The same, per lane (`group`), built once so frames need not split the visible events by group. */
  readonly lanes?: ReadonlyMap<string | undefined, EventIndex>;
}

/** Builds the index of events sorted by start (as `parseDocument` returns them). O(n), once per document. */
export function createEventIndex(events: readonly TimelineEvent[]): EventIndex {
  const byLane = new Map<string | undefined, TimelineEvent[]>();
  for (const e of events) {
    const lane = byLane.get(e.group);
    if (lane) lane.push(e);
    else byLane.set(e.group, [e]);
  }
  return withLanes(indexOf(events), byLane);
}

/**
 * `all` (the index of a document's events) with the index of each lane's events of `byLane`. One lane's index is
 * the whole one's (the same events in the same order), not built twice: at a million events, 50 ms and 20 MB.
 */
export function withLanes(all: EventIndex, byLane: ReadonlyMap<string | undefined, TimelineEvent[]>): EventIndex {
  const lanes = new Map<string | undefined, EventIndex>();
  for (const [name, list] of byLane) lanes.set(name, byLane.size === 1 ? { ...all, lanes: undefined } : indexOf(list));
  return { ...all, lanes };
}

/** The index of `events` (sorted) on their own, without lanes. */
export function indexOf(events: readonly TimelineEvent[]): EventIndex {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const isRange = new Uint8Array(n);
  const ranges: number[] = [];
  let maxPointSpan = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    starts[i] = e.start;
    ends[i] = e.end;
    if (e.isRange) {
      isRange[i] = 1;
      ranges.push(i);
    } else if (e.end - e.start > maxPointSpan) maxPointSpan = e.end - e.start;
  }
  return { events, starts, ends, isRange, ranges: Int32Array.from(ranges), maxPointSpan };
}

/** First position in `starts` (sorted: starts, or positions) whose value is at least `t`. */
export function lowerBound(starts: Float64Array | Int32Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const BLOCK = 64;
const blocksOf = new WeakMap<Int32Array, Float64Array>();

/** The latest end of each block of `BLOCK` ranges, in start order (built once per index, when first needed). */
function rangeBlockEnds({ ranges, ends }: EventIndex): Float64Array {
  let out = blocksOf.get(ranges);
  if (!out) {
    out = new Float64Array(Math.ceil(ranges.length / BLOCK)).fill(Number.NEGATIVE_INFINITY);
    for (let r = 0; r < ranges.length; r++) {
      const b = (r / BLOCK) | 0;
      if (ends[ranges[r]] > out[b]) out[b] = ends[ranges[r]];
    }
    blocksOf.set(ranges, out);
  }
  return out;
}

/**
 * Calls `visit` with the position of each event that overlaps `[d0, d1)`, in start order, found by binary search:
 * work grows with what is visible (plus a scan of the ranges), not with the whole document. Stops early when
 * `visit` returns false; a number
 * returned goes on from that position (in the main scan, past the ranges that began before the view).
 */
export function forEachVisible(
  index: EventIndex,
  d0: number,
  d1: number,
  visit: (i: number) => boolean | number | undefined,
): void {
  const { starts, ends, ranges, maxPointSpan } = index;
  const from = d0 - maxPointSpan;
  // Ranges that start before the scanned window but reach into the view, a block at a time: blocks that all end
  // before the view are skipped (300,000 ranges would otherwise be read on every frame of a zoom into the end).
  const blockEnds = rangeBlockEnds(index);
  scan: for (let b = 0; b < blockEnds.length; b++) {
    const lo = b * BLOCK;
    if (starts[ranges[lo]] >= from) break;
    if (blockEnds[b] <= d0) continue;
    for (let r = lo; r < Math.min(lo + BLOCK, ranges.length); r++) {
      const i = ranges[r];
      if (starts[i] >= from) break scan;
      if (ends[i] > d0 && visit(i) === false) return;
    }
  }
  const hi = lowerBound(starts, d1);
  for (let i = lowerBound(starts, from); i < hi; i++) {
    if (ends[i] <= d0) continue;
    const next = visit(i);
    if (next === false) return;
    if (typeof next === 'number') i = next - 1;
  }
}

/** Whether any event overlaps `[d0, d1)`. */
export function anyVisible(index: EventIndex, d0: number, d1: number): boolean {
  let found = false;
  forEachVisible(index, d0, d1, () => {
    found = true;
    return false;
  });
  return found;
}

/** The extent of a document (floating ms), and whether any date has a time of day: what the scale needs. */
export interface Extent {
  readonly min: number;
  readonly max: number;
  readonly hasTimes: boolean;
}

/** `extent` grown to hold `events` (from nothing: `{ min: Infinity, max: -Infinity, hasTimes: false }`). */
export function extentOf(events: readonly TimelineEvent[], extent: Extent): Extent {
  let { min, max, hasTimes } = extent;
  for (const e of events) {
    if (e.start < min) min = e.start;
    if (e.end > max) max = e.end;
    const p = e.date.precision;
    if (p === 'minute' || p === 'second' || p === 'millisecond') hasTimes = true;
  }
  return { min, max, hasTimes };
}
