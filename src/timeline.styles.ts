import { css } from 'lit';
import { panelStyles } from './render/panel.styles.js';
import { verticalStyles } from './render/vertical.styles.js';

/**
 * Public `--timeline-*` properties are read once on :host into private `--_*` ones, so a theme set on :root or any
 * ancestor flows in, and light/dark defaults follow the used `color-scheme`.
 */
const base = css`
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
    padding: 0.25rem 0.5rem;
    min-height: 2rem;
  }
  .title {
    flex: 1;
    margin: 0;
    /* Room for the three zoom buttons in the corner. */
    padding-inline-end: 7rem;
    font-size: 1em;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
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
  .controls button,
  .detail .close {
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
  .plot {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    overflow: hidden;
    cursor: grab;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
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
    left: 0.5rem;
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
  .item {
    position: absolute;
    top: 0;
    left: 0;
    height: var(--_row-height);
    contain: layout style;
  }
  .item button {
    all: unset;
    box-sizing: border-box;
    position: absolute;
    top: 3px;
    bottom: 3px;
    display: flex;
    align-items: center;
    cursor: pointer;
    border-radius: var(--_radius);
    white-space: nowrap;
  }
  .point button {
    /* The item is 0 px wide: without this the button would shrink to its min-content and cut the label. */
    width: max-content;
  }
  .item button:focus-visible {
    outline: 2px solid var(--_focus-color);
    outline-offset: 1px;
  }
  .label {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* A label cut to fit shows whole while pointed at or focused, over its neighbours. */
  .point:is(:hover, :focus-within) {
    z-index: 2;
  }
  .point button:is(:hover, :focus-visible) {
    background: var(--_background);
  }
  .point button:is(:hover, :focus-visible) .label {
    max-width: none !important;
    -webkit-line-clamp: unset !important;
    background: var(--_background);
  }
  .qualifier {
    color: var(--_muted-color);
    font-style: italic;
  }
  .mark {
    position: absolute;
    top: 50%;
    width: 10px;
    height: 10px;
    margin: -5px 0 0 -5px;
    border-radius: 50%;
    background: var(--_event-color);
    box-shadow: 0 0 0 2px var(--_background);
  }
  .approximate .mark,
  .uncertain .mark {
    background: var(--_background);
    border: 2px dashed var(--_event-color);
    box-sizing: border-box;
  }
  .band {
    position: absolute;
    left: 0;
    top: 4px;
    bottom: 4px;
    background: var(--_band-color);
    border-radius: 2px;
    pointer-events: none;
  }
  .bar {
    position: absolute;
    top: 3px;
    bottom: 3px;
    left: 0;
    box-sizing: border-box;
    background: var(--_range-color);
    border-inline-start: 3px solid var(--_range-border-color);
    border-radius: var(--_radius);
    pointer-events: none;
  }
  /* An era whose end is unknown ("1994/"): the bar fades out past its known part, with no closing edge. */
  .open-end .bar {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    mask-image: linear-gradient(to right, #000 calc(100% - 48px), transparent);
  }
  .range.approximate .bar,
  .range.uncertain .bar {
    border-inline-start-style: dashed;
  }
  /*
   * A stack of callouts: marks too close to tell apart share the first one's mark; each callout below it draws the
   * leader line up to the row above and a short tick to its label.
   */
  .leader {
    position: absolute;
    left: -0.5px;
    width: 7px;
    box-sizing: border-box;
    border: 0 solid var(--_leader-color, var(--_event-color));
    border-inline-start-width: 1px;
    border-block-end-width: 1px;
    pointer-events: none;
    /* Over its button, whose background shows on hover and focus. */
    z-index: 1;
  }
  .callout.before .leader {
    left: -6.5px;
    border-inline-start-width: 0;
    border-inline-end-width: 1px;
  }
  .selected .leader {
    --_leader-color: var(--_selected-color);
  }
  /* A label too wide for the room beside its mark wraps, a row per line, its mark at the first line. */
  .wrap button {
    top: 0;
    bottom: 0;
    align-items: flex-start;
  }
  .wrap .label {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    white-space: normal;
    line-height: var(--_row-height);
  }
  .wrap .mark {
    top: calc(var(--_row-height) / 2);
  }
  .callout-date {
    color: var(--_muted-color);
  }
  /* Events too close to tell apart, drawn as one mark: a second ring says "several". */
  .merged .mark {
    /* A smaller dot inside a ring, no wider than a point's mark and its halo, so labels keep their distance. */
    width: 8px;
    height: 8px;
    margin: -4px 0 0 -4px;
    box-shadow:
      0 0 0 1.5px var(--_background),
      0 0 0 3px var(--_cluster-color);
  }
  .merged .label {
    color: var(--_cluster-color);
    /* Measured whole by the layout: a count and a span must not be cut. */
    max-width: none;
  }
  .cluster button {
    left: -6px;
    padding: 0 6px;
    border: 1px solid var(--_cluster-color);
    border-radius: 999px;
    font-weight: 600;
    font-size: 0.857em;
    background: var(--_background);
    color: var(--_cluster-color);
  }
  .selected .mark,
  .has-selected .mark {
    background: var(--_selected-color);
  }
  /* Only colours change, never the weight: the layout measured the label in the regular weight. */
  .has-selected button {
    border-color: var(--_selected-color);
    color: var(--_selected-color);
  }
  .has-selected .label {
    color: var(--_selected-color);
  }
  .selected .label {
    color: var(--_selected-color);
    font-weight: 600;
  }
  .selected .bar {
    border-color: var(--_selected-color);
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted-color);
  }
  .hint {
    position: absolute;
    left: 50%;
    top: 40%;
    transform: translate(-50%, -50%);
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: rgb(0 0 0 / 0.75);
    color: #fff;
    pointer-events: none;
    z-index: 3;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .mark,
    .selected .mark {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .selected .mark,
    .has-selected .mark {
      background: Highlight;
    }
    .has-selected button {
      border-color: Highlight;
    }
    .merged .mark {
      box-shadow:
        0 0 0 1.5px Canvas,
        0 0 0 3px CanvasText;
    }
    .bar,
    .cluster button {
      border: 1px solid CanvasText;
    }
    .band {
      background: transparent;
      border: 1px dotted CanvasText;
    }
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

/** The element's stylesheet: the drawing, the detail panel and error list, and the vertical layout. */
export const styles = [base, panelStyles, verticalStyles];
