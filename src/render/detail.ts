import { html, nothing } from 'lit';
import { htmlDateTime } from '../data/format.js';
import type { LabelService } from '../labels.js';
import type { TimelineEvent } from '../timeline.types.js';

/** How many members an opened cluster lists; zoom in for the rest. */
const LISTED = 100;

export interface PanelActions {
  readonly close: () => void;
  /** Escape and other keys inside the panel. */
  readonly onKeyDown: (e: KeyboardEvent) => void;
  /** A member of an opened cluster was chosen. */
  readonly choose: (event: TimelineEvent) => void;
}

function panel(title: unknown, body: unknown, labels: LabelService, actions: PanelActions) {
  const m = labels.messages;
  return html`<section class="detail" part="detail" role="region" aria-labelledby="detail-title"
    @keydown=${actions.onKeyDown}>
    <button type="button" class="close" aria-label=${m.close} title=${m.close} @click=${actions.close}>×</button>
    <h2 id="detail-title" dir="auto">${title}</h2>
    ${body}
  </section>`;
}

/** The selected event's details: title, date at its precision, lane, description and link. */
export function renderDetail(event: TimelineEvent, labels: LabelService, actions: PanelActions) {
  const url = event.url;
  return panel(
    event.title,
    html`<p><time datetime=${htmlDateTime(event.date) ?? nothing}>${labels.dateLabel(event)}</time>${
      event.group ? html` · <span class="group">${event.group}</span>` : nothing
    }</p>
    ${event.description ? html`<p dir="auto">${event.description}</p>` : nothing}
    ${url ? html`<p><a href=${url} target="_blank" rel="noopener noreferrer">${labels.messages.link}</a></p>` : nothing}`,
    labels,
    actions,
  );
}

/** An opened cluster: its events as buttons that select them. */
export function renderClusterList(events: readonly TimelineEvent[], labels: LabelService, actions: PanelActions) {
  const shown = events.slice(0, LISTED);
  return panel(
    labels.messages.events(events.length),
    html`<ul class="members">
      ${shown.map(
        (e) =>
          html`<li><button type="button" @click=${() => actions.choose(e)}>${e.title}</button> <time>${labels.dateLabel(e)}</time></li>`,
      )}
      ${events.length > shown.length ? html`<li>… (${labels.messages.more(events.length - shown.length)})</li>` : nothing}
    </ul>`,
    labels,
    actions,
  );
}

/** The panel open, if any: the selected event's details, else an opened cluster's list. */
export function renderPanel(
  selected: TimelineEvent | undefined,
  cluster: readonly TimelineEvent[] | undefined,
  labels: LabelService,
  actions: PanelActions,
) {
  if (selected) return renderDetail(selected, labels, actions);
  return cluster ? renderClusterList(cluster, labels, actions) : nothing;
}
