import { describe, expect, test } from 'vitest';
import { sortEvents } from '../../src/data/sort.js';

function run<T>(steps: Generator<number, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, yields };
    yields++;
  }
}

describe('sortEvents', () => {
  type Item = { start: number; end: number; index: number };
  const compare = (a: Item, b: Item) => a.start - b.start || a.end - b.end || a.index - b.index;
  for (const n of [0, 1, 5, 4096, 4097, 10_000, 70_000]) {
    test(`sorts ${n} events by start, end and input order, in steps`, () => {
      let seed = n + 1;
      const random = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      // Few distinct starts and ends, so ties show; a sorted stretch; negative and zero starts.
      const items = Array.from({ length: n }, (_, index) => {
        const start = index < n / 3 ? index : Math.floor(random() * 200) - 100;
        return { start, end: start + Math.floor(random() * 3), index };
      });
      const expected = [...items].sort(compare);
      const { value, yields } = run(sortEvents(items, 7));
      expect(value).toBe(items);
      expect(value.map((x) => x.index)).toEqual(expected.map((x) => x.index));
      if (n > 4096) expect(yields).toBeGreaterThan(1);
    });
  }
});
