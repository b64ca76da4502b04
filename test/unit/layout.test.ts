import { describe, expect, test } from 'vitest';
import { floatingDate } from '../../src/data/dates.js';
import {
  laneNames,
  layoutEvents,
  type PlacedCluster,
  type PlacedEvent,
  type PlacedItem,
} from '../../src/layout/events.js';
import { createTimeScale } from '../../src/layout/scale.js';
import type { TimelineEvent } from '../../src/timeline.types.js';

let counter = 0;
function event(start: number, options: Partial<TimelineEvent> & { endMs?: number } = {}): TimelineEvent {
  const index = counter++;
  const end = options.endMs ?? start + 86_400_000;
  return {
    id: options.id ?? `e${index}`,
    index,
    title: options.title ?? `Event number ${index}`,
    group: options.group,
    date: { text: '', precision: 'day', start, end: start + 86_400_000, approximate: false, uncertain: false },
    start,
    end,
    isRange: options.endMs !== undefined,
    source: {},
    ...options,
  } as TimelineEvent;
}

const labelWidth = (e: TimelineEvent) => e.title.length * 7;
const overlaps = (items: PlacedItem[]) => {
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a.across === b.across && a.from < b.to && b.from < a.to) return [a, b];
    }
  return null;
};

describe('layoutEvents', () => {
  const scale = createTimeScale([floatingDate(1992), floatingDate(2021)], [0, 1000]);

  test('layoutEvents(events) puts events that would overlap in separate rows', () => {
    // Six months apart: 17 px on this axis, so two marks, with labels too long to share a row.
    const events = [event(floatingDate(2000)), event(floatingDate(2000, 6)), event(floatingDate(2010))];
    const { items } = layoutEvents(events, scale, [undefined], { labelWidth, breadth: 300 });
    expect(items.map((i) => i.kind)).toEqual(['event', 'event', 'event']);
    const rows = items.map((i) => (i.kind === 'event' ? i.row : -1));
    expect(rows[0]).not.toBe(rows[1]);
    expect(overlaps(items)).toBeNull();
  });

  test('layoutEvents(events) clusters what does not fit in the height, and loses no event', () => {
    const events = Array.from({ length: 40 }, (_, i) => event(floatingDate(2020, 8, 1 + (i % 30))));
    const { items } = layoutEvents(events, scale, [undefined], { labelWidth, breadth: 3 * 28 });
    const clusters = items.filter((i) => i.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    const count = items.reduce((n, i) => n + (i.kind === 'cluster' ? i.events.length : 1), 0);
    expect(count).toBe(40);
    expect(new Set(items.map((i) => i.across)).size).toBeLessThanOrEqual(3);
    expect(overlaps(items)).toBeNull();
  });

  test('layoutEvents(events) never overlaps labels for random inputs at many widths', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const width of [240, 500, 1000, 1800]) {
      for (const height of [28, 120, 400]) {
        const s = createTimeScale([floatingDate(1990), floatingDate(2025)], [0, width]);
        const events = Array.from({ length: 150 }, () => {
          const start = floatingDate(1990 + Math.floor(random() * 35), Math.floor(random() * 12), 1);
          return random() < 0.3
            ? event(start, {
                endMs: start + random() * 5 * 365 * 86_400_000,
                title: 'r'.repeat(3 + Math.floor(random() * 30)),
              })
            : event(start, { title: 'p'.repeat(3 + Math.floor(random() * 30)) });
        }).sort((a, b) => a.start - b.start);
        const { items } = layoutEvents(events, s, [undefined], { labelWidth, breadth: height });
        expect(overlaps(items)).toBeNull();
        expect(items.reduce((n, i) => n + (i.kind === 'cluster' ? i.events.length : 1), 0)).toBe(150);
        expect(items.every((i) => Number.isFinite(i.t) && Number.isFinite(i.across))).toBe(true);
      }
    }
  });

  test('layoutEvents(events) keeps a range label at the left edge when the range starts off-screen', () => {
    const era = event(floatingDate(1980), { endMs: floatingDate(2020, 8, 27), title: 'Frozen conflict' });
    const { items } = layoutEvents([era], scale, [undefined], { labelWidth, breadth: 200 });
    const placed = items[0];
    expect(placed.kind === 'event' && placed.labelT).toBeGreaterThanOrEqual(0);
    expect(placed.kind === 'event' && placed.t).toBeLessThan(0);
  });

  test("layoutEvents(events) puts a day's mark and title at the left edge while its band is in view and its start is not", () => {
    // Zoomed to the hours of 15 September 2020: the day began at midnight, 600 px before the view.
    const hours = createTimeScale([floatingDate(2020, 8, 15, 6), floatingDate(2020, 8, 15, 18)], [0, 1200]);
    const day = event(floatingDate(2020, 8, 15), { title: 'Civilians report' });
    const [placed] = layoutEvents([day], hours, [undefined], { labelWidth, breadth: 200 }).items as PlacedEvent[];
    expect(placed.t).toBe(0);
    expect(placed.band).toEqual({ t: 0, t2: 1800 });
    // After the mark (radius 5, 4 px), whole.
    expect(placed.labelT).toBe(9);
    expect(placed.labelMax).toBeUndefined();
    // A day in view keeps its mark at its start.
    const days = createTimeScale([floatingDate(2020, 8, 14), floatingDate(2020, 8, 17)], [0, 1200]);
    const [inView] = layoutEvents([day], days, [undefined], { labelWidth, breadth: 200 }).items as PlacedEvent[];
    expect(inView.t).toBe(400);
  });

  test('layoutEvents(events) draws a year-precision date as a band over its year when the year is wide enough', () => {
    const e = event(floatingDate(1994));
    const yearly = { ...e, date: { ...e.date, precision: 'year' as const, end: floatingDate(1995) } };
    const { items } = layoutEvents([yearly], scale, [undefined], { labelWidth, breadth: 200 });
    const placed = items[0];
    expect(placed.kind === 'event' && placed.band && placed.band.t2 - placed.band.t).toBeGreaterThan(30);
  });

  test('layoutEvents(events, scale, lanes) puts groups in lanes and collapses empty ones', () => {
    const events = [
      event(floatingDate(2000), { group: 'A' }),
      event(floatingDate(2001), { group: 'B' }),
      event(floatingDate(2002)),
      event(floatingDate(1700), { group: 'C' }),
    ];
    const lanes = laneNames(events);
    expect(lanes).toEqual(['A', 'B', 'C', undefined]);
    const layout = layoutEvents(events, scale, lanes, { labelWidth, breadth: 300 });
    expect(layout.lanes.map((l) => l.name)).toEqual(['A', 'B', undefined]);
    expect(layout.lanes[1].offset).toBeGreaterThan(layout.lanes[0].offset);
  });
});

