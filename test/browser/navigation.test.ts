import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TimelineRangeChangeEvent, TimelineSelectEvent } from '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { settled, until } from '../../stories/helpers.js';
import { mountFrench } from './french.js';

const DAY = 86_400_000;
const span = (el: EventTimeline) => el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
const iso = (d: Date) => d.toISOString().slice(0, 10);

const plot = (el: EventTimeline) => el.shadowRoot!.querySelector('.plot') as HTMLElement;
const active = (el: EventTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;

afterEach(async () => {
  document.body.replaceChildren();
  document.body.style.height = '';
  window.scrollTo(0, 0);
  await userEvent.keyboard('{/Control}{/Shift}');
});

describe('wheel policy', () => {
  test('a plain wheel over an unfocused timeline scrolls the page, does not zoom, and hints how to zoom', async () => {
    document.body.style.height = '4000px';
    const el = await mountFrench();
    const before = span(el);
    await userEvent.wheel(plot(el), { delta: { y: 300 }, times: 2 });
    await until(() => window.scrollY > 0);
    expect(span(el)).toBe(before);
    expect(el.shadowRoot!.querySelector('.hint')?.textContent).toMatch(/^Utilisez (Ctrl|⌘) \+ molette/);
  });

  test('ctrl + wheel zooms around the pointer without scrolling the page', async () => {
    document.body.style.height = '4000px';
    const el = await mountFrench();
    const before = span(el);
    await userEvent.keyboard('{Control>}');
    await userEvent.wheel(plot(el), { delta: { y: -200 }, times: 3 });
    await userEvent.keyboard('{/Control}');
    await settled(el);
    expect(span(el)).toBeLessThan(before / 2);
    expect(window.scrollY).toBe(0);
  });

  test('a sideways swipe pans without zooming', async () => {
    const el = await mountFrench((el) => {
      el.start = '2000';
      el.end = '2005';
    });
    const before = el.visibleRange;
    await userEvent.wheel(plot(el), { delta: { x: 200 } });
    await settled(el);
    expect(span(el)).toBeCloseTo(before.end.getTime() - before.start.getTime(), -3);
    expect(el.visibleRange.start.getTime()).toBeGreaterThan(before.start.getTime());
  });
});

describe('keyboard', () => {
  test('a keyboard-only reader zooms from 1994–2020 to the week of 27 September–1 October 2020 and back, hearing each range', async () => {
    const el = await mountFrench();
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    // Tab past the zoom buttons to the events: one tab stop.
    for (let i = 0; i < 4 && !active(el)?.matches('[part~="event"], [part~="cluster"]'); i++) await userEvent.tab();
    expect(active(el)?.matches('[part~="event"], [part~="cluster"]')).toBe(true);
    // End: the last event, the Minsk Group statement, a callout of the autumn 2020 stack at this zoom.
    await userEvent.keyboard('{End}');
    await settled(el);
    expect(active(el)?.getAttribute('aria-label')).toMatch(/^1er oct\. · Déclaration des coprésidents du Groupe/);
    for (let i = 0; i < 14 && span(el) > 8 * DAY; i++) {
      await userEvent.keyboard('+');
      await settled(el);
    }
    // The stack spread out on the way in; focus stayed on the event the reader went to.
    expect(active(el)?.textContent).toContain('Groupe de Minsk');
    expect(active(el)?.closest('.callout')).toBeNull();
    const { start, end } = el.visibleRange;
    expect(span(el)).toBeLessThanOrEqual(8 * DAY);
    expect(start.getTime()).toBeLessThanOrEqual(Date.UTC(2020, 8, 27));
    expect(end.getTime()).toBeGreaterThanOrEqual(Date.UTC(2020, 9, 1));
    expect(live.textContent).toMatch(/^Période affichée : .*septembre.*octobre 2020$/);
    await userEvent.keyboard('0');
    await settled(el);
    expect(iso(el.visibleRange.start).slice(0, 4)).toBe('1992');
    // Back out, the statement is a callout again, and focus is still on it.
    expect(active(el)?.closest('.callout')).not.toBeNull();
    expect(active(el)?.textContent).toContain('Groupe de Minsk');
    expect(live.textContent).toBe('Période affichée : 1992–2021');
  });

  test('arrows move between events in date order, Home and End go to the ends', async () => {
    const el = await mountFrench((el) => {
      el.start = '2020-09-20';
      el.end = '2020-10-05';
    });
    await el.focusEvent('escalade-2020-09-27');
    expect(active(el)?.textContent).toContain('Escalade');
    await userEvent.keyboard('{ArrowRight}');
    await until(() => active(el)?.textContent?.includes('Lavrov') ?? false);
    await userEvent.keyboard('{ArrowLeft}');
    await until(() => active(el)?.textContent?.includes('Escalade') ?? false);
    await userEvent.keyboard('{Home}');
    await settled(el);
    // The 1994 ceasefire was off-screen: the view pans to it.
    await until(() => active(el)?.textContent?.includes('Cessez-le-feu') ?? false);
    expect(el.visibleRange.start.getUTCFullYear()).toBeLessThanOrEqual(1994);
  });

  test('from before the element: Tab reaches the events, + zooms, End reaches the last event, Enter selects it', async () => {
    const before = document.createElement('button');
    before.textContent = 'Avant';
    document.body.append(before);
    const el = await mountFrench();
    const selections: (string | null)[] = [];
    el.addEventListener('timeline-select', (e) => selections.push(e.detail.id));
    before.focus();
    await userEvent.tab();
    expect(active(el)?.getAttribute('aria-label')).toBe('Cessez-le-feu : le conflit est « gelé », 1994');
    const full = span(el);
    await userEvent.keyboard('+');
    await settled(el);
    expect(span(el)).toBeLessThan(full * 0.6);
    await userEvent.keyboard('{End}');
    await settled(el);
    expect(active(el)?.textContent).toContain('Groupe de Minsk');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(selections).toEqual(['groupe-de-minsk-2020-10-01']);
  });

  test('the keys work on the zoom buttons too: +, -, 0, arrows and End; Enter presses the button', async () => {
    const el = await mountFrench();
    const [zoomOut, zoomIn] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="controls"] button');
    const full = span(el);
    zoomOut.focus();
    await userEvent.keyboard('+');
    await settled(el);
    expect(span(el)).toBeLessThan(full * 0.6);
    await userEvent.keyboard('0');
    await settled(el);
    expect(span(el)).toBe(full);
    zoomIn.focus();
    await userEvent.keyboard('{Enter}');
    await settled(el);
    expect(span(el)).toBeLessThan(full * 0.6);
    await userEvent.keyboard('-');
    await settled(el);
    expect(span(el)).toBe(full);
    await userEvent.keyboard('{End}');
    await settled(el);
    expect(active(el)?.textContent).toContain('Groupe de Minsk');
  });

  test('Enter selects the focused event and Escape closes the detail and returns focus', async () => {
    const el = await mountFrench((el) => {
      el.start = '2020-09-20';
      el.end = '2020-10-05';
    });
    const selections: (string | null)[] = [];
    el.addEventListener('timeline-select', (e) => selections.push(e.detail.id));
    await el.focusEvent('escalade-2020-09-27');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(selections).toEqual(['escalade-2020-09-27']);
    expect(el.getAttribute('selected')).toBe('escalade-2020-09-27');
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.querySelector('time')?.textContent).toBe('27 septembre 2020');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="detail"]')).toBeNull();
    await until(() => active(el)?.textContent?.includes('Escalade') ?? false);
    // Closing is a deselection the host hears (issue 18): timeline-select with id null.
    expect(selections).toEqual(['escalade-2020-09-27', null]);
    expect(el.selected).toBeUndefined();
    expect(el.hasAttribute('selected')).toBe(false);
  });

  test('closing the detail fires timeline-select with { id: null, event: null }; the host’s own changes fire nothing', async () => {
    const el = await mountFrench((el) => {
      el.start = '2020-09-20';
      el.end = '2020-10-05';
    });
    const details: TimelineSelectEvent['detail'][] = [];
    el.addEventListener('timeline-select', (e) => details.push(e.detail));
    const button = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find((b) =>
      b.textContent?.includes('Escalade'),
    )!;
    await userEvent.click(button);
    await el.updateComplete;
    expect(details.map((d) => d.id)).toEqual(['escalade-2020-09-27']);
    expect(details[0].event?.title).toBe('Escalade au Haut-Karabakh, loi martiale');
    // Escape, with focus on the mark that was clicked.
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(details[1]).toEqual({ id: null, event: null });
    // The host selects and clears: no event. The reader then closes the host's selection with ×: an event.
    el.selected = 'escalade-2020-09-27';
    await el.updateComplete;
    el.selected = undefined;
    await el.updateComplete;
    expect(details).toHaveLength(2);
    el.selected = 'escalade-2020-09-27';
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="detail"] .close')!.click();
    await el.updateComplete;
    expect(details).toHaveLength(3);
    expect(details[2]).toEqual({ id: null, event: null });
    expect(el.shadowRoot!.querySelector('[part="detail"]')).toBeNull();
    // Escape with nothing selected clears nothing and fires nothing.
    await el.focusEvent('escalade-2020-09-27');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(details).toHaveLength(3);
  });
});

