import { html } from 'lit';
import type { Messages } from '../i18n.js';

export interface ControlsView {
  readonly messages: Messages;
  /** Accessible name of the group: the timeline's. */
  readonly label: string;
  readonly zoomOut: () => void;
  readonly zoomIn: () => void;
  readonly showAll: () => void;
}

/** The zoom buttons: out, in, and show all. */
export function renderControls({ messages: m, label, zoomOut, zoomIn, showAll }: ControlsView) {
  return html`<div class="controls" part="controls" role="group" aria-label=${label}>
    <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${zoomOut}>
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>
    </button>
    <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${zoomIn}>
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10M8 3v10" /></svg>
    </button>
    <button type="button" aria-label=${m.zoomToFit} title=${m.zoomToFit} @click=${showAll}>
      <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3" /></svg>
    </button>
  </div>`;
}
