import type { TimelineEvent } from '../timeline.types.js';
import type { TimeScale } from './scale.js';

/** Geometry shared by the layout and the renderer, px. */
export interface EventLayoutOptions {
  /** Label width of an event, px (measured by the element; estimated in tests). */
  labelWidth: (event: TimelineEvent) => number;
  /** Width of the text "+N" for a cluster of `n` events, px. */
  clusterWidth?: (n: number) => number;
  /**
   * Width of the label of a cluster of marks too close to tell apart ("3 events, September 27, 2020 – October 1,
   * 2020"), from its first and last member by date and its size, px; with `short`, of its short form ("3 events,
   * Sep 27 – Oct 1, 2020"), or undefined when it has none. Without it such clusters are drawn as "+N".
   */
  clusterLabelWidth?: (first: TimelineEvent, last: TimelineEvent, n: number, short: boolean) => number | undefined;
  /** Height available for lanes and rows, px. */
  height: number;
  /** Height of one row. Default 28. */
  rowHeight?: number;
  /** Height of a lane's title strip (only drawn when there are several lanes). Default 20. */
  laneHeaderHeight?: number;
  /** Free space kept between two items in a row. Default 8. */
  gap?: number;
  /** Radius of a point mark. Default 5. */
  markRadius?: number;
  /** Padding inside a range bar around its label. Default 6. */
  barPadding?: number;
  /**
   * The row an event had in the previous frame. It keeps it when that row is free, so zooming does not shuffle
   * labels between rows needlessly.
   */
  preferredRow?: (event: TimelineEvent) => number | undefined;
}

interface Extent {
  left: number;
  right: number;
}

/** An event drawn as a mark (point) or a bar (range) with its label. */
export interface PlacedEvent extends Extent {
  readonly kind: 'event';
  readonly event: TimelineEvent;
  /** Mark position (points) or bar start (ranges). */
  readonly x: number;
  /** Bar end for ranges; equals `x` for points. */
  readonly x2: number;
  /** Left edge of the label. */
  readonly labelX: number;
  /** Label is on the left of the mark (near the right edge). */
  readonly labelBefore: boolean;
  /** Set when the label is too wide for the view and was cut to fit: the width it has, px. */
  readonly labelMax?: number;
  /** The period a coarse date covers (`1994` = the whole year), when it is at least 4 px wide. */
  readonly band?: { readonly x: number; readonly x2: number };
  readonly lane: number;
  readonly row: number;
  readonly y: number;
}

/**
 * Events drawn as one mark: point marks too close to tell apart (closer than a mark's width, on different dates), or
 * events that do not fit in the rows at this zoom.
 */
export interface PlacedCluster extends Extent {
  readonly kind: 'cluster';
  /**
   * Where its label goes when it reads as a mark with a label ("3 events, September 27, 2020 – October 1, 2020"),
   * as a point's does; absent when it is a compact "+N".
   */
  readonly label?: { readonly x: number; readonly before: boolean; readonly short: boolean };
  /** A "+N" drawn before its position, ending there, because after it would run past the right edge. */
  readonly before?: boolean;
  /** The members in date order (built on first read: a cluster can hold tens of thousands of events). */
  readonly events: TimelineEvent[];
  /** How many events the cluster holds. */
  readonly count: number;
  /** Its earliest and latest member by start. */
  readonly first: TimelineEvent;
  readonly last: TimelineEvent;
  readonly x: number;
  /** Span of the members, floating ms. */
  readonly start: number;
  readonly end: number;
  readonly lane: number;
  readonly row: number;
  readonly y: number;
}

export type PlacedItem = PlacedEvent | PlacedCluster;

export interface LaneLayout {
  /** The `group` value; `undefined` for events without a group. */
  readonly name: string | undefined;
  readonly y: number;
  readonly height: number;
  readonly rows: number;
}