describe('layoutEvents stability', () => {
  test('layoutEvents(events, …, { preferredRow }) keeps labels in the rows they had while they still fit', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      event(floatingDate(2000, i % 12, 1 + i), { title: `Label ${i}` }),
    );
    const wide = createTimeScale([floatingDate(1999, 11), floatingDate(2001)], [0, 600]);
    const first = layoutEvents(events, wide, [undefined], { labelWidth, breadth: 400 });
    const rowOf = new Map(first.items.flatMap((i) => (i.kind === 'event' ? [[i.event, i.row] as const] : [])));
    // Zoom in a little around the middle: without a preference, first-fit would reshuffle rows.
    const zoomed = createTimeScale([floatingDate(2000, 0, 10), floatingDate(2000, 11, 20)], [0, 600]);
    const second = layoutEvents(events, zoomed, [undefined], {
      labelWidth,
      breadth: 400,
      preferredRow: (e) => rowOf.get(e),
    });
    const kept = second.items.filter((i) => i.kind === 'event' && rowOf.get(i.event) === i.row).length;
    expect(kept).toBe(second.items.filter((i) => i.kind === 'event').length);
    expect(overlaps(second.items)).toBeNull();
  });
});

describe('layoutEvents at the right edge', () => {
  test('layoutEvents(events) puts a short era’s title before its bar when it would run past the right edge', () => {
    const s = createTimeScale([floatingDate(1800), floatingDate(1900)], [0, 1000]);
    const era = event(floatingDate(1887), { endMs: floatingDate(1889), title: 'Eiffel Tower built' });
    const placed = layoutEvents([era], s, [undefined], { labelWidth, breadth: 200 }).items[0];
    expect(placed.kind === 'event' && placed.labelT + labelWidth(era)).toBeLessThanOrEqual(placed.t);
    expect(placed.kind === 'event' && placed.labelBefore).toBe(true);
    expect(placed.to).toBeLessThanOrEqual(1000);
  });
});

