import { select } from 'd3-selection';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import 'd3-transition';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';

export interface ZoomControllerOptions {
  /** Which DOM events may start a gesture (d3-zoom's filter). */
  filter: (event: Event) => boolean;
  /** Called on every change; `gesture` is true when the reader caused it. */
  onChange: (transform: ZoomTransform, gesture: boolean) => void;
  /** Called when a reader's gesture ends. */
  onGestureEnd?: () => void;
}

/**
 * Wraps one d3-zoom behaviour (wheel, pinch, drag, double-click) for a Lit host. It only changes state: the
 * host reads `transform` and rescales its own scale with it. Only x matters: the timeline is one-dimensional.
 */
export class ZoomController implements ReactiveController {
  /** The current zoom transform; `transform.rescaleX(baseScale)` is the visible scale. */
  transform: ZoomTransform = zoomIdentity;
  /** Where a running animation is heading, so that quick repeated zoom steps add up. */
  private target?: ZoomTransform;

  /** The transform to build the next step on: the end of the running animation, else the current one. */
  get goal(): ZoomTransform {
    return this.target ?? this.transform;
  }
  private readonly behavior: ZoomBehavior<HTMLElement, unknown>;
  private element?: HTMLElement;
  private gestureActive = false;
  private width = 1;
  private height = 1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    host.addController(this);
    this.behavior = zoom<HTMLElement, unknown>()
      .filter((event: Event) => options.filter(event))
      // Touch: let the browser keep vertical page scrolling; d3 handles pinch and horizontal pans.
      .touchable(() => true)
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        this.transform = event.transform;
        const gesture = event.sourceEvent != null || this.gestureActive;
        this.host.requestUpdate();
        this.options.onChange(event.transform, gesture);
      })
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (event.sourceEvent != null || this.gestureActive) this.options.onGestureEnd?.();
      });
  }

  /** Binds the behaviour to the element that receives gestures. Safe to call again with the same element. */
  attach(target: HTMLElement): void {
    if (this.element === target) return;
    this.detach();
    this.element = target;
    select(target).call(this.behavior).property('__zoom', this.transform);
  }

  /** The pixel box, zoom range and pan range. `maxScale` is the deepest zoom; pans never leave `[0, width]`. */
  configure(width: number, height: number, maxScale: number): void {
    const w = Math.max(1, width);
    const h = Math.max(1, height);
    this.width = w;
    this.height = h;
    this.behavior
      .extent([
        [0, 0],
        [w, h],
      ])
      .scaleExtent([1, Math.max(1, maxScale)])
      .translateExtent([
        [0, -Infinity],
        [w, Infinity],
      ]);
  }

  /** Sets the transform without animation or events, clamped to the limits. */
  set(transform: ZoomTransform): void {
    this.interrupt();
    this.target = undefined;
    const t = this.constrain(transform);
    this.transform = t;
    if (this.element) select(this.element).property('__zoom', t);
    this.host.requestUpdate();
  }

  /**
   * Moves to `transform`, animated for `duration` ms (0 jumps). `gesture` marks it as the reader's doing (keyboard,
   * on-screen buttons), so the host announces it and fires `timeline-rangechange`.
   */
  animateTo(transform: ZoomTransform, duration: number, gesture: boolean): void {
    const t = this.constrain(transform);
    if (!this.element || duration <= 0) {
      this.set(t);
      this.options.onChange(this.transform, gesture);
      if (gesture) this.options.onGestureEnd?.();
      return;
    }
    this.gestureActive = gesture;
    this.target = t;
    select(this.element)
      .transition()
      .duration(duration)
      .call(this.behavior.transform, t)
      .on('end interrupt', () => {
        // A newer animation may have replaced this one: only clear what is still ours.
        if (this.target !== t) return;
        this.gestureActive = false;
        this.target = undefined;
      });
  }

  private constrain(t: ZoomTransform): ZoomTransform {
    const [k0, k1] = this.behavior.scaleExtent();
    const k = Math.max(k0, Math.min(k1, t.k));
    return this.behavior.constrain()(
      zoomIdentity.translate(t.x, 0).scale(k),
      [
        [0, 0],
        [this.width, this.height],
      ],
      this.behavior.translateExtent(),
    );
  }

  private interrupt(): void {
    if (this.element) select(this.element).interrupt();
  }

  private detach(): void {
    if (!this.element) return;
    this.interrupt();
    select(this.element).on('.zoom', null);
    this.element = undefined;
  }

  hostConnected(): void {
    // Re-attach after a reconnect: the shadow DOM (and so the target) survives a move.
    const target = this.pendingTarget;
    if (target) this.attach(target);
    this.pendingTarget = undefined;
  }

  private pendingTarget?: HTMLElement;

  hostDisconnected(): void {
    this.pendingTarget = this.element;
    this.detach();
  }
}
