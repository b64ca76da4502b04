import { placeBeside } from './beside.js';
import { Cluster } from './cluster.js';
import { type EventIndex, forEachVisible, lowerBound } from './event-index.js';
import { fitLabel, labelSide, place } from './place.js';
import type { TimeScale } from './scale.js';
import type { EventLayoutOptions, PlacedEvent } from './types.js';

type Draft = Omit<PlacedEvent, 'lane' | 'across'> | Cluster;

/**
 * `joinRuns` false: overflowing events join a "+N" one by one (the tests compare both ways). `marks` false: so do
 * the points of a merged mark, and the ranges inside it (the same layout either way: the tests compare).
 */
export const stackTuning = { joinRuns: true, marks: true };

export function stack(
  index: EventIndex,
  scale: TimeScale,
  t0: number,
  t1: number,
  maxRows: number,
  options: EventLayoutOptions,
  probe = false,
): { placed: Draft[]; rows: number; complete: boolean } {
  const gap = options.gap ?? 8;
  const r = options.markRadius ?? 5;
  const pad = options.barPadding ?? 6;
  // Vertical: labels beside their marks (see `EventLayoutOptions.beside`).
  const beside = options.beside;
  const line = beside?.line ?? 0;
  const maxShift = beside ? (beside.maxShift ?? 4 * line) : 0;
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
  // Items in the last row, earliest to latest: the only ones a new "+N" cluster can cover.
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
      c.from = c.t - r - 4 - widthOf(c.count);
      return;
    }
    c.to = beside ? c.from + widthOf(c.count) : c.t + r + 4 + widthOf(c.count);
    setRowEnd(last, Math.max(rowEnds[last], c.to));
  };

  /**
   * The first of `span` consecutive rows where an item starting at `from` fits (its preferred one when free), or
   * -1. The last row is shared with "+N" clusters: an item may not start under one's label.
   */
  const rowFor = (from: number, preferred: number | undefined, span = 1): number => {
    const free = (j: number) =>
      j < maxRows &&
      (rowEnds[j] === undefined || rowEnds[j] + gap <= from) &&
      !(j === last && cluster !== null && cluster.to + gap > from);
    const freeFrom = (j: number) => {
      for (let k = 0; k < span; k++) if (!free(j + k)) return false;
      return true;
    };
    // A preferred row past the last used one leaves the rows between empty: the label stays where it was seen.
    if (preferred !== undefined && freeFrom(preferred)) return preferred;
    for (let j = 0; j + span <= maxRows; j++) if (freeFrom(j)) return j;
    return -1;
  };

  /** Beside its mark, where a label of this height starts along the axis: its first line centred on the mark. */
  const besideAt = (t: number, height: number) => Math.max(t0, Math.min(t - line / 2, t1 - height));

  /**
   * Beside (vertical): the row where an item covering `from`–`to` fits after moving on along the axis the least
   * (its preferred row when that needs no move), and that move; null when every row would move it past `maxShift`
   * or past the end edge.
   */
  const shiftFor = (from: number, to: number, preferred: number | undefined): { row: number; shift: number } | null => {
    let row = -1;
    let shift = Number.POSITIVE_INFINITY;
    const attempt = (j: number) => {
      if (j < 0 || j >= maxRows) return;
      let s = Math.max(0, (rowEnds[j] ?? Number.NEGATIVE_INFINITY) + gap - from);
      if (j === last && cluster !== null) s = Math.max(s, cluster.to + gap - from);
      if (s <= maxShift && to + s <= t1 && s < shift) {
        row = j;
        shift = s;
      }
    };
    if (preferred !== undefined) attempt(preferred);
    if (shift > 0) for (let j = 0; j < maxRows; j++) attempt(j);
    return row < 0 ? null : { row, shift };
  };

  /** Where a "+N" of this width at `t` goes: after it, or ending at it where it would run past the end edge. */
  const pillAt = (t: number, width: number) =>
    beside
      ? { before: false, from: besideAt(t, width), to: besideAt(t, width) + width }
      : t + r + 4 + width > t1
        ? { before: true, from: t - r - 4 - width, to: t + r }
        : { before: false, from: t - r, to: t + r + 4 + width };

  const put = (draft: Draft, row: number) => {
    const span = draft instanceof Cluster ? 1 : (draft.lines ?? 1);
    for (let k = 0; k < span; k++) setRowEnd(row + k, draft.to);
    placed.push(draft);
    if (row + span - 1 === last) lastRow.push(draft);
  };

  const { events, starts, ends, isRange, ranges } = index;
  const [d0, d1] = scale.domain().map(Number);
  const [r0] = scale.range();
  const k = (scale(d1) - r0) / (d1 - d0 || 1);
  const hi = lowerBound(starts, d1);
  // Marks whose centres are closer than this (a mark's width, in ms) are drawn over each other.
  const near = (2 * r) / k;
  const clamp = (t: number) => Math.max(t0, Math.min(t1, t));

  // The width of "+1", and the last position where a "+1" still fits after its mark.
  const w1 = widthOf(1);
  const flipAt = t1 - r - 4 - w1;

  /** Overflow: join the "+N" cluster when it is close, else open one in the last row. This is the hot path. */
  const overflow = (i: number, markT: number) => {
    const t = Math.max(t0, Math.min(t1, markT));
    // Where a new "+N" here would start (`pillAt(t, w1).from`, inlined: this runs for every overflowing event): it
    // may not start under the current one.
    const start = beside ? besideAt(t, w1) : t > flipAt ? t - r - 4 - w1 : t - r;
    if (cluster && start < cluster.to + gap) {
      cluster.add(i);
      widen(cluster);
      if (lastRow.length === 0) return;
    } else {
      cluster = new Cluster(t, last, index, i, r);
      const pill = pillAt(t, w1);
      if (beside) {
        // After the labels already in the row (moved on like one), while that stays in view.
        const s = Math.max(0, (rowEnds[last] ?? Number.NEGATIVE_INFINITY) + gap - pill.from);
        if (pill.to + s <= t1) Object.assign(pill, { from: pill.from + s, to: pill.to + s });
      }
      Object.assign(cluster, pill);
      placed.push(cluster);
      setRowEnd(last, Math.max(rowEnds[last] ?? Number.NEGATIVE_INFINITY, cluster.to));
    }
    foldUnder(cluster);
  };

  /** Items already in the last row under the cluster's label are folded into it. */
  const foldUnder = (c: Cluster) => {
    while (lastRow.length > 0) {
      const p = lastRow[lastRow.length - 1];
      // Beside (vertical), labels moved on down may lie past the new cluster: it takes them too.
      if (p.to + gap <= c.from || (!beside && p.from >= c.to + gap)) break;
      lastRow.pop();
      folded.add(p);
      // Folded items were laid out before the cluster's members, so they come first: members stay in date order
      // without sorting.
      c.fold(p instanceof Cluster ? p : p.event);
      widen(c);
    }
  };

  /** Whether an item covering from `from` along the axis fits in `row`. */
  const fitsIn = (row: number, from: number) =>
    row < maxRows &&
    (rowEnds[row] === undefined || rowEnds[row] + gap <= from) &&
    // The last row is shared with "+N" clusters: an item may not start under one's label.
    !(row === last && cluster !== null && cluster.to + gap > from);

  /**
   * The members as a stack of callouts: one anchor mark at `t`, and each member's label, with its short date, in
   * its own row, in consecutive rows so the leader line from the anchor crosses nothing. Readers see the titles
   * instead of a count. False when the calloutWidth option is not given or the rows cannot hold the stack.
   */
  const callouts = (i: number, end: number, count: number, t: number, preferred: number | undefined) => {
    const width = options.calloutWidth;
    if (!width || count > (beside ? (beside.maxCallouts ?? 8) : maxRows)) return false;
    const members: number[] = [];
    for (let j = i; j < end; j++) if (!isRange[j] && ends[j] > d0) members.push(j);
    const year =
      new Date(starts[members[0]]).getUTCFullYear() !== new Date(starts[members[members.length - 1]]).getUTCFullYear();
    const widths = members.map((j) => width(events[j], year));
    if (beside) {
      // Down one row, each callout under the one before, the first centred on the shared mark.
      const arrange = (withYear: boolean) => {
        const hs = withYear === year ? widths : members.map((j) => width(events[j], withYear));
        const total = hs.reduce((a, b) => a + b, 0) + gap * (hs.length - 1);
        const from = besideAt(t, total);
        return { hs, total, from, at: shiftFor(from, from + total, preferred) };
      };
      let stackYear = year;
      let f = arrange(year);
      // A stack that had to move away from its mark (at the end edge, or past the labels above) says the year in
      // each date, so that none reads as the year beside it on the axis.
      if (!year && f.at && (f.at.shift > 0 || f.from < t - line / 2 - 0.5)) {
        stackYear = true;
        f = arrange(true);
      }
      const { hs, total, from, at } = f;
      if (!at || from + at.shift + total > t1) return false;
      let labelT = from + at.shift;
      members.forEach((j, k) => {
        const h = hs[k];
        const callout = { index: k, count, year: stackYear, rise: 0 };
        put(
          {
            kind: 'event',
            event: events[j],
            t,
            t2: t,
            labelT,
            labelBefore: false,
            from: labelT,
            to: labelT + h,
            row: at.row,
            callout,
          },
          at.row,
        );
        labelT += h + gap;
      });
      return true;
    }
    // One side for the whole stack: the side where the widest fits, else the roomier one, where labels too wide
    // for it wrap onto more rows (or, past three lines or without wrapping, are cut with an ellipsis).
    const side = labelSide(t, Math.max(...widths), r, t0, t1) ?? (t1 - t >= t - t0 ? 'after' : 'before');
    const room = Math.max(0, side === 'after' ? t1 - (t + r + 4) : t - r - 4 - t0);
    const extents = widths.map((full, k) => {
      const { w, lines, wrapped } = fitLabel(full, room, (at) => options.wrapLabel?.(events[members[k]], at, year));
      const labelT = side === 'before' ? t - r - 4 - w : t + r + 4;
      return { w, full, lines, wrapped, labelT, from: Math.min(t - r, labelT), to: Math.max(t + r, labelT + w) };
    });
    const rowsNeeded = extents.reduce((n, e) => n + e.lines, 0);
    const fitsAt = (s: number) => {
      if (s < 0 || s + rowsNeeded > maxRows) return false;
      let row = s;
      for (const e of extents) {
        for (let k = 0; k < e.lines; k++) if (!fitsIn(row + k, e.from)) return false;
        row += e.lines;
      }
      return true;
    };
    let start = preferred !== undefined && fitsAt(preferred) ? preferred : -1;
    for (let s = 0; start < 0 && s + rowsNeeded <= maxRows; s++) if (fitsAt(s)) start = s;
    if (start < 0) return false;
    let row = start;
    members.forEach((j, k) => {
      const e = extents[k];
      const callout = { index: k, count, year, rise: k === 0 ? 0 : extents[k - 1].lines };
      const draft = { kind: 'event' as const, event: events[j], t, t2: t, labelT: e.labelT, from: e.from, to: e.to };
      const cut = e.w < e.full && !e.wrapped ? { labelMax: e.w } : {};
      const wrap = e.wrapped ? { lines: e.lines, wrapWidth: e.w } : {};
      put({ ...draft, labelBefore: side === 'before', ...cut, ...wrap, row, callout }, row);
      row += e.lines;
    });
    return true;
  };

  /**
   * Point marks from position `i` to `end` (excluding ranges and what is out of view) closer than a mark's width
   * but on different dates: two labels pointing at one spot would claim the same date for both, and neither mark
   * could be pointed at. They become a stack of callouts while the rows hold them, else one mark that says how
   * many events and when, or "+N" where that does not fit, or join the overflow.
   */
  const merge = (i: number, end: number, lastPoint: number, count: number, markT: number, free: boolean) => {
    const t = clamp(markT);
    if (free) {
      const preferred = options.preferredRow?.(events[i]);
      if (callouts(i, end, count, t, preferred)) return true;
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
        let extent: { before: boolean; from: number; to: number };
        let label: Cluster['label'];
        if (width === undefined) extent = pillAt(t, widthOf(count));
        else if (beside) {
          const labelT = besideAt(t, width);
          label = { t: labelT, before: false, short };
          extent = { before: false, from: labelT, to: labelT + width };
        } else {
          const side = labelSide(t, width, r, t0, t1);
          // A count and a span cut by the edge would not be readable: the short form or "+N" instead.
          tooWide = side === null;
          if (side === null) continue;
          const labelT = side === 'before' ? t - r - 4 - width : t + r + 4;
          label = { t: labelT, before: side === 'before', short };
          extent = { before: false, from: Math.min(t - r, labelT), to: Math.max(t + r, labelT + width) };
        }
        const moved = beside ? shiftFor(extent.from, extent.to, preferred) : null;
        if (moved) {
          extent = { ...extent, from: extent.from + moved.shift, to: extent.to + moved.shift };
          if (label) label = { ...label, t: label.t + moved.shift };
        }
        const row = beside ? (moved?.row ?? -1) : rowFor(extent.from, preferred);
        if (row < 0) continue;
        const c = new Cluster(t, row, index, i, r);
        for (let j = i + 1; j < end; j++) if (!isRange[j] && ends[j] > d0) c.add(j);
        c.label = label;
        Object.assign(c, extent);
        put(c, row);
        return true;
      }
    }
    if (probe) return false;
    // A point at a time where it opens a "+N" (see `overflow`), then the points after it that join that one, at once.
    const after = starts[i] > d0 && stackTuning.marks;
    for (let j = i; j < end; ) {
      if (!isRange[j] && ends[j] > d0) overflow(j, r0 + (starts[j] - d0) * k);
      j++;
      while (after) {
        const c = cluster as Cluster;
        const to = Math.min(end, lowerBound(starts, d0 + (joinBound(c, false) - r0) / k));
        if (to <= j) break;
        c.addPoints(j, to);
        widen(c);
        foldUnder(c);
        j = to;
      }
    }
    return true;
  };

  /**
   * Marks before this position along the axis join the open "+N" `c` when they overflow (their "+N" would start
   * under its label); with `busy`, also only while every row is busy there (see `free`). Half a pixel short.
   */
  const joinBound = (c: Cluster, busy: boolean) =>
    (beside
      ? Math.min(busy ? minEnd + gap - maxShift : t1, c.to + gap + line / 2, t1 - w1 + line / 2)
      : Math.min(busy ? minEnd + gap : t1, c.to + gap + r, t1)) - 0.5;

  /**
   * From position `i`, while every row is busy and each mark would join the open "+N", the events join it all at
   * once, found by binary search: at a million events in view, that is most of them, and a frame cannot visit each.
   * Returns where to go on (`i`: nothing joined). Conservative by half a pixel at both bounds. The bounds are those
   * of `free` and `overflow`: horizontal, a mark is busy before the rows' earliest end and joins while its "+N"
   * would start under the open one's; beside (vertical), a label may move on `maxShift` past its mark, and a "+N"
   * is centred on its mark unless the end edge stops it.
   */
  const joinRun = (i: number): number => {
    const c = cluster;
    const inMark = i < mergedTo;
    if (!c || probe || starts[i] <= d0 || !stackTuning.joinRuns || (inMark && !stackTuning.marks)) return i;
    const bound = joinBound(c, true);
    const markT = r0 + (starts[i] - d0) * k;
    if (markT < t0 || markT >= bound) return i;
    const to = Math.min(inMark ? mergedTo : hi, lowerBound(starts, d0 + (bound - r0) / k));
    if (to <= i + 1) return i;
    // Inside a merged mark only its ranges are left to lay out (its points are in it); elsewhere, every event.
    if (inMark) c.addRanges(i, to);
    else c.addRun(i, to);
    widen(c);
    foldUnder(c);
    return to;
  };

  let mergedTo = -1;
  // The start of the last points found apart from any other date: their neighbours were scanned already, and
  // scanning again for each of 10,000 events on one day would be quadratic.
  let aloneAt = Number.NaN;
  let stopped = false;
  // The loop body runs once per visible event: it reads flat arrays and touches the event object only to place it.
  forEachVisible(index, d0, d1, (i) => {
    // Points already drawn inside a merged mark: on to the next range inside it (each is laid out on its own), or
    // past it. A merged mark at 100,000 events holds thousands of points, and a frame has a few dozen such marks.
    if (i < mergedTo && !isRange[i]) {
      const r = ranges[lowerBound(ranges, i)] ?? mergedTo;
      return r < mergedTo ? r : mergedTo;
    }
    const joined = joinRun(i);
    if (joined > i) return joined;
    const markT = r0 + (starts[i] - d0) * k;
    // Nothing can start before its mark: when every row is busy there, skip measuring the label at all.
    // Beside, a label also needs a line's room before the end edge after every row's end (rows only grow).
    const free = beside
      ? minEnd + gap <= Math.min(Math.max(markT, t0) + maxShift, t1 - line)
      : minEnd + gap <= (isRange[i] ? markT : markT - r);
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
        if (merge(i, end, lastPoint, count, markT, free)) return true;
        stopped = true;
        return false;
      }
      aloneAt = starts[i];
    }
    if (free && beside) {
      const event = events[i];
      const item = placeBeside(event, scale, t0, t1, options.labelWidth(event), besideAt);
      const at = shiftFor(item.from, item.to, options.preferredRow?.(event));
      if (at) {
        const s = at.shift;
        put({ ...item, labelT: item.labelT + s, from: item.from + s, to: item.to + s, row: at.row }, at.row);
        return true;
      }
    } else if (free) {
      const event = events[i];
      const item = place(event, scale, t0, t1, r, pad, options.labelWidth(event), (at) =>
        options.wrapLabel?.(event, at, undefined),
      );
      const row = rowFor(item.from, options.preferredRow?.(event), item.lines);
      if (row >= 0) {
        put({ ...item, row }, row);
        return true;
      }
    }
    if (probe) {
      stopped = true;
      return false;
    }
    overflow(i, markT);
    return true;
  });
  if (stopped) return { placed, rows: maxRows, complete: false };
  const out = folded.size ? placed.filter((p) => !folded.has(p)) : placed;
  return { placed: out, rows: Math.min(rowEnds.length, maxRows), complete: true };
}
