/**
 * GestureController on its own: a host with a focusable plot, fake actions that record the zooms asked for, and
 * (where the policy moves the view itself) a ZoomController bound to it. The hint and range-event timers run on
 * Vitest's fake timers, so no test waits 1.5 s.
 */
import { zoomIdentity } from 'd3-zoom';
import { html, LitElement, nothing } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type GestureActions, GestureController } from '../../../src/controllers/gesture-controller.js';
import { ZoomController } from '../../../src/controllers/zoom-controller.js';
import type { TimelineRangeChangeEvent } from '../../../src/events.js';

const RANGE = { start: new Date(Date.UTC(2001, 0, 1)), end: new Date(Date.UTC(2002, 0, 1)) };
const WIDTH = 600;

class GestureHost extends LitElement {
  static override properties = { label: { type: String } };
  declare label: string;
  zooms: [number, number | undefined][] = [];
  hints: string[] = [];
  ranges: TimelineRangeChangeEvent[] = [];
  /** Whether the fake `plot()` action finds the plot. */
  hasPlot = true;
  /** Whether the fake host is vertical. */
  vertical = false;
  readonly actions: GestureActions = {
    plot: () => (this.hasPlot ? this.plot : undefined),
    hint: (modifier) => {
      const text = `Use ${modifier} + scroll to zoom`;
      this.hints.push(text);
      return text;
    },
    zoom: (factor, t) => this.zooms.push([factor, t]),
    range: () => RANGE,
    vertical: () => this.vertical,
  };
  readonly gestures = new GestureController(this, this.actions);
  readonly zoom = new ZoomController(this, { filter: this.gestures.filter, onChange: () => {} });

  constructor() {
    super();
    this.label = 'Plot';
    this.gestures.bind(this.zoom);
    this.addEventListener('timeline-rangechange', (e) => this.ranges.push(e));
  }

  get plot(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.plot')!;
  }

  /** The hint as rendered. */
  get shownHint(): string | undefined {
    return this.renderRoot.querySelector('.hint')?.textContent ?? undefined;
  }

  protected override firstUpdated(): void {
    this.zoom.rebase(Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1), WIDTH, 100, 3_600_000);
    this.zoom.attach(this.plot);
  }

  protected override render() {
    return html`<div class="plot" tabindex="-1" aria-label=${this.label} style="width:${WIDTH}px;height:100px">
      ${this.gestures.hint ? html`<p class="hint">${this.gestures.hint}</p>` : nothing}
    </div>`;
  }
}
customElements.define('gesture-controller-host', GestureHost);