export interface EventLayout {
  readonly items: PlacedItem[];
  readonly lanes: LaneLayout[];
}

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
function lowerBound(starts: Float64Array, t: number): number {
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
function forEachVisible(index: EventIndex, d0: number, d1: number, visit: (i: number) => boolean | undefined): void {
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
function anyVisible(index: EventIndex, d0: number, d1: number): boolean {
  let found = false;
  forEachVisible(index, d0, d1, () => {
    found = true;
    return false;
  });
  return found;
}

/**
 * Lays out the visible events in screen space: each label gets a row so that no two overlap; rows are capped by
 * the height; what still does not fit joins a "+N" cluster in the lane's last row. Lanes without a visible event
 * collapse. Every visible event ends up either placed or inside exactly one cluster.
 *
 * @param events sorted by start (as `parseDocument` returns them), or an index made by `createEventIndex`
 */
export function layoutEvents(
  events: readonly TimelineEvent[] | EventIndex,
  scale: TimeScale,
  lanes: readonly (string | undefined)[],
  options: EventLayoutOptions,
): EventLayout {
  const index = 'ranges' in events ? events : createEventIndex(events);
  const rowHeight = options.rowHeight ?? 28;
  const [x0, x1] = scale.range();
  const [d0, d1] = scale.domain().map(Number);

  const laneIndex = (name: string | undefined) => index.lanes?.get(name);
  const visible = lanes.filter((name) => {
    const lane = laneIndex(name);
    return lane !== undefined && anyVisible(lane, d0, d1);
  });
  const header =
    visible.length > 1 || (visible.length === 1 && visible[0] !== undefined) ? (options.laneHeaderHeight ?? 20) : 0;

  // First pass: how many rows each lane would like (never more than fit); then share the height in proportion,
  // at least one row each. When everything fits, the first pass is the answer.
  const totalRows = Math.max(visible.length, Math.floor((options.height - header * visible.length) / rowHeight));
  // The first pass stops as soon as a lane fills every row: it cannot want more, and dense lanes are laid out
  // again with their share anyway.
  const first = visible.map((name) => stack(laneIndex(name)!, scale, x0, x1, totalRows, options, true));
  const wanted = first.map((f) => f.rows);
  const caps = shareRows(wanted, totalRows);

  const items: PlacedItem[] = [];
  const out: LaneLayout[] = [];
  let y = 0;
  visible.forEach((name, lane) => {
    const { placed, rows } =
      caps[lane] === wanted[lane] && first[lane].complete
        ? first[lane]
        : stack(laneIndex(name)!, scale, x0, x1, caps[lane], options);
    const top = y + header;
    for (const p of placed) {
      const y = top + p.row * rowHeight + rowHeight / 2;
      if (p.kind === 'cluster') {
        p.lane = lane;
        p.y = y;
        items.push(p);
      } else {
        items.push({ ...p, lane, y });
      }
    }
    const height = header + rows * rowHeight;
    out.push({ name, y, height, rows });
    y += height;
  });
  return { items, lanes: out };
}

function shareRows(wanted: number[], total: number): number[] {
  const sum = wanted.reduce((a, b) => a + b, 0);
  if (sum <= total) return wanted;
  const caps = wanted.map(() => 1);
  let left = total - caps.length;
  // Hand out the remaining rows one at a time to the lane that is furthest below its wish, in proportion.
  while (left > 0) {
    let best = -1;
    let bestNeed = 0;
    wanted.forEach((w, i) => {
      const need = w / sum - caps[i] / total;
      if (caps[i] < w && (best < 0 || need > bestNeed)) {
        best = i;
        bestNeed = need;
      }
    });
    if (best < 0) break;
    caps[best]++;
    left--;
  }
  return caps;
}

/**
 * A cluster being built. Members are kept as runs of indices into the lane's visible events (plus the few
 * events folded in from the last row), so joining costs no allocation and `events` is only built if read.
 */
class Cluster implements PlacedCluster {
  readonly kind = 'cluster';
  lane = 0;
  y = 0;
  count = 0;
  start: number;
  end: number;
  left: number;
  right: number;
  label?: { x: number; before: boolean; short: boolean };
  before = false;
  /** The count at which a "+N" label gains a digit and widens. */
  widerAt = 10;
  private readonly runs: number[] = [];
  private readonly folded: TimelineEvent[] = [];
  private members?: TimelineEvent[];

  private readonly list: readonly TimelineEvent[];

  constructor(
    readonly x: number,
    readonly row: number,
    private readonly index: EventIndex,
    i: number,
    radius: number,
  ) {
    this.list = index.events;
    this.start = index.starts[i];
    this.end = index.ends[i];
    this.left = x - radius;
    this.right = x;
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

type Draft = Omit<PlacedEvent, 'lane' | 'y'> | Cluster;

function stack(
  index: EventIndex,
  scale: TimeScale,
  x0: number,
  x1: number,
  maxRows: number,
  options: EventLayoutOptions,
  probe = false,
): { placed: Draft[]; rows: number; complete: boolean } {
  const gap = options.gap ?? 8;
  const r = options.markRadius ?? 5;
  const pad = options.barPadding ?? 6;
  const clusterWidth = options.clusterWidth ?? ((n: number) => 14 + String(n).length * 8);
  // A cluster's width only changes with its number of digits: measure "+9", "+99"… once each.
  const widths: number[] = [];
  const widthOf = (n: number) => {
    const digits = String(n).length;
    widths[digits] ??= clusterWidth(10 ** digits - 1);
    return widths[digits];
  };
  const rowEnds: number[] = [];
  let minEnd = Number.NEGATIVE_INFINITY;
  const setRowEnd = (row: number, end: number) => {
    for (let i = rowEnds.length; i < row; i++) rowEnds[i] = Number.NEGATIVE_INFINITY;
    rowEnds[row] = end;
    minEnd = rowEnds.length < maxRows ? Number.NEGATIVE_INFINITY : Math.min(...rowEnds);
  };
  const placed: Draft[] = [];
  const last = maxRows - 1;
  // Items in the last row, left to right: the only ones a new "+N" cluster can cover.
  const lastRow: Draft[] = [];
  const folded = new Set<Draft>();
  // The "+N" cluster that overflowing events join.
  let cluster: Cluster | null = null;

  // Joining is the hot path when 100,000 events share a few hundred pixels: no allocation, no measuring.
  const widen = (c: Cluster) => {
    // The label only widens when the count gains a digit (10, 100, …): no string per member.
    if (c.count < c.widerAt) return;
    while (c.count >= c.widerAt) c.widerAt *= 10;
    if (c.before) {
      c.left = c.x - r - 4 - widthOf(c.count);
      return;
    }
    c.right = c.x + r + 4 + widthOf(c.count);
    setRowEnd(last, Math.max(rowEnds[last], c.right));
  };

  /** The row where an item starting at `left` fits (its preferred one when free), or -1. */
  const rowFor = (left: number, preferred: number | undefined): number => {
    const fitsIn = (j: number) => j < maxRows && (rowEnds[j] === undefined || rowEnds[j] + gap <= left);
    // A preferred row past the last used one leaves the rows between empty: the label stays where it was seen.
    let row = preferred !== undefined && fitsIn(preferred) ? preferred : rowEnds.findIndex((_, j) => fitsIn(j));
    if (row < 0 && rowEnds.length < maxRows) row = rowEnds.length;
    // The last row is shared with "+N" clusters: an item may not start under one's label.
    if (row === last && cluster && cluster.right + gap > left) row = -1;
    return row;
  };

  /** Where a "+N" of this width at `x` goes: after it, or ending at it where it would run past the right edge. */
  const pillAt = (x: number, width: number) =>
    x + r + 4 + width > x1
      ? { before: true, left: x - r - 4 - width, right: x + r }
      : { before: false, left: x - r, right: x + r + 4 + width };

  const put = (draft: Draft, row: number) => {
    setRowEnd(row, draft.right);
    placed.push(draft);
    if (row === last) lastRow.push(draft);
  };

  const { events, starts, ends, isRange } = index;
  const [d0, d1] = scale.domain().map(Number);
  const [r0] = scale.range();
  const k = (scale(d1) - r0) / (d1 - d0 || 1);
  const hi = lowerBound(starts, d1);
  // Marks whose centres are closer than this (a mark's width, in ms) are drawn over each other.
  const near = (2 * r) / k;
  const clamp = (x: number) => Math.max(x0, Math.min(x1, x));

  // The width of "+1", and the last position where a "+1" still fits after its mark.
  const w1 = widthOf(1);
  const flipAt = x1 - r - 4 - w1;

  /** Overflow: join the "+N" cluster when it is close, else open one in the last row. This is the hot path. */
  const overflow = (i: number, markX: number) => {
    const x = Math.max(x0, Math.min(x1, markX));
    // Where a new "+N" here would start (`pillAt(x, w1).left`, inlined: this runs for every overflowing event): it
    // may not start under the current one.
    const start = x > flipAt ? x - r - 4 - w1 : x - r;
    if (cluster && start < cluster.right + gap) {
      cluster.add(i);
      widen(cluster);
      if (lastRow.length === 0) return;
    } else {
      cluster = new Cluster(x, last, index, i, r);
      Object.assign(cluster, pillAt(x, w1));
      placed.push(cluster);
      setRowEnd(last, Math.max(rowEnds[last] ?? Number.NEGATIVE_INFINITY, cluster.right));
    }
    // Items already in the last row under the cluster's label are folded into it.
    const c = cluster;
    while (lastRow.length > 0) {
      const p = lastRow[lastRow.length - 1];
      if (p.right + gap <= c.left || p.left >= c.right + gap) break;
      lastRow.pop();
      folded.add(p);
      // Folded items were laid out before the cluster's members, so they come first: members stay in date order
      // without sorting.
      c.fold(p instanceof Cluster ? p : p.event);
      widen(c);
    }
  };

  /**
   * Point marks from position `i` to `end` (excluding ranges and what is out of view) closer than a mark's width
   * but on different dates: two labels pointing at one spot would claim the same date for both, and neither mark
   * could be pointed at. They become one mark that says how many events and when, or "+N" where that does not fit,
   * or join the overflow.
   */
  const merge = (i: number, end: number, lastPoint: number, count: number, markX: number, free: boolean) => {
    const x = clamp(markX);
    if (free) {
      const preferred = options.preferredRow?.(events[i]);
      // The label, its short form, then "+N": the first that fits. The short form is only tried when the label was
      // wider than the room on either side of the mark (a phone): a busy row would not take it either, mostly, and
      // measuring it costs time on every zoom frame.
      let tooWide = false;
      for (const variant of [0, 1, 2]) {
        const short = variant === 1;
        if (short && !tooWide) continue;
        const width =
          variant === 2 ? undefined : options.clusterLabelWidth?.(events[i], events[lastPoint], count, short);
        if (variant < 2 && width === undefined) continue;
        let extent: { before: boolean; left: number; right: number };
        let label: Cluster['label'];
        if (width === undefined) extent = pillAt(x, widthOf(count));
        else {
          const side = labelSide(x, width, r, x0, x1);
          // A count and a span cut by the edge would not be readable: the short form or "+N" instead.
          tooWide = side === null;
          if (side === null) continue;
          const labelX = side === 'before' ? x - r - 4 - width : x + r + 4;
          label = { x: labelX, before: side === 'before', short };
          extent = { before: false, left: Math.min(x - r, labelX), right: Math.max(x + r, labelX + width) };
        }
        const row = rowFor(extent.left, preferred);
        if (row < 0) continue;
        const c = new Cluster(x, row, index, i, r);
        for (let j = i + 1; j < end; j++) if (!isRange[j] && ends[j] > d0) c.add(j);
        c.label = label;
        Object.assign(c, extent);
        put(c, row);
        return true;
      }
    }
    if (probe) return false;
    for (let j = i; j < end; j++) if (!isRange[j] && ends[j] > d0) overflow(j, r0 + (starts[j] - d0) * k);
    return true;
  };

  let mergedTo = -1;
  // The start of the last points found apart from any other date: their neighbours were scanned already, and
  // scanning again for each of 10,000 events on one day would be quadratic.
  let aloneAt = Number.NaN;
  let stopped = false;
  // The loop body runs once per visible event: it reads flat arrays and touches the event object only to place it.
  forEachVisible(index, d0, d1, (i) => {
    // Points already drawn inside a merged mark.
    if (i < mergedTo && !isRange[i]) return true;
    const markX = r0 + (starts[i] - d0) * k;
    // Nothing can start left of its mark: when every row is busy there, skip measuring the label at all.
    const free = minEnd + gap <= (isRange[i] ? markX : markX - r);
    if (!isRange[i] && starts[i] !== aloneAt) {
      let end = i + 1;
      let lastPoint = i;
      let count = 1;
      for (; end < hi && starts[end] < starts[i] + near; end++) {
        if (isRange[end] || ends[end] <= d0) continue;
        lastPoint = end;
        count++;
      }
      if (starts[lastPoint] > starts[i]) {
        mergedTo = end;
        if (merge(i, end, lastPoint, count, markX, free)) return true;
        stopped = true;
        return false;
      }
      aloneAt = starts[i];
    }
    if (free) {
      const event = events[i];
      const item = place(event, scale, x0, x1, r, pad, options.labelWidth(event));
      const row = rowFor(item.left, options.preferredRow?.(event));
      if (row >= 0) {
        put({ ...item, row }, row);
        return true;
      }
    }
    if (probe) {
      stopped = true;
      return false;
    }
    overflow(i, markX);
    return true;
  });
  if (stopped) return { placed, rows: maxRows, complete: false };
  const out = folded.size ? placed.filter((p) => !folded.has(p)) : placed;
  return { placed: out, rows: Math.min(rowEnds.length, maxRows), complete: true };
}

/** Where a label of this width fits whole beside a mark at `x`: after it, else before it, else nowhere. */
function labelSide(x: number, width: number, r: number, x0: number, x1: number): 'after' | 'before' | null {
  if (x + r + 4 + width <= x1) return 'after';
  if (x - r - 4 - width >= x0) return 'before';
  return null;
}

function place(
  event: TimelineEvent,
  scale: TimeScale,
  x0: number,
  x1: number,
  r: number,
  pad: number,
  labelWidth: number,
): Omit<PlacedEvent, 'row' | 'lane' | 'y'> {
  const x = scale(event.start);
  if (event.isRange) {
    const x2 = Math.max(x + 2, scale(event.end));
    // Sticky label: an era whose start is off-screen keeps its title at the left edge.
    let labelX = Math.max(x, Math.min(x0, x2 - labelWidth - pad)) + pad;
    // Near the right edge a short era's title would be cut: put it before the bar, as points do.
    if (labelX + labelWidth > x1 && x2 <= x1) labelX = Math.max(x0 + pad, Math.min(x1, x) - labelWidth - pad);
    // Still too wide for the view (a phone): cut it at the edge, where the renderer puts an ellipsis.
    const width = Math.max(0, Math.min(labelWidth, x1 - pad - labelX));
    return {
      kind: 'event',
      event,
      x,
      x2,
      labelX,
      labelBefore: labelX < x,
      ...(width < labelWidth && { labelMax: width }),
      left: Math.min(x, labelX - pad),
      right: Math.max(x2, labelX + width + pad),
    };
  }
  const bandEnd = scale(event.date.end);
  const band = bandEnd - x >= 4 ? { x, x2: bandEnd } : undefined;
  // The label goes after the mark, or before it near the right edge; when neither side has room (a phone), on the
  // roomier side, cut to fit.
  const side = labelSide(x, labelWidth, r, x0, x1);
  let width = labelWidth;
  let before = side === 'before';
  if (side === null) {
    const after = x1 - (x + r + 4);
    const ahead = x - r - 4 - x0;
    before = ahead > after;
    width = Math.max(0, before ? ahead : after);
  }
  const labelX = before ? x - r - 4 - width : x + r + 4;
  return {
    kind: 'event',
    event,
    x,
    x2: x,
    labelX,
    labelBefore: before,
    ...(width < labelWidth && { labelMax: width }),
    band,
    left: Math.min(x - r, labelX),
    right: Math.max(x + r, labelX + width, band ? band.x2 : -Infinity),
  };
}
