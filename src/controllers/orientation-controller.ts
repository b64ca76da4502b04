import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { V_EVENTS, V_PAD, verticalGeometry } from '../render/vertical.js';

/** `orientation="auto"` is vertical in a plot narrower than this, px (so always at 480 px and below). */
export const VERTICAL_BELOW = 560;
/** The vertical plot's height when the content decides: `min(80vh, what the events need)`, at least this, px. */
const MIN_HEIGHT = 320;
/** Room one event asks for along a vertical axis (a line of label and the gap after it), px. */
const PER_EVENT = 40;

export type OrientationSetting = 'auto' | 'horizontal' | 'vertical';

/**
 * Resolves the `orientation` attribute against the plot's width on every update (so `auto` follows resizes), and
 * shows the result to CSS as the custom state `vertical` (`event-timeline:state(vertical)`). The element renders
 * the `base` part with `base--vertical` too. It also gives the vertical time axis its length and start, the
 * element's height when the content decides, and keeps the detail panel on screen.
 */
export class OrientationController implements ReactiveController {
  /** Time runs down the page. */
  vertical = false;
  /**
   * A right-to-left page (`dir` on the element or an ancestor): horizontal, time runs right to left; vertical, time
   * still runs down and the axis strip is on the inline-start side, the right.
   */
  rtl = false;
  /** Sees `dir` change anywhere in the page, which no property of ours would tell. */
  #dir?: MutationObserver;
  /** Vertical: where the time axis starts, px from the plot's top (below the lane names). */
  start = 0;
  readonly #internals: ElementInternals | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The title of the detail panel last seen open ('' for none). */
  #panel = '';
  readonly #lanes: () => readonly (string | undefined)[];

  constructor(host: ReactiveControllerHost & HTMLElement, lanes: () => readonly (string | undefined)[]) {
    this.#lanes = lanes;
    this.#host = host;
    host.addController(this);
    try {
      this.#internals = host.attachInternals();
    } catch {
      this.#internals = undefined;
    }
  }

  /**
   * Vertical, the element can be taller than the screen: a detail panel that just opened (a sheet at the bottom
   * of the element) is scrolled into view, the least needed, so it is never off screen.
   */
  hostConnected(): void {
    this.#dir = new MutationObserver(() => this.#host.requestUpdate());
    this.#dir.observe(document.documentElement, { attributeFilter: ['dir'], subtree: true });
  }

  hostDisconnected(): void {
    this.#dir?.disconnect();
  }

  hostUpdated(): void {
    const panel = this.#host.shadowRoot?.querySelector('.detail');
    const shown = panel?.querySelector('h2')?.textContent ?? '';
    if (this.vertical && panel && shown !== this.#panel) panel.scrollIntoView?.({ block: 'nearest' });
    this.#panel = shown;
  }

  /** Takes the attribute and the plot's width (0: not laid out yet, horizontal); true when the result changed. */
  resolve(setting: string | null | undefined, width: number): boolean {
    const vertical = setting === 'vertical' || (setting !== 'horizontal' && width > 0 && width < VERTICAL_BELOW);
    if (vertical === this.vertical) return false;
    this.vertical = vertical;
    try {
      if (vertical) this.#internals?.states.add('vertical');
      else this.#internals?.states.delete('vertical');
    } catch {
      // A browser without custom states still gets the part and the layout.
    }
    return true;
  }

  /**
   * The time axis for this update, from the attribute and the plot's size: whether the orientation `turned`, the
   * axis `length` and where it `start`s, and the `breadth` across it that the layout shares out.
   */
  axis(setting: string | null | undefined, width: number, height: number) {
    let turned = this.resolve(setting, width);
    const rtl = this.#host.matches(':dir(rtl)');
    turned ||= rtl !== this.rtl;
    this.rtl = rtl;
    if (!this.vertical) {
      this.start = 0;
      return { turned, vertical: false, rtl, length: width, start: 0, breadth: height };
    }
    const geometry = verticalGeometry(width, this.#lanes());
    this.start = geometry.start;
    const length = Math.max(1, height - geometry.start - V_PAD);
    return { turned, vertical: true, rtl, length, start: geometry.start, breadth: geometry.breadth };
  }

  /**
   * What the projection mirrors about on a right-to-left page, px (0: not mirrored): the plot's width, or vertical
   * the width of the events layer beside the axis strip.
   */
  mirror(width: number): number {
    return this.rtl ? width - (this.vertical ? V_EVENTS : 0) : 0;
  }

  /** The height a vertical plot asks for when the page sets none: `min(80vh, what `count` events need)`, px. */
  height(count: number): number {
    const vh = globalThis.innerHeight || 800;
    return Math.round(Math.min(0.8 * vh, Math.max(MIN_HEIGHT, count * PER_EVENT)));
  }
}