describe('layoutEvents merges marks too close to tell apart', () => {
  // The showcase: 1994–2020 on 1,000 px, where 27 September and 1 October 2020 are 0.4 px apart.
  const karabakh = () => [
    event(floatingDate(1994), { title: 'Ceasefire' }),
    event(floatingDate(1994), { endMs: floatingDate(2020, 8, 27), title: 'The frozen conflict' }),
    event(floatingDate(2020, 8, 27), { title: 'Escalation, martial law' }),
    event(floatingDate(2020, 9, 1), { title: 'Lavrov and Çavuşoğlu call for a ceasefire' }),
    event(floatingDate(2020, 9, 1), { title: 'Minsk Group co-chairs’ statement' }),
  ];
  const full = createTimeScale([floatingDate(1993), floatingDate(2021)], [0, 1000]);
  const clusterLabelWidth = () => 260;

  test('layoutEvents(events) draws the three autumn 2020 events as one labelled mark at full extent', () => {
    const events = karabakh();
    const { items } = layoutEvents(events, full, [undefined], { labelWidth, clusterLabelWidth, breadth: 300 });
    expect(items.map((i) => (i.kind === 'event' ? i.event.title : `cluster of ${i.count}`))).toEqual([
      'Ceasefire',
      'The frozen conflict',
      'cluster of 3',
    ]);
    const cluster = items[2] as PlacedCluster;
    expect(cluster.events).toEqual(events.slice(2));
    // Near the right edge its label goes before the mark, and stays inside the axis.
    expect(cluster.label?.before).toBe(true);
    expect(cluster.label!.t + 260).toBeLessThan(cluster.t);
    expect(cluster.from).toBeGreaterThanOrEqual(0);
    expect(cluster.to).toBeLessThanOrEqual(1000);
    expect(overlaps(items)).toBeNull();
  });

  test('layoutEvents(events) splits the merged mark once the dates are a mark apart, and stacks same-day events', () => {
    const autumn = createTimeScale([floatingDate(2020, 8, 24), floatingDate(2020, 9, 4)], [0, 1000]);
    const { items } = layoutEvents(karabakh(), autumn, [undefined], { labelWidth, clusterLabelWidth, breadth: 300 });
    expect(items.every((i) => i.kind === 'event')).toBe(true);
    // The era ends on the 27th and the two 1 October statements share a position: three labels, three rows.
    const points = items.filter((i) => i.kind === 'event' && !i.event.isRange) as PlacedEvent[];
    expect(points.map((p) => p.event.title)).toEqual([
      'Escalation, martial law',
      'Lavrov and Çavuşoğlu call for a ceasefire',
      'Minsk Group co-chairs’ statement',
    ]);
    expect(points[1].t).toBe(points[2].t);
    expect(points[1].row).not.toBe(points[2].row);
    expect(points[1].t - points[0].t).toBeGreaterThan(300);
  });

  test('layoutEvents(events) falls back to "+N" where the label does not fit, then to the overflow cluster', () => {
    const autumn = karabakh().slice(2);
    const axis = createTimeScale([floatingDate(2010), floatingDate(2021)], [0, 1000]);
    const options = { labelWidth, clusterLabelWidth, breadth: 28 };
    const total = (items: PlacedItem[]) => items.reduce((n, i) => n + (i.kind === 'cluster' ? i.count : 1), 0);
    // Two rows. A 420 px label from 2015 ends 90 px before the autumn marks, and a label placed before a mark on
    // 1 August 2020 runs up to them: no room for the 260 px label, room for "+3" in the first row, which leaves the
    // August label readable in the last.
    const august = event(floatingDate(2020, 7, 1), { title: 'y'.repeat(20) });
    const early = layoutEvents(
      [event(floatingDate(2015), { title: 'x'.repeat(60) }), august, ...autumn],
      axis,
      [undefined],
      { ...options, breadth: 56 },
    );
    const compact = early.items.find((i) => i.kind === 'cluster') as PlacedCluster;
    expect(compact.count).toBe(3);
    expect(compact.label).toBeUndefined();
    expect(compact.row).toBe(0);
    expect(early.items.some((i) => i.kind === 'event' && i.event === august)).toBe(true);
    expect(total(early.items)).toBe(5);
    expect(overlaps(early.items)).toBeNull();
    // A long label placed before a mark in August 2020 covers the autumn marks: they overflow into a "+N".
    const late = layoutEvents(
      [event(floatingDate(2020, 7), { title: 'x'.repeat(60) }), ...autumn],
      axis,
      [undefined],
      options,
    );
    expect(total(late.items)).toBe(4);
    expect(late.items.filter((i) => i.kind === 'cluster').every((c) => c.kind === 'cluster' && !c.label)).toBe(true);
    expect(overlaps(late.items)).toBeNull();
  });

  test('layoutEvents(events) uses the short label when only it fits (a phone)', () => {
    const phone = createTimeScale([floatingDate(1993), floatingDate(2021)], [0, 340]);
    const widths = (_f: TimelineEvent, _l: TimelineEvent, _n: number, short: boolean) => (short ? 230 : 330);
    const { items } = layoutEvents(karabakh(), phone, [undefined], {
      labelWidth,
      clusterLabelWidth: widths,
      breadth: 300,
    });
    const cluster = items.find((i) => i.kind === 'cluster') as PlacedCluster;
    expect(cluster.label).toEqual({ t: expect.any(Number), before: true, short: true });
    expect(cluster.from).toBeGreaterThanOrEqual(0);
  });

  test('layoutEvents(events) draws "+N" when the label fits on neither side of the mark (a phone)', () => {
    // "3 événements, 27 septembre 2020 – 1er octobre 2020" is about 330 px: wider than either side of the mark.
    const phone = createTimeScale([floatingDate(1993), floatingDate(2021)], [0, 340]);
    const wide = () => 330;
    const { items } = layoutEvents(karabakh(), phone, [undefined], {
      labelWidth,
      clusterLabelWidth: wide,
      breadth: 300,
    });
    const cluster = items.find((i) => i.kind === 'cluster') as PlacedCluster;
    expect(cluster.count).toBe(3);
    expect(cluster.label).toBeUndefined();
    expect(items.every((i) => i.from >= 0)).toBe(true);
  });

  test('layoutEvents(events) without clusterLabelWidth draws merged marks as "+N"', () => {
    const { items } = layoutEvents(karabakh(), full, [undefined], { labelWidth, breadth: 300 });
    const cluster = items.find((i) => i.kind === 'cluster') as PlacedCluster;
    expect(cluster.count).toBe(3);
    expect(cluster.label).toBeUndefined();
  });

  test('layoutEvents(events) keeps 5,000 events of one day as labels and a "+N", not one merged mark', () => {
    const day = floatingDate(2020, 8, 27);
    const events = Array.from({ length: 5000 }, (_, i) => event(day, { title: `Report ${i}` }));
    const { items } = layoutEvents(events, full, [undefined], { labelWidth, clusterLabelWidth, breadth: 280 });
    const clusters = items.filter((i) => i.kind === 'cluster') as PlacedCluster[];
    expect(items.length - clusters.length).toBe(9);
    expect(clusters.map((c) => c.count)).toEqual([4991]);
    expect(clusters[0].label).toBeUndefined();
  });
});

