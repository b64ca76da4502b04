/**
 * ZoomController on its own: a host that renders one 800 × 200 px plot, attaches the behaviour to it and records
 * every change the controller reports. The data spans 2000–2010 and the deepest zoom is an hour across the axis.
 */
import { type ZoomTransform, zoomIdentity } from 'd3-zoom';
import { html, LitElement } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ZoomController } from '../../../src/controllers/zoom-controller.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const MIN = Date.UTC(2000, 0, 1);
const MAX = Date.UTC(2010, 0, 1);
const WIDTH = 800;

class ZoomHost extends LitElement {
  static override properties = { accept: { type: Boolean } };
  /** Whether the filter lets DOM events start a gesture. */
  declare accept: boolean;
  changes: { k: number; x: number; gesture: boolean }[] = [];
  ends = 0;
  filtered: string[] = [];
  readonly zoom = new ZoomController(this, {
    filter: (event) => {
      this.filtered.push(event.type);
      return this.accept;
    },
    onChange: (t, gesture) => this.changes.push({ k: t.k, x: t.x, gesture }),
    onGestureEnd: () => this.ends++,
  });

  constructor() {
    super();
    this.accept = true;
  }

  get plot(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.plot')!;
  }

  protected override firstUpdated(): void {
    this.zoom.attach(this.plot);
  }

  protected override render() {
    return html`<div class="plot" style="width:${WIDTH}px;height:200px"></div>`;
  }
}
customElements.define('zoom-controller-host', ZoomHost);

async function mount(): Promise<ZoomHost> {
  const el = document.createElement('zoom-controller-host') as ZoomHost;
  el.style.display = 'block';
  document.body.append(el);
  await el.updateComplete;
  el.zoom.rebase(MIN, MAX, WIDTH, 200, HOUR);
  return el;
}

async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Within a second (of windows years wide: floating-point error only). */
function expectTime(actual: number, expected: number): void {
  expect(
    Math.abs(actual - expected),
    `${new Date(actual).toISOString()} vs ${new Date(expected).toISOString()}`,
  ).toBeLessThan(1000);
}

function expectWindow(el: ZoomHost, start: number, end: number): void {
  const [w0, w1] = el.zoom.window;
  expectTime(w0, start);
  expectTime(w1, end);
}

/** A wheel over the plot at `px` along the axis. */
function wheel(el: ZoomHost, px: number, init: WheelEventInit = {}): WheelEvent {
  const box = el.plot.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    bubbles: true,
    cancelable: true,
    clientX: box.left + px,
    clientY: box.top + 100,
    deltaY: -100,
    ...init,
  });
  el.plot.dispatchEvent(event);
  return event;
}

