import { type LabelFont, type LabelService, SPAN_JOINER, widthBound, wordsWidth, wordWidth } from './labels.js';
import { type EventIndex, type EventLayout, itemStart, layoutEvents, type PlacedItem } from './layout/events.js';
import type { TimeScale } from './layout/scale.js';
import { type AxisTicks, computeTicks } from './layout/ticks.js';
import { AXIS_SIZE, TICK_SCALE } from './render/axis.js';
import { MARK_RADIUS, ROW_SIZE } from './render/context.js';
import { keyClusters } from './render/keys.js';
import { V_GUTTER, V_LINE, V_MAX_ROW, V_MIN_COLUMN, V_TICK_ROOM } from './render/vertical.js';
import type { TimelineEvent } from './timeline.types.js';

/** The plot's size across the axis when it fits its content: at least 3 rows, at most 14, and the axis. */
export const FIT_MIN = AXIS_SIZE + 8 + 3 * ROW_SIZE;
export const FIT_MAX = AXIS_SIZE + 8 + 14 * ROW_SIZE;

/** The size the frame's lanes, rows and axis take across the axis, within the fitting limits, px. */
export function contentSize(frame: Frame): number {
  const rows = frame.layout.lanes.reduce((sum, lane) => sum + lane.size, 0);
  return Math.min(FIT_MAX, Math.max(FIT_MIN, rows + AXIS_SIZE + 8));
}

/** One frame of the timeline: what the render functions draw. */
export interface Frame {
  readonly ticks: AxisTicks;
  readonly layout: EventLayout;
  /** The laid-out items in date order: the order of the list and of arrow keys. */
  readonly items: readonly PlacedItem[];
  /** Each event's row in this frame, so the next frame keeps it there when it can. */
  readonly rows: WeakMap<TimelineEvent, number>;
  /** Vertical: the size of a row across the axis, and whether the lanes share one column (each label tagged). */
  readonly vertical?: { readonly rowSize: number; readonly tags: boolean };
  /**
   * Label sizes along the axis (widths; vertical: heights) for one label service, font and, vertical, room and
   * tagging (`key`), kept across frames.
   */
  readonly sizes?: Sizes;
  /** What the frame was laid out from (see `buildFrame`). */
  readonly inputs?: readonly unknown[];
}

/**
 * Label sizes along the axis: by text for cluster labels (vertical), and by event for titles and callouts (a
 * WeakMap lookup costs less than building the label's string and splitting it into words, for each of the hundreds
 * of events a zoom frame tries).
 */
interface Sizes {
  readonly key: string;
  readonly labels: LabelService;
  readonly map: Map<string, number>;
  /** By event: its plain label, its callout with the year, its callout without. */
  readonly byEvent: readonly [
    WeakMap<TimelineEvent, number>,
    WeakMap<TimelineEvent, number>,
    WeakMap<TimelineEvent, number>,
  ];
}

export const EMPTY_FRAME: Frame = {
  ticks: { unit: 'year', step: 1, minor: [], major: [] },
  layout: { items: [], lanes: [] },
  items: [],
  rows: new WeakMap(),
};

/**
 * Lays out one frame: the ticks for the visible window and the events in rows, measured in the element's font.
 * `breadth` is the plot's size across the axis; `previous` is the last frame, whose rows labels keep. Returns
 * `previous` itself when it was laid out from the same inputs: pointing at, focusing or selecting an item changes
 * none of them, and at a million events a layout costs 10–15 ms on every `pointerenter`.
 */
export function buildFrame(
  index: EventIndex,
  lanes: readonly (string | undefined)[],
  scale: TimeScale,
  breadth: number,
  labels: LabelService,
  font: LabelFont,
  previous: Frame,
  vertical = false,
): Frame {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const inputs: unknown[] = [
    index,
    lanes,
    +d0,
    +d1,
    r0,
    r1,
    breadth,
    labels,
    // A calendar's tick finder arrives in a chunk of its own, for the same labels.
    labels.calendar,
    vertical,
    font.weight,
    font.size,
    font.family,
  ];
  const kept = previous.inputs;
  if (kept?.length === inputs.length && inputs.every((x, i) => x === kept[i])) return previous;
  if (vertical) return { ...buildVerticalFrame(index, lanes, scale, breadth, labels, font, previous), inputs };
  const measure = labels.measurer(font);
  const ticks = computeTicks(scale, labels.locale, {
    measure: labels.measurer(font, TICK_SCALE),
    calendar: labels.calendar,
  });
  // Words that do not recur (numbers, ids) from their characters, as in `wordsWidth`.
  const word = (text: string) => wordWidth(text, measure);
  const rows = previous.rows;
  const cache = sizesFor(previous, `${font.weight} ${font.size}px ${font.family}`, labels);
  const width = (e: TimelineEvent, year?: boolean) => {
    const map = cache.byEvent[year === undefined ? 0 : year ? 1 : 2];
    let w = map.get(e);
    if (w === undefined) {
      w = wordsWidth(labels.labelText(e, year), measure);
      map.set(e, w);
    }
    return w;
  };
  const layout = layoutEvents(index, scale, lanes, {
    // Whole titles: a label too wide for the room beside its mark wraps onto more rows, and is cut only past three.
    labelWidth: (e) => width(e),
    calloutWidth: (e, year) => width(e, year),
    wrapLabel: (e, width, year) => labels.wrap(labels.labelText(e, year), width, word),
    clusterWidth: (n) => measure(labels.messages.more(n)) * TICK_SCALE + 12,
    // Measured in pieces that recur from frame to frame (a count, a date), not as a new string each time: merged
    // marks change on every zoom frame, and each new string costs a canvas measurement. 1 px covers kerning.
    clusterLabelWidth: (first, last, n, short) => {
      const span = labels.clusterSpan(first, last, short);
      if (span === undefined) return undefined;
      const dates = span.reduce((w, date, i) => w + measure(date) + (i > 0 ? measure(SPAN_JOINER) : 0), 0);
      return 1 + measure(`${labels.messages.events(n)}${labels.messages.sep}`) + dates;
    },
    breadth: Math.max(ROW_SIZE, breadth - AXIS_SIZE - 4),
    rowSize: ROW_SIZE,
    markRadius: MARK_RADIUS,
    preferredRow: (e) => rows.get(e),
  });
  return { ...finish(ticks, layout, undefined, cache), inputs };
}

