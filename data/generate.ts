import { mulberry32 } from '../bench/generate.js';
import type { TimelineEventInput } from '../src/timeline.types.js';

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
  // The benchmark's seeded PRNG, so stories, tests and benchmarks draw the same kind of data every time.
  const next = mulberry32(seed);
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
