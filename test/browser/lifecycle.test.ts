/**
 * Issue 7 §3: connecting, disconnecting and moving the element leaves nothing behind (listeners, observers,
 * timers, heap), properties set before the element is defined are honoured, and replacing `events` while a zoom
 * animation runs is safe.
 *
 * Listeners, ResizeObservers and timers are counted by wrappers installed before any element is mounted; the heap
 * is read through the Chrome DevTools Protocol after forcing a garbage collection.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/index.js';
import type { TimelineRangeChangeEvent } from '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { countOf, labels, rendered, settled, until } from '../../stories/helpers.js';

// ── Counting wrappers ─────────────────────────────────────────────────────────

/** Live listeners, per target: `type|capture` → listeners. `once` and `signal` listeners remove themselves. */
const live = new Map<EventTarget, Map<string, Set<unknown>>>();
const liveObservers = new Set<ResizeObserver>();
const observed = new Map<ResizeObserver, Set<Element>>();
const pendingTimeouts = new Set<number>();
const pendingFrames = new Set<number>();
const liveIntervals = new Set<number>();
/** Off while the heap test runs: these maps hold their targets strongly. */
let counting = true;

const original = {
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
  ResizeObserver: window.ResizeObserver,
  setTimeout: window.setTimeout,
  clearTimeout: window.clearTimeout,
  setInterval: window.setInterval,
  clearInterval: window.clearInterval,
  requestAnimationFrame: window.requestAnimationFrame,
  cancelAnimationFrame: window.cancelAnimationFrame,
};

const captureOf = (options?: boolean | AddEventListenerOptions | EventListenerOptions) =>
  typeof options === 'boolean' ? options : Boolean(options?.capture);

function installCounters(): void {
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const once = typeof options === 'object' && (options.once || options.signal);
    if (listener && !once && counting) {
      let byType = live.get(this);
      if (!byType) {
        byType = new Map();
        live.set(this, byType);
      }
      const key = `${type}|${captureOf(options)}`;
      if (!byType.has(key)) byType.set(key, new Set());
      byType.get(key)!.add(listener);
    }
    return original.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    live
      .get(this)
      ?.get(`${type}|${captureOf(options)}`)
      ?.delete(listener);
    return original.remove.call(this, type, listener, options);
  };
  window.ResizeObserver = class extends original.ResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      if (!counting) return;
      liveObservers.add(this);
      observed.set(this, new Set());
    }
    override observe(target: Element, options?: ResizeObserverOptions): void {
      observed.get(this)?.add(target);
      super.observe(target, options);
    }
    override unobserve(target: Element): void {
      observed.get(this)?.delete(target);
      super.unobserve(target);
    }
    override disconnect(): void {
      liveObservers.delete(this);
      observed.delete(this);
      super.disconnect();
    }
  };
  // Browser timers return numbers (the Node types in scope say otherwise).
  type Timer = (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => number;
  const setTimer = original.setTimeout as unknown as Timer;
  const setRepeat = original.setInterval as unknown as Timer;
  const clear = (fn: unknown, id?: number) => (fn as (id?: number) => void).call(window, id);
  const patched = window as unknown as Record<'setTimeout' | 'setInterval', Timer> &
    Record<'clearTimeout' | 'clearInterval', (id?: number) => void>;
  patched.setTimeout = (handler, ms, ...args) => {
    const id = setTimer.call(
      window,
      (...a: unknown[]) => {
        pendingTimeouts.delete(id);
        handler(...a);
      },
      ms,
      ...args,
    );
    if (counting) pendingTimeouts.add(id);
    return id;
  };
  patched.clearTimeout = (id) => {
    if (id !== undefined) pendingTimeouts.delete(id);
    clear(original.clearTimeout, id);
  };
  patched.setInterval = (handler, ms, ...args) => {
    const id = setRepeat.call(window, handler, ms, ...args);
    if (counting) liveIntervals.add(id);
    return id;
  };
  patched.clearInterval = (id) => {
    if (id !== undefined) liveIntervals.delete(id);
    clear(original.clearInterval, id);
  };
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = original.requestAnimationFrame.call(window, (t) => {
      pendingFrames.delete(id);
      callback(t);
    });
    if (counting) pendingFrames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    pendingFrames.delete(id);
    original.cancelAnimationFrame.call(window, id);
  };
}

