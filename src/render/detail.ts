import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { htmlDateTime } from '../data/html-date.js';
import type { LabelService } from '../labels.js';
import type { TimelineEvent, TimelineMedia } from '../timeline.types.js';

/** How many members an opened cluster lists; zoom in for the rest. */
const LISTED = 100;

export interface PanelActions {
  readonly close: () => void;
  /** Escape and other keys inside the panel. */
  readonly onKeyDown: (e: KeyboardEvent) => void;
  /** A member of an opened cluster was chosen. */
  readonly choose: (event: TimelineEvent) => void;
  /** The story walk: the event before or after the selected one, in date order. */
  readonly previous: () => void;
  readonly next: () => void;
}

/** The story walk's place of the selected event, and autoplay's state when the element has `autoplay`. */
export interface WalkView {
  readonly position: { readonly index: number; readonly count: number } | undefined;
  readonly autoplay: { readonly playing: boolean; readonly seconds: number; readonly held: boolean } | undefined;
  readonly togglePlay: () => void;
}

function panel(title: unknown, body: unknown, labels: LabelService, actions: PanelActions, footer: unknown = nothing) {
  const m = labels.messages;
  return html`<section class="detail" part="detail" role="region" aria-labelledby="detail-title"
    @keydown=${actions.onKeyDown}>
    <button type="button" class="close" aria-label=${m.close} title=${m.close} @click=${actions.close}>×</button>
    <h2 id="detail-title" dir="auto">${title}</h2>
    ${body}${footer}
  </section>`;
}

/**
 * The image, requested only now that the panel is open, without a referrer. Its box is constrained by CSS; one
 * that fails to load is hidden and the panel keeps working. Caption and credit are text.
 */
function renderMedia(media: TimelineMedia) {
  const caption = media.caption || media.credit;
  return html`<figure class="media" part="media">
    <img src=${media.url} alt=${media.alt} referrerpolicy="no-referrer" decoding="async"
      @error=${(e: Event) => (e.target as HTMLElement).classList.add('broken')}>
    ${
      caption
        ? html`<figcaption dir="auto">${media.caption ?? nothing}${
            media.credit ? html` <small class="credit" part="media-credit">${media.credit}</small>` : nothing
          }</figcaption>`
        : nothing
    }
  </figure>`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The reader's number format, made once per locale: the walk and the legend are drawn on every zoom frame, and
 * making an `Intl.NumberFormat` cost about 0.3 ms of each.
 */
export function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numberFormats.set(locale, f);
  }
  return f;
}

/**
 * Previous, the position ("3 / 5"), Next (`aria-disabled` at the ends rather than `disabled`, which would drop focus
 * to the page), and with `autoplay` Play/Pause and the progress to the next event. */
function renderWalk(event: TimelineEvent, labels: LabelService, actions: PanelActions, walk: WalkView) {
  const m = labels.messages;
  const { position, autoplay } = walk;
  if (!position) return nothing;
  const n = (x: number) => numberFormat(labels.locale).format(x);
  // "3 / 5" in the direction of the reader's language (whose messages `isolate` wraps when right to left), not the
  // page's: French on a right-to-left page still reads "3 / 5".
  const dir = labels.isolate('') ? 'rtl' : 'ltr';
  return html`<div class="walk" part="walk">
    <button type="button" class="previous" aria-disabled=${position.index <= 1 ? 'true' : 'false'}
      @click=${actions.previous}>${m.previous}</button>
    <span class="position" part="position" dir=${dir}>${n(position.index)} / ${n(position.count)}</span>
    ${autoplay ? renderPlay(labels, walk) : nothing}
    <button type="button" class="next" aria-disabled=${position.index >= position.count ? 'true' : 'false'}
      @click=${actions.next}>${m.next}</button>
    ${
      autoplay?.playing
        ? keyed(
            event.id,
            html`<span class=${autoplay.held ? 'progress held' : 'progress'} aria-hidden="true"
              .style=${`animation-duration:${autoplay.seconds}s`}></span>`,
          )
        : nothing
    }
  </div>`;
}

/** Autoplay's Play/Pause toggle. */
export function renderPlay(labels: LabelService, walk: WalkView) {
  const playing = walk.autoplay?.playing ?? false;
  return html`<button type="button" class="play" part="play" aria-pressed=${playing ? 'true' : 'false'}
    @click=${walk.togglePlay}>${playing ? labels.messages.pause : labels.messages.play}</button>`;
}

/** The selected event's details: title, date at its precision, lane, image, description, link and the walk. */
export function renderDetail(event: TimelineEvent, labels: LabelService, actions: PanelActions, walk: WalkView) {
  const url = event.url;
  return panel(
    event.title,
    // The date first, under the title: the picture floats beside the text, so a short panel still shows both.
    html`<p dir="auto"><time datetime=${htmlDateTime(event.date) ?? nothing}>${labels.dateLabel(event)}</time>${
      event.group ? html` · <span class="group">${event.group}</span>` : nothing
    }</p>${event.media ? renderMedia(event.media) : nothing}
    ${event.description ? html`<p dir="auto">${event.description}</p>` : nothing}
    ${url ? html`<p><a href=${url} target="_blank" rel="noopener noreferrer">${labels.messages.link}</a></p>` : nothing}`,
    labels,
    actions,
    renderWalk(event, labels, actions, walk),
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
  walk: WalkView,
) {
  if (selected) return renderDetail(selected, labels, actions, walk);
  return cluster ? renderClusterList(cluster, labels, actions) : nothing;
}
