import { describe, expect, test } from 'vitest';
import { floatingDate } from '../../src/data/dates.js';
import { holds, layoutEvents, type PlacedCluster } from '../../src/layout/events.js';
import { createTimeScale } from '../../src/layout/scale.js';
import type { TimelineEvent } from '../../src/timeline.types.js';

function event(index: number, start: number, endMs?: number): TimelineEvent {
  return {
    id: `e${index}`,
    index,
    title: `Event ${index}`.padEnd(8 + (index % 20), 'x'),
    date: { text: '', precision: 'day', start, end: start + 86_400_000, approximate: false, uncertain: false },
    start,
    end: endMs ?? start + 86_400_000,
    isRange: endMs !== undefined,
    source: {},
  } as TimelineEvent;
}

describe('cluster members', () => {
  test('a "+N" cluster lists its members in date order, ranges included, at every zoom', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const events = Array.from({ length: 400 }, (_, i) => {
      const start = floatingDate(
        2000 + Math.floor(random() * 20),
        Math.floor(random() * 12),
        1 + Math.floor(random() * 28),
      );
      return random() < 0.4 ? event(i, start, start + random() * 8 * 365 * 86_400_000) : event(i, start);
    }).sort((a, b) => a.start - b.start);
    const labelWidth = (e: TimelineEvent) => e.title.length * 7;
    let clusters = 0;
    let unordered = 0;
    for (const [from, to] of [
      [2000, 2021],
      [2008, 2012],
      [2010, 2011],
    ]) {
      const scale = createTimeScale([floatingDate(from), floatingDate(to)], [0, 600]);
      const { items } = layoutEvents(events, scale, [undefined], { labelWidth, breadth: 3 * 28 });
      for (const item of items) {
        if (item.kind !== 'cluster') continue;
        clusters++;
        const starts = (item as PlacedCluster).events.map((e) => e.start);
        if (starts.some((s, i) => i > 0 && s < starts[i - 1])) unordered++;
        // The span a cluster names runs from its first member to its last.
        const c = item as PlacedCluster;
        if (c.first !== c.events[0] || c.last !== c.events[c.events.length - 1]) unordered++;
      }
    }
    expect(clusters).toBeGreaterThan(3);
    expect(unordered).toBe(0);
  });

  test('a cluster holds exactly its members, folded ones included, without building its list', () => {
    // Points a few hours apart, many to a pixel at the widest zoom: clusters open, fold earlier ones and grow.
    const events = Array.from({ length: 3000 }, (_, i) =>
      event(i, floatingDate(2020, 0, 1) + Math.floor(i / 3) * 3_600_000 * 7 + (i % 3) * 60_000),
    );
    events.push(event(3000, floatingDate(2020, 1, 1), floatingDate(2020, 5, 1)));
    events.sort((a, b) => a.start - b.start);
    const labelWidth = (e: TimelineEvent) => e.title.length * 7;
    let checked = 0;
    let wrong = 0;
    for (const days of [300, 60, 10]) {
      const from = floatingDate(2020, 0, 1);
      const scale = createTimeScale([from, from + days * 86_400_000], [0, 600]);
      const { items } = layoutEvents(events, scale, [undefined], { labelWidth, breadth: 3 * 28 });
      for (const item of items) {
        if (item.kind !== 'cluster') continue;
        const members = new Set(item.events);
        for (const e of events) {
          checked++;
          if (holds(item, e) !== members.has(e)) wrong++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
    expect(wrong).toBe(0);
  });
});

describe('many events in view', () => {
  test('each visible event is placed once or in one cluster, whose count, span, first and last are its members', () => {
    let seed = 3;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const from = floatingDate(2000);
    const span = floatingDate(2020) - from;
    const events = Array.from({ length: 40_000 }, (_, i) => {
      const start = from + Math.floor(random() * span);
      return random() < 0.05 ? event(i, start, start + random() * 90 * 86_400_000) : event(i, start);
    }).sort((a, b) => a.start - b.start || a.end - b.end);
    const labelWidth = (e: TimelineEvent) => e.title.length * 7;
    for (const [a, b] of [
      [2000, 2021],
      [2005, 2006],
    ]) {
      const d0 = floatingDate(a);
      const d1 = floatingDate(b);
      const scale = createTimeScale([d0, d1], [0, 600]);
      const { items } = layoutEvents(events, scale, [undefined], { labelWidth, breadth: 4 * 28 });
      const seen = new Map<TimelineEvent, number>();
      const count = (e: TimelineEvent) => seen.set(e, (seen.get(e) ?? 0) + 1);
      let wrong = 0;
      for (const item of items) {
        if (item.kind === 'event') {
          count(item.event);
          continue;
        }
        const members = item.events;
        for (const e of members) count(e);
        const ends = Math.max(...members.map((e) => e.end));
        if (item.count !== members.length || item.end !== ends || item.start !== members[0].start) wrong++;
        if (item.first !== members[0] || item.last !== members[members.length - 1]) wrong++;
      }
      const visible = events.filter((e) => e.end > d0 && e.start < d1);
      expect(seen.size).toBe(visible.length);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
      expect(wrong).toBe(0);
    }
  });
});
