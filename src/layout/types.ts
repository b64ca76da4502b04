import type { TimelineEvent } from '../timeline.types.js';

/*
 * The layout speaks of time and rows, not of x and y: `t` is a distance along the time axis from its start, px
 * (later times further), and `across` the distance across it from the plot's edge, px, to the centre of an item's
 * row. `projection.ts` turns the two into x and y for one orientation, so a vertical timeline is a second
 * projection of the same layout, not a second layout.
 */

/**
 * Geometry shared by the layout and the renderer, px. "Width" is always along the axis: for the horizontal
 * timeline the label's width; with `beside` (vertical) its height.
 */
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
  /**
   * Width of a callout's label, px: its short date, " · " and its title ("27 sept. · Reprise des hostilités…");
   * `year` when the short date says its year (the stack spans two years). With it, marks too close to tell apart
   * become a stack of callouts, each title in its own row, while the rows hold them.
   */
  calloutWidth?: (event: TimelineEvent, year: boolean) => number;
  /**
   * How a label too wide for the room beside its mark wraps into `width` px: its number of lines and its widest
   * line; `year` as for `calloutWidth` when the label is a callout's, undefined for a plain label. With it, such a
   * label takes a row per line (up to 3) instead of being cut.
   */
  wrapLabel?: (event: TimelineEvent, width: number, year: boolean | undefined) => { lines: number; width: number };
  /** Room across the axis for lanes and rows, px. */
  breadth: number;
  /** Size of one row across the axis. Default 28. */
  rowSize?: number;
  /** Size across the axis of a lane's title strip (only drawn when there are several lanes). Default 20. */
  laneHeaderSize?: number;
  /** Free space kept between two items in a row. Default 8. */
  gap?: number;
  /** Radius of a point mark. Default 5. */
  markRadius?: number;
  /** Padding inside a range bar around its label. Default 6. */
  barPadding?: number;
  /**
   * Labels beside their marks, across the axis (the vertical timeline), instead of after them along it. Every
   * width above is then the label's extent along the axis (its height: lines × `line`), and an item covers along
   * the axis only its label: marks, bars and bands are drawn in a gutter beside the labels, which the layout does
   * not share out. A label is centred on its mark (its first line on it), and may move on along the axis, up to
   * `maxShift` px, past a label already in its row (the renderer draws a leader line back to the mark); a stack of
   * callouts goes down one row, each callout under the one before.
   */
  beside?: { readonly line: number; readonly maxShift?: number; readonly maxCallouts?: number };
  /**
   * The row an event had in the previous frame. It keeps it when that row is free, so zooming does not shuffle
   * labels between rows needlessly.
   */
  preferredRow?: (event: TimelineEvent) => number | undefined;
}

/** What an item covers along the axis (mark, bar, label and band), px. */
interface Extent {
  from: number;
  to: number;
}

/** An event drawn as a mark (point) or a bar (range) with its label. */
export interface PlacedEvent extends Extent {
  readonly kind: 'event';
  readonly event: TimelineEvent;
  /** Mark position (points) or bar start (ranges). */
  readonly t: number;
  /** Bar end for ranges; equals `t` for points. */
  readonly t2: number;
  /** Where the label starts along the axis. */
  readonly labelT: number;
  /** Label is before the mark (near the end edge). */
  readonly labelBefore: boolean;
  /** Set when the label is too wide for the view and was cut to fit: the width it has, px. */
  readonly labelMax?: number;
  /** Rows the label takes when it wraps (2 or 3, from `row` on); absent for one line. */
  readonly lines?: number;
  /** Set when the label wraps: the width it wraps into, px. */
  readonly wrapWidth?: number;
  /** The period a coarse date covers (`1994` = the whole year), when it is at least 4 px wide. */
  readonly band?: { readonly t: number; readonly t2: number };
  /**
   * Set when the event is one of a stack of callouts: marks too close to tell apart, drawn as one anchor mark (at
   * `t`, in the first callout's row) with each member's label in its own row below, joined to it by a leader line.
   * `index` is its place in the stack, `count` the stack's size, `year` whether its short date says the year, and
   * `rise` how many rows up the callout before it starts (more than one when that one's label wraps).
   */
  readonly callout?: { readonly index: number; readonly count: number; readonly year: boolean; readonly rise: number };
  readonly lane: number;
  /** The row within its lane. */
  readonly row: number;
  /** The centre of its row, across the axis. */
  readonly across: number;
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
  readonly label?: { readonly t: number; readonly before: boolean; readonly short: boolean };
  /** A "+N" drawn before its position, ending there, because after it would run past the end edge. */
  readonly before?: boolean;
  /** The members in date order (built on first read: a cluster can hold tens of thousands of events). */
  readonly events: TimelineEvent[];
  /** Whether the event is a member (without building `events`). */
  has(event: TimelineEvent): boolean;
  /** How many events the cluster holds. */
  readonly count: number;
  /** Its earliest and latest member by start. */
  readonly first: TimelineEvent;
  readonly last: TimelineEvent;
  /** Its mark, along the axis. */
  readonly t: number;
  /** Span of the members, floating ms. */
  readonly start: number;
  readonly end: number;
  readonly lane: number;
  /** The row within its lane. */
  readonly row: number;
  /** The centre of its row, across the axis. */
  readonly across: number;
}

export type PlacedItem = PlacedEvent | PlacedCluster;

export interface LaneLayout {
  /** The `group` value; `undefined` for events without a group. */
  readonly name: string | undefined;
  /** Where the lane starts across the axis, px. */
  readonly offset: number;
  /** Its size across the axis (title strip and rows), px. */
  readonly size: number;
  readonly rows: number;
}

export interface EventLayout {
  readonly items: PlacedItem[];
  readonly lanes: LaneLayout[];
}
