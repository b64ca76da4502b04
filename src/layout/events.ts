import type { TimelineEvent } from '../timeline.types.js';
import { anyVisible, createEventIndex, type EventIndex } from './event-index.js';
import type { TimeScale } from './scale.js';
import { stack } from './stack.js';
import type { EventLayout, EventLayoutOptions, LaneLayout, PlacedItem } from './types.js';

export { createEventIndex, type EventIndex, laneNames } from './event-index.js';
export type * from './types.js';

/**
 * Lays out the visible events along the axis (`t`) and across it (lanes and rows): each label gets a row so that
 * no two overlap; rows are capped by the breadth; what still does not fit joins a "+N" cluster in the lane's last
 * row. Lanes without a visible event collapse. Every visible event ends up either placed or inside exactly one cluster.
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
  const rowSize = options.rowSize ?? 28;
  const [t0, t1] = scale.range();
  const [d0, d1] = scale.domain().map(Number);

  const laneIndex = (name: string | undefined) => index.lanes?.get(name);
  const visible = lanes.filter((name) => {
    const lane = laneIndex(name);
    return lane !== undefined && anyVisible(lane, d0, d1);
  });
  const header =
    visible.length > 1 || (visible.length === 1 && visible[0] !== undefined) ? (options.laneHeaderSize ?? 20) : 0;

  // First pass: how many rows each lane would like (never more than fit); then share the breadth in proportion,
  // at least one row each. When everything fits, the first pass is the answer.
  const totalRows = Math.max(visible.length, Math.floor((options.breadth - header * visible.length) / rowSize));
  // The first pass stops as soon as a lane fills every row: it cannot want more, and dense lanes are laid out
  // again with their share anyway.
  const first = visible.map((name) => stack(laneIndex(name)!, scale, t0, t1, totalRows, options, true));
  const wanted = first.map((f) => f.rows);
  const caps = shareRows(wanted, totalRows);

  const items: PlacedItem[] = [];
  const out: LaneLayout[] = [];
  let offset = 0;
  visible.forEach((name, lane) => {
    const { placed, rows } =
      caps[lane] === wanted[lane] && first[lane].complete
        ? first[lane]
        : stack(laneIndex(name)!, scale, t0, t1, caps[lane], options);
    const top = offset + header;
    for (const p of placed) {
      const across = top + p.row * rowSize + rowSize / 2;
      if (p.kind === 'cluster') {
        p.lane = lane;
        p.across = across;
        items.push(p);
      } else {
        items.push({ ...p, lane, across });
      }
    }
    const size = header + rows * rowSize;
    out.push({ name, offset, size, rows });
    offset += size;
  });
  return { items, lanes: out };
}

function shareRows(wanted: number[], total: number): number[] {
  const sum = wanted.reduce((a, b) => a + b, 0);
  if (sum <= total) return wanted;
  const caps = wanted.map(() => 1);
  let from = total - caps.length;
  // Hand out the remaining rows one at a time to the lane that is furthest below its wish, in proportion.
  while (from > 0) {
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
    from--;
  }
  return caps;
}

/** Whether the item is the event, or a cluster that holds it. */
export function holds(item: PlacedItem, event: TimelineEvent): boolean {
  if (item.kind === 'event') return item.event === event;
  return item.first.start <= event.start && event.start <= item.last.start && item.has(event);
}

/** Where the item starts in time (floating ms): the order of the list and of arrow keys. */
export function itemStart(item: PlacedItem): number {
  return item.kind === 'event' ? item.event.start : item.start;
}

/**
 * Where the keyboard's `+` and `-` zoom, along the axis: around the focused item while it is in view `[t0, t1]` (a
 * range around the middle of its part in view; a cluster around `member`, the event the reader moved to in it,
 * when that is in view), else around the middle of the view, so the reader stays where they were looking.
 */
export function zoomCentre(item: PlacedItem | undefined, t0: number, t1: number, member?: number): number {
  const middle = (t0 + t1) / 2;
  const inView = (t: number | undefined) => t !== undefined && t >= t0 && t <= t1;
  if (!item) return middle;
  if (item.kind === 'event' && item.event.isRange) {
    const from = Math.max(t0, item.t);
    const to = Math.min(t1, item.t2);
    return from <= to ? (from + to) / 2 : middle;
  }
  if (item.kind === 'cluster' && inView(member)) return member!;
  return inView(item.t) ? item.t : middle;
}
