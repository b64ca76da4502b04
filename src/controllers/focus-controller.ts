import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { holds, type PlacedItem, zoomCentre } from '../layout/events.js';
import { keyOf } from '../render/keys.js';
import type { TimelineEvent } from '../timeline.types.js';

/** What the keyboard and the roving focus need from the element: the current frame, and the moves it can make. */
export interface FocusHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface FocusActions {
  /** The document's events in date order. */
  events(): readonly TimelineEvent[];
  /** The laid-out items of this frame, in date order. */
  items(): readonly PlacedItem[];
  /** The element that holds focus when no item can (the plot). */
  plot(): HTMLElement | undefined;
  /** The visible part of the axis, px, the place of a time on it, and whether time runs right to left on screen. */
  view(): { t0: number; t1: number; at: (time: number) => number; mirrored?: boolean };
  /** Pans by `dt` px along the axis. */
  pan(dt: number): void;
  /** Zooms by `factor` around `t` px along the axis. */
  zoom(factor: number, t: number): void;
  showAll(): void;
  /** Pans the event into view when it is not (animated); `gesture` when the reader asked for it. */
  reveal(event: TimelineEvent, gesture: boolean): void;
  /** Closes the detail panel; false when none was open. */
  close(): boolean;
}

/**
 * Keyboard and roving focus for the events: one tab stop (`active`) for the list, arrow keys in date order, and a
 * focus that follows the event the reader moved to when zooming merges it into a cluster or splits it out (its
 * `anchor`). It only changes state and moves DOM focus; the element renders `active` as the item with tabindex 0.
 */
export class FocusController implements ReactiveController {
  /** The key of the item holding the tab stop. */
  activeKey: string | undefined;
  /**
   * The event the roving focus stands for (the one the reader moved to, or a cluster's first): when zooming splits
   * or merges the item holding it, the tab stop follows it instead of being lost.
   */
  anchor: TimelineEvent | undefined;
  /** The key of the item the reader points at (hover, or keyboard focus), whose date the axis shows. */
  pointedKey: string | undefined;
  /** An event to focus once it is laid out (`focusEvent`, a cluster zoomed into, a closed detail). */
  pending: string | undefined;
  #refocus = false;
  /** Focus moved to the plot because the focused item left the view (not by the reader's choice). */
  #parked = false;
  #hadFocus = false;

  readonly #host: FocusHost;
  readonly #actions: FocusActions;

  constructor(host: FocusHost, actions: FocusActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#hadFocus = this.#host.shadowRoot?.activeElement != null;
  }

  /** The key of the item that has the tab stop in this frame: the active one while laid out, else the first. */
  active(items: readonly PlacedItem[]): string | undefined {
    return items.some((i) => keyOf(i) === this.activeKey) ? this.activeKey : keyOf(items[0]);
  }

  /** The reader points at an item (hover or focus), or at none. */
  point(item: PlacedItem | undefined): void {
    const key = item && keyOf(item);
    if (key === this.pointedKey) return;
    this.pointedKey = key;
    this.#host.requestUpdate();
  }

  /** An item got focus (by the reader or by us). */
  focused(item: PlacedItem): void {
    this.point(item);
    const key = keyOf(item);
    // Focus reached an item other than the tab stop (a pointer, a screen reader's cursor): move the stop with it.
    if (key !== this.activeKey) {
      this.activeKey = key;
      this.#host.requestUpdate();
    }
    if (item.kind === 'event') this.anchor = item.event;
    else if (!this.anchor || !holds(item, this.anchor)) this.anchor = item.first;
    this.#parked = false;
  }