const padded = () => {
  const span = MAX - MIN;
  return [MIN - span * 0.04, MAX + span * 0.04] as const;
};

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('ZoomController: time-window math', () => {
  test('rebase() spreads the padded extent over the axis and sets the zoom range', async () => {
    const el = await mount();
    const [d0, d1] = padded();
    expect(el.zoom.base.domain().map(Number)).toEqual([d0, d1]);
    expect(el.zoom.base.range()).toEqual([0, WIDTH]);
    expect(el.zoom.scaleExtent).toEqual([1, (d1 - d0) / HOUR]);
    expect(el.zoom.transform).toBe(zoomIdentity);
    expect(el.zoom.window).toEqual([d0, d1]);
  });

  test('transformFor() + set() shows exactly the requested window', async () => {
    const el = await mount();
    const start = Date.UTC(2004, 0, 1);
    const end = Date.UTC(2006, 0, 1);
    const t = el.zoom.transformFor(start, end)!;
    expect(t.k).toBeCloseTo((padded()[1] - padded()[0]) / (end - start), 6);
    el.zoom.set(t);
    expectWindow(el, start, end);
    // A day, deep inside the range.
    el.zoom.set(el.zoom.transformFor(Date.UTC(2007, 5, 1), Date.UTC(2007, 5, 2))!);
    expectWindow(el, Date.UTC(2007, 5, 1), Date.UTC(2007, 5, 2));
    // set() reports no change: it is the host's own move.
    expect(el.changes).toEqual([]);
  });

  test('transformFor() is null for a window that is not one', async () => {
    const el = await mount();
    expect(el.zoom.transformFor(Number.NaN, MAX)).toBeNull();
    expect(el.zoom.transformFor(MIN, Number.POSITIVE_INFINITY)).toBeNull();
    expect(el.zoom.transformFor(MAX, MAX)).toBeNull();
    expect(el.zoom.transformFor(MAX, MIN)).toBeNull();
  });

  test('set() clamps the zoom to [1, deepest] and pans to the extent of the data', async () => {
    const el = await mount();
    el.zoom.set(zoomIdentity.scale(0.25));
    expect(el.zoom.transform.k).toBe(1);
    expect(el.zoom.transform.x).toBe(0);
    el.zoom.set(zoomIdentity.scale(1e9));
    expect(el.zoom.transform.k).toBe(el.zoom.scaleExtent[1]);
    // An hour across the axis.
    const [w0, w1] = el.zoom.window;
    expect(w1 - w0).toBeCloseTo(HOUR, -1);
    // Panned past the start: held at the start.
    el.zoom.set(zoomIdentity.translate(500, 0).scale(2));
    expect(el.zoom.transform.x).toBe(0);
    expect(el.zoom.window[0]).toBe(padded()[0]);
    // Past the end: held at the end.
    el.zoom.set(zoomIdentity.translate(-5000, 0).scale(2));
    expect(el.zoom.transform.x).toBe(-WIDTH);
    expectTime(el.zoom.window[1], padded()[1]);
  });

  test('zoomedBy() keeps the time under the point (the middle by default)', async () => {
    const el = await mount();
    el.zoom.set(el.zoom.transformFor(Date.UTC(2003, 0, 1), Date.UTC(2007, 0, 1))!);
    for (const px of [200, 650]) {
      const before = el.zoom.scale.invert(px).getTime();
      const t = el.zoom.zoomedBy(2, px);
      el.zoom.set(t);
      expect(el.zoom.scale(before)).toBeCloseTo(px, 6);
    }
    const middle = el.zoom.scale.invert(WIDTH / 2).getTime();
    const k = el.zoom.transform.k;
    el.zoom.set(el.zoom.zoomedBy(0.5));
    expect(el.zoom.transform.k).toBeCloseTo(k / 2, 9);
    expect(el.zoom.scale(middle)).toBeCloseTo(WIDTH / 2, 6);
  });

  test('pannedBy() moves the view by dt px later in time, keeping the zoom', async () => {
    const el = await mount();
    el.zoom.set(el.zoom.transformFor(Date.UTC(2003, 0, 1), Date.UTC(2005, 0, 1))!);
    const k = el.zoom.transform.k;
    const at100 = el.zoom.scale.invert(100).getTime();
    const [w0, w1] = el.zoom.window;
    el.zoom.set(el.zoom.pannedBy(100));
    expect(el.zoom.transform.k).toBe(k);
    expectTime(el.zoom.window[0], at100);
    expectTime(el.zoom.window[1] - el.zoom.window[0], w1 - w0);
    el.zoom.set(el.zoom.pannedBy(-100));
    expectWindow(el, w0, w1);
  });

  test('zoomedBy() and pannedBy() build on where a running animation is heading', async () => {
    const el = await mount();
    const target = el.zoom.transformFor(Date.UTC(2004, 0, 1), Date.UTC(2005, 0, 1))!;
    el.zoom.animateTo(target, 5000, false);
    expect(el.zoom.goal.k).toBeCloseTo(target.k, 9);
    expect(el.zoom.goal.x).toBeCloseTo(target.x, 6);
    expect(el.zoom.transform).toBe(zoomIdentity);
    expect(el.zoom.zoomedBy(2).k).toBeCloseTo(target.k * 2, 9);
    expect(el.zoom.pannedBy(10).x).toBeCloseTo(target.x - 10, 6);
    // set() stops it: the goal is the transform again.
    el.zoom.set(zoomIdentity.scale(3));
    expect(el.zoom.goal).toBe(el.zoom.transform);
  });

  test('showing() is null for a period in view (even partly), else the pan that centres its start', async () => {
    const el = await mount();
    const v0 = Date.UTC(2004, 0, 1);
    const v1 = Date.UTC(2005, 0, 1);
    el.zoom.set(el.zoom.transformFor(v0, v1)!);
    const k = el.zoom.transform.k;
    expect(el.zoom.showing(Date.UTC(2004, 5, 1), Date.UTC(2004, 5, 2))).toBeNull();
    // A range that began before the view and runs into it.
    expect(el.zoom.showing(Date.UTC(2001, 0, 1), Date.UTC(2004, 1, 1))).toBeNull();
    // A range that covers the whole view.
    expect(el.zoom.showing(Date.UTC(2001, 0, 1), Date.UTC(2008, 1, 1))).toBeNull();
    // Ends exactly where the view starts: not in view.
    const edge = el.zoom.showing(Date.UTC(2003, 0, 1), v0);
    expect(edge).not.toBeNull();

    const start = Date.UTC(2007, 6, 1);
    const pan = el.zoom.showing(start, start + DAY)!;
    expect(pan.k).toBeCloseTo(k, 9);
    el.zoom.set(pan);
    const [w0, w1] = el.zoom.window;
    expectTime((w0 + w1) / 2, start);
    expectTime(w1 - w0, v1 - v0);
  });

  test('spreading() zooms at least 4× deeper around the marks, or is null when zooming cannot split them', async () => {
    const el = await mount();
    expect(el.zoom.spreading(Date.UTC(2005, 0, 1), Date.UTC(2005, 0, 1))).toBeNull();

    // Two marks ten days apart at full extent: their span × 1.5 is less than a quarter of the view.
    const first = Date.UTC(2005, 0, 1);
    const last = first + 10 * DAY;
    el.zoom.set(el.zoom.spreading(first, last)!);
    expectWindow(el, (first + last) / 2 - 7.5 * DAY, (first + last) / 2 + 7.5 * DAY);

    // Marks far apart: a quarter of the current view, around their middle.
    el.zoom.set(zoomIdentity);
    const [v0, v1] = el.zoom.window;
    const wide = el.zoom.spreading(Date.UTC(2002, 0, 1), Date.UTC(2008, 0, 1))!;
    expect(wide.k).toBeCloseTo(4, 6);
    el.zoom.set(wide);
    const centre = (Date.UTC(2002, 0, 1) + Date.UTC(2008, 0, 1)) / 2;
    expectWindow(el, centre - (v1 - v0) / 8, centre + (v1 - v0) / 8);

    // Marks a minute apart: at least an hour across.
    el.zoom.set(zoomIdentity);
    const close = el.zoom.spreading(first, first + 60_000)!;
    el.zoom.set(close);
    const [c0, c1] = el.zoom.window;
    expectTime(c1 - c0, HOUR);

    // At the deepest zoom there is nothing more to split.
    el.zoom.set(zoomIdentity.scale(1e9));
    expect(el.zoom.spreading(first, first + 60_000)).toBeNull();
  });
});

