import { css } from 'lit';

/**
 * The story chunk's styles (adopted into the shadow root when it loads): the issue list, the detail panel and its
 * image, the cluster list, the story walk and autoplay, the legend, and the colours of categorised items.
 */
export const storyStyles = css`
  /* In the stage (timeline.styles.ts): its top is the plot's, below the header however much that holds. */
  .detail {
    position: absolute;
    top: 0.5rem;
    /* Physical sides: the element picks the side away from the selected mark, and the plot's x is physical. */
    right: 0.5rem;
    z-index: 2;
    box-sizing: border-box;
    width: min(24rem, calc(100% - 1rem));
    max-height: calc(100% - 1rem);
    overflow: auto;
    padding: 0.75rem 1rem;
    background: var(--_panel-background);
    border: 1px solid var(--_axis-color);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  /* Room for the title, the date, some text and the walk: an element that fits its few rows grows while the panel
     is open. Through the flex basis, never a min-height: a height the page set still wins (the stage shrinks). */
  .stage:has(> .detail) {
    flex-basis: max(var(--_basis), 18em);
  }
  .panel-left .detail {
    left: 0.5rem;
    right: auto;
  }
  /* Wide (see WIDE in timeline.ts): beside the plot rather than over it, so that no title runs under it. The plot
     narrows to the rest and keeps its dates; at most 40 % goes to the panel, so the plot stays horizontal. The side
     is physical, as above: in a right-to-left row the first item is on the right. */
  .wide .stage:has(> .detail) {
    flex-direction: row;
  }
  /* In the stage's flow, beside the plot (wide) or below it (vertical). */
  .wide .detail,
  .vertical .detail {
    position: relative;
    inset: auto;
    flex: none;
  }
  .wide .detail {
    width: min(24rem, 40%);
    max-height: none;
    margin: 0.5rem;
  }
  :host(:dir(ltr)) .wide.panel-left .detail,
  :host(:dir(rtl)) .wide:not(.panel-left) .detail {
    order: -1;
  }
  /* Clear of the close button, on the page's side: the title takes its own direction (dir="auto"). */
  .detail h2 {
    margin: 0 2.25rem 0.25rem 0;
    font-size: 1.1em;
  }
  :host(:dir(rtl)) .detail h2 {
    margin: 0 0 0.25rem 2.25rem;
  }
  .detail .close {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
  }
  .detail time,
  .detail .group {
    color: var(--_muted-color);
  }
  .detail p {
    white-space: pre-line;
  }
  .members {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
  }
  .members li {
    padding: 0.2rem 0;
  }
  .members button {
    font: inherit;
    color: var(--_focus-color);
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .members time {
    color: var(--_muted-color);
  }
  .detail a {
    color: var(--_focus-color);
  }
  /* Vertical (a phone): a sheet below the plot, in the flow, scrolled into view when it opens: never off screen,
     and over none of the plot, so the selected mark stays in sight. The element grows by the sheet while the page
     leaves its height to the content; in a height the page set, the plot gives the sheet room (up to 60 % of the
     stage, the plot keeping at least 8em). */
  .vertical .stage:has(> .detail) {
    flex-basis: auto;
  }
  .vertical .stage:has(> .detail) > .plot {
    flex: 0 1 var(--_basis);
    min-height: 8em;
  }
  .vertical .detail {
    width: auto;
    max-height: min(24rem, 60%);
    margin: 0.25rem 0.5rem 0.5rem;
  }
  .error {
    margin: 0 0.5rem 0.25rem;
    padding: 0.5rem 0.75rem;
    color: var(--_error-color);
    background: var(--_error-background);
    border-radius: var(--_radius);
    max-height: 6.5rem;
    overflow: auto;
    flex: none;
  }
  .error ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  /* Beside the description rather than above it: in a panel as short as the timeline, the image must not push the
     date, caption and text out of view. */
  .media {
    float: inline-end;
    width: 45%;
    margin-block: 0.25rem 0.5rem;
    margin-inline: 0.75rem 0;
  }
  .media img {
    display: block;
    max-width: 100%;
    max-height: 8rem;
    height: auto;
    object-fit: contain;
  }
  .media img.broken {
    display: none;
  }
  .media figcaption {
    margin-top: 0.25rem;
    font-size: 0.9em;
  }
  .media .credit {
    color: var(--_muted-color);
  }
  /* Kept in view at the bottom of a panel that scrolls (a short timeline, a long description). */
  .walk {
    clear: both;
    position: sticky;
    bottom: -0.75rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0.5rem 0 -0.75rem;
    padding: 0.5rem 0 0.75rem;
    background: var(--_panel-background);
  }
  .walk .position {
    flex: 1;
    text-align: center;
    color: var(--_muted-color);
    font-variant-numeric: tabular-nums;
  }
  /* Like the zoom buttons (timeline.styles.ts), which are in the bundle: these come with the chunk. */
  .detail .close,
  .walk button,
  .toolbar button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_axis-color);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .detail .close {
    min-width: 2rem;
    height: 2rem;
  }
  .walk button,
  .toolbar button {
    min-height: 2rem;
    padding: 0 0.6rem;
  }
  .walk button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  .progress {
    position: absolute;
    left: 0;
    right: 0;
    bottom: 0.35rem;
    height: 3px;
    background: var(--_focus-color);
    transform-origin: 0 50%;
    animation: progress linear both;
  }
  .progress.held {
    animation-play-state: paused;
  }
  :host(:dir(rtl)) .progress {
    transform-origin: 100% 50%;
  }
  @keyframes progress {
    from {
      transform: scaleX(0);
    }
    to {
      transform: scaleX(1);
    }
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    padding: 0 0.5rem 0.25rem;
    flex: none;
  }
  .legend {
    display: contents;
  }
  .toolbar .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 1.75rem;
  }
  .legend button[aria-pressed='false'] {
    color: var(--_muted-color);
    border-style: dashed;
  }
  .legend button[aria-pressed='false'] .swatch {
    background: transparent;
  }
  .swatch {
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 50%;
    border: 2px solid var(--_category);
    background: var(--_category);
    box-sizing: border-box;
  }
  .legend .count {
    color: var(--_muted-color);
    font-variant-numeric: tabular-nums;
  }
  /* A categorised item draws its mark, bar and anchor in its category's colour; the text keeps the text colour. */
  .item[style*='--_category'] {
    --_event-color: var(--_category);
    --_range-border-color: var(--_category);
    --_range-color: color-mix(in srgb, var(--_category) 22%, var(--_background));
  }
  @media (forced-colors: active) {
    .swatch {
      border-color: CanvasText;
    }
    .item[style*='--_category'] {
      --_event-color: CanvasText;
      --_range-border-color: CanvasText;
      --_range-color: Canvas;
    }
  }
`;
