/**
 * The detail panel opens below whatever the header holds (the title, the legend, the issue list, Play): a reader
 * can read the issues and toggle a category while it is open. Measured with the boxes the browser laid out, in
 * both orientations, both directions, with the panel on either side, and with a legend that wraps at 380 px.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { rendered, until } from '../../stories/helpers.js';
import { withCategories } from '../../stories/newsroom-data.js';

afterEach(() => document.body.replaceChildren());

/** Six categories (so the legend wraps at 380 px), one colour that is no colour and one bad event: two issues. */
function document_() {
  const doc = withCategories('not a colour');
  const names = ['conflit', 'diplomatie', 'humanitaire', 'économie', 'énergie', 'médias'];
  return {
    ...doc,
    categories: {
      ...doc.categories,
      humanitaire: { label: 'Aide humanitaire' },
      économie: { label: 'Économie régionale' },
      énergie: { label: 'Énergie et transit' },
      médias: { label: 'Médias' },
    },
    events: [
      ...doc.events.map((e, i) => (i < 2 ? e : { ...e, category: names[i] })),
      { id: 'sans-date', title: 'Sans date' },
    ],
  };
}

type Box = DOMRect;
const overlap = (a: Box, b: Box) =>
  a.width > 0 &&
  a.height > 0 &&
  b.width > 0 &&
  b.height > 0 &&
  a.left < b.right &&
  b.left < a.right &&
  a.top < b.bottom &&
  b.top < a.bottom;
const boxes = (el: EventTimeline, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.getBoundingClientRect());

async function open(options: {
  width: number;
  dir: 'ltr' | 'rtl';
  selected: string;
  orientation?: 'horizontal' | 'vertical';
  autoplay?: boolean;
}): Promise<EventTimeline> {
  const el = document.createElement('event-timeline') as EventTimeline;
  el.dir = options.dir;
  el.style.width = `${options.width}px`;
  el.locale = 'fr-FR';
  if (options.orientation) el.orientation = options.orientation;
  if (options.autoplay) el.autoplay = 60;
  el.selected = options.selected;
  el.events = document_() as EventTimeline['events'];
  document.body.append(el);
  await rendered(el);
  await until(() => el.shadowRoot!.querySelector('[part="detail"] .walk') !== null);
  // The walk's reveal may pan or zoom after the panel opens: measure once the frame has settled.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return el;
}

function expectClearOfHeader(el: EventTimeline) {
  const panel = el.shadowRoot!.querySelector('[part="detail"]')!.getBoundingClientRect();
  const header = [
    ...boxes(el, '[part="title"]'),
    ...boxes(el, '[part="legend"] button'),
    ...boxes(el, '[part="error"]'),
    ...boxes(el, '.toolbar [part="play"]'),
    ...boxes(el, '[part="controls"]'),
  ];
  // What the test is about is there: a legend and an issue list, both drawn.
  expect(boxes(el, '[part="legend"] button').length).toBe(6);
  expect(boxes(el, '[part="error"]')[0].height).toBeGreaterThan(0);
  for (const box of header) expect(overlap(panel, box), JSON.stringify({ panel, box })).toBe(false);
  // Never off the element: the panel's top is below the header and its bottom within the element.
  const host = el.getBoundingClientRect();
  expect(panel.bottom).toBeLessThanOrEqual(host.bottom + 0.5);
  expect(panel.height).toBeGreaterThan(0);
}

describe('at 1000 px and wider, the panel opens beside the plot, not over it', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    for (const selected of ['cessez-le-feu-1994', 'escalade-2020-09-27']) {
      test(`at 1040 px, ${dir}, ${selected}: every label in the plot, none under the panel`, async () => {
        const el = await open({ width: 1040, dir, selected });
        const base = el.shadowRoot!.querySelector('.base')!;
        expect(base.classList.contains('wide')).toBe(true);
        expect(base.classList.contains('vertical')).toBe(false);
        const panel = el.shadowRoot!.querySelector('[part="detail"]')!.getBoundingClientRect();
        const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
        expect(overlap(panel, plot)).toBe(false);
        // On the side away from the selected mark, as over the plot.
        const left = (selected === 'escalade-2020-09-27') !== (dir === 'rtl');
        expect(panel.right <= plot.left).toBe(left);
        // The plot keeps most of the width, and every label it draws lies in it, clear of the panel.
        expect(plot.width).toBeGreaterThan(600);
        const labels = boxes(el, '.events .label');
        expect(labels.length).toBeGreaterThan(2);
        for (const box of labels) {
          expect(overlap(panel, box), JSON.stringify({ panel, box })).toBe(false);
          expect(box.left).toBeGreaterThanOrEqual(plot.left - 0.5);
          expect(box.right).toBeLessThanOrEqual(plot.right + 0.5);
        }
        expectClearOfHeader(el);
      });
    }
  }

  test('closing the panel gives the plot its width back; below 1000 px the panel opens over the plot', async () => {
    const el = await open({ width: 1040, dir: 'ltr', selected: 'escalade-2020-09-27' });
    const width = () => el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect().width;
    expect(width()).toBeLessThan(700);
    const { start, end } = el.visibleRange;
    el.selected = null;
    await until(() => width() > 1000);
    await el.updateComplete;
    // The same dates, over the whole width.
    expect([+el.visibleRange.start, +el.visibleRange.end]).toEqual([+start, +end]);
    const narrow = await open({ width: 960, dir: 'ltr', selected: 'escalade-2020-09-27' });
    expect(narrow.shadowRoot!.querySelector('.base')!.classList.contains('wide')).toBe(false);
    const panel = narrow.shadowRoot!.querySelector('[part="detail"]')!.getBoundingClientRect();
    expect(overlap(panel, narrow.shadowRoot!.querySelector('.plot')!.getBoundingClientRect())).toBe(true);
  });
});

