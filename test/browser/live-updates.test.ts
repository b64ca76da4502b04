/**
 * Issue 17: `timeline-load` comes after the first frame that shows the document, the first update draws at the
 * element's size, and live updates (a new document sharing ids with the one shown) keep the reader's place: the
 * visible range, the selection, the open detail and the focused event. A document sharing no id fits anew.
 * No timed assertions: frames and updates are counted, not measured.
 */
import { afterEach, describe, expect, test } from 'vitest';
import '../../src/index.js';
import type { TimelineLoadEvent } from '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import type { TimelineEventInput } from '../../src/timeline.types.js';
import { labels, rendered, settled, tickLabels, until } from '../../stories/helpers.js';

function mount(setup: (el: EventTimeline) => void = () => {}): EventTimeline {
  const el = document.createElement('event-timeline');
  el.style.width = '1000px';
  el.locale = 'en-US';
  setup(el);
  document.body.append(el);
  return el;
}

const urls: string[] = [];

/** A same-page URL serving `value` as a JSON document. */
function serve(value: unknown): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
  urls.push(url);
  return url;
}

afterEach(() => {
  document.body.replaceChildren();
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
});

/** One event a year, 2000–2029, with ids `y2000`…: in a window of two years, each has a mark and a label. */
const YEARS: TimelineEventInput[] = Array.from({ length: 30 }, (_, i) => ({
  id: `y${2000 + i}`,
  date: `${2000 + i}-06-15`,
  title: `Event of ${2000 + i}`,
}));

