/**
 * While the reader zooms, labels new to the view come a few a frame (`NEW_PER_FRAME`) (src/render/progressive.ts), so a frame
 * never waits on forty new labels; once the view stops, every event in it is drawn again. No timed assertions:
 * what each frame draws is counted, not how long it takes.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { generate } from '../../bench/generate.js';
import { NEW_PER_FRAME } from '../../src/controllers/draw-controller.js';
import { parseDocument } from '../../src/data/parse.js';
import '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import type { TimelineEventInput } from '../../src/timeline.types.js';
import { overlappingLabels, reachableCount, rendered, settled } from '../../stories/helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

const data = generate(20_000).ours as TimelineEventInput[];
const events = parseDocument(data).events;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const keys = (el: EventTimeline) =>
  new Set([...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-key]')].map((b) => b.dataset.key!));
/** Callouts are drawn whole or not at all (their leader lines join them), so they are not held back. */
const callouts = (el: EventTimeline) =>
  new Set([...el.shadowRoot!.querySelectorAll<HTMLElement>('.callout [data-key]')].map((b) => b.dataset.key!));
const inView = (el: EventTimeline) => {
  const [v0, v1] = [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
  return events.filter((e) => e.end > v0 && e.start < v1).length;
};

async function mount(): Promise<EventTimeline> {
  const el = document.createElement('event-timeline');
  el.style.width = '1200px';
  el.style.setProperty('--timeline-height', '30rem');
  el.locale = 'en-GB';
  el.events = data;
  document.body.append(el);
  await rendered(el, 10_000);
  return el;
}

/** Ctrl + wheel notches over 1 October 2020, one a frame, as a trackpad sends them. */
async function zoom(el: EventTimeline, notches: number, each: (frame: number) => void) {
  const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
  const box = plot.getBoundingClientRect();
  const [v0, v1] = [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
  const x = box.left + (box.width * (Date.UTC(2020, 9, 1) - v0)) / (v1 - v0);
  for (let k = 0; k < notches; k++) {
    plot.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -13,
        ctrlKey: true,
        clientX: x,
        clientY: box.top + 100,
        bubbles: true,
        cancelable: true,
      }),
    );
    await frame();
    each(k);
  }
}

describe('labels while zooming', () => {
  test('a frame of a zoom draws at most NEW_PER_FRAME labels new to the view; the rest follow, and none overlap', async () => {
    const el = await mount();
    let drawn = keys(el);
    let most = 0;
    let held = 0;
    const overlaps: string[] = [];
    await zoom(el, 24, () => {
      const now = keys(el);
      const except = callouts(el);
      let fresh = 0;
      for (const k of now) if (!drawn.has(k) && !except.has(k)) fresh++;
      most = Math.max(most, fresh);
      if (reachableCount(el) < inView(el)) held++;
      if (overlappingLabels(el).length > 0) overlaps.push(el.visibleRange.start.toISOString());
      drawn = now;
    });
    // The focused, pointed or selected item may come on top of them.
    expect(most).toBeLessThanOrEqual(NEW_PER_FRAME + 1);
    // Labels were held back in some frames: at 20,000 events a zoom frame brings more than that.
    expect(held).toBeGreaterThan(0);
    expect(overlaps).toEqual([]);
  });

  test('once the view stops, every event in it is a mark or in a cluster again, a few frames later', async () => {
    const el = await mount();
    await zoom(el, 16, () => {});
    // Still within the gesture (d3-zoom ends a wheel gesture after 150 ms without one), the labels held back come
    // NEW_PER_FRAME a frame without waiting for it to end: whole within as many frames as that takes (a held-back
    // label stands for at least one event), and one to spare.
    const missing = inView(el) - reachableCount(el);
    expect(missing).toBeGreaterThan(0);
    let frames = 0;
    while (reachableCount(el) < inView(el) && frames < 60) {
      await frame();
      frames++;
    }
    expect(frames).toBeLessThanOrEqual(Math.ceil(missing / NEW_PER_FRAME) + 1);
    await settled(el);
    // The gesture ends when the wheel has been still for a while (d3-zoom's 150 ms), then the last frame is whole.
    await new Promise((r) => setTimeout(r, 300));
    await frame();
    await frame();
    expect(reachableCount(el)).toBe(inView(el));
    expect(overlappingLabels(el)).toEqual([]);
  });
});