describe('the detail panel never covers the header', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    for (const selected of ['cessez-le-feu-1994', 'escalade-2020-09-27']) {
      test(`at 1040 px, ${dir}, ${selected}: below the legend and the issues, and clear of the selected mark`, async () => {
        const el = await open({ width: 1040, dir, selected });
        // Both sides: 1994 is at the start (left, or right in RTL), the escalation at the end.
        const left = (selected === 'escalade-2020-09-27') !== (dir === 'rtl');
        expect(el.shadowRoot!.querySelector('.base')!.classList.contains('panel-left')).toBe(left);
        expectClearOfHeader(el);
        const panel = el.shadowRoot!.querySelector('[part="detail"]')!.getBoundingClientRect();
        const mark = el.shadowRoot!.querySelector('.item.selected .mark');
        expect(mark).not.toBeNull();
        expect(overlap(panel, mark!.getBoundingClientRect())).toBe(false);
      });
    }

    test(`at 380 px, ${dir}, vertical: the sheet is below the legend, which wraps onto two lines`, async () => {
      const el = await open({ width: 380, dir, selected: 'escalade-2020-09-27' });
      expect(el.shadowRoot!.querySelector('.base')!.classList.contains('vertical')).toBe(true);
      const tops = new Set(boxes(el, '[part="legend"] button').map((b) => Math.round(b.top)));
      expect(tops.size).toBeGreaterThanOrEqual(2);
      expectClearOfHeader(el);
      // Below the header it keeps the room it had over it: 17em at the element's 14 px (the text is long enough).
      const sheet = el.shadowRoot!.querySelector('[part="detail"]')!.getBoundingClientRect();
      expect(sheet.height).toBeGreaterThanOrEqual(17 * 14 - 1);
    });

    test(`at 380 px, ${dir}, horizontal and with Play above the plot`, async () => {
      const el = await open({
        width: 380,
        dir,
        selected: 'escalade-2020-09-27',
        orientation: 'horizontal',
        autoplay: true,
      });
      expect(boxes(el, '.toolbar [part="play"]').length).toBeGreaterThan(0);
      expectClearOfHeader(el);
    });
  }

  test('with nothing but the title, the panel starts just below it', async () => {
    const el = document.createElement('event-timeline') as EventTimeline;
    el.style.width = '1040px';
    el.selected = 'b';
    el.events = {
      title: 'Titre',
      events: [
        { id: 'a', date: '2000', title: 'A' },
        { id: 'b', date: '2001', title: 'B' },
      ],
    };
    document.body.append(el);
    await rendered(el);
    await until(() => el.shadowRoot!.querySelector('[part="detail"]') !== null);
    const panel = el.shadowRoot!.querySelector('[part="detail"]')!.getBoundingClientRect();
    const title = el.shadowRoot!.querySelector('[part="title"]')!.getBoundingClientRect();
    const controls = el.shadowRoot!.querySelector('[part="controls"]')!.getBoundingClientRect();
    expect(panel.top).toBeGreaterThanOrEqual(Math.max(title.bottom, controls.bottom));
    expect(panel.top - Math.max(title.bottom, controls.bottom)).toBeLessThan(24);
  });

  test('a short timeline grows while the panel is open, to give it room, and shrinks back when it closes', async () => {
    const el = await open({ width: 1040, dir: 'ltr', selected: 'escalade-2020-09-27' });
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="detail"]')!;
    // Room for the title, the date, text and the walk: 18em at the element's 14 px, less the panel's margins.
    expect(panel.getBoundingClientRect().height).toBeGreaterThan(200);
    const open_ = el.getBoundingClientRect().height;
    el.selected = null;
    await rendered(el);
    expect(el.shadowRoot!.querySelector('[part="detail"]')).toBeNull();
    expect(el.getBoundingClientRect().height).toBeLessThan(open_);
  });

  test('a height the page set is kept: the panel fits in it, and the axis stays in view', async () => {
    const el = document.createElement('event-timeline') as EventTimeline;
    el.style.width = '1040px';
    el.style.setProperty('--timeline-height', '260px');
    el.locale = 'fr-FR';
    el.selected = 'escalade-2020-09-27';
    el.events = document_() as EventTimeline['events'];
    document.body.append(el);
    await rendered(el);
    await until(() => el.shadowRoot!.querySelector('[part="detail"] .walk') !== null);
    await el.updateComplete;
    const host = el.getBoundingClientRect();
    expect(host.height).toBe(260);
    const axis = el.shadowRoot!.querySelector('.axis')!.getBoundingClientRect();
    expect(axis.bottom).toBeLessThanOrEqual(host.bottom + 0.5);
    expectClearOfHeader(el);
  });

  test('in the tab order the open panel comes right after the events, before the zoom buttons', async () => {
    const after = document.createElement('button');
    after.textContent = 'Après';
    const el = document.createElement('event-timeline') as EventTimeline;
    el.style.width = '1040px';
    el.locale = 'fr-FR';
    el.events = document_() as EventTimeline['events'];
    document.body.append(el, after);
    await rendered(el);
    await el.focusEvent('escalade-2020-09-27');
    await userEvent.keyboard('{Enter}');
    await until(() => el.shadowRoot!.querySelector('[part="detail"] .walk') !== null);
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      await userEvent.tab();
      const a = (document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement) as HTMLElement;
      stops.push((a.getAttribute('aria-label') ?? a.textContent ?? '').trim());
    }
    expect(stops).toEqual([
      'Fermer',
      'Précédent',
      'Suivant',
      'Dézoomer',
      'Zoomer',
      'Afficher tous les événements',
      'Après',
    ]);
  });
});
