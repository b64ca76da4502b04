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
