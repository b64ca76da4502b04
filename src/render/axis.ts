import { html, nothing, svg } from 'lit';
import type { LaneLayout } from '../layout/events.js';
import { type AxisTicks, TICK_LABEL_OFFSET } from '../layout/ticks.js';

/** Size of the axis across the time direction, px. */
export const AXIS_SIZE = 44;

/** The grid lines behind the events, one per minor tick. */
export function renderGrid(ticks: AxisTicks, plotSize: number) {
  return html`<svg class="grid" aria-hidden="true">
    ${ticks.minor.map((t) => svg`<line x1=${t.t} x2=${t.t} y1="0" y2=${plotSize - AXIS_SIZE}></line>`)}
  </svg>`;
}

/** The time axis: its line, the minor ticks with their labels, and the context row (the month above the days). */
export function renderAxis(ticks: AxisTicks, length: number) {
  return html`<svg class="axis" part="axis" aria-hidden="true">
    <line class="domain" x1="0" x2=${length} y1="0.5" y2="0.5"></line>
    ${ticks.minor.map(
      (t) => svg`<g class="tick" transform="translate(${t.t},0)">
        <line y2="6"></line>${t.label ? svg`<text part="tick" x=${TICK_LABEL_OFFSET} y="18">${t.label}</text>` : nothing}</g>`,
    )}
    <g class="major">
      ${ticks.major.map((t) => (t.label ? svg`<text part="tick tick--major" x=${t.t + TICK_LABEL_OFFSET} y="36">${t.label}</text>` : nothing))}
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
