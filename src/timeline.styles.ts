import { css } from 'lit';
import { itemStyles } from './render/items.styles.js';
import { panelStyles } from './render/panel.styles.js';
import { verticalStyles } from './render/vertical.styles.js';

/**
 * Public `--timeline-*` properties are read once on :host into private `--_*` ones, so a theme set on :root or any
 * ancestor flows in, and light/dark defaults follow the used `color-scheme`.
 */
const host = css`
  :host {
    --_font-family: var(--timeline-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif);
    --_font-size: var(--timeline-font-size, 0.875rem);
    --_background: var(--timeline-background, light-dark(#ffffff, #17181c));
    --_color: var(--timeline-color, light-dark(#1f2328, #e8e8ea));
    --_muted-color: var(--timeline-muted-color, light-dark(#545b64, #a9adb6));
    --_axis-color: var(--timeline-axis-color, light-dark(#545b64, #a9adb6));
    --_grid-color: var(--timeline-grid-color, light-dark(#e6e8eb, #2c2e35));
    --_event-color: var(--timeline-event-color, light-dark(#1d5fd1, #7fb0ff));
    --_range-color: var(--timeline-range-color, light-dark(#d6e4fb, #22375c));
    --_range-border-color: var(--timeline-range-border-color, var(--_event-color));
    --_band-color: var(--timeline-band-color, light-dark(rgb(29 95 209 / 0.12), rgb(127 176 255 / 0.16)));
    --_cluster-color: var(--timeline-cluster-color, light-dark(#3d4550, #c9ccd3));
    --_selected-color: var(--timeline-selected-color, light-dark(#b4400b, #ffa15c));
    --_focus-color: var(--timeline-focus-color, light-dark(#0b57d0, #a8c7fa));
    --_error-color: var(--timeline-error-color, light-dark(#a4161a, #ffb4ab));
    --_error-background: var(--timeline-error-background, light-dark(#fdecea, #3b1113));
    --_panel-background: var(--timeline-panel-background, var(--_background));
    --_radius: var(--timeline-radius, 4px);
    /* Geometry shared with the layout (ROW_HEIGHT and AXIS_HEIGHT in timeline.ts). */
    --_row-height: 28px;
    --_axis-height: 44px;

    display: block;
    position: relative;
    box-sizing: border-box;
    /* As tall as its rows need (the plot's flex basis), unless the page sets a height. */
    height: var(--timeline-height, auto);
    min-height: 12rem;
    color-scheme: light dark;
    color: var(--_color);
    background: var(--_background);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.3;
    contain: layout paint;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  .header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    /* Room for the three zoom buttons in the corner (on the header's side: the title has its own direction). */
    padding: 0.25rem 0.5rem;
    padding-inline-end: 7.5rem;
    min-height: 2rem;
  }
  .title {
    /* As wide as its text, at the header's start: a French title in an Arabic page starts on the right. */
    flex: 0 1 auto;
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    /* Three lines before an ellipsis: on a phone the headline is what the reader reads first, and the English
       showcase's needs three at 380 px beside the controls. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  /* Drawn in the header's corner; in the DOM after the plot, so Tab reaches the events first. */
  .controls {
    position: absolute;
    top: 0.25rem;
    inset-inline-end: 0.5rem;
    z-index: 1;
    display: flex;
    gap: 0.25rem;
  }
  .controls button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_axis-color);
    border-radius: var(--_radius);
    min-width: 2rem;
    height: 2rem;
    cursor: pointer;
  }
  .controls svg {
    width: 1rem;
    height: 1rem;
    vertical-align: middle;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  /*
   * The plot and the detail panel over it. The panel is placed in this box rather than in the whole element, so it
   * starts below whatever the header holds (title, legend, issues, progress; wrapped or not) by layout alone: no
   * measuring, no observer, nothing a frame late. It takes the element's flex basis (a property, so that the open
   * panel can ask for more: story.styles.ts); the plot fills it.
   */
  .stage {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 var(--_basis);
    min-height: 0;
  }
  /*
   * The plot's geometry is placed in px from its left (the projection mirrors x on a right-to-left page), and what
   * sits beside a mark (labels, bars, leaders, tick labels) uses logical sides: the plot takes the page's direction,
   * so a label follows its mark in reading order (vertical: the strip and gutter on the right, labels left). Each
   * label takes the direction of its own text (dir="auto"), so a French title in an Arabic page keeps its
   * punctuation where it belongs.
   */
  .plot {
    direction: ltr;
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    overflow: hidden;
    cursor: grab;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  :host(:dir(rtl)) .plot {
    direction: rtl;
    --_end: left;
  }
  .plot:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: -2px;
  }
  .plot:active {
    cursor: grabbing;
  }
  .grid,
  .axis {
    position: absolute;
    left: 0;
    width: 100%;
    overflow: visible;
  }
  .grid {
    top: 0;
    height: 100%;
    pointer-events: none;
  }
  .grid line {
    stroke: var(--_grid-color);
  }
  .stems {
    fill: none;
    stroke: var(--_event-color);
    stroke-opacity: 0.22;
  }
  .stem.pointed {
    stroke: var(--_event-color);
    stroke-opacity: 0.7;
  }
  /* The pointed event's date, on the axis under its mark. */
  .axis-chip {
    position: absolute;
    left: 0;
    bottom: calc(var(--_axis-height) - 1.45rem);
    z-index: 1;
    box-sizing: border-box;
    padding: 0.1rem 0;
    text-align: center;
    font-size: 0.857em;
    white-space: nowrap;
    color: var(--_background);
    background: var(--_event-color);
    border-radius: var(--_radius);
    pointer-events: none;
  }
  .axis {
    bottom: 0;
    height: var(--_axis-height);
    color: var(--_axis-color);
    background: var(--_background);
  }
  .axis .domain {
    stroke: currentColor;
  }
  .axis .tick line {
    stroke: currentColor;
  }
  .axis text {
    fill: currentColor;
    font-size: 0.857em;
  }
  .axis .major text {
    fill: var(--_color);
    font-weight: 600;
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    position: absolute;
    inset: 0 0 44px 0;
  }
  .lane-name {
    position: absolute;
    inset-inline-start: 0.5rem;
    font-size: 0.786em;
    font-weight: 600;
    color: var(--_muted-color);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    pointer-events: none;
  }
  .lane-rule {
    position: absolute;
    left: 0;
    right: 0;
    border-top: 1px solid var(--_grid-color);
    pointer-events: none;
  }
  /* On paper: no controls or hints to press, light colours whatever the screen used, no focus ring. */
  @media print {
    :host {
      color-scheme: light;
    }
    .controls,
    .hint {
      display: none;
    }
    .item button:focus-visible {
      outline: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** The element's stylesheets: the host and its frame here, the events and the panels beside their render functions. */
export const styles = [host, itemStyles, panelStyles, verticalStyles];
