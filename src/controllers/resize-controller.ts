import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content size of an element in the host's shadow DOM with a ResizeObserver, so the timeline follows
 * its container and draws itself once a hidden tab is shown. `changed` is true for one update after a resize.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  changed = false;
  #observer?: ResizeObserver;
  #observed?: Element;

  readonly #host: ReactiveControllerHost;
  readonly #target: () => Element | undefined;

  constructor(host: ReactiveControllerHost, target: () => Element | undefined) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      if (box.width === this.width && box.height === this.height) return;
      this.width = box.width;
      this.height = box.height;
      this.changed = true;
      this.#host.requestUpdate();
    });
    this.#observe();
  }

  hostUpdated(): void {
    this.changed = false;
    this.#observe();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  #observe(): void {
    const el = this.#target();
    if (!el || !this.#observer || el === this.#observed) return;
    this.#observer.observe(el);
    this.#observed = el;
  }
}
