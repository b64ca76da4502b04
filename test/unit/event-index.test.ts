import { describe, expect, test } from 'vitest';
import { createEventIndex, forEachVisible, indexOf } from '../../src/layout/event-index.js';
import type { TimelineEvent } from '../../src/timeline.types.js';

const DAY = 86_400_000;

function event(index: number, start: number, end: number, isRange: boolean): TimelineEvent {
  return { id: `e${index}`, index, title: 't', start, end, isRange, source: {} } as unknown as TimelineEvent;
}

describe('forEachVisible', () => {
  test('visits exactly the events overlapping the window, with thousands of ranges begun before it', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const events = Array.from({ length: 20_000 }, (_, i) => {
      const start = Math.floor(random() * 10_000) * DAY;
      // Mostly short ranges, a few long ones that reach far ahead.
      if (random() < 0.4) return event(i, start, start + (random() < 0.02 ? 4000 : 10) * DAY * random(), true);
      return event(i, start, start + DAY, false);
    }).sort((a, b) => a.start - b.start || a.end - b.end);
    const index = createEventIndex(events);
    for (const [a, b] of [
      [9000, 9010],
      [5000, 5001],
      [0, 10_000],
      [9999, 10_500],
      [-5, 2],
      ...Array.from({ length: 60 }, () => {
        const from = Math.floor(random() * 11_000);
        return [from, from + 1 + Math.floor(random() * 20)];
      }),
    ]) {
      const d0 = a * DAY + 0.5 * DAY;
      const d1 = b * DAY;
      const seen: number[] = [];
      forEachVisible(index, d0, d1, (i) => {
        seen.push(i);
        return true;
      });
      const expected = events.flatMap((e, i) => (e.end > d0 && e.start < d1 ? [i] : []));
      expect([...seen].sort((x, y) => x - y)).toEqual(expected);
    }
  });
});

describe('createEventIndex', () => {
  test("a document of one lane is indexed once: the lane's index is the whole one's, equal to its own", () => {
    const events = Array.from({ length: 50 }, (_, i) => event(i, i * DAY, (i + (i % 3 ? 1 : 9)) * DAY, i % 3 === 0));
    const index = createEventIndex(events);
    const lane = index.lanes?.get(undefined);
    expect([...(index.lanes?.keys() ?? [])]).toEqual([undefined]);
    expect(lane?.starts).toBe(index.starts);
    expect(lane?.ranges).toBe(index.ranges);
    const own = indexOf(events);
    expect([...(lane?.ends ?? [])]).toEqual([...own.ends]);
    expect([...(lane?.ranges ?? [])]).toEqual([...own.ranges]);
    expect(lane?.maxPointSpan).toBe(own.maxPointSpan);
    // Two lanes: each its own.
    const two = createEventIndex(events.map((e, i) => ({ ...e, group: i % 2 ? 'A' : 'B' })));
    expect(two.lanes?.get('A')?.starts).toHaveLength(25);
    expect(two.lanes?.get('A')?.starts).not.toBe(two.starts);
  });
});
