import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TimelineRangeChangeEvent } from '../events.js';
import type { ZoomController } from './zoom-controller.js';

/** How long the "use Ctrl + scroll" hint stays up, ms. */
const HINT_MS = 1500;
/** `timeline-rangechange` fires at most this often during a gesture, ms. */
const RANGE_EVENT_MS = 100;

export interface GestureActions {
  /** The element that receives gestures. */
  plot(): HTMLElement | undefined;
  /** The hint shown when a plain wheel scrolls the page, for this modifier key ("Ctrl", "⌘"). */
  hint(modifier: string): string;
  /** Zooms by `factor` around `t` px along the axis (the middle without it), animated, as the reader's doing. */
  zoom(factor: number, t?: number): void;
  /** The visible window, for `timeline-rangechange`. */
  range(): { start: Date; end: Date };
  /** Whether time runs down the page (the vertical layout). */
  vertical?(): boolean;
}

/**
 * The page-friendly gesture policy of the plot (cooperative, as embedded maps do): a plain wheel scrolls the page
 * and shows a hint; ctrl/⌘ + wheel, a pinch, or a wheel over a focused timeline zooms; a sideways swipe pans;
 * double-click zooms in (shift: out). It is d3-zoom's filter, and it reports the reader's moves as
 * `timeline-rangechange`, at most every 100 ms.
 *
 * Vertical, where the page and the timeline scroll the same way, the page always wins: a plain wheel (focused or
 * not, any direction) and a one-finger swipe scroll the page; ctrl/⌘ + wheel and a pinch zoom; a mouse drag, a
 * two-finger drag and the arrow keys move through time.
 */
export class GestureController implements ReactiveController {
  /** The hint on screen, or ''. */
  hint = '';
  /** A reader's gesture is under way. */
  active = false;

  /**
   * During a gesture, wheel and touch events can arrive faster than frames (a trackpad sends 120 a second): the
   * host awaits this before it updates, to render once per frame, just before paint, instead of once per event.
   */
  nextFrame(): Promise<void> | undefined {
    if (!this.active || typeof requestAnimationFrame !== 'function') return undefined;
    return new Promise((resolve) => requestAnimationFrame(() => resolve()));
  }
  #hintTimer?: ReturnType<typeof setTimeout>;
  #rangeTimer?: ReturnType<typeof setTimeout>;
  #zoom?: ZoomController;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #actions: GestureActions;

  constructor(host: ReactiveControllerHost & HTMLElement, actions: GestureActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  /** The zoom behaviour this policy filters for (set once both exist). */
  bind(zoom: ZoomController): void {
    this.#zoom = zoom;
  }

  hostDisconnected(): void {
    // Cleared timers must also be forgotten, or a reconnected element waits forever for them.
    clearTimeout(this.#rangeTimer);
    clearTimeout(this.#hintTimer);
    this.#rangeTimer = undefined;
    this.#hintTimer = undefined;
    if (this.hint) {
      this.hint = '';
      this.#host.requestUpdate();
    }
  }

  /** d3-zoom's filter: whether this DOM event may start a zoom or pan. */
  readonly filter = (event: Event): boolean => {
    const vertical = this.#actions.vertical?.() ?? false;
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      if (vertical) {
        if (wheel.ctrlKey || wheel.metaKey) return true;
        this.#showHint();
        return false;
      }
      // A sideways trackpad swipe pans (and must not become the browser's history swipe).
      if (!wheel.ctrlKey && Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY)) {
        wheel.preventDefault();
        const zoom = this.#zoom;
        if (zoom) zoom.set(zoom.pannedBy(zoom.mirrored ? -wheel.deltaX : wheel.deltaX));
        this.#reportRange();
        return false;
      }
      if (wheel.ctrlKey || wheel.metaKey || this.#host.matches(':focus-within')) return true;
      this.#showHint();
      return false;
    }
    if (vertical && event.type === 'touchstart') {
      const touch = event as TouchEvent;
      // Vertical: one finger scrolls the page (touch-action: pan-y), never the timeline.
      if (touch.touches.length < 2) return false;
      // The second finger: d3-zoom reads only the fingers that changed, and the first was refused. Hand it both,
      // so that it pinches (and a two-finger drag pans) instead of following the second finger alone.
      if (touch.changedTouches.length < touch.touches.length) {
        const touches = [...touch.touches];
        const init = { touches, targetTouches: touches, changedTouches: touches, bubbles: true, cancelable: true };
        touch.target?.dispatchEvent(new TouchEvent('touchstart', init));
        return false;
      }
    }
    const mouse = event as MouseEvent;
    if (event.type === 'dblclick') {
      // Animated by the host rather than by d3 (which would need d3-transition): around the pointer.
      const box = this.#actions.plot()?.getBoundingClientRect();
      const at =
        box &&
        (vertical
          ? mouse.clientY - box.top
          : this.#zoom?.mirrored
            ? box.right - mouse.clientX
            : mouse.clientX - box.left);
      this.#actions.zoom(mouse.shiftKey ? 0.5 : 2, at);
      return false;
    }
    // As d3's default: no drag with a secondary button or ctrl held.
    return !mouse.button && !mouse.ctrlKey;
  };

  /** The view moved; `gesture` when the reader moved it. */
  changed(gesture: boolean): void {
    if (!gesture) return;
    this.active = true;
    this.#reportRange();
  }

  /** The reader's gesture ended. */
  ended(): void {
    this.active = false;
  }

  #reportRange(): void {
    if (this.#rangeTimer !== undefined) return;
    this.#rangeTimer = setTimeout(() => {
      this.#rangeTimer = undefined;
      this.#host.dispatchEvent(new TimelineRangeChangeEvent(this.#actions.range()));
    }, RANGE_EVENT_MS);
  }

  #showHint(): void {
    const mac = /Mac|iP(hone|ad|od)/.test(globalThis.navigator?.platform ?? '');
    this.hint = this.#actions.hint(mac ? '⌘' : 'Ctrl');
    this.#host.requestUpdate();
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => {
      this.hint = '';
      this.#host.requestUpdate();
    }, HINT_MS);
  }
}
