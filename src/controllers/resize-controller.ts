import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content size of an element in the host's shadow DOM with a ResizeObserver, so the timeline follows
 * its container and draws itself once a hidden tab is shown. `changed` is true for one update after a resize.
 *
 * It also fits the element to its content: the host renders `basis` as the element's flex basis, the size its
 * rows ask for. While the page leaves the height to the content, the measured height is that basis; a height the
 * page sets (`--timeline-height`, a CSS height) makes them differ, and the content then uses the measured one.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  /** The width of `outer` (the host), px: the plot's, or more when something sits beside the plot. */
  outerWidth = 0;
  /** True for one update after a resize; `widthChanged` only when the width changed. */
  changed = false;
  widthChanged = false;
  /** The size the content asks for, px (rendered as the flex basis of the box the observed element fills). */
  basis: number;
  /** The width `basis` was fitted at: a new width fits afresh. */
  #fittedWidth = -1;
  /** Set while the update a resize asked for runs (see `fit`). */
  #resizing = false;
  #observer?: ResizeObserver;
  #observed?: Element;

  readonly #host: ReactiveControllerHost;
  readonly #target: () => Element | undefined;

  /** Set while `width`/`height` are the estimate taken on connect, until the observer measures the target. */
  #estimated = false;
  /** Set when the estimated height changed during an update: the next update draws at it. */
  #redraw = false;
  readonly #outer?: Element;

  /**
   * `outer`, when given, is an element whose width the target fills (the host): its width is read on connect when
   * the page is laid out, before the target exists, so the first update draws at its size instead of empty.
   */
  constructor(host: ReactiveControllerHost, target: () => Element | undefined, basis = 0, outer?: Element) {
    this.basis = basis;
    this.#host = host;
    this.#target = target;
    this.#outer = outer;
    host.addController(this);
  }

  hostConnected(): void {
    // The ResizeObserver reports only while the first frame is rendered, after a first update that would have
    // had no size: read the width now (the layout this forces is the one the page is about to do anyway), and
    // take the content's height as the height until the observer says otherwise.
    const width = this.width === 0 ? (this.#outer?.clientWidth ?? 0) : 0;
    this.outerWidth ||= width;
    if (width > 0) {
      this.width = width;
      this.height = this.basis;
      this.widthChanged = true;
      this.#estimated = true;
    }
    this.#observer = new ResizeObserver((entries) => {
      const outer = entries.findLast((e) => e.target === this.#outer);
      if (outer && outer.contentRect.width !== this.outerWidth) {
        this.outerWidth = outer.contentRect.width;
        this.#host.requestUpdate();
      }
      const box = entries.findLast((e) => e.target !== this.#outer)?.contentRect;
      if (!box) return;
      this.#estimated = false;
      if (box.width === this.width && box.height === this.height) return;
      if (box.width !== this.width) this.widthChanged = true;
      this.width = box.width;
      this.height = box.height;
      this.changed = true;
      this.#resizing = true;
      this.#host.requestUpdate();
    });
    this.#observe();
  }

  /** Whether the height follows the content, as far as the last measurement tells (the page set none). */
  get fitting(): boolean {
    return this.height <= 0 || Math.abs(this.height - this.basis) < 1;
  }

  /**
   * Asks for `size` px. Between two `reset`s at one width it only grows, so zooming never shrinks the element
   * under the reader's eyes (a new document, window or width fits afresh).
   */
  fitContent(size: number, reset: boolean): void {
    const fresh = reset || this.width !== this.#fittedWidth;
    const basis = fresh ? size : Math.max(this.basis, size);
    if (basis === this.basis) return;
    // Resizing the observed element in the update that answers a resize would be a ResizeObserver loop (an error
    // in the page): take the new size in the next frame instead.
    if (this.#resizing) {
      requestAnimationFrame(() => this.#host.requestUpdate());
      return;
    }
    this.basis = basis;
    this.#fittedWidth = this.width;
    // The estimated height is the content's: follow it, and draw again at it (a vertical axis is that height) before
    // the frame is painted; the observer then finds the size the frame was drawn at and has nothing to report.
    if (this.#estimated && this.height !== basis) {
      this.height = basis;
      this.#redraw = true;
    }
  }

  hostUpdated(): void {
    if (this.#redraw) {
      this.#redraw = false;
      this.#host.requestUpdate();
    }
    this.changed = false;
    this.widthChanged = false;
    this.#resizing = false;
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
    if (this.#outer && !this.#observed) this.#observer.observe(this.#outer);
    this.#observed = el;
  }
}
