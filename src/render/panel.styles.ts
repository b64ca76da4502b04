import { css } from 'lit';

/** The issue list, the empty state, the hint and the live region (the detail panel's are in story.styles.ts). */
export const panelStyles = css`
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
