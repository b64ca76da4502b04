import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LabelFont } from '../labels.js';
import type { EventLayout, PlacedItem } from '../layout/events.js';
import type { AxisTicks } from '../layout/ticks.js';
import { renderAxis, renderAxisChip, renderGrid, renderLanes } from './axis.js';
import type { FrameContext } from './context.js';
import { renderItem } from './items.js';
import { keyOf } from './keys.js';
import { renderVerticalAxis, renderVerticalChip, renderVerticalGrid, renderVerticalLanes, V_PAD } from './vertical.js';

export interface PlotView {
  readonly ticks: AxisTicks;
  readonly layout: EventLayout;
  /** The laid-out items in date order. */
  readonly items: readonly PlacedItem[];
  readonly ctx: FrameContext;
  /** The plot's size, px. */
  readonly width: number;
  readonly height: number;
  /** Vertical: where the time axis starts, px from the top. */
  readonly start: number;
  /** The item the reader points at, whose date the axis shows. */
  readonly pointed: PlacedItem | undefined;
  readonly font: LabelFont | undefined;
  /** A message instead of events (loading, none), or undefined. */
  readonly empty: string | undefined;
  /** The list's accessible name. */
  readonly listLabel: string;
  /** The wheel hint on screen, or ''. */
  readonly hint: string;
}

/**
 * What the plot holds, in either orientation: the grid and stems, the lanes, the list of events (the same list,
 * in the same order, for screen readers either way), the axis and the pointed item's date.
 */
export function renderPlot(v: PlotView) {
  const { ticks, items, ctx, pointed } = v;
  const vertical = ctx.projection.orientation === 'vertical';
  return html`
    ${vertical ? renderVerticalGrid(ticks, items, ctx, v.width, pointed) : renderGrid(ticks, Math.max(0, v.height), items, ctx.projection, pointed)}
    ${v.empty === undefined ? nothing : html`<p class="empty">${v.empty}</p>`}
    ${vertical ? renderVerticalLanes(v.layout.lanes, ctx.tags ?? false) : renderLanes(v.layout.lanes)}
    <ol class="events" aria-label=${v.listLabel}>
      ${repeat(items, keyOf, (item) => renderItem(item, ctx))}
    </ol>
    ${vertical ? renderVerticalAxis(ticks, v.start, Math.max(v.start, v.height - V_PAD), ctx.projection.mirrored) : renderAxis(ticks, v.width, ctx.projection)}
    ${
      pointed && v.font
        ? vertical
          ? renderVerticalChip(pointed, ctx.labels, v.font)
          : renderAxisChip(pointed, ctx.labels, v.font, v.width, ctx.projection)
        : nothing
    }
    ${v.hint ? html`<div class="hint" aria-hidden="true">${v.hint}</div>` : nothing}
  `;
}