describe('limits', () => {
  test('zoomOut() at the full extent changes nothing; zoomIn() stops at one hour across the width', async () => {
    const el = await mountFrench();
    const full = span(el);
    el.zoomOut();
    await settled(el);
    expect(span(el)).toBe(full);
    el.zoomTo('2020-09-27', '2020-09-28');
    await settled(el);
    for (let i = 0; i < 8; i++) el.zoomIn();
    await settled(el);
    expect(span(el)).toBeGreaterThanOrEqual(3_600_000 - 1);
    expect(span(el)).toBeLessThan(3 * 3_600_000);
  });

  test('panning stops at the data with its margin, and the limits follow a resize and new data', async () => {
    const el = await mountFrench((el) => {
      el.start = '2019';
      el.end = '2020';
    });
    await userEvent.keyboard('{Control>}');
    for (let i = 0; i < 5; i++) {
      el.zoomTo('2030', '2031');
      await settled(el);
    }
    await userEvent.keyboard('{/Control}');
    expect(el.visibleRange.end.getUTCFullYear()).toBeLessThanOrEqual(2021);
    el.style.width = '500px';
    await settled(el);
    expect(el.visibleRange.end.getUTCFullYear()).toBeLessThanOrEqual(2021);
    el.events = [
      { date: '1500', title: 'Much earlier' },
      { date: '1600', title: 'Later' },
    ];
    await settled(el);
    // 1500 to the end of 1600, plus 4 % (about four years) on each side.
    expect(iso(el.visibleRange.start)).toMatch(/^1495-12/);
    expect(iso(el.visibleRange.end)).toMatch(/^1605-01/);
  });
});

