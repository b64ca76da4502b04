import type { TimelineEventInput } from '../src/timeline.types.js';

/** A small deterministic PRNG (mulberry32), so stories, tests and benchmarks draw the same data every time. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = ['Front', 'Diplomacy', 'Civilians', 'Media'];
const pad = (n: number) => String(n).padStart(2, '0');
const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/**
 * `count` events in four groups packed into September–October 2020 (a fifth of them ranges of a few days), for
 * the dense-layout story and tests.
 */
export function denseAutumn2020(count = 300, seed = 2020): TimelineEventInput[] {
  const next = random(seed);
  const from = Date.UTC(2020, 8, 1);
  const days = 61;
  return Array.from({ length: count }, (_, i) => {
    const start = from + Math.floor(next() * days) * 86_400_000;
    const event: TimelineEventInput = {
      id: `dense-${i}`,
      date: day(start),
      title: `${GROUPS[i % 4]} report ${i + 1}`,
      group: GROUPS[i % 4],
    };
    if (next() < 0.2) event.end = day(start + Math.ceil(next() * 6) * 86_400_000);
    return event;
  });
}
