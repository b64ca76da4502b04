import type { TimelineEvent } from '../timeline.types.js';
import type { EventIndex } from './event-index.js';
import type { PlacedCluster } from './types.js';

/**
 * A cluster being built. Members are kept as runs of indices into the lane's visible events (plus the few
 * events folded in from the last row), so joining costs no allocation and `events` is only built if read.
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
    this.add(i);
  }

  /** Adds the event at position `i` of the lane's index; positions arrive in increasing order. */
  add(i: number): void {
    const n = this.runs.length;
    if (n > 0 && this.runs[n - 1] === i) this.runs[n - 1] = i + 1;
    else this.runs.push(i, i + 1);
    this.grow(this.index.starts[i], this.index.ends[i]);
  }

  /** Adds an event, or a cluster's members, laid out before every member (they come first). */
  fold(item: TimelineEvent | Cluster): void {
    if (item instanceof Cluster) {
      this.folded.unshift(...item.events);
      this.grow(item.start, item.end, item.count);
      return;
    }
    this.folded.unshift(item);
    this.grow(item.start, item.end);
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
      this.members = out;
    }
    return this.members;
  }

  get first(): TimelineEvent {
    return this.folded[0] ?? this.list[this.runs[0]];
  }

  get last(): TimelineEvent {
    return this.runs.length > 0 ? this.list[this.runs[this.runs.length - 1] - 1] : this.folded[this.folded.length - 1];
  }
}
