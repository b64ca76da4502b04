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
  const lanes = new Map<string | undefined, EventIndex>();
  for (const [name, list] of byLane) lanes.set(name, indexOf(list));
  return { ...indexOf(events), lanes };
}

function indexOf(events: readonly TimelineEvent[]): EventIndex {
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

/** First position in `starts` whose value is at least `t`. */
export function lowerBound(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `visit` with the position of each event that overlaps `[d0, d1)`, in start order, found by binary search:
 * work grows with what is visible (plus a scan of the ranges), not with the whole document. Stops early when
 * `visit` returns false.
 */
export function forEachVisible(
  index: EventIndex,
  d0: number,
  d1: number,
  visit: (i: number) => boolean | undefined,
): void {
  const { starts, ends, ranges, maxPointSpan } = index;
  const from = d0 - maxPointSpan;
  // Ranges that start before the scanned window but reach into the view.
  for (let r = 0; r < ranges.length; r++) {
    const i = ranges[r];
    if (starts[i] >= from) break;
    if (ends[i] > d0 && visit(i) === false) return;
  }
  const hi = lowerBound(starts, d1);
  for (let i = lowerBound(starts, from); i < hi; i++) if (ends[i] > d0 && visit(i) === false) return;
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

/** Date order, as `parseDocument` sorts: by start, then end, then input order. */
const byDate = (a: TimelineEvent, b: TimelineEvent) => a.start - b.start || a.end - b.end || a.index - b.index;

/** The first position in the sorted `events` after the events that go before `e` or tie with it. */
function upperBound(events: readonly TimelineEvent[], e: TimelineEvent): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byDate(events[mid], e) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `index` with one more event at position `p` (where it goes in date order): the arrays are copied around it, not
 * read again from the events. `events`: the events with it, when the caller has them.
 */
function withEvent(index: EventIndex, e: TimelineEvent, p: number, events?: readonly TimelineEvent[]): EventIndex {
  const grow = <T extends Float64Array | Uint8Array>(a: T, value: number, out: T): T => {
    out.set(a.subarray(0, p));
    out[p] = value;
    out.set(a.subarray(p), p + 1);
    return out;
  };
  const n = index.starts.length + 1;
  const range = e.isRange;
  const ranges: number[] = [];
  let placed = !range;
  for (const r of index.ranges) {
    if (!placed && r >= p) {
      ranges.push(p);
      placed = true;
    }
    ranges.push(r >= p ? r + 1 : r);
  }
  if (!placed) ranges.push(p);
  const old = index.events;
  return {
    events: events ?? [...old.slice(0, p), e, ...old.slice(p)],
    starts: grow(index.starts, e.start, new Float64Array(n)),
    ends: grow(index.ends, e.end, new Float64Array(n)),
    isRange: grow(index.isRange, range ? 1 : 0, new Uint8Array(n)),
    ranges: Int32Array.from(ranges),
    maxPointSpan: range ? index.maxPointSpan : Math.max(index.maxPointSpan, e.end - e.start),
  };
}

/**
 * The index of `events` (sorted, as `parseDocument` returns them), which are the events of `index` and `added`
 * (sorted too): a live update that added a few events copies the arrays around them, here and in their lanes,
 * instead of reading every event again. Many added events are indexed afresh.
 */
export function addToIndex(
  index: EventIndex,
  events: readonly TimelineEvent[],
  added: readonly TimelineEvent[],
): EventIndex {
  if (added.length > 16 || !index.lanes) return createEventIndex(events);
  const lanes = new Map(index.lanes);
  let all: EventIndex = index;
  // In date order, each one's place among the old events and the ones added before it is its place in `events`.
  for (const e of added) {
    all = withEvent(all, e, upperBound(events, e) - 1, events);
    const lane = lanes.get(e.group);
    lanes.set(e.group, lane ? withEvent(lane, e, upperBound(lane.events, e)) : indexOf([e]));
  }
  return { ...all, events, lanes };
}
