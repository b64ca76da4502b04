import { type LabelFont, type LabelService, SPAN_JOINER } from './labels.js';
import { type EventIndex, type EventLayout, itemStart, layoutEvents, type PlacedItem } from './layout/events.js';
import type { TimeScale } from './layout/scale.js';
import { type AxisTicks, computeTicks } from './layout/ticks.js';
import { AXIS_SIZE, TICK_SCALE } from './render/axis.js';
import { MARK_RADIUS, ROW_SIZE } from './render/context.js';
import { keyClusters } from './render/keys.js';
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
}

export const EMPTY_FRAME: Frame = {
  ticks: { unit: 'year', step: 1, minor: [], major: [] },
  layout: { items: [], lanes: [] },
  items: [],
  rows: new WeakMap(),
};

/**
 * Lays out one frame: the ticks for the visible window and the events in rows, measured in the element's font.
 * `breadth` is the plot's size across the axis; `previous` is the last frame, whose rows labels keep.
 */
export function buildFrame(
  index: EventIndex,
  lanes: readonly (string | undefined)[],
  scale: TimeScale,
  breadth: number,
  labels: LabelService,
  font: LabelFont,
  previous: Frame,
): Frame {
  const measure = labels.measurer(font);
  const ticks = computeTicks(scale, labels.locale, { measure: labels.measurer(font, TICK_SCALE) });
  const rows = previous.rows;
  const layout = layoutEvents(index, scale, lanes, {
    // Whole titles: a label too wide for the room beside its mark wraps onto more rows, and is cut only past three.
    labelWidth: (e) => measure(labels.labelText(e)),
    calloutWidth: (e, year) => measure(labels.labelText(e, year)),
    wrapLabel: (e, width, year) => labels.wrap(labels.labelText(e, year), width, measure),
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
  const next = new WeakMap<TimelineEvent, number>();
  for (const item of layout.items) {
    if (item.kind === 'event') next.set(item.event, item.row);
    else if (item.label) next.set(item.first, item.row);
  }
  const items = [...layout.items].sort((a, b) => itemStart(a) - itemStart(b) || a.across - b.across);
  keyClusters(items);
  return { ticks, layout, items, rows: next };
}