describe('layoutEvents on a narrow view', () => {
  const phone = createTimeScale([floatingDate(2020, 0), floatingDate(2021, 0)], [0, 300]);

  test('layoutEvents(events) cuts a label wider than either side of its mark to the roomier side', () => {
    const long = event(floatingDate(2020, 5, 1), { title: 'x'.repeat(40) }); // 280 px, mark near the middle
    const placed = layoutEvents([long], phone, [undefined], { labelWidth, breadth: 100 }).items[0] as PlacedEvent;
    expect(placed.labelMax).toBeDefined();
    expect(placed.labelMax).toBeLessThan(280);
    expect(placed.from).toBeGreaterThanOrEqual(0);
    expect(placed.to).toBeLessThanOrEqual(300);
    // A label that fits keeps its width, and no cut is recorded.
    const short = event(floatingDate(2020, 5, 1), { title: 'Short' });
    const whole = layoutEvents([short], phone, [undefined], { labelWidth, breadth: 100 }).items[0] as PlacedEvent;
    expect(whole.labelMax).toBeUndefined();
  });

  test('layoutEvents(events) cuts a range title that fits neither in nor before its bar', () => {
    const era = event(floatingDate(2020, 6), { endMs: floatingDate(2020, 8), title: 'y'.repeat(45) }); // 315 px: wider than the view
    const placed = layoutEvents([era], phone, [undefined], { labelWidth, breadth: 100 }).items[0] as PlacedEvent;
    expect(placed.labelMax).toBeDefined();
    expect(placed.to).toBeLessThanOrEqual(300);
  });
});
