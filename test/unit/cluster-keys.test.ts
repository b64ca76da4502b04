import { describe, expect, test } from 'vitest';
import { generate } from '../../bench/generate.js';
import { parseDocument } from '../../src/data/parse.js';
import { createEventIndex } from '../../src/layout/event-index.js';
import { itemStart, laneNames, layoutEvents } from '../../src/layout/events.js';
import { createTimeScale } from '../../src/layout/scale.js';
import { keyClusters, keyOf } from '../../src/render/keys.js';

/** The nodes Lit's keyed `repeat` moves from `prev` to `next`: the kept keys off their longest increasing run. */
function moves(prev: string[], next: string[]): number {
  const at = new Map(prev.map((k, i) => [k, i]));
  const seq = next.map((k) => at.get(k)).filter((x) => x !== undefined);
  const tails: number[] = [];
  for (const x of seq) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (tails[m] < x) lo = m + 1;
      else hi = m;
    }
    tails[lo] = x;
  }
  return seq.length - tails.length;
}

describe('cluster keys', () => {
  test('a zoom gesture over lanes full of "+N" clusters moves almost no list node', () => {
    const { events } = parseDocument(generate(20_000).ours);
    const index = createEventIndex(events);
    const lanes = laneNames(events);
    const at = Date.UTC(2020, 9, 1);
    let [d0, d1] = [Date.UTC(1990, 0, 1), Date.UTC(2026, 0, 1)];
    let prev: string[] | undefined;
    let moved = 0;
    let clusters = 0;
    for (let notch = 0; notch < 30; notch++) {
      const scale = createTimeScale([d0, d1], [0, 1200]);
      const { items } = layoutEvents(index, scale, lanes, {
        labelWidth: (e) => e.title.length * 7,
        clusterWidth: (n) => 20 + String(n).length * 7,
        breadth: 400,
      });
      // The list's order (src/frame.ts): by date, then top to bottom.
      const list = [...items].sort((a, b) => itemStart(a) - itemStart(b) || a.across - b.across);
      keyClusters(list);
      const keys = list.map((i) => keyOf(i));
      clusters += list.filter((i) => i.kind === 'cluster').length;
      if (prev) moved += moves(prev, keys);
      prev = keys;
      d0 = at - (at - d0) / 1.2;
      d1 = at + (d1 - at) / 1.2;
    }
    expect(clusters).toBeGreaterThan(30 * 20);
    expect(moved).toBeLessThan(clusters / 50);
  });
});
