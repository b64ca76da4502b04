import { css } from 'lit';

/** The empty state, the hint and the live region (the detail panel's and the issue list's are in story.styles.ts). */
export const panelStyles = css`
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
