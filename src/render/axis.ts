import { html, nothing, svg } from 'lit';
import type { LabelFont, LabelService } from '../labels.js';
import type { LaneLayout, PlacedItem } from '../layout/events.js';
import type { Projection } from '../layout/projection.js';
import { type AxisTicks, TICK_LABEL_OFFSET } from '../layout/ticks.js';

/** Size of the axis across the time direction, px. */
export const AXIS_SIZE = 44;
/** Tick labels (and the chip) are set smaller than event labels (0.75rem against 0.875rem). */
export const TICK_SCALE = 0.857;

/** Marks that get a stem to the axis: points, clusters, and the anchor of a stack of callouts. */
function stemmed(item: PlacedItem): boolean {
  return item.kind === 'cluster' || (!item.event.isRange && (item.callout?.index ?? 0) === 0);
}

/**
 * The grid lines behind the events, one per minor tick, and a faint stem from each mark down to the axis, so a
 * reader can tell where a mark sits on it without counting ticks. One path for all the stems keeps it calm (and
 * cheap) with hundreds of marks; the pointed item's stem is drawn apart, stronger.
 */
export function renderGrid(
  ticks: AxisTicks,
  plotSize: number,
  items: readonly PlacedItem[],
  p: Projection,
  pointed?: PlacedItem,
) {
  const bottom = plotSize - AXIS_SIZE;
  const x = (t: number) => p.point(t, 0).x;
  let stems = '';
  for (const item of items)
    if (item !== pointed && stemmed(item)) stems += `M${x(item.t)} ${item.across + 6}V${bottom}`;
  return html`<svg class="grid" aria-hidden="true">
    ${ticks.minor.map((t) => svg`<line x1=${x(t.t)} x2=${x(t.t)} y1="0" y2=${bottom}></line>`)}
    <path class="stems" d=${stems || 'M0 0'}></path>
    ${pointed ? svg`<line class="stem pointed" x1=${x(pointed.t)} x2=${x(pointed.t)} y1=${pointed.across + 6} y2=${bottom}></line>` : nothing}
  </svg>`;
}

/**
 * The date of the item the reader points at, in a chip on the axis under its mark (kept inside the axis): its
 * start, or a cluster's span, in short form with the year.
 */
export function renderAxisChip(item: PlacedItem, labels: LabelService, font: LabelFont, length: number, p: Projection) {
  const text =
    item.kind === 'event'
      ? labels.shortLabel(item.event.date, true)
      : labels.clusterSpanText(item.first, item.last, true);
  const width = labels.measurer(font, TICK_SCALE)(text) + 12;
  const start = Math.max(0, Math.min(length - width, item.t - width / 2));
  const left = Math.min(p.point(start, 0).x, p.point(start + width, 0).x);
  return html`<div class="axis-chip" aria-hidden="true" dir="auto" .style=${`transform:translateX(${left}px);width:${width}px`}>${text}</div>`;
}

/**
 * A tick label in its own direction (first strong isolate … PDI), whatever the page's: an English "15 September
 * 2020" on a right-to-left page read "September 2020 15", and an Arabic date on a left-to-right one its digits first.
 */
export const tickText = (label: string) => `\u2068${label}\u2069`;

/**
 * The time axis: its line, the minor ticks with their labels, and the context row (the month above the days). Labels
 * start after their tick in reading direction: mirrored, the plot is right to left and so is each label's anchor.
 */
export function renderAxis(ticks: AxisTicks, length: number, p: Projection) {
  const x = (t: number) => p.point(t, 0).x;
  // After the tick: +3 px, or -3 px when time runs right to left.
  const o = x(TICK_LABEL_OFFSET) - x(0);
  return html`<svg class="axis" part="axis" aria-hidden="true">
    <line class="domain" x1="0" x2=${length} y1="0.5" y2="0.5"></line>
    ${ticks.minor.map(
      (t) => svg`<g class="tick" transform="translate(${x(t.t)},0)">
        <line y2="6"></line>${t.label ? svg`<text part="tick" x=${o} y="18">${tickText(t.label)}</text>` : nothing}</g>`,
    )}
    <g class="major">
      ${ticks.major.map((t) => (t.label ? svg`<text part="tick tick--major" x=${x(t.t) + o} y="36">${tickText(t.label)}</text>` : nothing))}
    </g>
  </svg>`;
}

/** Lane names and the rules between lanes, when there are lanes to tell apart. */
export function renderLanes(lanes: readonly LaneLayout[]) {
  if (lanes.length < 2 && lanes[0]?.name === undefined) return nothing;
  return lanes.map(
    (lane, i) => html`
      ${i > 0 ? html`<div class="lane-rule" .style=${`top:${lane.offset}px`}></div>` : nothing}
      <div class="lane-name" part="lane" aria-hidden="true" .style=${`top:${lane.offset + 3}px`}>${lane.name ?? ''}</div>
    `,
  );
}
