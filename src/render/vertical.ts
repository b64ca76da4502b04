import { html, nothing, svg } from 'lit';
import type { LabelFont, LabelService } from '../labels.js';
import type { LaneLayout, PlacedCluster, PlacedEvent, PlacedItem } from '../layout/events.js';
import type { AxisTicks } from '../layout/ticks.js';
import { TICK_SCALE, tickText } from './axis.js';
import type { FrameContext } from './context.js';

/*
 * The vertical timeline's geometry, px. Time runs down the plot; the axis is a strip on the inline-start side
 * (its context row, "septembre 2020", set along it in a narrow column, its tick labels across it); after it,
 * each row of the layout is a column: a gutter for marks, bars and bands, then the labels. Written left to right;
 * on a right-to-left page the projection mirrors the rows, `flip` the SVG, and the rest uses logical sides.
 */

/** Width of the axis strip. */
export const V_AXIS = 84;
/** Where the events layer starts, after the strip. */
export const V_EVENTS = V_AXIS + 4;
/** Room for a tick label in the strip (beside the context column and the tick). */
export const V_TICK_ROOM = 56;
/** One line of a label. */
export const V_LINE = 20;
/** The gutter of a row, before its labels: marks, bars, bands, leader lines. */
export const V_GUTTER = 18;
/** The narrowest column a lane gets; when they would be narrower, lanes share one and labels carry a lane tag. */
export const V_MIN_COLUMN = 150;
/** The widest row: past it the rows multiply. */
export const V_MAX_ROW = 520;
/** Room before and after the time axis, and for the lane names above the columns. */
export const V_PAD = 10;
export const V_LANE_HEADER = 22;
/** Where the mark of a row sits in its gutter. */
const MARK_X = V_GUTTER / 2;

/** The vertical plot for a plot `width` px wide: room right of the strip, lane tags or columns, where time starts. */
export function verticalGeometry(width: number, lanes: readonly (string | undefined)[]) {
  const breadth = Math.max(V_MIN_COLUMN / 2, width - V_AXIS - 8);
  const tags = lanes.length > 1 && breadth / lanes.length < V_MIN_COLUMN;
  const named = !tags && (lanes.length > 1 || lanes[0] !== undefined);
  return { breadth, tags, start: V_PAD + (named ? V_LANE_HEADER : 0) };
}

/** The left edge of an item's row, in the events layer. */
function rowLeft(item: PlacedItem, ctx: FrameContext): number {
  return item.across - ctx.rowSize / 2;
}

/** A leader line in the gutter from the mark (at the item's origin) to a label that starts `dy` px below it. */
function leader(dy: number) {
  const d = dy + V_LINE / 2;
  if (Math.abs(d) < 2) return nothing;
  const style = `inset-inline-start:${MARK_X - 0.5}px;width:${V_GUTTER - MARK_X}px;top:${Math.min(0, d)}px;height:${Math.abs(d)}px`;
  return html`<span class=${d < 0 ? 'leader up' : 'leader'} aria-hidden="true" .style=${style}></span>`;
}

/** The styles of a vertical event's parts: the item's box, its button, and what goes in its gutter. */
export function verticalEvent(item: PlacedEvent, ctx: FrameContext) {
  const { event } = item;
  const width = ctx.rowSize - V_GUTTER - 6;
  const top = item.labelT - item.t;
  const height = Math.max(V_LINE, item.to - item.from);
  const decoration = event.isRange
    ? html`<span class="bar" part="range" aria-hidden="true" .style=${`height:${Math.max(2, item.t2 - item.t)}px`}></span>`
    : html`${item.band ? html`<span class="band" aria-hidden="true" .style=${`height:${item.band.t2 - item.band.t}px`}></span>` : nothing}${
        (item.callout?.index ?? 0) === 0 ? html`<span class="mark" aria-hidden="true"></span>` : nothing
      }${leader(top)}`;
  return {
    box: `transform:${ctx.projection.translate(item.t, rowLeft(item, ctx))}`,
    button: `inset-inline-start:${V_GUTTER}px;top:${top}px;width:${width}px;height:${height}px`,
    label: `-webkit-line-clamp:${Math.round(height / V_LINE)}`,
    decoration,
  };
}

/** A vertical cluster: a "+N" pill or a merged mark with its label, beside the gutter. */
export function verticalCluster(item: PlacedCluster, ctx: FrameContext) {
  const top = (item.label?.t ?? item.from) - item.t;
  const style = item.label
    ? `inset-inline-start:${V_GUTTER}px;top:${top}px;width:${ctx.rowSize - V_GUTTER - 6}px;height:${item.to - item.from}px`
    : `inset-inline-start:2px;top:${top}px`;
  return {
    box: `transform:${ctx.projection.translate(item.t, rowLeft(item, ctx))}`,
    button: style,
    leader: leader(item.label ? top : top + 1),
  };
}

