import type { TimelineEvent } from '../timeline.types.js';
import { type EventIndex, lowerBound } from './event-index.js';
import type { PlacedCluster } from './types.js';

/**
 * A cluster being built. Members are kept as runs of indices into the lane's visible events (plus the few
 * events folded in from the last row), so joining costs no allocation and `events` is only built if read.
 * Members mostly arrive in date order, but not always (a range inside a merged mark is visited after the points
 * that overflowed with it): the earliest and latest are kept as they come, and `events` is sorted when read.
 */
export class Cluster implements PlacedCluster {
  readonly kind = 'cluster';
  lane = 0;
  across = 0;
  count = 0;
  start: number;
  end: number;
  from: number;
  to: number;
  label?: { t: number; before: boolean; short: boolean };
  before = false;
  /** The count at which a "+N" label gains a digit and widens. */
  widerAt = 10;
  private readonly runs: number[] = [];
  /** Events and clusters folded in, latest first; a cluster's members are not copied (it may hold most of them). */
  private readonly folded: (TimelineEvent | Cluster)[] = [];
  private members?: TimelineEvent[];
  /** The earliest and latest member (on the same date, the first and last laid out), and the latest's start. */
  first: TimelineEvent;
  last: TimelineEvent;
  private latest: number;

  private readonly list: readonly TimelineEvent[];

  constructor(
    readonly t: number,
    readonly row: number,
    private readonly index: EventIndex,
    i: number,
    radius: number,
  ) {
    this.list = index.events;
    this.start = index.starts[i];
    this.end = index.ends[i];
    this.from = t - radius;
    this.to = t;
    this.first = this.last = this.list[i];
    this.latest = this.start;
    this.add(i);
  }

  /** Adds the event at position `i` of the lane's index; positions arrive in increasing order. */
  add(i: number): void {
    this.addRun(i, i + 1);
  }

  /** Adds the events at positions `from` to `to` (excluded) of the lane's index, as `add` one by one would. */
  addRun(from: number, to: number): void {
    const n = this.runs.length;
    if (n > 0 && this.runs[n - 1] === from) this.runs[n - 1] = to;
    else this.runs.push(from, to);
    const { starts, ends } = this.index;
    if (starts[from] < this.start) this.first = this.list[from];
    if (starts[to - 1] >= this.latest) {
      this.latest = starts[to - 1];
      this.last = this.list[to - 1];
    }
    let end = this.end;
    for (let i = from; i < to; i++) if (ends[i] > end) end = ends[i];
    this.grow(starts[from], end, to - from);
  }

  /**
   * Adds the points at positions `from` to `to` (excluded), all in view, as `add` one by one would: in runs between
   * the ranges, which are laid out on their own.
   */
  addPoints(from: number, to: number): void {
    const { ranges } = this.index;
    for (let q = lowerBound(ranges, from); from < to; q++) {
      const end = Math.min(to, ranges[q] ?? to);
      if (end > from) this.addRun(from, end);
      from = end + 1;
    }
  }

  /** Adds the ranges at positions `from` to `to` (excluded), all in view, as `add` one by one would. */
  addRanges(from: number, to: number): void {
    const { ranges } = this.index;
    for (let q = lowerBound(ranges, from); ranges[q] < to; q++) this.add(ranges[q]);
  }

  /** Adds an event, or a cluster's members, laid out before every member (they come first). */
  fold(item: TimelineEvent | Cluster): void {
    if (item instanceof Cluster) {
      this.folded.unshift(item);
      this.ahead(item.first, item.last);
      this.grow(item.start, item.end, item.count);
      return;
    }
    this.folded.unshift(item);
    this.ahead(item, item);
    this.grow(item.start, item.end);
  }

  /** Folded members go before the others: on the same date, they come first, not last. */
  private ahead(first: TimelineEvent, last: TimelineEvent): void {
    if (first.start <= this.start) this.first = first;
    if (last.start > this.latest) {
      this.latest = last.start;
      this.last = last;
    }
  }

  private grow(start: number, end: number, n = 1): void {
    this.count += n;
    this.members = undefined;
    if (start < this.start) this.start = start;
    if (end > this.end) this.end = end;
  }

  /**
   * Whether `event` is a member, found by its start in the index instead of building `events`: the selected event
   * is looked for on every frame, and at a million events a cluster may hold most of them.
   */
  has(event: TimelineEvent): boolean {
    for (const f of this.folded) if (f === event || (f instanceof Cluster && f.has(event))) return true;
    const { starts } = this.index;
    for (let i = lowerBound(starts, event.start); i < starts.length && starts[i] === event.start; i++) {
      if (this.list[i] !== event) continue;
      for (let r = 0; r < this.runs.length; r += 2) if (this.runs[r] <= i && i < this.runs[r + 1]) return true;
      return false;
    }
    return false;
  }

  get events(): TimelineEvent[] {
    if (!this.members) {
      const out: TimelineEvent[] = [];
      for (const f of this.folded) {
        if (f instanceof Cluster) for (const e of f.events) out.push(e);
        else out.push(f);
      }
      for (let r = 0; r < this.runs.length; r += 2) {
        for (let i = this.runs[r]; i < this.runs[r + 1]; i++) out.push(this.list[i]);
      }
      // Stable, and about linear on runs already in order: members on the same date keep their layout order.
      this.members = out.sort((a, b) => a.start - b.start);
    }
    return this.members;
  }
}