function uninstallCounters(): void {
  EventTarget.prototype.addEventListener = original.add;
  EventTarget.prototype.removeEventListener = original.remove;
  window.ResizeObserver = original.ResizeObserver;
  window.setTimeout = original.setTimeout;
  window.clearTimeout = original.clearTimeout;
  window.setInterval = original.setInterval;
  window.clearInterval = original.clearInterval;
  window.requestAnimationFrame = original.requestAnimationFrame;
  window.cancelAnimationFrame = original.cancelAnimationFrame;
}

/** Listeners now attached, in total and on window/document (which must never keep one of ours). */
function listenerCount(targets?: EventTarget[]): number {
  let n = 0;
  for (const [target, byType] of live) {
    if (targets && !targets.includes(target)) continue;
    for (const set of byType.values()) n += set.size;
  }
  return n;
}

const observedCount = () => [...observed.values()].reduce((n, s) => n + s.size, 0);

interface Snapshot {
  listeners: number;
  global: number;
  observers: number;
  observed: number;
  timeouts: number;
  frames: number;
  intervals: number;
}

const snapshot = (): Snapshot => ({
  listeners: listenerCount(),
  global: listenerCount([window, document, document.body, document.documentElement]),
  observers: liveObservers.size,
  observed: observedCount(),
  timeouts: pendingTimeouts.size,
  frames: pendingFrames.size,
  intervals: liveIntervals.size,
});

/** Waits, with the original timers, until animations and short timers are over. */
const quiet = (ms = 400) => new Promise<void>((r) => original.setTimeout.call(window, () => r(), ms));
const frame = () => new Promise((r) => original.requestAnimationFrame.call(window, r));