function finish(ticks: AxisTicks, layout: EventLayout, vertical?: Frame['vertical'], sizes?: Frame['sizes']): Frame {
  const next = new WeakMap<TimelineEvent, number>();
  for (const item of layout.items) {
    if (item.kind === 'event') next.set(item.event, item.row);
    else if (item.label) next.set(item.first, item.row);
  }
  const items = [...layout.items].sort((a, b) => itemStart(a) - itemStart(b) || a.across - b.across);
  keyClusters(items);
  return { ticks, layout, items, rows: next, vertical, sizes };
}

/** The sizes kept in `previous` when they were measured for the same `key` and labels, else a new cache. */
function sizesFor(previous: Frame, key: string, labels: LabelService): Sizes {
  const kept = previous.sizes;
  return kept && kept.key === key && kept.labels === labels && kept.map.size <= 20_000
    ? kept
    : { key, labels, map: new Map(), byEvent: [new WeakMap(), new WeakMap(), new WeakMap()] };
}

/** The index with every event in one lane, for lanes too many to be columns: same events, no groups. */
const oneLane = new WeakMap<EventIndex, EventIndex>();
function singleLane(index: EventIndex): EventIndex {
  let out = oneLane.get(index);
  if (!out) {
    const all: EventIndex = { ...index, lanes: undefined };
    out = { ...index, lanes: new Map([[undefined, all]]) };
    oneLane.set(index, out);
  }
  return out;
}

/**
 * The vertical frame: the same layout, with time down the plot's height (`scale`'s range) and `breadth` the width
 * right of the axis strip. Labels run across, beside their marks (the layout's `beside`): a label's extent along
 * the axis is its height, its lines of text wrapped into the row's width. A lane is a column when each gets at
 * least V_MIN_COLUMN px; otherwise all share one column and each label starts with its lane's name.
 */
function buildVerticalFrame(
  index: EventIndex,
  lanes: readonly (string | undefined)[],
  scale: TimeScale,
  breadth: number,
  labels: LabelService,
  font: LabelFont,
  previous: Frame,
): Frame {
  const exact = labels.measurer(font);
  // Words that do not recur (numbers, ids) from their characters, as horizontal label widths are.
  const measure = (text: string) => wordWidth(text, exact);
  const tick = labels.measurer(font, TICK_SCALE);
  // Tick labels are set across the axis, one line each; too wide for the strip, a level's labels do not fit.
  const ticks = computeTicks(scale, labels.locale, {
    measure: (text) => (tick(text) <= V_TICK_ROOM ? 14 : 1e6),
    majorMeasure: tick,
    gap: 8,
    minSpacing: 30,
    calendar: labels.calendar,
  });
  const tags = lanes.length > 1 && breadth / lanes.length < V_MIN_COLUMN;
  const columns = tags ? [undefined] : lanes;
  const rowSize = Math.max(V_MIN_COLUMN / 2, Math.min(V_MAX_ROW, breadth / columns.length));
  // The browser may break a line a little earlier than the measurement: 2 px to spare.
  const room = rowSize - V_GUTTER - 8;
  // Kept in this element's frames, which a new room, tagging, font or language starts afresh: cluster labels by
  // their text, titles and callouts by event (no string to build and hash for each of hundreds of calls a frame).
  const key = `${room}|${tags}|${font.weight} ${font.size}px ${font.family}`;
  const cache = sizesFor(previous, key, labels);
  const height = (text: string) => {
    let h = cache.map.get(text);
    if (h === undefined) {
      h = labels.wrap(text, room, measure, false).lines * V_LINE;
      cache.map.set(text, h);
    }
    return h;
  };
  const eventHeight = (e: TimelineEvent, year?: boolean) => {
    const map = cache.byEvent[year === undefined ? 0 : year ? 1 : 2];
    let h = map.get(e);
    if (h === undefined) {
      const label = labels.labelText(e, year);
      const text = tags && e.group ? `${e.group} ${label}` : label;
      // Most titles fit on one line: then the bound says so without a canvas measurement (1 px for rounding).
      const bound = widthBound(text, exact);
      h = bound !== undefined && bound <= room - 1 ? V_LINE : labels.wrap(text, room, measure, false).lines * V_LINE;
      map.set(e, h);
    }
    return h;
  };
  const rows = previous.rows;
  const layout = layoutEvents(tags ? singleLane(index) : index, scale, columns, {
    labelWidth: (e) => eventHeight(e),
    calloutWidth: (e, year) => eventHeight(e, year),
    clusterWidth: () => V_LINE + 2,
    clusterLabelWidth: (first, last, n, short) => {
      const span = labels.clusterSpan(first, last, short);
      return span && height(`${labels.messages.events(n)}${labels.messages.sep}${span.join(SPAN_JOINER)}`);
    },
    breadth: Math.max(rowSize, breadth),
    rowSize,
    laneHeaderSize: 0,
    markRadius: MARK_RADIUS,
    gap: 6,
    beside: { line: V_LINE },
    preferredRow: (e) => rows.get(e),
  });
  return finish(ticks, layout, { rowSize, tags }, cache);
}
