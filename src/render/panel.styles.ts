import { css } from 'lit';

/** The detail panel, the cluster list, the issue list, the empty state, the hint and the live region. */
export const panelStyles = css`
  .detail {
    position: absolute;
    top: 2.75rem;
    inset-inline-end: 0.5rem;
    z-index: 2;
    box-sizing: border-box;
    width: min(24rem, calc(100% - 1rem));
    max-height: calc(100% - 3.25rem);
    overflow: auto;
    padding: 0.75rem 1rem;
    background: var(--_panel-background);
    border: 1px solid var(--_axis-color);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .detail h2 {
    margin: 0 0 0.25rem;
    margin-inline-end: 2.25rem;
    font-size: 1.1em;
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
`;
