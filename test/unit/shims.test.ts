import { describe, expect, test } from 'vitest';
// The real module, by path: the bare name resolves to our stand-in in every build and test (vite.config.ts).
import * as real from '../../node_modules/d3-array/dist/d3-array.min.mjs';
import { bisector, tickStep } from '../../src/shims/d3-array.js';

describe('the d3-array stand-in gives what d3-array gives', () => {
  test('tickStep, over spans from milliseconds to millennia and counts from 1 to 20', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    for (let k = 0; k < 2000; k++) {
      const start = (random() - 0.5) * 10 ** Math.floor(random() * 12);
      const stop = start + (random() - 0.3) * 10 ** Math.floor(random() * 12 - 2);
      const count = 1 + Math.floor(random() * 20);
      if (stop === start) continue;
      expect(tickStep(start, stop, count), `${start} ${stop} ${count}`).toBeCloseTo(
        real.tickStep(start, stop, count),
        9,
      );
    }
  });

  test('bisector(f).right', () => {
    const rows = [1, 2, 2, 5, 8, 8, 8, 13].map((n) => [n]);
    const ours = bisector((d: number[]) => d[0] as number);
    const theirs = real.bisector((d: number[]) => d[0]);
    for (const x of [0, 1, 1.5, 2, 3, 8, 12, 13, 20]) expect(ours.right(rows, x)).toBe(theirs.right(rows, x));
    expect(ours.right([], 3)).toBe(0);
  });
});
