import { describe, expect, test } from 'vitest';
import { parseDocument, parseSteps } from '../../src/data/parse.js';
import { readInSlices, runSteps } from '../../src/data/steps.js';
import type { Indexed } from '../../src/data/update.js';
import { createEventIndex, type EventIndex, extentOf, indexOf, laneNames } from '../../src/layout/event-index.js';

function* count(to: number): Generator<number, string> {
  for (let i = 1; i <= to; i++) yield i;
  return 'done';
}

describe('runSteps(steps)', () => {
  test('returns the result at once when the first slice finishes the work', () => {
    const before = performance.now();
    const run = runSteps(count(3));
    expect(run.done).toBe('done');
    expect(run.rest).toBeUndefined();
    // The slice it ran in, for the work that follows in the same task.
    expect(run.sliceStart()).toBeGreaterThanOrEqual(before);
    expect(run.sliceStart()).toBeLessThanOrEqual(performance.now());
  });

  test('with no time left in a slice, runs the rest in later slices, reporting progress between them', async () => {
    const progress: number[] = [];
    const run = runSteps(count(3), { slice: 0, progress: (n) => progress.push(n) });
    expect(run.done).toBeUndefined();
    const first = run.sliceStart();
    expect(await run.rest).toBe('done');
    expect(progress).toEqual([1, 2, 3]);
    expect(run.sliceStart()).toBeGreaterThan(first);
  });

  test('stops at the next slice once cancelled: the result is undefined', async () => {
    let cancelled = false;
    const run = runSteps(count(1000), { slice: 0, progress: (n) => (cancelled = n >= 2), cancelled: () => cancelled });
    expect(await run.rest).toBeUndefined();
  });
});

describe('parseSteps(input)', () => {
  test('yields as it reads and returns what parseDocument returns', () => {
    const input = Array.from({ length: 1000 }, (_, i) => ({ date: `${1000 + i}`, title: `T${i}` }));
    const steps = parseSteps(input);
    const seen: number[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value);
      step = steps.next();
    }
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(1000);
    expect(step.value).toEqual(parseDocument(input.map((e) => ({ ...e }))));
  });
});

describe('readInSlices(document)', () => {
  for (const [name, withTimes, ungrouped] of [
    ['grouped dates', false, false],
    ['times and ungrouped events', true, true],
  ] as const) {
    test(`gives the index, lanes and extent the element would build itself (${name})`, async () => {
      const input = Array.from({ length: 6000 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i}`,
        date:
          withTimes && i % 7 === 0
            ? `2021-03-0${1 + (i % 9)}T10:00`
            : `${1990 + ((i * 37) % 30)}-0${1 + (i % 9)}-1${i % 10}`,
        ...(ungrouped && i % 5 === 0 ? {} : { group: `Desk ${'ABC'[(i * 13) % 3]}` }),
        ...(i % 4 === 0 && { end: '2030' }),
      }));
      const indexed = await new Promise<Indexed>((resolve) =>
        readInSlices(input, {}, { progress: () => {}, done: resolve }),
      );
      const events = parseDocument(input).events;
      expect(indexed.doc.events).toEqual(events);
      expect(indexed.lanes).toEqual(laneNames(events));
      expect(indexed.extent).toEqual(extentOf(events, { min: Infinity, max: -Infinity, hasTimes: false }));
      // The whole index and each lane's, built a lane at a time with turns between, are the element's own, and each
      // lane's is the index of its events alone.
      const plain = (i: EventIndex | undefined) =>
        i && { ids: i.events.map((e) => e.id), starts: [...i.starts], ends: [...i.ends], ranges: [...i.ranges] };
      const own = createEventIndex(events);
      expect(plain(indexed.index)).toEqual(plain(own));
      expect([...(indexed.index.lanes?.keys() ?? [])]).toEqual([...(own.lanes?.keys() ?? [])]);
      for (const name of own.lanes?.keys() ?? []) {
        const alone = plain(indexOf(events.filter((e) => e.group === name)));
        expect(plain(indexed.index.lanes?.get(name)), String(name)).toEqual(alone);
        expect(plain(own.lanes?.get(name)), String(name)).toEqual(alone);
      }
    });
  }
});