/** Heap in use after a full garbage collection (Chrome DevTools Protocol). */
async function heapAfterGc(): Promise<number> {
  const session = cdp();
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

// ── Fixtures ──────────────────────────────────────────────────────────────────

const events = Array.from({ length: 40 }, (_, i) => ({
  id: `e${i}`,
  date: `20${String(i % 25).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
  ...(i % 7 === 0 && { end: `2024-0${1 + (i % 9)}` }),
  title: `Event ${i}`,
  group: i % 3 === 0 ? 'Lane A' : undefined,
}));

function makeParents(): HTMLElement[] {
  const a = document.createElement('div');
  const b = document.createElement('section');
  // A parent inside another shadow root: moving across roots must work too.
  const hostOfC = document.createElement('div');
  const c = document.createElement('div');
  hostOfC.attachShadow({ mode: 'open' }).append(c);
  for (const p of [a, b, c]) p.style.width = '900px';
  document.body.append(a, b, hostOfC);
  return [a, b, c];
}

function create(): EventTimeline {
  const el = document.createElement('event-timeline');
  el.style.width = '900px';
  el.locale = 'en-US';
  el.events = events;
  return el;
}

beforeAll(installCounters);
afterAll(uninstallCounters);
afterEach(() => {
  counting = true;
  document.body.replaceChildren();
});

/** 1,000 connect/disconnect/reconnect cycles, mixing removal, moves between parents, zooms in flight and hints. */
async function cycle(el: EventTimeline, parents: HTMLElement[], count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const parent = parents[i % parents.length];
    switch (i % 5) {
      case 0: // remove, then put back
        el.remove();
        parent.append(el);
        break;
      case 1: // move to another parent
        parent.append(el);
        break;
      case 2: // move before a sibling
        parent.insertBefore(el, parent.firstChild);
        break;
      case 3: // a zoom animation in flight while removed
        el.zoomIn();
        el.remove();
        await el.updateComplete;
        parent.append(el);
        break;
      case 4: // a plain wheel shows the hint (a 1.5 s timer), then the element leaves
        el.shadowRoot!.querySelector('.plot')!.dispatchEvent(
          new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true }),
        );
        el.remove();
        parent.append(el);
        break;
    }
    if (i % 10 === 9) await el.updateComplete;
    if (i % 100 === 99) await frame();
  }
  el.zoomToFit();
}

describe('1,000 connect/disconnect/reconnect cycles', () => {
  test('leave no listeners, observers, timers or animation frames behind', async () => {
    const parents = makeParents();
    const el = create();
    parents[0].append(el);
    await rendered(el);
    await cycle(el, parents, 20); // warm up: every path once
    await quiet(600);
    await el.updateComplete;
    const before = snapshot();

    await cycle(el, parents, 1000);
    await quiet(600); // longer than the range event (100 ms) and animations (250 ms); hints are cleared on removal
    await el.updateComplete;
    await rendered(el);
    const after = snapshot();

    expect(after).toEqual(before);
    // Connected: exactly one ResizeObserver, watching the plot and the element (whose width decides whether the
    // detail panel opens beside the plot); nothing pending; nothing on window.
    expect(after.observers).toBe(1);
    expect(after.observed).toBe(2);
    expect(after.intervals).toBe(0);
    expect(after.timeouts).toBe(0);
    expect(after.frames).toBe(0);

    // Still works: drawn, and zooms.
    expect(labels(el).length).toBeGreaterThan(0);
    const span = () => el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
    const wide = span();
    el.zoomIn();
    await settled(el);
    expect(span()).toBeLessThan(wide * 0.6);
  });

  test('disconnected, the element holds no observer and no listener outside itself', async () => {
    const [parent] = makeParents();
    const globalBefore = listenerCount([window, document, document.body, document.documentElement]);
    const el = create();
    parent.append(el);
    await rendered(el);
    el.remove();
    await quiet(300);
    expect(liveObservers.size).toBe(0);
    expect(pendingTimeouts.size).toBe(0);
    expect(listenerCount([window, document, document.body, document.documentElement])).toBe(globalBefore);
  });

  test('the JS heap does not grow, and a removed element can be garbage collected', async () => {
    counting = false;
    live.clear();
    const parents = makeParents();
    let el: EventTimeline | undefined = create();
    parents[0].append(el);
    await rendered(el);
    await cycle(el, parents, 100);
    await quiet(600);
    const before = await heapAfterGc();
    await cycle(el, parents, 1000);
    await quiet(600);
    const after = await heapAfterGc();
    // 1,000 cycles leaking even 1 KB each would add 1 MB.
    expect(after - before).toBeLessThan(512 * 1024);

    const ref = new WeakRef(el);
    el.remove();
    el = undefined;
    await quiet(300);
    await heapAfterGc();
    await quiet(50);
    await heapAfterGc();
    expect(ref.deref()).toBeUndefined();
    counting = true;
  });
});

// A move clears the element's timers: they must be forgotten too, or the next gesture waits for them forever.
describe('gestures interrupted by a move', () => {
  test('a zoom gesture interrupted by a move still fires timeline-rangechange later', async () => {
    const [a, b] = makeParents();
    const el = create();
    a.append(el);
    await rendered(el);
    const changes: TimelineRangeChangeEvent[] = [];
    el.addEventListener('timeline-rangechange', (e) => changes.push(e));
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const plus = () => plot.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, composed: true }));
    plus();
    await frame();
    await frame(); // the animation has started: its throttled event is due in 100 ms
    b.append(el); // … and the move drops it
    await settled(el);
    plus();
    await settled(el);
    await until(() => changes.length > 0, 1000);
  });

  test('the wheel hint does not stay on screen after a move', async () => {
    const [a, b] = makeParents();
    const el = create();
    a.append(el);
    await rendered(el);
    el.shadowRoot!.querySelector('.plot')!.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.hint')).not.toBeNull();
    b.append(el);
    await quiet(1700);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.hint')).toBeNull();
  });
});

describe('properties set before the element is defined', () => {
  test('events, locale, start/end, selected, label and time-zone are honoured after upgrade', async () => {
    const tag = 'event-timeline-late-lifecycle';
    const el = document.createElement(tag) as EventTimeline;
    el.style.width = '800px';
    Object.assign(el, {
      events: [
        { id: 'jan', date: '2020-01-05', title: 'January' },
        { id: 'a', date: '2020-09-27', title: 'Early A' },
        { id: 'b', date: '2020-10-10', title: 'Early B' },
        { id: 'dec', date: '2020-12-20', title: 'December' },
      ],
      locale: 'fr-FR',
      start: '2020-09-01',
      end: '2020-11-01',
      selected: 'b',
      label: 'Chronologie précoce',
    });
    el.setAttribute('time-zone', 'Europe/Paris');
    document.body.append(el);
    const { EventTimeline: Base } = await import('../../src/timeline.js');
    customElements.define(tag, class extends Base {});
    await rendered(el);
    expect(labels(el)).toEqual(['Early A', 'Early B']);
    expect(el.selected).toBe('b');
    expect(el.getAttribute('selected')).toBe('b');
    expect(el.shadowRoot!.querySelector('[part="detail"] h2')!.textContent).toBe('Early B');
    expect(el.timeZone).toBe('Europe/Paris');
    // `end` is a day: the window runs to the end of 1 November.
    expect(el.visibleRange.start.getTime()).toBeCloseTo(Date.UTC(2020, 8, 1), -3);
    expect(el.visibleRange.end.getTime()).toBeCloseTo(Date.UTC(2020, 10, 2), -3);
    expect(el.shadowRoot!.querySelector('[part="controls"]')!.getAttribute('aria-label')).toBe('Chronologie précoce');
  });

  test('a src set before definition is fetched once defined', async () => {
    const tag = 'event-timeline-late-src';
    const el = document.createElement(tag) as EventTimeline;
    el.style.width = '800px';
    (el as { src?: string }).src = 'data:application/json,[{"date":"1994","title":"From a data URL"}]';
    document.body.append(el);
    const { EventTimeline: Base } = await import('../../src/timeline.js');
    customElements.define(tag, class extends Base {});
    await until(() => labels(el).length > 0);
    expect(labels(el)).toEqual(['From a data URL']);
  });
});

describe('replacing events while a zoom is in flight', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  beforeAll(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterAll(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  test('new events, then none, then bad ones, each during an animation: the last wins, no error', async () => {
    const el = create();
    document.body.append(el);
    await rendered(el);
    el.zoomIn();
    await frame();
    el.events = [{ date: '1800', title: 'Far away' }];
    await frame();
    el.zoomOut();
    el.events = [];
    el.zoomTo('2020-01-01', '2020-02-01');
    await frame();
    el.events = [{ date: 'bad', title: 'Bad' }, ...events.slice(0, 5)];
    await settled(el);
    expect(errors).toEqual([]);
    const { start, end } = el.visibleRange;
    expect(Number.isFinite(start.getTime()) && Number.isFinite(end.getTime())).toBe(true);
    expect(end.getTime()).toBeGreaterThan(start.getTime());
    expect(el.issues.map((i) => [i.index, i.field])).toEqual([[0, 'date']]);
    const inClusters = [...el.shadowRoot!.querySelectorAll('[part~="cluster"]')].reduce((n, c) => n + countOf(c), 0);
    expect(labels(el).length + inClusters).toBeGreaterThan(0);
    expect(labels(el)).not.toContain('Far away');
  });

  test('100 replacements while zooming back and forth stay consistent', async () => {
    const el = create();
    document.body.append(el);
    await rendered(el);
    for (let i = 0; i < 100; i++) {
      if (i % 2) el.zoomIn();
      else el.zoomOut();
      el.events = events.slice(0, 1 + (i % 40)).map((e) => ({ ...e, title: `${e.title} v${i}` }));
      if (i % 10 === 0) await frame();
    }
    await settled(el);
    expect(errors).toEqual([]);
    const shown = labels(el);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((t) => t.endsWith(' v99'))).toBe(true);
  });
});
