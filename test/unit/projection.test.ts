import { describe, expect, test } from 'vitest';
import fr from '../../data/karabakh.fr.json' with { type: 'json' };
import { parseDocument } from '../../src/data/parse.js';
import { layoutEvents, type PlacedEvent, zoomCentre } from '../../src/layout/events.js';
import { projection } from '../../src/layout/projection.js';
import { createTimeScale } from '../../src/layout/scale.js';

const { events } = parseDocument(fr);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('projection', () => {
  test('horizontal puts time on x and rows on y; vertical the other way round', () => {
    expect(projection('horizontal').point(120, 40)).toEqual({ x: 120, y: 40 });
    expect(projection('horizontal').translate(120, 40)).toBe('translate(120px,40px)');
    expect(projection('vertical').point(120, 40)).toEqual({ x: 40, y: 120 });
    expect(projection('vertical').translate(120, 40)).toBe('translate(40px,120px)');
  });

  test('mirrored (a right-to-left page), horizontal time runs from the right edge; vertical rows run from the right', () => {
    const rtl = projection('horizontal', 1000);
    expect(rtl.point(120, 40)).toEqual({ x: 880, y: 40 });
    expect(rtl.translate(120, 40)).toBe('translate(880px,40px)');
    // What follows a mark in time (t + 50) lies left of it.
    expect(rtl.point(170, 0).x).toBeLessThan(rtl.point(120, 0).x);
    // Vertical: time still runs down; across (the rows, right of the axis strip) is measured from the right edge.
    const vertical = projection('vertical', 300);
    expect(vertical.point(120, 40)).toEqual({ x: 260, y: 120 });
    expect(vertical.translate(120, 40)).toBe('translate(260px,120px)');
    expect(vertical.point(170, 40).y).toBeGreaterThan(vertical.point(120, 40).y);
    expect(vertical.mirrored).toBe(true);
    expect(projection('vertical').mirrored).toBeFalsy();
    expect(projection('horizontal', 0).point(120, 40)).toEqual({ x: 120, y: 40 });
  });

  test('the layout is in time and rows: t follows the scale and across the rows, whatever the orientation', () => {
    const scale = createTimeScale([day('2020-09-20'), day('2020-10-10')], [0, 1000]);
    const { items } = layoutEvents(events, scale, [undefined], { labelWidth: (e) => e.title.length * 7, breadth: 300 });
    const escalation = items.find((i): i is PlacedEvent => i.kind === 'event' && i.event.date.text === '2020-09-27');
    expect(escalation?.t).toBeCloseTo(scale(day('2020-09-27')), 6);
    expect(escalation?.across).toBe(escalation!.row * 28 + 14);
    const { x, y } = projection('vertical').point(escalation!.t, escalation!.across);
    expect([x, y]).toEqual([escalation!.across, escalation!.t]);
  });
});

describe('zoomCentre: where + and - zoom from the keyboard', () => {
  // Zoomed to 24 September – 5 October 2020, with the frozen conflict (1994 – 27 September 2020) in view at its end.
  const scale = createTimeScale([day('2020-09-24'), day('2020-10-05')], [0, 1100]);
  const { items } = layoutEvents(events, scale, [undefined], { labelWidth: (e) => e.title.length * 7, breadth: 300 });
  const era = items.find((i): i is PlacedEvent => i.kind === 'event' && i.event.isRange)!;

  test('a range partly in view: the middle of its visible part, not of the whole era (May 2007)', () => {
    expect(era.t).toBeLessThan(-100_000);
    const centre = zoomCentre(era, 0, 1100);
    expect(centre).toBeCloseTo(era.t2 / 2, 6);
    expect(scale.invert(centre).getTime()).toBeGreaterThanOrEqual(day('2020-09-24'));
    expect(scale.invert(centre).getTime()).toBeLessThanOrEqual(day('2020-09-28'));
  });

  test('a point in view zooms around itself; out of view, or no focus, around the middle of the view', () => {
    const point = items.find((i): i is PlacedEvent => i.kind === 'event' && !i.event.isRange)!;
    expect(zoomCentre(point, 0, 1100)).toBe(point.t);
    expect(zoomCentre({ ...point, t: -50 }, 0, 1100)).toBe(550);
    expect(zoomCentre(undefined, 0, 1100)).toBe(550);
    expect(zoomCentre({ ...era, t: -500, t2: -20 }, 0, 1100)).toBe(550);
  });

  test('a cluster zooms around the member the reader moved to while it is in view', () => {
    const cluster = { ...era, kind: 'cluster' as const, t: 700 } as unknown as Parameters<typeof zoomCentre>[0];
    expect(zoomCentre(cluster, 0, 1100, 640)).toBe(640);
    expect(zoomCentre(cluster, 0, 1100, 5000)).toBe(700);
  });
});

