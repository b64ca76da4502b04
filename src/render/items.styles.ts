import { css } from 'lit';

/**
 * Events, callouts, clusters and their states; the private --_* properties come from :host. An item's button is
 * reset property by property, not with `all: unset`, which sets every CSS property on each button styled: a zoom
 * frame styles a hundred. (Comments here are JavaScript, not CSS, so they stay out of the bundle.)
 */
export const itemStyles = css`
  .item {
    position: absolute;
    top: 0;
    left: 0;
    height: var(--_row-height);
    contain: layout style;
  }
  .item button {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: inherit;
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
    margin: -5px 0 0;
    margin-inline-start: -5px;
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
    inset-inline-start: 0;
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
    inset-inline-start: 0;
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
    /* The end side: left when time runs right to left (--_end, set on the plot). */
    mask-image: linear-gradient(to var(--_end, right), #000 calc(100% - 48px), transparent);
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
    inset-inline-start: -0.5px;
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
    inset-inline-start: -6.5px;
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
    margin: -4px 0 0;
    margin-inline-start: -4px;
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
    inset-inline-start: -6px;
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
  /* Underlined, not bold, for the same reason: a bolder label would wrap onto a line it was not given, or be cut. */
  .selected .label {
    color: var(--_selected-color);
    text-decoration: underline;
  }
  .selected .bar {
    border-color: var(--_selected-color);
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
`;