describe('ZoomController: moves and gestures', () => {
  test('animateTo() with duration 0 jumps, reports the change once and ends the gesture', async () => {
    const el = await mount();
    const t = el.zoom.transformFor(Date.UTC(2004, 0, 1), Date.UTC(2006, 0, 1))!;
    el.zoom.animateTo(t, 0, true);
    expectWindow(el, Date.UTC(2004, 0, 1), Date.UTC(2006, 0, 1));
    expect(el.changes).toHaveLength(1);
    expect(el.changes[0].gesture).toBe(true);
    expect(el.changes[0].k).toBeCloseTo(t.k, 9);
    expect(el.ends).toBe(1);

    // Not the reader's doing: reported as such, and no gesture ends.
    el.zoom.animateTo(zoomIdentity, 0, false);
    expect(el.changes.map((c) => c.gesture)).toEqual([true, false]);
    expect(el.zoom.transform.k).toBe(1);
    expect(el.ends).toBe(1);
  });

  test('animateTo() clamps its target to the limits', async () => {
    const el = await mount();
    el.zoom.animateTo(zoomIdentity.translate(300, 0).scale(0.1), 0, false);
    expect(el.zoom.transform.k).toBe(1);
    expect(el.zoom.transform.x).toBe(0);
  });

  test('an animated move goes through intermediate views and ends exactly on its target', async () => {
    const el = await mount();
    const t = el.zoom.transformFor(Date.UTC(2004, 0, 1), Date.UTC(2005, 0, 1))!;
    el.zoom.animateTo(t, 150, true);
    await until(() => el.ends === 1);
    expectWindow(el, Date.UTC(2004, 0, 1), Date.UTC(2005, 0, 1));
    expect(el.changes.length).toBeGreaterThan(1);
    const ks = el.changes.map((c) => c.k);
    // Zooming in all the way: the scale only grows, from 1 to the target. Bug fixed in animateTo(): the first
    // frame's timestamp can precede the call, and the negative progress zoomed out past 1 (k ≈ 0.85) first.
    expect(ks.every((k, i) => i === 0 || k >= ks[i - 1])).toBe(true);
    expect(ks[0]).toBeGreaterThanOrEqual(1);
    expect(ks.at(-1)).toBeCloseTo(t.k, 9);
    expect(el.changes.every((c) => c.gesture)).toBe(true);
  });

  test('a first frame stamped before the call does not move the view backwards', async () => {
    const el = await mount();
    // rAF timestamps are when the frame began; here a second before the move was asked for.
    const raf = vi
      .spyOn(window, 'requestAnimationFrame')
      .mockImplementation((cb) => window.setTimeout(() => cb(performance.now() - 1000), 0));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation((id) => window.clearTimeout(id));
    el.zoom.set(zoomIdentity.translate(-400, 0).scale(2));
    const from = el.zoom.transform;
    el.zoom.animateTo(el.zoom.transformFor(Date.UTC(2004, 0, 1), Date.UTC(2005, 0, 1))!, 150, true);
    await until(() => el.changes.length > 0);
    el.zoom.set(zoomIdentity);
    raf.mockRestore();
    // Progress 0: the view where it started, not beyond it.
    expect(el.changes[0].k).toBeCloseTo(from.k, 9);
    expect(el.changes[0].x).toBeCloseTo(from.x, 6);
  });

  test('a wheel over the attached element zooms around the pointer when the filter accepts it', async () => {
    const el = await mount();
    const px = 200;
    const before = el.zoom.scale.invert(px).getTime();
    const event = wheel(el, px);
    expect(el.filtered).toEqual(['wheel']);
    expect(event.defaultPrevented).toBe(true);
    // d3-zoom: 2^(-deltaY × 0.002) for a wheel in pixels.
    expect(el.zoom.transform.k).toBeCloseTo(2 ** 0.2, 9);
    expect(el.zoom.scale(before)).toBeCloseTo(px, 6);
    expect(el.changes.map((c) => c.gesture)).toEqual([true]);
    await el.updateComplete;
    // The gesture ends once the wheel is idle.
    await until(() => el.ends === 1);
  });

  test('a wheel the filter refuses changes nothing', async () => {
    const el = await mount();
    el.accept = false;
    const event = wheel(el, 400);
    expect(el.filtered).toEqual(['wheel']);
    expect(el.zoom.transform).toBe(zoomIdentity);
    expect(el.changes).toEqual([]);
    expect(event.defaultPrevented).toBe(false);
  });

  test('a gesture starts from the transform set by the host, and stops a running animation', async () => {
    const el = await mount();
    el.zoom.set(zoomIdentity.translate(-400, 0).scale(4));
    const target = el.zoom.transformFor(Date.UTC(2001, 0, 1), Date.UTC(2001, 1, 1))!;
    el.zoom.animateTo(target, 5000, false);
    wheel(el, 400);
    expect(el.zoom.transform.k).toBeCloseTo(4 * 2 ** 0.2, 9);
    // The reader took over: no animation left to head for.
    expect(el.zoom.goal).toBe(el.zoom.transform);
    const k = el.zoom.transform.k;
    await new Promise((r) => setTimeout(r, 100));
    expect(el.zoom.transform.k).toBe(k);
  });

  test('disconnecting detaches the behaviour; reconnecting attaches it again', async () => {
    const el = await mount();
    el.remove();
    // The plot still exists in the detached shadow root, but no zoom listens to it.
    wheel(el, 400);
    expect(el.filtered).toEqual([]);
    expect(el.zoom.transform).toBe(zoomIdentity);
    document.body.append(el);
    wheel(el, 400);
    expect(el.filtered).toEqual(['wheel']);
    expect(el.zoom.transform.k).toBeCloseTo(2 ** 0.2, 9);
  });

  test('configure() changes the deepest zoom', async () => {
    const el = await mount();
    el.zoom.configure(WIDTH, 200, 8);
    expect(el.zoom.scaleExtent).toEqual([1, 8]);
    el.zoom.set(zoomIdentity.scale(100));
    expect(el.zoom.transform.k).toBe(8);
    const t: ZoomTransform = el.zoom.zoomedBy(2);
    el.zoom.set(t);
    expect(el.zoom.transform.k).toBe(8);
  });
});

