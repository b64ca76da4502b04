/**
 * `buildFrame` lays a frame out again only when what the layout reads has changed: an update that only points at,
 * focuses or selects an item keeps the frame it has (at a million events a layout costs 10–15 ms).
 */
import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../src/data/parse.js';
import { buildFrame, EMPTY_FRAME } from '../../src/frame.js';
import { LabelService } from '../../src/labels.js';
import { createEventIndex, laneNames } from '../../src/layout/events.js';
import { createTimeScale } from '../../src/layout/scale.js';

const { events } = parseDocument({
  events: [
    { date: '1994-05-12', title: 'Cessez-le-feu au Haut-Karabakh' },
    { date: '2020-09-27', title: 'Escalade au Haut-Karabakh, loi martiale' },
    { date: '2020-10-01', title: 'Déclaration des coprésidents du groupe de Minsk' },
  ],
});
const index = createEventIndex(events);
const lanes = laneNames(events);
const labels = new LabelService('fr-FR');
const font = { weight: '400', size: 14, family: 'sans-serif' };
const window: [number, number] = [Date.UTC(1993, 0, 1), Date.UTC(2021, 0, 1)];

describe('buildFrame', () => {
  const first = buildFrame(index, lanes, createTimeScale(window, [0, 1000]), 400, labels, font, EMPTY_FRAME);

  test('returns the frame it is given when the inputs are the same (a new scale over the same window included)', () => {
    expect(first.items.length).toBeGreaterThan(0);
    const again = buildFrame(index, lanes, createTimeScale(window, [0, 1000]), 400, labels, { ...font }, first);
    expect(again).toBe(first);
  });

  test('lays out anew when the window, the size, the font, the labels or the events change', () => {
    const scale = createTimeScale(window, [0, 1000]);
    const others = [
      buildFrame(index, lanes, createTimeScale([window[0], Date.UTC(2022, 0, 1)], [0, 1000]), 400, labels, font, first),
      buildFrame(index, lanes, createTimeScale(window, [0, 800]), 400, labels, font, first),
      buildFrame(index, lanes, scale, 300, labels, font, first),
      buildFrame(index, lanes, scale, 400, labels, { ...font, size: 16 }, first),
      buildFrame(index, lanes, scale, 400, new LabelService('en-GB'), font, first),
      buildFrame(createEventIndex(events), lanes, scale, 400, labels, font, first),
      buildFrame(index, lanes, scale, 400, labels, font, first, true),
    ];
    for (const frame of others) expect(frame).not.toBe(first);
    // The English frame says the same events in English.
    expect(others[4].items.length).toBe(first.items.length);
  });
});