async function mount(): Promise<GestureHost> {
  const el = document.createElement('gesture-controller-host') as GestureHost;
  el.style.display = 'block';
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const wheelEvent = (init: WheelEventInit) => new WheelEvent('wheel', { cancelable: true, bubbles: true, ...init });

function fakeTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('GestureController: the wheel', () => {
  test('a plain wheel is refused and shows the hint, which clears after 1.5 s', async () => {
    const el = await mount();
    fakeTimers();
    const event = wheelEvent({ deltaY: 100 });
    expect(el.gestures.filter(event)).toBe(false);
    // Left to the browser: the page scrolls.
    expect(event.defaultPrevented).toBe(false);
    expect(el.hints).toEqual(['Use Ctrl + scroll to zoom']);
    await el.updateComplete;
    expect(el.shownHint).toBe('Use Ctrl + scroll to zoom');
    vi.advanceTimersByTime(1499);
    await el.updateComplete;
    expect(el.shownHint).toBe('Use Ctrl + scroll to zoom');
    vi.advanceTimersByTime(1);
    await el.updateComplete;
    expect(el.gestures.hint).toBe('');
    expect(el.shownHint).toBeUndefined();
  });

  test('another plain wheel keeps the hint up for 1.5 s from then', async () => {
    const el = await mount();
    fakeTimers();
    el.gestures.filter(wheelEvent({ deltaY: 100 }));
    vi.advanceTimersByTime(1000);
    el.gestures.filter(wheelEvent({ deltaY: 100 }));
    vi.advanceTimersByTime(1000);
    expect(el.gestures.hint).toBe('Use Ctrl + scroll to zoom');
    vi.advanceTimersByTime(500);
    expect(el.gestures.hint).toBe('');
  });

  test('the hint names ⌘ on a Mac', async () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    const el = await mount();
    el.gestures.filter(wheelEvent({ deltaY: 100 }));
    expect(el.gestures.hint).toBe('Use ⌘ + scroll to zoom');
  });

  test('ctrl + wheel (a pinch) and ⌘ + wheel zoom, without a hint', async () => {
    const el = await mount();
    expect(el.gestures.filter(wheelEvent({ deltaY: 100, ctrlKey: true }))).toBe(true);
    expect(el.gestures.filter(wheelEvent({ deltaY: -3, metaKey: true }))).toBe(true);
    // A sideways pinch is still a pinch.
    expect(el.gestures.filter(wheelEvent({ deltaX: 50, deltaY: 1, ctrlKey: true }))).toBe(true);
    expect(el.hints).toEqual([]);
    expect(el.gestures.hint).toBe('');
  });

  test('a plain wheel zooms while focus is in the host', async () => {
    const el = await mount();
    el.plot.focus();
    expect(el.matches(':focus-within')).toBe(true);
    expect(el.gestures.filter(wheelEvent({ deltaY: 100 }))).toBe(true);
    expect(el.hints).toEqual([]);
    el.plot.blur();
    expect(el.gestures.filter(wheelEvent({ deltaY: 100 }))).toBe(false);
    expect(el.hints).toHaveLength(1);
  });

  test('a sideways wheel pans the bound zoom by deltaX, is prevented, and reports the range once', async () => {
    const el = await mount();
    fakeTimers();
    el.zoom.set(zoomIdentity.translate(-300, 0).scale(4));
    const event = wheelEvent({ deltaX: 40, deltaY: 5 });
    expect(el.gestures.filter(event)).toBe(false);
    expect(event.defaultPrevented).toBe(true);
    expect(el.zoom.transform.x).toBe(-340);
    expect(el.zoom.transform.k).toBe(4);
    el.gestures.filter(wheelEvent({ deltaX: -100, deltaY: 0 }));
    expect(el.zoom.transform.x).toBe(-240);
    // Not a zoom attempt: no hint.
    expect(el.hints).toEqual([]);
    expect(el.ranges).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(el.ranges.map((e) => e.detail)).toEqual([RANGE]);
  });

  test('real wheel events over the plot: ctrl zooms through d3-zoom, a plain one only shows the hint', async () => {
    const el = await mount();
    const box = el.plot.getBoundingClientRect();
    const at = { clientX: box.left + 150, clientY: box.top + 50 };
    el.plot.dispatchEvent(wheelEvent({ ...at, deltaY: -100 }));
    expect(el.zoom.transform.k).toBe(1);
    expect(el.gestures.hint).toBe('Use Ctrl + scroll to zoom');
    const zoomed = wheelEvent({ ...at, deltaY: -10, ctrlKey: true });
    el.plot.dispatchEvent(zoomed);
    // d3-zoom: 2^(-deltaY × 0.002 × 10) with ctrl.
    expect(el.zoom.transform.k).toBeCloseTo(2 ** 0.2, 9);
    expect(zoomed.defaultPrevented).toBe(true);
  });
});

describe('GestureController: pointer', () => {
  test('a double-click zooms in around the pointer (shift: out) and is not a d3 gesture', async () => {
    const el = await mount();
    const box = el.plot.getBoundingClientRect();
    expect(el.gestures.filter(new MouseEvent('dblclick', { clientX: box.left + 123 }))).toBe(false);
    expect(el.gestures.filter(new MouseEvent('dblclick', { clientX: box.left + 40, shiftKey: true }))).toBe(false);
    expect(el.zooms).toEqual([
      [2, 123],
      [0.5, 40],
    ]);
  });

  test('a double-click without a plot zooms around the middle (no position)', async () => {
    const el = await mount();
    el.hasPlot = false;
    el.gestures.filter(new MouseEvent('dblclick', { clientX: 200 }));
    expect(el.zooms).toEqual([[2, undefined]]);
  });

  test('drags start with the primary button only, and not with ctrl held; touches start', async () => {
    const el = await mount();
    expect(el.gestures.filter(new MouseEvent('mousedown', { button: 0 }))).toBe(true);
    expect(el.gestures.filter(new MouseEvent('mousedown', { button: 1 }))).toBe(false);
    expect(el.gestures.filter(new MouseEvent('mousedown', { button: 2 }))).toBe(false);
    expect(el.gestures.filter(new MouseEvent('mousedown', { button: 0, ctrlKey: true }))).toBe(false);
    expect(el.gestures.filter(new TouchEvent('touchstart'))).toBe(true);
    expect(el.zooms).toEqual([]);
  });
});