  /** After a new layout: moves the tab stop to the item now holding the anchor event, if the active one does not. */
  follow(items: readonly PlacedItem[]): void {
    const anchor = this.anchor;
    if (!anchor) return;
    const focused = this.#host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    // Focus was on the item that split or merged, or was parked on the plot when it scrolled away: put it back on
    // the item holding the event once rendered.
    const refocus = focused?.dataset.key !== undefined || (this.#parked && focused === this.#actions.plot());
    const current = items.find((i) => keyOf(i) === this.activeKey);
    const next = current && holds(current, anchor) ? current : items.find((i) => holds(i, anchor));
    if (!next) return;
    this.activeKey = keyOf(next);
    if (refocus && focused?.dataset.key !== this.activeKey) this.#refocus = true;
  }

  hostUpdated(): void {
    void this.#applyPending();
    if (this.#refocus) {
      this.#refocus = false;
      if (this.activeKey) this.focusKey(this.activeKey);
    }
    // The focused event scrolled out of view and was removed: keep focus in the timeline, so keys and the wheel
    // still reach it.
    if (this.#hadFocus && this.#host.shadowRoot?.activeElement == null) {
      this.#actions.plot()?.focus({ preventScroll: true });
      this.#parked = true;
    }
  }

  /** Reveals the event and moves focus to it, or to the cluster that holds it, once laid out. */
  async focusEvent(id: string, gesture = false): Promise<void> {
    const event = this.#actions.events().find((e) => e.id === id);
    if (!event) return;
    this.#actions.reveal(event, gesture);
    this.pending = id;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    await this.#applyPending();
  }

  focusKey(key: string): void {
    this.#host.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  /** Focuses the item holding the pending event, once it is laid out. */
  async #applyPending(): Promise<void> {
    const id = this.pending;
    if (!id) return;
    const target = this.#actions.events().find((e) => e.id === id);
    const item = target && this.#actions.items().find((i) => holds(i, target));
    if (!item) return;
    this.pending = undefined;
    this.anchor = target;
    const key = keyOf(item);
    // Only re-render when the tab stop moves; the button is already in the DOM either way.
    if (key !== this.activeKey) {
      this.activeKey = key;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
    }
    this.focusKey(key);
  }

  /**
   * Keys handled inside the element only (never on the document): arrows move between events in date order (panning to
   * reveal them) or pan when the plot itself has focus; Home/End go to the first/last event; + and - zoom around
   * the focused event while it is in view, else around the middle; 0 shows everything; Escape closes the detail.
   */
  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const actions = this.#actions;
    const events = actions.events();
    const current = actions.items().find((i) => keyOf(i) === this.activeKey);
    const onItem = current !== undefined && this.#host.shadowRoot?.activeElement !== actions.plot();
    const { t0, t1, at, mirrored } = actions.view();
    const step = (t1 - t0) / 4;
    const anchor = this.anchor;
    // In a cluster, around the member the reader moved to, so it stays in view.
    const member = current?.kind === 'cluster' && anchor && holds(current, anchor) ? at(anchor.start) : undefined;
    const centre = zoomCentre(onItem ? current : undefined, t0, t1, member);
    const move = (delta: 1 | -1) => {
      if (!onItem || !current) return actions.pan(delta * step);
      const edge = current.kind === 'event' ? current.event : delta > 0 ? current.last : current.first;
      const next = events[events.indexOf(edge) + delta];
      if (next) void this.focusEvent(next.id, true);
    };
    // ←/→ go the way the arrow points on screen: back in time when time runs right to left.
    const right = mirrored ? -1 : 1;
    switch (e.key) {
      case 'ArrowRight':
        move(right);
        break;
      case 'ArrowLeft':
        move(-right as 1 | -1);
        break;
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'Home':
      case 'End':
        if (events.length) void this.focusEvent(events[e.key === 'Home' ? 0 : events.length - 1].id, true);
        break;
      case '+':
      case '=':
        actions.zoom(2, centre);
        break;
      case '-':
      case '_':
        actions.zoom(0.5, centre);
        break;
      case '0':
        actions.showAll();
        break;
      case 'Escape':
        if (!actions.close()) return;
        break;
      default:
        return;
    }
    e.preventDefault();
  };
}