/** x in a strip or plot `width` px wide, written left to right: mirrored when `rtl`. */
const flip = (x: number, width: number, rtl?: boolean) => (rtl ? width - x : x);

/**
 * The axis strip: the line, ticks with their labels across, and the context row along it (rotated, reading down).
 * Right to left, the strip is drawn mirrored; the SVG takes the plot's direction, so `end` is a tick label's left.
 */
export function renderVerticalAxis(ticks: AxisTicks, start: number, end: number, rtl?: boolean) {
  const x = (v: number) => flip(v, V_AXIS, rtl);
  // The context row reads down from the strip's outer edge inwards: right to left, hanging from the right edge.
  return html`<svg class="axis" part="axis" aria-hidden="true">
    <line class="domain" x1=${x(V_AXIS - 0.5)} x2=${x(V_AXIS - 0.5)} y1=${start} y2=${end}></line>
    ${ticks.minor.map(
      (t) => svg`<g class="tick" transform="translate(0,${t.t})">
        <line x1=${x(V_AXIS - 6)} x2=${x(V_AXIS)}></line>${t.label ? svg`<text part="tick" x=${x(V_AXIS - 9)} y="4" text-anchor="end">${tickText(t.label)}</text>` : nothing}</g>`,
    )}
    <g class="major">
      ${ticks.major.map((t) => (t.label ? svg`<text part="tick tick--major" transform="translate(${x(4)},${t.t + 2}) rotate(90)" text-anchor=${rtl ? 'end' : nothing} dominant-baseline=${rtl ? 'hanging' : nothing}>${tickText(t.label)}</text>` : nothing))}
    </g>
  </svg>`;
}

/** Grid lines across the plot at the ticks, and a faint stem from the axis to each mark. */
export function renderVerticalGrid(
  ticks: AxisTicks,
  items: readonly PlacedItem[],
  ctx: FrameContext,
  width: number,
  pointed?: PlacedItem,
) {
  const rtl = ctx.projection.mirrored;
  const x = (v: number) => flip(v, width, rtl);
  const markX = (item: PlacedItem) => x(V_EVENTS + rowLeft(item, ctx) + MARK_X - 6);
  let stems = '';
  const stemmed = (i: PlacedItem) => i.kind === 'cluster' || (!i.event.isRange && (i.callout?.index ?? 0) === 0);
  for (const item of items) if (item !== pointed && stemmed(item)) stems += `M${x(V_AXIS)} ${item.t}H${markX(item)}`;
  return html`<svg class="grid" aria-hidden="true">
    ${ticks.minor.map((t) => svg`<line x1=${x(V_AXIS)} x2=${rtl ? 0 : '100%'} y1=${t.t} y2=${t.t}></line>`)}
    <path class="stems" d=${stems || 'M0 0'}></path>
    ${pointed ? svg`<line class="stem pointed" x1=${x(V_AXIS)} x2=${markX(pointed)} y1=${pointed.t} y2=${pointed.t}></line>` : nothing}
  </svg>`;
}

/** Lane names above their columns, and rules between the columns. */
export function renderVerticalLanes(lanes: readonly LaneLayout[], tags: boolean) {
  if (tags || (lanes.length < 2 && lanes[0]?.name === undefined)) return nothing;
  return lanes.map(
    (lane, i) => html`
      ${i > 0 ? html`<div class="lane-rule" .style=${`inset-inline-start:${V_EVENTS + lane.offset}px`}></div>` : nothing}
      <div class="lane-name" part="lane" aria-hidden="true" .style=${`inset-inline-start:${V_EVENTS + 4 + lane.offset}px;max-width:${lane.size - 8}px`}>${lane.name ?? ''}</div>
    `,
  );
}

/** The pointed item's date, in the strip beside its mark. */
export function renderVerticalChip(item: PlacedItem, labels: LabelService, font: LabelFont) {
  const text =
    item.kind === 'event'
      ? labels.shortLabel(item.event.date, true)
      : labels.clusterSpanText(item.first, item.last, true);
  const width = Math.max(V_AXIS - 4, labels.measurer(font, TICK_SCALE)(text) + 12);
  return html`<div class="axis-chip" aria-hidden="true" .style=${`transform:translateY(${item.t - 10}px);width:${width}px`}><bdi>${text}</bdi></div>`;
}
