import { describe, expect, test } from 'vitest';
import { generate } from '../../bench/generate.js';
import { parseDocument } from '../../src/data/parse.js';
import { createEventIndex } from '../../src/layout/event-index.js';
import { itemStart, laneNames, layoutEvents, type PlacedItem } from '../../src/layout/events.js';
import { createTimeScale } from '../../src/layout/scale.js';
import { keyClusters, keyOf } from '../../src/render/keys.js';
import { progressive } from '../../src/render/progressive.js';

const { events } = parseDocument(generate(20_000).ours);
const index = createEventIndex(events);
const lanes = laneNames(events);

/** The list of one zoom frame over [d0, d1], in the element's order. */
function frame(d0: number, d1: number): PlacedItem[] {
  const { items } = layoutEvents(index, createTimeScale([d0, d1], [0, 1200]), lanes, {
    labelWidth: (e) => e.title.length * 7,
    clusterWidth: (n) => 20 + String(n).length * 7,
    breadth: 400,
  });
  const list = [...items].sort((a, b) => itemStart(a) - itemStart(b) || a.across - b.across);
  keyClusters(list);
  return list;
}

const overlap = (items: readonly PlacedItem[]) =>
  items.some((a, i) => items.some((b, j) => j > i && a.across === b.across && a.from < b.to && b.from < a.to));

describe('progressive', () => {
  test('a zoom gesture draws at most the cap of new items a frame, spread over the view, and never an overlap', () => {
    const at = Date.UTC(2020, 9, 1);
    let [d0, d1] = [Date.UTC(1990, 0, 1), Date.UTC(2026, 0, 1)];
    let drawn = new Set(frame(d0, d1).map((i) => keyOf(i)));
    let deferredFrames = 0;
    for (let notch = 0; notch < 20; notch++) {
      d0 = at - (at - d0) / 1.2;
      d1 = at + (d1 - at) / 1.2;
      const all = frame(d0, d1);
      const { items, deferred } = progressive(all, drawn, 12, () => false);
      const fresh = items.filter((i) => !drawn.has(keyOf(i)));
      expect(fresh.length).toBeLessThanOrEqual(12);
      // What it leaves out is what it counted as left out, and every item drawn before and still there stays.
      expect(all.length - items.length).toBe(deferred);
      for (const item of all) if (drawn.has(keyOf(item))) expect(items).toContain(item);
      expect(overlap(items)).toBe(false);
      if (deferred > 0) {
        deferredFrames++;
        // Spread: new labels on both halves of the view, not only at its start.
        const middle = 600;
        expect(fresh.some((i) => i.t < middle) && fresh.some((i) => i.t >= middle)).toBe(true);
      }
      // The next frame starts from what this one drew, as the element does.
      drawn = new Set(items.map((i) => keyOf(i)));
    }
    // The gesture did hold labels back (else this test would test nothing).
    expect(deferredFrames).toBeGreaterThan(5);
  });

  test('items that must be drawn are drawn at once, beyond the cap; with room to spare the frame is whole', () => {
    const all = frame(Date.UTC(2020, 8, 1), Date.UTC(2020, 10, 1));
    const must = new Set(all.slice(0, 20));
    const { items, deferred } = progressive(all, new Set(), 3, (i) => must.has(i));
    for (const item of must) expect(items).toContain(item);
    expect(items.length).toBe(20 + 3);
    expect(deferred).toBe(all.length - 23);
    const whole = progressive(all, new Set(), all.length, () => false);
    expect(whole.items).toBe(all);
    expect(whole.deferred).toBe(0);
  });
});
