import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseDate } from '../data/dates.js';
import { createTimeScale, paddedDomain, type TimeScale } from '../layout/scale.js';

export interface ZoomControllerOptions {
  /** Which DOM events may start a gesture (d3-zoom's filter). */
  filter: (event: Event) => boolean;
  /** Called on every change; `gesture` is true when the reader caused it. */
  onChange: (transform: ZoomTransform, gesture: boolean) => void;
  /** Called when a reader's gesture ends. */
  onGestureEnd?: () => void;
}

const HOUR = 3_600_000;

/** Cubic ease in and out, as d3-ease's easeCubicInOut. */
const ease = (p: number) => (p < 0.5 ? 4 * p * p * p : 1 - (-2 * p + 2) ** 3 / 2);

/**
 * Wraps one d3-zoom behaviour (wheel, pinch, drag, touch) for a Lit host. It only changes state: the host reads
 * `transform` and rescales its own scale with it. Only one axis matters, as the timeline is one-dimensional: x
 * when it is horizontal, y when it is vertical (`reframe`'s `axis`); the other part of the transform stays 0.
 *
 * Animated moves (buttons, keys, clusters) run on requestAnimationFrame here rather than on d3-transition, whose
 * attribute and colour tweening we never use would cost a sixth of the bundle budget.
 */
export class ZoomController implements ReactiveController {
  /** The current zoom transform; `transform.rescaleX(base)` is the visible scale. */
  transform: ZoomTransform = zoomIdentity;
  /** The scale of the whole padded extent of the data over the axis, before zooming. */
  base: TimeScale = createTimeScale(paddedDomain(Number.NaN, Number.NaN), [0, 1]);
  /** Where a running animation is heading, so that quick repeated zoom steps add up. */
  #target?: ZoomTransform;
  #frame = 0;
  readonly #behavior: ZoomBehavior<HTMLElement, unknown>;
  #element?: HTMLElement;
  #pendingElement?: HTMLElement;
  /** The plot's size along the time axis and across it, px, and where the time axis starts. */
  #length = 1;
  #breadth = 1;
  #start = 0;
  #axis: 'x' | 'y' = 'x';
  /**
   * Time runs right to left on screen (a horizontal timeline on a right-to-left page). `transform` stays in the
   * layout's forward `t`; d3-zoom, which works in screen px, gets and gives its mirror image about the axis's
   * middle, so a drag follows the pointer and a wheel zooms around it.
   */
  mirrored = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: ZoomControllerOptions;