describe('ZoomController on a vertical axis (time on y)', () => {
  const extent = { min: MIN, max: MAX, hasTimes: false };

  test('reframe(…, "y", start) puts the scale on y from `start`, and keeps the visible dates when it turns', async () => {
    const el = await mount();
    el.zoom.reframe(extent, WIDTH, 200, [Date.UTC(2004, 0, 1), Date.UTC(2006, 0, 1)]);
    const before = el.zoom.window;
    el.zoom.reframe(extent, 500, 300, undefined, 'y', 20);
    expect(el.zoom.axis).toBe('y');
    expect(el.zoom.base.range()).toEqual([20, 520]);
    expectTime(el.zoom.window[0], before[0]);
    expectTime(el.zoom.window[1], before[1]);
    // Only y moves: x stays 0.
    expect(el.zoom.transform.x).toBe(0);
    expect(el.zoom.transform.y).not.toBe(0);
    el.remove();
  });

  test('zoomedBy and pannedBy work along y, and pans stay within the axis', async () => {
    const el = await mount();
    el.zoom.reframe(extent, 500, 300, undefined, 'y', 20);
    el.zoom.set(el.zoom.zoomedBy(4, 270));
    const [d0, d1] = el.zoom.window;
    expect((MAX - MIN) / (d1 - d0)).toBeGreaterThan(3);
    expect(el.zoom.transform.x).toBe(0);
    el.zoom.set(el.zoom.pannedBy(-1e6));
    // Panned as far as it goes: the start of the padded extent is at the top of the axis.
    expectTime(el.zoom.window[0], +el.zoom.base.domain()[0]);
    expect(el.zoom.scale(el.zoom.window[0])).toBeCloseTo(20, 3);
    el.remove();
  });
});
