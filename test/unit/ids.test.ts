import { describe, expect, test } from 'vitest';
import { IdTable } from '../../src/data/ids.js';

describe('IdTable', () => {
  test('gives each id once, and says who holds a taken one', () => {
    const table = new IdTable(4);
    expect(table.claim('a', 0)).toBeUndefined();
    expect(table.claim('b', 1)).toBeUndefined();
    expect(table.claim('a', 2)).toBe(0);
    expect(table.get('b')).toBe(1);
    expect(table.has('c')).toBe(false);
    expect(table.claim('', 3)).toBeUndefined();
    expect(table.has('')).toBe(true);
  });

  test('agrees with a Set over many ids that share hash slots', () => {
    // Made for 4 ids and given 3,700: it grows ten times, and every lookup crosses the probe chains of the ids
    // moved by each growth, so a slot or rehash bug shows.
    const ids = Array.from({ length: 5000 }, (_, i) => `id-${i % 3700}`);
    const table = new IdTable(4);
    const set = new Map<string, number>();
    for (const [i, id] of ids.entries()) {
      expect(table.claim(id, i)).toBe(set.get(id));
      if (!set.has(id)) set.set(id, i);
    }
    for (const [id, owner] of set) expect(table.get(id)).toBe(owner);
    expect(table.get('id-3700')).toBeUndefined();
  });

  test('grows past its capacity (a live update adds ids)', () => {
    const table = new IdTable(2);
    const claim = () => {
      for (let i = 0; i < 100; i++) table.claim(`x${i}`, i);
    };
    expect(claim).not.toThrow();
    for (let i = 0; i < 100; i++) expect(table.get(`x${i}`)).toBe(i);
    expect(table.size).toBe(100);
  });
});
