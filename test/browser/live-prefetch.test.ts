/**
 * The live chunk is prefetched when the browser is idle (src/controllers/source-controller.ts) and changes nothing
 * until an element needs it: until then every item is drawn, even while the view moves; once a big document has
 * been read, labels new to the view come a few a frame (src/controllers/draw-controller.ts). A file of its own:
 * the chunk's state is the page's.
 */
import type { ReactiveControllerHost } from 'lit';
import { expect, test } from 'vitest';
import { generate } from '../../bench/generate.js';
import { NEW_PER_FRAME } from '../../src/controllers/draw-controller.js';
import { drawnItems } from '../../src/controllers/source-controller.js';
import '../../src/index.js';
import type { PlacedItem } from '../../src/layout/events.js';
import type { EventTimeline } from '../../src/timeline.js';
import type { TimelineEventInput } from '../../src/timeline.types.js';

const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 500 }));
const loaded = (el: EventTimeline) =>
  new Promise((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
/** Twenty items new to the view, none of which must be drawn (no callout, focus or selection). */
const items = Array.from({ length: 20 }, (_, i) => ({ kind: 'event', event: { id: `e${i}` } }) as PlacedItem);
const keep = { activeKey: undefined, selected: undefined };
const host = () => ({ requestUpdate() {} }) as unknown as ReactiveControllerHost;
const fetched = () => performance.getEntriesByType('resource').some((e) => /\/src\/live\.ts/.test(e.name));

test('a prefetched live chunk draws every item while the view moves, until a big document needs it', async () => {
  const el = document.createElement('event-timeline');
  el.style.width = '900px';
  const first = loaded(el);
  el.events = [
    { date: '1994-05-12', title: 'Cessez-le-feu' },
    { date: '2020-09-27', title: 'Escalade' },
  ];
  document.body.append(el);
  await first;
  // When the page is idle the element fetches the chunk (this test has not imported it yet).
  for (let t = performance.now(); !fetched() && performance.now() - t < 5000; ) await idle();
  expect(fetched()).toBe(true);
  await import('../../src/live.js');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(drawnItems(host(), items, true, keep)).toBe(items);

  const big = loaded(el);
  el.events = generate(3000).ours as TimelineEventInput[];
  await big;
  const moving = drawnItems(host(), items, true, keep);
  expect(moving).toHaveLength(NEW_PER_FRAME);
  // At rest, all of them.
  expect(drawnItems(host(), items, false, keep)).toBe(items);
  el.remove();
});
