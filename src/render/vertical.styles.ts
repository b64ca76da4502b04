import { css } from 'lit';

/*
 * The vertical layout (time down the page), on top of the horizontal styles: the axis is a strip on the inline-start
 * side (V_AXIS in vertical.ts), each row a column with a gutter (V_GUTTER) for marks, bars and bands, then the
 * labels, V_LINE px a line. Positions along time come inline from the layout; sides across it are logical, so a
 * right-to-left plot has its strip on the right.
 */
export const verticalStyles = css`
  .vertical .axis {
    left: auto;
    inset-inline-start: 0;
    top: 0;
    bottom: 0;
    height: auto;
    width: 84px;
  }
  .vertical .axis .major text {
    font-size: 0.786em;
  }
  .vertical .axis-chip {
    left: auto;
    inset-inline-start: 2px;
    bottom: auto;
    top: 0;
    z-index: 1;
  }
  .vertical .events {
    inset: 0;
    inset-inline-start: 88px;
  }
  .vertical .lane-name {
    top: 4px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .vertical .lane-rule {
    top: 0;
    bottom: 0;
    inset-inline: auto;
    border-top: 0;
    border-inline-start: 1px solid var(--_grid-color);
  }
  /* Measured by the layout in the label's font: smaller and bolder, never wider. */
  .vertical .lane-tag {
    font-size: 0.786em;
    font-weight: 600;
    color: var(--_muted-color);
  }
  .vertical .item {
    height: 0;
  }
  .vertical .item button,
  .vertical .point button {
    bottom: auto;
    width: auto;
    align-items: flex-start;
    white-space: normal;
  }
  /* Each line flush with the gutter, whatever the title's own direction: a French title on the right in RTL. */
  .vertical .label {
    text-align: left;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
    white-space: normal;
    line-height: 20px;
  }
  :host(:dir(rtl)) .vertical .label {
    text-align: right;
  }
  .vertical .mark {
    top: 0;
    inset-inline-start: 9px;
  }
  .vertical .band {
    inset-inline-start: 4px;
    width: 10px;
    top: 0;
    bottom: auto;
  }
  .vertical .bar {
    inset-inline-start: 5px;
    width: 8px;
    top: 0;
    bottom: auto;
    border-inline-start: 0;
    border-top: 3px solid var(--_range-border-color);
  }
  .vertical .open-end .bar {
    border-radius: var(--_radius) var(--_radius) 0 0;
    mask-image: linear-gradient(to bottom, #000 calc(100% - 48px), transparent);
  }
  .vertical .range.approximate .bar,
  .vertical .range.uncertain .bar {
    border-top-style: dashed;
  }
  .vertical .selected .bar {
    border-color: var(--_selected-color);
  }
  /* A label moved on past another: a leader line from its mark down (or up) to it. */
  .vertical .leader.up {
    border-block-end-width: 0;
    border-block-start-width: 1px;
  }
  .vertical .cluster button {
    height: 22px;
    align-items: center;
  }
`;
