import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../timeline.types.js';

/** The most steps (pans and zooms) taken to show a linked event. */
const MAX_STEPS = 16;

export interface DeepLinkActions {
  /** Deep links are on (the `deep-link` attribute). */
  enabled(): boolean;
  /** The event with this id in the current document. */
  find(id: string): TimelineEvent | undefined;
  /** Selects the event as the reader would (fires `timeline-select`). */
  select(event: TimelineEvent): void;
  /** Takes the next step towards showing the event on a mark of its own; false when there is none left. */
  step(event: TimelineEvent): boolean;
  /** The view has a size to take steps in. */
  ready(): boolean;
}

/**
 * Deep links through the page URL's `#id`: reads it, writes it without a new history entry, and follows a hash
 * that names an event (on load and on `hashchange`) by selecting it, scrolling the timeline into view and stepping
 * the view until the event has a mark of its own. It remembers the last hash it followed or wrote, so a hash is
 * followed once and not again when the data is replaced.
 */
export class HashController implements ReactiveController {
  #seen: string | undefined;
  /** Until when (performance.now()) a followed link keeps the timeline scrolled into view, and at which height. */
  #scrollUntil = 0;
  #scrolledHeight = Number.NaN;
  #scrolledTo = 0;
  /** A linked event being brought into view, step by step after each render. */
  #reveal: { event: TimelineEvent; steps: number } | undefined;
  readonly #onChange = () => {
    if (this.#actions.enabled()) this.follow();
  };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #actions: DeepLinkActions;

  constructor(host: ReactiveControllerHost & HTMLElement, actions: DeepLinkActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  /** Follows the current hash when it is new since the last one followed or written. */
  followNew(): void {
    if (this.#actions.enabled() && this.unseen) this.follow();
  }

  /** The event named by the page's `#id`, when it is one of ours: select it, show it, scroll to the timeline. */
  follow(): void {
    const id = this.read();
    const event = id === undefined ? undefined : this.#actions.find(id);
    if (!event) return;
    this.markSeen();
    this.#actions.select(event);
    this.#reveal = { event, steps: 0 };
    this.#host.requestUpdate();
    // The browser looked for an element with this id in the page and found none: the timeline stands in for it.
    // It scrolls again while it grows to fit its content, for the next half second, unless the reader scrolls.
    this.#scrollUntil = performance.now() + 500;
    this.#scrolledHeight = Number.NaN;
    this.#scrollIntoView();
  }

  #scrollIntoView(): void {
    this.#host.scrollIntoView?.({ block: 'nearest' });
    this.#scrolledTo = globalThis.scrollY;
  }

  hostUpdated(): void {
    if (performance.now() < this.#scrollUntil && globalThis.scrollY === this.#scrolledTo) {
      const height = this.#host.getBoundingClientRect().height;
      if (height !== this.#scrolledHeight) this.#scrollIntoView();
      this.#scrolledHeight = height;
    }
    const reveal = this.#reveal;
    if (!reveal || !this.#actions.ready()) return;
    if (++reveal.steps > MAX_STEPS || !this.#actions.step(reveal.event)) this.#reveal = undefined;
  }

  hostConnected(): void {
    globalThis.addEventListener?.('hashchange', this.#onChange);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('hashchange', this.#onChange);
  }

  /** The id the hash names (decoded), or undefined for no hash or one that is not valid percent-encoding. */
  read(): string | undefined {
    const hash = globalThis.location?.hash ?? '';
    try {
      return decodeURIComponent(hash.slice(1)) || undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether the current hash is new since the last one this controller reported or wrote. */
  get unseen(): boolean {
    return globalThis.location?.hash !== this.#seen;
  }

  /** Marks the current hash as followed. */
  markSeen(): void {
    this.#seen = globalThis.location?.hash;
  }

  /** Whether the hash names exactly this id. */
  names(id: string): boolean {
    return globalThis.location?.hash === `#${encodeURIComponent(id)}`;
  }

  /** Sets `#id` (or removes the hash) by replacing the history entry: no new entry, no scroll, no `hashchange`. */
  write(id: string | undefined): void {
    const hash = id === undefined ? '' : `#${encodeURIComponent(id)}`;
    if (location.hash !== hash) {
      try {
        history.replaceState(history.state, '', hash || location.pathname + location.search);
      } catch {
        // A sandboxed or opaque-origin page may refuse: the selection still works, only the URL does not follow.
      }
    }
    this.markSeen();
  }
}
