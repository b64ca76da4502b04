import { describe, expect, test } from 'vitest';
import { sortSteps } from '../../src/data/sort.js';

function run<T>(steps: Generator<number, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

describe('sortSteps', () => {
  const compare = (a: { k: number; i: number }, b: { k: number; i: number }) => a.k - b.k;
  for (const n of [0, 1, 5, 2048, 2049, 10_000, 33_333]) {
    test(`sorts ${n} items as a stable sort does, in steps`, () => {
      let seed = n + 1;
      const random = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      // Few distinct keys, so stability shows; a sorted stretch, so the copy without comparing runs too.
      const items = Array.from({ length: n }, (_, i) => ({ k: i < n / 3 ? 0 : Math.floor(random() * 50), i }));
      const expected = [...items].sort(compare);
      const { value, yields } = run(sortSteps(items, compare, 7));
      expect(value).toBe(items);
      expect(value.map((x) => x.i)).toEqual(expected.map((x) => x.i));
      if (n > 8192) expect(yields).toBeGreaterThan(3);
    });
  }
});