describe('the vertical geometry: labels beside their marks (`beside`)', () => {
  // Time down 600 px; one column 300 px wide; each label one 20 px line.
  const scale = createTimeScale([day('1992-01-01'), day('2021-01-01')], [10, 610]);
  const options = {
    labelWidth: () => 20,
    calloutWidth: () => 20,
    clusterWidth: () => 22,
    breadth: 300,
    rowSize: 300,
    laneHeaderSize: 0,
    gap: 6,
    beside: { line: 20 },
  };
  const { items } = layoutEvents(events, scale, [undefined], options);
  const placed = items.filter((i): i is PlacedEvent => i.kind === 'event');

  test('the seed at full extent: every event placed, in one column, none overlapping along the axis', () => {
    expect(items.every((i) => i.kind === 'event')).toBe(true);
    expect(placed).toHaveLength(events.length);
    expect(new Set(placed.map((p) => p.across))).toEqual(new Set([150]));
    const spans = placed.map((p) => [p.from, p.to] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1] + 6);
  });

  test('an item covers only its label: a point is centred on its mark, or moved down at most four lines', () => {
    for (const p of placed) {
      expect(p.to - p.from).toBe(20);
      // (The autumn stack, at the end edge, is the exception: it moves up to stay in view.)
      if (!p.event.isRange && !p.callout) {
        expect(p.labelT).toBeGreaterThanOrEqual(p.t - 10 - 0.001);
        expect(p.labelT).toBeLessThanOrEqual(p.t - 10 + 80 + 0.001);
      }
    }
  });

  test('the three autumn 2020 events are a stack of callouts down the column, in date order', () => {
    const stack = placed.filter((p) => p.callout).sort((a, b) => a.callout!.index - b.callout!.index);
    expect(stack.map((p) => p.event.date.text)).toEqual(['2020-09-27', '2020-10-01', '2020-10-01']);
    for (let i = 1; i < stack.length; i++) expect(stack[i].labelT).toBe(stack[i - 1].to + 6);
    // They share the first one's mark.
    expect(new Set(stack.map((p) => p.t)).size).toBe(1);
  });

  test('through the vertical projection, t is y and the row is x', () => {
    const p = placed[0];
    expect(projection('vertical').point(p.t, p.across)).toEqual({ x: p.across, y: p.t });
  });

  test('what does not fit in four lines of moving becomes a "+N", and no event is lost', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => ({
      ...events[0],
      id: `c${i}`,
      start: day('2000-01-01') + i * 86_400_000 * 20,
      end: day('2000-01-01') + i * 86_400_000 * 20 + 86_400_000,
      date: { ...events[0].date, start: day('2000-01-01') + i * 86_400_000 * 20 },
    }));
    const out = layoutEvents(crowd, scale, [undefined], options).items;
    expect(out.some((i) => i.kind === 'cluster')).toBe(true);
    expect(out.reduce((n, i) => n + (i.kind === 'cluster' ? i.count : 1), 0)).toBe(60);
    const spans = out.map((i) => [i.from, i.to] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
  });
});