/** Sets `events` and waits for the new document to be announced (the first update loads the live chunk) and drawn. */
async function update(el: EventTimeline, events: EventTimeline['events']): Promise<void> {
  const loaded = new Promise((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
  el.events = events;
  await loaded;
  await rendered(el);
}

const range = (el: EventTimeline) => [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
const eventButton = (el: EventTimeline, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(
    `[data-key="e:${id}"] [part~="event"], [data-key="e:${id}"][part~="event"]`,
  );
const drawnEvents = (el: EventTimeline) => el.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0;

describe('first paint', () => {
  test('timeline-load fires after a frame that shows the events has been rendered, not before', async () => {
    // Every animation frame before the load event records whether the document was already in the shadow DOM:
    // that frame's paint shows it.
    let framesShowing = 0;
    let running = true;
    const watch = () => {
      if (!running) return;
      const el = document.querySelector('event-timeline');
      if (el && drawnEvents(el) > 0) framesShowing++;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const loads: { event: TimelineLoadEvent; framesShowing: number; drawn: number }[] = [];
    const el = mount((el) => {
      el.events = YEARS;
      el.addEventListener('timeline-load', (event) => loads.push({ event, framesShowing, drawn: drawnEvents(el) }));
    });
    await until(() => loads.length > 0);
    running = false;
    expect(loads).toHaveLength(1);
    expect(loads[0].event.detail.count).toBe(30);
    expect(loads[0].drawn).toBeGreaterThan(0);
    expect(loads[0].framesShowing).toBeGreaterThan(0);
    await rendered(el);
    expect(loads).toHaveLength(1);
  });

  test('an element already laid out draws its events in its first update, at its width', async () => {
    const el = mount((el) => {
      el.events = YEARS;
    });
    // One update, before any frame or ResizeObserver callback.
    await el.updateComplete;
    expect(drawnEvents(el)).toBeGreaterThan(0);
    const axis = el.shadowRoot!.querySelector('.axis');
    expect(axis).not.toBeNull();
    const ticks = tickLabels(el);
    expect(ticks).toContain('2010');
    await rendered(el);
    expect(el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect().width).toBe(1000);
  });

  test('an element not laid out yet announces its document once it is shown', async () => {
    const loads: TimelineLoadEvent[] = [];
    const box = document.createElement('div');
    box.hidden = true;
    document.body.append(box);
    const el = document.createElement('event-timeline');
    el.events = YEARS;
    el.addEventListener('timeline-load', (e) => loads.push(e));
    box.append(el);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => setTimeout(r, 0));
    expect(loads).toHaveLength(0);
    box.hidden = false;
    await until(() => loads.length > 0);
    expect(drawnEvents(el)).toBeGreaterThan(0);
  });
});

describe('live updates', () => {
  /** Zoomed to 2010–2012, `y2011` selected (its detail open) and focused. */
  async function zoomedAndSelected(setup: (el: EventTimeline) => void) {
    const el = await rendered(mount(setup));
    // A src document is drawn once it has arrived (the element says "Loading" before).
    await until(() => labels(el).length > 0);
    await rendered(el);
    el.zoomTo('2010', '2012');
    await settled(el);
    el.selected = 'y2011';
    await el.updateComplete;
    await el.focusEvent('y2011');
    await until(() => el.shadowRoot!.activeElement === eventButton(el, 'y2011'));
    return el;
  }

  test('the same events plus one keep the visible range, the selection, the open detail and the focus', async () => {
    const el = await zoomedAndSelected((el) => {
      el.events = YEARS;
    });
    const before = range(el);
    const focused = el.shadowRoot!.activeElement;
    expect(el.shadowRoot!.querySelector('.detail h2')?.textContent).toBe('Event of 2011');

    await update(el, [...YEARS, { id: 'news', date: '2011-09-01', title: 'Breaking news' }]);
    expect(range(el)).toEqual(before);
    expect(el.selected).toBe('y2011');
    expect(el.shadowRoot!.querySelector('.detail h2')?.textContent).toBe('Event of 2011');
    // The very node keeps focus: it was updated, not replaced.
    expect(el.shadowRoot!.activeElement).toBe(focused);
    expect(labels(el)).toContain('Breaking news');
    expect(el.issues).toEqual([]);
  });

  test('a changed event is redrawn in place, and a removed one goes, without moving the view', async () => {
    const el = await zoomedAndSelected((el) => {
      el.events = YEARS;
    });
    const before = range(el);
    await update(
      el,
      YEARS.filter((e) => e.id !== 'y2010').map((e) =>
        e.id === 'y2011' ? { ...e, title: 'Event of 2011, corrected' } : e,
      ),
    );
    expect(range(el)).toEqual(before);
    expect(labels(el)).toContain('Event of 2011, corrected');
    expect(labels(el)).not.toContain('Event of 2010');
    expect(el.shadowRoot!.querySelector('.detail h2')?.textContent).toBe('Event of 2011, corrected');
    expect(el.shadowRoot!.activeElement).toBe(eventButton(el, 'y2011'));
  });

  test('a new src document sharing ids is an update too', async () => {
    const el = await zoomedAndSelected((el) => {
      el.src = serve(YEARS);
    });
    const before = range(el);
    const loads: TimelineLoadEvent[] = [];
    el.addEventListener('timeline-load', (e) => loads.push(e));
    el.src = serve([...YEARS, { id: 'news', date: '2011-09-01', title: 'Breaking news' }]);
    await until(() => loads.length > 0);
    await rendered(el);
    expect(loads[0].detail.count).toBe(31);
    expect(range(el)).toEqual(before);
    expect(el.selected).toBe('y2011');
    expect(el.shadowRoot!.querySelector('.detail h2')?.textContent).toBe('Event of 2011');
    expect(labels(el)).toContain('Breaking news');
  });

  test('a document sharing no id is a new document: it fits anew', async () => {
    const el = await zoomedAndSelected((el) => {
      el.events = YEARS;
    });
    await update(el, [
      { id: 'a', date: '1850', title: 'Long ago' },
      { id: 'b', date: '1900', title: 'Later' },
    ]);
    const { start, end } = el.visibleRange;
    expect(start.getUTCFullYear()).toBeLessThanOrEqual(1850);
    expect(end.getUTCFullYear()).toBeGreaterThanOrEqual(1900);
    expect(labels(el)).toEqual(['Long ago', 'Later']);
  });

  test('default ids (events without an id) do not make two documents one: the second fits anew', async () => {
    const el = await rendered(
      mount((el) => {
        el.events = YEARS.map(({ id: _, ...e }) => e);
      }),
    );
    el.zoomTo('2010', '2012');
    await settled(el);
    await update(el, [{ date: '1850', title: 'Long ago' }]);
    expect(el.visibleRange.start.getUTCFullYear()).toBeLessThanOrEqual(1850);
    expect(labels(el)).toEqual(['Long ago']);
  });
});