describe('timeline-rangechange', () => {
  test('fires for the reader’s gestures, not for the host’s own calls', async () => {
    const el = await mountFrench();
    const changes: TimelineRangeChangeEvent[] = [];
    el.addEventListener('timeline-rangechange', (e) => changes.push(e));
    el.zoomTo('2000', '2010');
    el.zoomIn();
    await settled(el);
    await new Promise((r) => setTimeout(r, 200));
    expect(changes).toHaveLength(0);
    (el.shadowRoot!.querySelector('[part="controls"] button') as HTMLElement).click();
    await settled(el);
    await until(() => changes.length > 0);
    const last = changes.at(-1)!;
    expect(last.detail.start.getTime()).toBe(el.visibleRange.start.getTime());
    expect(last.bubbles && last.composed).toBe(true);
  });

  test('double-click zooms in around the pointer and shift + double-click zooms out', async () => {
    const el = await mountFrench();
    el.zoomTo('2000', '2010');
    await settled(el);
    const before = span(el);
    await userEvent.dblClick(el.shadowRoot!.querySelector('.grid')!.parentElement!);
    await settled(el);
    expect(span(el)).toBeCloseTo(before / 2, -5);
    await userEvent.keyboard('{Shift>}');
    await userEvent.dblClick(plot(el));
    await userEvent.keyboard('{/Shift}');
    await settled(el);
    expect(span(el)).toBeCloseTo(before, -5);
  });
});

describe('start and end', () => {
  test('setting start and end after load moves the window there', async () => {
    const el = await mountFrench();
    el.start = '2020-09-20';
    el.end = '2020-10-05';
    await settled(el);
    expect(iso(el.visibleRange.start)).toBe('2020-09-20');
    expect(iso(el.visibleRange.end)).toBe('2020-10-06');
  });
});