describe('GestureController: timeline-rangechange and lifecycle', () => {
  test('a burst of changes within 100 ms fires one range event, and a later change another', async () => {
    const el = await mount();
    fakeTimers();
    for (let i = 0; i < 10; i++) {
      el.gestures.changed(true);
      vi.advanceTimersByTime(9);
    }
    expect(el.gestures.active).toBe(true);
    expect(el.ranges).toHaveLength(0);
    vi.advanceTimersByTime(10);
    expect(el.ranges).toHaveLength(1);
    expect(el.ranges[0].detail).toEqual(RANGE);
    expect(el.ranges[0].bubbles && el.ranges[0].composed).toBe(true);
    vi.advanceTimersByTime(500);
    expect(el.ranges).toHaveLength(1);
    el.gestures.changed(true);
    vi.advanceTimersByTime(100);
    expect(el.ranges).toHaveLength(2);
  });

  test('changes that are not the reader’s neither fire nor mark a gesture; ended() clears it', async () => {
    const el = await mount();
    fakeTimers();
    el.gestures.changed(false);
    vi.advanceTimersByTime(200);
    expect(el.ranges).toHaveLength(0);
    expect(el.gestures.active).toBe(false);
    el.gestures.changed(true);
    expect(el.gestures.active).toBe(true);
    el.gestures.ended();
    expect(el.gestures.active).toBe(false);
    // The range event of the gesture still comes.
    vi.advanceTimersByTime(100);
    expect(el.ranges).toHaveLength(1);
  });

  test('disconnecting clears the hint and the pending range event; after reconnecting both work again', async () => {
    const el = await mount();
    fakeTimers();
    el.gestures.filter(wheelEvent({ deltaY: 100 }));
    el.gestures.changed(true);
    await el.updateComplete;
    expect(el.shownHint).toBe('Use Ctrl + scroll to zoom');
    el.remove();
    expect(el.gestures.hint).toBe('');
    vi.advanceTimersByTime(2000);
    expect(el.ranges).toHaveLength(0);

    document.body.append(el);
    await el.updateComplete;
    expect(el.shownHint).toBeUndefined();
    el.gestures.changed(true);
    vi.advanceTimersByTime(100);
    expect(el.ranges).toHaveLength(1);
    el.gestures.filter(wheelEvent({ deltaY: 100 }));
    expect(el.gestures.hint).toBe('Use Ctrl + scroll to zoom');
    vi.advanceTimersByTime(1500);
    expect(el.gestures.hint).toBe('');
  });
});

describe('GestureController: vertical, the page always scrolls', () => {
  test('a plain wheel is refused even while the timeline has focus, in any direction; ctrl/⌘ + wheel zooms', async () => {
    const el = await mount();
    el.vertical = true;
    el.plot.focus();
    for (const init of [{ deltaY: 100 }, { deltaY: -40 }, { deltaX: 120, deltaY: 2 }]) {
      const event = wheelEvent(init);
      expect(el.gestures.filter(event), JSON.stringify(init)).toBe(false);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(el.gestures.filter(wheelEvent({ deltaY: 100, ctrlKey: true }))).toBe(true);
    expect(el.gestures.filter(wheelEvent({ deltaY: 100, metaKey: true }))).toBe(true);
  });

  test('one finger never starts a gesture; two fingers and the mouse do', async () => {
    const el = await mount();
    el.vertical = true;
    const touch = (n: number) => {
      const touches = Array.from(
        { length: n },
        (_, i) => new Touch({ identifier: i, target: el.plot, clientX: 10 * i, clientY: 10 }),
      );
      return new TouchEvent('touchstart', { touches, changedTouches: touches, cancelable: true });
    };
    expect(el.gestures.filter(touch(1))).toBe(false);
    expect(el.gestures.filter(touch(2))).toBe(true);
    // The second finger of a pinch arrives alone: the policy hands d3-zoom both fingers in one event.
    const seen: number[] = [];
    // (Captured above the plot: d3-zoom stops the event's propagation at the plot.)
    el.renderRoot.addEventListener('touchstart', (e) => seen.push((e as TouchEvent).changedTouches.length), true);
    const both = Array.from(
      { length: 2 },
      (_, i) => new Touch({ identifier: i, target: el.plot, clientX: 10 * i, clientY: 10 }),
    );
    const second = new TouchEvent('touchstart', { touches: both, changedTouches: [both[1]], cancelable: true });
    Object.defineProperty(second, 'target', { value: el.plot });
    expect(second.target).toBe(el.plot);
    expect(el.gestures.filter(second)).toBe(false);
    expect(seen).toEqual([2]);
    expect(el.gestures.filter(new MouseEvent('mousedown', { button: 0 }))).toBe(true);
  });

  test('a double-click zooms around the pointer along y', async () => {
    const el = await mount();
    el.vertical = true;
    const box = el.plot.getBoundingClientRect();
    el.gestures.filter(new MouseEvent('dblclick', { clientX: box.left + 500, clientY: box.top + 40 }));
    expect(el.zooms).toEqual([[2, 40]]);
  });
});