  constructor(host: ReactiveControllerHost, options: ZoomControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => options.filter(event))
      // Touch pinch and pan on every device; CSS touch-action leaves vertical page scrolling to the browser.
      .touchable(() => true)
      // No d3 transitions: double-taps jump, and the host animates double-clicks itself.
      .duration(0)
      .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        // The reader takes over: stop any animation the host started.
        if (event.sourceEvent != null) this.#stop();
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = this.#mirror(event.transform);
        this.#host.requestUpdate();
        this.#options.onChange(this.transform, event.sourceEvent != null);
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (event.sourceEvent != null) this.#options.onGestureEnd?.();
      });
  }

  /** The zoom range `[1, deepest]` set by `configure`. */
  get scaleExtent(): [number, number] {
    return this.#behavior.scaleExtent();
  }

  /** The transform to build the next step on: the end of the running animation, else the current one. */
  get goal(): ZoomTransform {
    return this.#target ?? this.transform;
  }

  /** The visible scale: times to px along the axis. */
  get scale(): TimeScale {
    return this.#axis === 'x' ? this.transform.rescaleX(this.base) : this.transform.rescaleY(this.base);
  }

  /** The time axis: x (horizontal) or y (vertical). */
  get axis(): 'x' | 'y' {
    return this.#axis;
  }

  /** A transform's translation along the time axis. */
  along(t: ZoomTransform): number {
    return this.#axis === 'x' ? t.x : t.y;
  }

  /** The transform at zoom `k`, translated by `offset` along the time axis. */
  #make(offset: number, k: number): ZoomTransform {
    return (this.#axis === 'x' ? zoomIdentity.translate(offset, 0) : zoomIdentity.translate(0, offset)).scale(k);
  }

  /** The visible window, floating ms. */
  get window(): [number, number] {
    const [d0, d1] = this.scale.domain();
    return [+d0, +d1];
  }

  /**
   * Sets the base scale for data spanning `min`–`max` (floating ms) over `length` px, and the deepest zoom: `floor`
   * ms across the whole axis.
   */
  rebase(min: number, max: number, length: number, breadth: number, floor: number, start = 0): void {
    this.#start = start;
    this.base = createTimeScale(paddedDomain(min, max), [start, start + Math.max(1, length)]);
    const [d0, d1] = this.base.domain().map(Number);
    this.configure(length, breadth, (d1 - d0) / floor);
  }

  /**
   * Rebuilds the base scale for data spanning `extent` over `length` px. With `window` (the host's start and end,
   * as floating ms or NaN) the view moves there, unless it misses the data altogether (new data replaced what it
   * was meant for), else to the whole extent; without, it keeps the visible dates (a new width, a new
   * orientation). `axis` is the time axis (y: vertical, time starting `start` px from the top).
   */
  reframe(
    extent: { min: number; max: number; hasTimes: boolean },
    length: number,
    breadth: number,
    window?: [number, number],
    axis: 'x' | 'y' = 'x',
    start = 0,
  ): void {
    const previous = this.window;
    this.#axis = axis;
    // Deepest zoom: an hour across the width, or a minute when the data has times.
    this.rebase(extent.min, extent.max, length, breadth, extent.hasTimes ? 60_000 : HOUR, start);
    const [d0, d1] = this.base.domain().map(Number);
    let target: [number, number] | null = previous;
    if (window) {
      const [s, e] = window;
      target = Number.isNaN(s) && Number.isNaN(e) ? null : [Number.isNaN(s) ? d0 : s, Number.isNaN(e) ? d1 : e];
      if (target && (target[1] <= d0 || target[0] >= d1)) target = null;
    }
    this.set((target && this.transformFor(target[0], target[1])) || zoomIdentity);
  }

  /** The transform that shows `start`–`end` (floating ms) across the axis, or null for a window that is not one. */
  transformFor(start: number, end: number): ZoomTransform | null {
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
    const x0 = this.base(start);
    const x1 = this.base(end);
    const [r0, r1] = this.base.range();
    const k = (r1 - r0) / (x1 - x0);
    return this.#make(r0 - x0 * k, k);
  }

  /** The transform zoomed by `factor` from where the running move is heading, keeping the time at `t` px in place. */
  zoomedBy(factor: number, t?: number): ZoomTransform {
    const [r0, r1] = this.base.range();
    const goal = this.goal;
    const x = t ?? (r0 + r1) / 2;
    const k = goal.k * factor;
    return this.#make(x - ((x - this.along(goal)) / goal.k) * k, k);
  }

  /** The transform panned by `dt` px from where the running move is heading. */
  pannedBy(dt: number): ZoomTransform {
    const goal = this.goal;
    return this.#make(this.along(goal) - dt, goal.k);
  }

  /** The pan (keeping the zoom) that centres a period starting at `start` and ending at `end`; null when in view. */
  showing(start: number, end: number): ZoomTransform | null {
    const [v0, v1] = this.window;
    if (end > v0 && start < v1) return null;
    return this.transformFor(start - (v1 - v0) / 2, start + (v1 - v0) / 2);
  }

  /**
   * The view in which marks starting from `first` to `last` (floating ms) spread out: their span with a margin, and
   * at least 4× deeper, centred on them; null when zooming cannot split them (they start together, or the view is
   * at the deepest zoom).
   */
  spreading(first: number, last: number): ZoomTransform | null {
    if (first === last || this.transform.k >= this.scaleExtent[1] * 0.999) return null;
    const [v0, v1] = this.window;
    const span = Math.min((v1 - v0) / 4, Math.max((last - first) * 1.5, HOUR));
    const centre = (first + last) / 2;
    return this.transformFor(centre - span / 2, centre + span / 2);
  }

  /** Binds the behaviour to the element that receives gestures. Safe to call again with the same element. */
  attach(element: HTMLElement): void {
    if (this.#element === element) return;
    this.#detach();
    this.#element = element;
    select(element).call(this.#behavior).property('__zoom', this.#mirror(this.transform));
  }

  /**
   * The pixel box, zoom range and pan range: `length` along the time axis, `breadth` across it. `maxScale` is the
   * deepest zoom; pans never leave the axis.
   */
  configure(length: number, breadth: number, maxScale: number): void {
    this.#length = Math.max(1, length);
    this.#breadth = Math.max(1, breadth);
    const inf = Number.POSITIVE_INFINITY;
    const [s, e] = [this.#start, this.#start + this.#length];
    this.#behavior
      .extent(this.#extent())
      .scaleExtent([1, Math.max(1, maxScale)])
      .translateExtent(
        this.#axis === 'x'
          ? [
              [s, -inf],
              [e, inf],
            ]
          : [
              [-inf, s],
              [inf, e],
            ],
      );
  }

  #extent(): [[number, number], [number, number]] {
    const [s, e] = [this.#start, this.#start + this.#length];
    return this.#axis === 'x'
      ? [
          [s, 0],
          [e, this.#breadth],
        ]
      : [
          [0, s],
          [this.#breadth, e],
        ];
  }

  /** Sets the transform without animation or events, clamped to the limits. */
  set(transform: ZoomTransform): void {
    this.#stop();
    this.#apply(this.#constrain(transform));
  }

  /**
   * Moves to `transform`, animated for `duration` ms (0 jumps). `gesture` marks it as the reader's doing (keyboard,
   * on-screen buttons), so the host announces it and fires `timeline-rangechange`.
   */
  animateTo(transform: ZoomTransform, duration: number, gesture: boolean): void {
    const to = this.#constrain(transform);
    this.#stop();
    const finish = () => {
      this.#target = undefined;
      this.#apply(to);
      this.#options.onChange(to, gesture);
      if (gesture) this.#options.onGestureEnd?.();
    };
    if (duration <= 0 || typeof requestAnimationFrame !== 'function') {
      finish();
      return;
    }
    const from = this.transform;
    // Zoom geometrically and move the centre linearly, so the time under the centre glides at a steady pace.
    const mid = this.#start + this.#length / 2;
    const c0 = (mid - this.along(from)) / from.k;
    const c1 = (mid - this.along(to)) / to.k;
    const started = performance.now();
    this.#target = to;
    const step = (now: number) => {
      // A frame's timestamp is when the frame began, which can be before this call: never a negative progress.
      const p = Math.max(0, Math.min(1, (now - started) / duration));
      if (p >= 1) {
        finish();
        return;
      }
      const e = ease(p);
      const k = from.k * (to.k / from.k) ** e;
      this.#apply(this.#make(mid - (c0 + (c1 - c0) * e) * k, k));
      this.#options.onChange(this.transform, gesture);
      this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }

  #apply(t: ZoomTransform): void {
    this.transform = t;
    if (this.#element) select(this.#element).property('__zoom', this.#mirror(t));
    this.#host.requestUpdate();
  }

  /** Screen px ↔ layout `t` when mirrored (its own inverse): t = 2c − x about the axis's middle c. */
  #mirror(t: ZoomTransform): ZoomTransform {
    const c2 = 2 * this.#start + this.#length;
    return this.mirrored ? this.#make(c2 * (1 - t.k) - this.along(t), t.k) : t;
  }

  #stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#target = undefined;
  }

  #constrain(t: ZoomTransform): ZoomTransform {
    const [k0, k1] = this.#behavior.scaleExtent();
    const k = Math.max(k0, Math.min(k1, t.k));
    return this.#behavior.constrain()(this.#make(this.along(t), k), this.#extent(), this.#behavior.translateExtent());
  }

  #detach(): void {
    if (!this.#element) return;
    this.#stop();
    select(this.#element).on('.zoom', null);
    this.#element = undefined;
  }

  hostConnected(): void {
    // Re-attach after a reconnect: the shadow DOM (and so the element) survives a move.
    if (this.#pendingElement) this.attach(this.#pendingElement);
    this.#pendingElement = undefined;
  }

  hostDisconnected(): void {
    this.#pendingElement = this.#element;
    this.#detach();
  }
}

/** A window edge given as a `Date` (floating) or in the date grammar, as floating ms (NaN when it is not a date). */
export function toMs(value: Date | string, edge: 'start' | 'end'): number {
  if (value instanceof Date) return value.getTime();
  const parsed = parseDate(value);
  return parsed.ok ? (edge === 'start' ? parsed.date.start : parsed.date.end) : Number.NaN;
}
