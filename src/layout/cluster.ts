import type { TimelineEvent } from '../timeline.types.js';
import type { EventIndex } from './event-index.js';
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
  private readonly folded: TimelineEvent[] = [];
  private members?: TimelineEvent[];
  // The earliest and latest member: a position in the index (read from its flat arrays: this is the hot path), or
  // an event folded in.
  private firstAt: number;
  private lastAt: number;
  private firstStart: number;
  private lastStart: number;
  private firstFolded?: TimelineEvent;
  private lastFolded?: TimelineEvent;

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
    this.firstAt = this.lastAt = i;
    this.firstStart = this.lastStart = this.start;
    this.add(i);
  }

  /** Adds the event at position `i` of the lane's index; positions arrive in increasing order. */
  add(i: number): void {
    const n = this.runs.length;
    if (n > 0 && this.runs[n - 1] === i) this.runs[n - 1] = i + 1;
    else this.runs.push(i, i + 1);
    this.grow(this.index.starts[i], this.index.ends[i]);
    const start = this.index.starts[i];
    if (start < this.firstStart) {
      this.firstStart = start;
      this.firstAt = i;
      this.firstFolded = undefined;
    }
    if (start >= this.lastStart) {
      this.lastStart = start;
      this.lastAt = i;
      this.lastFolded = undefined;
    }
  }

  /** Adds an event, or a cluster's members, laid out before every member (they come first). */
  fold(item: TimelineEvent | Cluster): void {
    if (item instanceof Cluster) {
      this.folded.unshift(...item.events);
      this.grow(item.start, item.end, item.count);
      this.ahead(item.first, item.last);
      return;
    }
    this.folded.unshift(item);
    this.grow(item.start, item.end);
    this.ahead(item, item);
  }

  /** Folded members go before the others: on the same date, they come first, not last. */
  private ahead(first: TimelineEvent, last: TimelineEvent): void {
    if (first.start <= this.firstStart) {
      this.firstStart = first.start;
      this.firstFolded = first;
    }
    if (last.start > this.lastStart) {
      this.lastStart = last.start;
      this.lastFolded = last;
    }
  }

  private grow(start: number, end: number, n = 1): void {
    this.count += n;
    this.members = undefined;
    if (start < this.start) this.start = start;
    if (end > this.end) this.end = end;
  }

  get events(): TimelineEvent[] {
    if (!this.members) {
      const out = [...this.folded];
      for (let r = 0; r < this.runs.length; r += 2) {
        for (let i = this.runs[r]; i < this.runs[r + 1]; i++) out.push(this.list[i]);
      }
      // Stable: members on the same date keep the order they were laid out in.
      if (out.some((e, k) => k > 0 && e.start < out[k - 1].start)) out.sort((a, b) => a.start - b.start);
      this.members = out;
    }
    return this.members;
  }

  get first(): TimelineEvent {
    return this.firstFolded ?? this.list[this.firstAt];
  }

  get last(): TimelineEvent {
    return this.lastFolded ?? this.list[this.lastAt];
  }
}
