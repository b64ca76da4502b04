/**
 * Live updates of the index: a few events added to an index without reading every event again. Part of the
 * `event-timeline.update.js` chunk, loaded with the first live update (see src/data/update.ts).
 */
import type { TimelineEvent } from '../timeline.types.js';
import { createEventIndex, type EventIndex, indexOf, lowerBound } from './event-index.js';

/** Date order, as `parseDocument` sorts: by start, then end, then input order. */
export const byDate = (a: TimelineEvent, b: TimelineEvent) => a.start - b.start || a.end - b.end || a.index - b.index;

/** The first position in the sorted `events` after the events that go before `e` or tie with it. */
export function upperBound(events: readonly TimelineEvent[], e: TimelineEvent): number {
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
  // The ranges before `p` stay, the new one (a range) goes at `p`, and those after move one on: typed-array copies,
  // not a list of 300,000 numbers built again at a million events.
  const q = lowerBound(index.ranges, p);
  const add = range ? 1 : 0;
  const ranges = new Int32Array(index.ranges.length + add);
  ranges.set(index.ranges.subarray(0, q));
  if (range) ranges[q] = p;
  for (let r = q; r < index.ranges.length; r++) ranges[r + add] = index.ranges[r] + 1;
  let list = events;
  if (!list) {
    const copy = index.events.slice();
    copy.splice(p, 0, e);
    list = copy;
  }
  return {
    events: list,
    starts: grow(index.starts, e.start, new Float64Array(n)),
    ends: grow(index.ends, e.end, new Float64Array(n)),
    isRange: grow(index.isRange, add, new Uint8Array(n)),
    ranges,
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
