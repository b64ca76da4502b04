import { describe, expect, test } from 'vitest';
import { generate } from '../../bench/generate.js';
import { parseDocument } from '../../src/data/parse.js';
import { createEventIndex } from '../../src/layout/event-index.js';
import { type EventLayoutOptions, laneNames, layoutEvents, type PlacedItem } from '../../src/layout/events.js';
import { createTimeScale } from '../../src/layout/scale.js';
import { stackTuning } from '../../src/layout/stack.js';

const { events } = parseDocument(generate(30_000).ours);
const index = createEventIndex(events);
const lanes = laneNames(events);

/**
 * The labels of a frame, where they are. Which "+N" holds an event where two meet differs between the two ways (a
 * range inside a merged mark is visited after its points one by one, inside its run in a run), and so where the
 * next "+N" starts, and now and then whether a label near one fits: the two are valid layouts, not the same one.
 */
const labels = (items: readonly PlacedItem[]) =>
  new Set(
    items.flatMap((i) => (i.kind === 'event' ? [`${i.event.id} ${i.lane}/${i.across} ${i.from.toFixed(2)}`] : [])),
  );
const overlaps = (items: readonly PlacedItem[]) =>
  items.filter((a, i) => items.some((b, j) => j > i && a.across === b.across && a.from < b.to && b.from < a.to));
const members = (items: readonly PlacedItem[]) => items.reduce((n, i) => n + (i.kind === 'cluster' ? i.count : 1), 0);
const ids = (items: readonly PlacedItem[]) =>
  new Set(items.flatMap((i) => (i.kind === 'cluster' ? i.events : [i.event]).map((e) => e.id)));

const horizontal: EventLayoutOptions = {
  labelWidth: (e) => e.title.length * 7,
  clusterWidth: (n) => 20 + String(n).length * 7,
  breadth: 400,
};
const beside: EventLayoutOptions = {
  labelWidth: (e) => (e.title.length > 24 ? 40 : 20),
  clusterWidth: () => 22,
  breadth: 300,
  rowSize: 150,
  laneHeaderSize: 0,
  gap: 6,
  beside: { line: 20 },
};

/** The two geometries, with the plot's length along the axis. */
const geometries = [
  ['horizontal', horizontal, 1200],
  ['beside (vertical)', beside, 700],
] as const;

/** 40 frames of a wheel zoom, 1.2× a notch into 1 October 2020 from 1990–2026. */
function* notches(length: number) {
  const at = Date.UTC(2020, 9, 1);
  let [d0, d1] = [Date.UTC(1990, 0, 1), Date.UTC(2026, 0, 1)];
  for (let notch = 0; notch < 40; notch++) {
    yield { notch, d0, d1, scale: createTimeScale([d0, d1], [0, length]) };
    d0 = at - (at - d0) / 1.2;
    d1 = at + (d1 - at) / 1.2;
  }
}

/** A frame laid out as the element does, then with `tuning` off (one by one). */
function bothWays(
  tuning: keyof typeof stackTuning,
  scale: ReturnType<typeof createTimeScale>,
  options: EventLayoutOptions,
) {
  const fast = layoutEvents(index, scale, lanes, options).items;
  stackTuning[tuning] = false;
  const slow = layoutEvents(index, scale, lanes, options).items;
  stackTuning[tuning] = true;
  return [fast, slow] as const;
}

describe('overflow in runs', () => {
  for (const [name, options, length] of geometries) {
    test(`${name}: joining a "+N" a run at a time places as many labels as joining it one at a time, without overlaps, and accounts for every event`, () => {
      let clustered = 0;
      // Frames where the two ways split the "+N" clusters differently: none would mean no run was ever taken.
      let differ = 0;
      for (const { notch, d0, d1, scale } of notches(length)) {
        const [fast, slow] = bothWays('joinRuns', scale, options);
        const [a, b] = [labels(fast), labels(slow)];
        // As many labels, give or take a few where two "+N" meet (as often more as fewer).
        expect(b.size - a.size, `labels lost at notch ${notch}`).toBeLessThanOrEqual(3);
        expect(overlaps(fast), `notch ${notch}`).toEqual([]);
        // Every event in view is a label or in exactly one "+N", both ways.
        const inView = events.filter((e) => e.end > d0 && e.start < d1).length;
        expect(members(fast), `notch ${notch}`).toBe(inView);
        expect(members(slow), `notch ${notch}`).toBe(inView);
        if (notch % 8 === 0) expect(ids(fast).size).toBe(inView);
        clustered += members(fast) - fast.filter((i) => i.kind === 'event').length;
        const split = (items: readonly PlacedItem[]) =>
          items.flatMap((i) => (i.kind === 'cluster' ? [`${i.count} ${i.first.id}`] : [])).join();
        if (split(fast) !== split(slow)) differ++;
      }
      // Most events were in "+N" clusters, and they joined them in runs.
      expect(differ).toBeGreaterThan(5);
      expect(clustered).toBeGreaterThan(100_000);
    });
  }
});

describe('merged marks at once', () => {
  /** Everything a frame draws, exactly: each label where it is, each "+N" with its count, extent and ends. */
  const drawn = (items: readonly PlacedItem[]) =>
    items.map((i) =>
      i.kind === 'event'
        ? `${i.event.id} ${i.lane}/${i.across} ${i.from}-${i.to}`
        : `+${i.count} ${i.lane}/${i.across} ${i.from}-${i.to} ${i.first.id}…${i.last.id} ${i.start}-${i.end} ${i.label?.t}`,
    );
  const membersOf = (items: readonly PlacedItem[]) =>
    items.map((i) => (i.kind === 'cluster' ? i.events.map((e) => e.id).join() : i.event.id));

  for (const [name, options, length] of geometries) {
    test(`${name}: a merged mark's points, and the ranges inside it, joining a "+N" at once lay out exactly as one by one`, () => {
      let clusters = 0;
      for (const { notch, scale } of notches(length)) {
        const [fast, slow] = bothWays('marks', scale, options);
        expect(drawn(fast), `notch ${notch}`).toEqual(drawn(slow));
        if (notch % 8 === 0) expect(membersOf(fast), `notch ${notch}`).toEqual(membersOf(slow));
        clusters += fast.filter((i) => i.kind === 'cluster').length;
      }
      expect(clusters).toBeGreaterThan(100);
    });
  }
});
