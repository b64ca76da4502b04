import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import fr from '../../data/karabakh.fr.json';
import '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { markX, overlappingLabels, rendered, settled, tickTextOf, titlesWhole, until } from '../../stories/helpers.js';

/** Right to left: `<html dir="rtl" lang="ar">`, time runs from right to left in the horizontal timeline. */

const ESCALATION = 'escalade-2020-09-27';
const LAVROV = 'lavrov-cavusoglu-2020-10-01';
const MINSK = 'groupe-de-minsk-2020-10-01';

async function mount(setup?: (el: EventTimeline) => void, width = 1000): Promise<EventTimeline> {
  document.documentElement.dir = 'rtl';
  document.documentElement.lang = 'ar';
  const el = document.createElement('event-timeline');
  el.style.width = `${width}px`;
  el.events = fr as EventTimeline['events'];
  setup?.(el);
  document.body.append(el);
  return rendered(el);
}

const root = (el: EventTimeline) => el.shadowRoot!;
const plot = (el: EventTimeline) => root(el).querySelector('.plot') as HTMLElement;
const button = (el: EventTimeline, id: string) => root(el).querySelector<HTMLElement>(`[data-key="e:${id}"]`)!;
const active = (el: EventTimeline) => root(el).activeElement as HTMLElement | null;
const box = (n: Element | null | undefined) => n!.getBoundingClientRect();
/** The date (floating ms) drawn at `clientX`: the visible range runs from the plot's right edge to its left. */
const timeAt = (el: EventTimeline, clientX: number) => {
  const { left, right } = box(plot(el));
  const { start, end } = el.visibleRange;
  return +start + ((right - clientX) / (right - left)) * (+end - +start);
};

/**
 * In the text node under `root` that holds `needle`: where a piece of it is drawn, `at(piece, k)` the left edge of
 * the `k`-th character after the piece's start, px. How a bidi algorithm ordered the text shows on screen only.
 */
function drawnAt(root: Node, needle: string) {
  const text = document
    .createTreeWalker(root, NodeFilter.SHOW_TEXT, (n) =>
      (n as Text).data.includes(needle) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
    )
    .nextNode() as Text;
  return (piece: string, k = 0) => {
    const i = text.data.indexOf(piece) + k;
    const range = document.createRange();
    range.setStart(text, i);
    range.setEnd(text, i + 1);
    return range.getBoundingClientRect().left;
  };
}

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('dir');
  document.documentElement.lang = 'en';
});

describe('right to left', () => {
  test('zoomed to 24 September – 5 October 2020, the 27 September mark is right of the 1 October marks, with no overlaps', async () => {
    const el = await mount((el) => {
      el.start = '2020-09-24';
      el.end = '2020-10-05';
    });
    await settled(el);
    const x27 = markX(el, ESCALATION);
    expect(x27).toBeGreaterThan(markX(el, LAVROV));
    expect(x27).toBeGreaterThan(markX(el, MINSK));
    // Four days apart, in a window of eleven over 1000 px: about 360 px, and 1 October further left.
    expect(x27 - markX(el, LAVROV)).toBeGreaterThan(300);
    expect(overlappingLabels(el)).toEqual([]);
    // A label reads after its mark, left of it, unless the edge leaves no room (then right of it, beside it).
    const label = (id: string) => box(button(el, id).querySelector('[part~="label"]'));
    for (const id of [ESCALATION, LAVROV]) {
      expect(label(id).right).toBeLessThanOrEqual(markX(el, id));
      expect(label(id).right).toBeGreaterThan(markX(el, id) - 20);
    }
    const minsk = label(MINSK);
    const beside = (x: number) => Math.min(Math.abs(minsk.right - x), Math.abs(minsk.left - x));
    expect(beside(markX(el, MINSK))).toBeLessThan(20);
    // The buttons and the axis are in Arabic; the axis runs right to left too: 24 September on the right.
    expect(root(el).querySelector('.controls button')?.getAttribute('aria-label')).toBe('تصغير');
    const ticks = [...root(el).querySelectorAll('.axis .tick')].map((t) => box(t).left);
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks).toEqual([...ticks].sort((a, b) => b - a));
  });

  test('at full extent: 1994 on the right, the era start border on its 1994 end, tick labels left of their ticks', async () => {
    const el = await mount();
    expect(markX(el, 'cessez-le-feu-1994')).toBeGreaterThan(markX(el, ESCALATION));
    const item = button(el, 'conflit-gele').closest('li')!;
    const bar = item.querySelector('.bar')!;
    // The bar runs from its start (1994, its item's origin) leftwards to 2020, with the start border there.
    expect(Math.abs(box(bar).right - box(item).left)).toBeLessThan(1);
    expect(box(bar).width).toBeGreaterThan(700);
    expect(getComputedStyle(bar).borderRightWidth).toBe('3px');
    expect(getComputedStyle(bar).borderLeftWidth).toBe('0px');
    // The era's label stays inside its bar, at its start.
    const label = box(item.querySelector('[part~="label"]'));
    expect(label.right).toBeLessThanOrEqual(box(bar).right);
    expect(label.right).toBeGreaterThan(box(bar).right - 30);
    for (const tick of root(el).querySelectorAll('.axis .tick')) {
      const text = tick.querySelector('text');
      if (!text?.textContent) continue;
      expect(box(text).right).toBeLessThanOrEqual(box(tick.querySelector('line')).left + 0.5);
    }
    // The fit check and the labels agree: none of the tick labels overlap.
    const labels = [...root(el).querySelectorAll('.axis .tick text')].map(box).filter((r) => r.width > 0);
    for (let i = 1; i < labels.length; i++) expect(labels[i].right).toBeLessThan(labels[i - 1].left);
  });

  test('← goes to the later event and → back, as the arrows point on screen', async () => {
    const el = await mount((el) => {
      el.start = '2020-09-24';
      el.end = '2020-10-05';
    });
    await el.focusEvent(ESCALATION);
    await settled(el);
    expect(active(el)?.dataset.key).toBe(`e:${ESCALATION}`);
    await userEvent.keyboard('{ArrowLeft}');
    await settled(el);
    expect(active(el)?.dataset.key).toBe(`e:${LAVROV}`);
    await userEvent.keyboard('{ArrowRight}');
    await settled(el);
    expect(active(el)?.dataset.key).toBe(`e:${ESCALATION}`);
  });

  test('a drag moves the dates with the pointer, and ctrl + wheel zooms around it', async () => {
    const el = await mount((el) => {
      el.start = '2000';
      el.end = '2010';
    });
    const p = plot(el);
    const { left, top } = box(p);
    const init = { bubbles: true, cancelable: true, view: window, button: 0, clientY: top + 60 };
    const grabbed = timeAt(el, left + 600);
    const span0 = +el.visibleRange.end - +el.visibleRange.start;
    p.dispatchEvent(new MouseEvent('mousedown', { ...init, clientX: left + 600 }));
    window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientX: left + 500 }));
    window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientX: left + 400 }));
    window.dispatchEvent(new MouseEvent('mouseup', { ...init, clientX: left + 400 }));
    await settled(el);
    // The date grabbed stays under the pointer: 200 px to the left brings earlier dates in from the right.
    expect(Math.abs(timeAt(el, left + 400) - grabbed)).toBeLessThan(span0 / 1000);
    expect(timeAt(el, left + 600)).toBeLessThan(grabbed);

    const x = left + 250;
    const under = timeAt(el, x);
    const span = +el.visibleRange.end - +el.visibleRange.start;
    p.dispatchEvent(new WheelEvent('wheel', { ...init, clientX: x, deltaY: -200, ctrlKey: true }));
    await settled(el);
    expect(+el.visibleRange.end - +el.visibleRange.start).toBeLessThan(span * 0.9);
    expect(Math.abs(timeAt(el, x) - under)).toBeLessThan(span / 1000);
  });

  test('the direction is followed when the page changes it; the vertical timeline keeps top to bottom', async () => {
    const el = await mount();
    const rtl = markX(el, ESCALATION);
    document.documentElement.dir = 'ltr';
    await until(() => markX(el, ESCALATION) > rtl + 500);
    expect(markX(el, 'cessez-le-feu-1994')).toBeLessThan(markX(el, ESCALATION));
    document.documentElement.dir = 'rtl';
    await until(() => Math.abs(markX(el, ESCALATION) - rtl) < 1);
    el.style.width = '380px';
    await rendered(el);
    expect(el.matches(':state(vertical)')).toBe(true);
    const y = (id: string) => box(button(el, id).closest('li')).top;
    expect(y('cessez-le-feu-1994')).toBeLessThan(y(ESCALATION));
  });

  test('dates and titles are isolated in accessible names, so neither reorders the other', async () => {
    const el = await mount((el) => {
      el.start = '2020-09-24';
      el.end = '2020-10-05';
    });
    const name = button(el, ESCALATION).getAttribute('aria-label') ?? '';
    expect(name).toContain('\u2068Escalade au Haut-Karabakh, loi martiale\u2069');
    expect(name).toMatch(/\u2068[^\u2069]*2020[^\u2069]*\u2069/);
  });

  test('an English "+N" reads "+N" in a right-to-left page, not "N+"', async () => {
    const el = await mount((el) => {
      el.locale = 'en';
      // Sixty events in four weeks at 400 px: most of them in "+N" pills.
      el.events = Array.from({ length: 60 }, (_, i) => ({
        id: `e${i}`,
        date: `2020-09-${String(1 + (i % 28)).padStart(2, '0')}`,
        title: `Event number ${i}, with a title long enough to need a row of its own`,
      }));
    }, 400);
    const pills = [...root(el).querySelectorAll<HTMLElement>('.item.cluster [part~="cluster"]')];
    expect(pills.length).toBeGreaterThan(0);
    for (const pill of pills) {
      const at = drawnAt(pill, '+');
      // On screen, the sign is left of the first digit, as English writes it.
      expect(at('+')).toBeLessThan(at('+', 1));
    }
  });

  test('an English merged mark\'s "20 events, …" keeps its count first in a right-to-left page', async () => {
    const el = await mount((el) => {
      el.locale = 'en';
      // Twenty events an hour apart on 15 September, in a year: one mark, too many for callouts, with room for
      // its count and dates.
      el.events = [
        { id: 'first', date: '2020-01-01', title: 'First' },
        ...Array.from({ length: 20 }, (_, h) => ({
          id: `e${h}`,
          date: `2020-09-15T${String(h).padStart(2, '0')}:00Z`,
          title: `Event ${h}`,
        })),
        { id: 'last', date: '2020-12-31', title: 'Last' },
      ];
    }, 1000);
    const label = root(el).querySelector<HTMLElement>('.item.merged .label')!;
    expect(label.textContent).toMatch(/^20 events/);
    const at = drawnAt(label, 'events');
    // "20" is drawn left of "events", as English reads, not at the far end of the line.
    expect(at('20')).toBeLessThan(at('events'));
  });

  test('English tick labels keep their own order in a right-to-left page: "15 September 2020", not "September 2020 15"', async () => {
    const el = await mount((el) => {
      el.locale = 'en-GB';
      // Times of day: the view can zoom to hours, where the context row names the day, day first in British English.
      el.events = [6, 9, 12, 15].map((h) => ({ id: `e${h}`, date: `2020-09-15T${h}:00Z`, title: `At ${h}` }));
    });
    el.zoomTo('2020-09-15T05:00Z', '2020-09-15T16:00Z');
    await settled(el);
    const majors = [...root(el).querySelectorAll('.axis .major text')].map(tickTextOf);
    expect(majors.join(' ')).toMatch(/15 September 2020/);
    for (const major of root(el).querySelectorAll('.axis .major text')) {
      const label = tickTextOf(major);
      const at = drawnAt(major, label);
      // Its first character is drawn left of its last, as English reads.
      expect(at(label)).toBeLessThan(at(label, label.length - 1));
    }
  });

  test('Arabic tick labels keep their own order in a left-to-right page too', async () => {
    const el = await mount((el) => {
      el.locale = 'ar';
      el.events = [6, 9, 12, 15].map((h) => ({ id: `e${h}`, date: `2020-09-15T${h}:00Z`, title: `At ${h}` }));
    });
    document.documentElement.dir = 'ltr';
    await rendered(el);
    el.zoomTo('2020-09-15T05:00Z', '2020-09-15T16:00Z');
    await settled(el);
    const majors = [...root(el).querySelectorAll('.axis .major text')];
    expect(majors.length).toBeGreaterThan(0);
    for (const major of majors) {
      const label = tickTextOf(major);
      const at = drawnAt(major, label);
      // Its first character is drawn right of its last, as Arabic reads.
      expect(at(label)).toBeGreaterThan(at(label, label.length - 1));
    }
  });

  test('axe finds nothing, at full extent and zoomed into the autumn of 2020', async () => {
    const el = await mount();
    const violations = async () =>
      (await axe.run(el)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await violations()).toEqual([]);
    el.zoomTo('2020-09-24', '2020-10-05');
    await settled(el);
    expect(await violations()).toEqual([]);
  });

  test('the detail panel mirrors: its close button first on the left, clear of the mark; French text keeps its direction', async () => {
    const el = await mount((el) => {
      el.style.height = '420px';
      el.selected = ESCALATION;
    });
    const panel = root(el).querySelector('.detail')!;
    const host = box(el);
    // The escalation's mark is at the 2020 end, on the left: the panel opens on the right, away from it.
    expect(host.right - box(panel).right).toBeLessThan(20);
    expect(box(panel).left).toBeGreaterThan(host.left + host.width / 2);
    expect(box(panel.querySelector('.close')).left - box(panel).left).toBeLessThan(20);
    expect(getComputedStyle(panel).direction).toBe('rtl');
    // The French title and description; the date line takes the direction of the date as labelled.
    for (const text of panel.querySelectorAll('h2, p[dir]:not(:has(time))')) {
      expect(getComputedStyle(text).direction).toBe('ltr');
    }
  });

  test('an era of unknown end fades out towards its end: to the left', async () => {
    const el = await mount((el) => {
      el.events = [
        { id: 'open', date: '1994/', title: 'Une ère sans fin connue' },
        { id: 'point', date: '2020-09-27', title: 'Escalade' },
      ];
    });
    const bar = root(el).querySelector('.open-end .bar')!;
    expect(getComputedStyle(bar).maskImage).toMatch(/^linear-gradient\(to left/);
    document.documentElement.dir = 'ltr';
    el.requestUpdate();
    await el.updateComplete;
    expect(getComputedStyle(bar).maskImage).toMatch(/^linear-gradient\(to right/);
  });

  test('the pointed date chip sits on the axis under its mark, and the mark stem reaches the axis there', async () => {
    const el = await mount((el) => {
      el.start = '2020-09-24';
      el.end = '2020-10-05';
    });
    await el.focusEvent(ESCALATION);
    await settled(el);
    const chip = box(root(el).querySelector('.axis-chip'));
    const x = markX(el, ESCALATION);
    expect(Math.abs((chip.left + chip.right) / 2 - x)).toBeLessThan(1);
    const stem = box(root(el).querySelector('.stem.pointed'));
    expect(Math.abs(stem.left - x)).toBeLessThan(1.5);
    // The grid lines are the ticks': each under its tick.
    const ticks = [...root(el).querySelectorAll('.axis .tick line')].map((l) => Math.round(box(l).left));
    const grid = [...root(el).querySelectorAll('.grid > line:not(.stem)')].map((l) => Math.round(box(l).left));
    expect(grid).toEqual(ticks);
  });
});

/** A box's edges, and whether `a` lies left of `b` (half a pixel of tolerance). */
const leftOf = (a: DOMRect, b: DOMRect) => a.right <= b.left + 0.5;
const labelsOf = (el: EventTimeline) => [...root(el).querySelectorAll('[part~="label"], [part~="cluster"]')];

describe('right to left, vertical (a phone)', () => {
  const TITLES = fr.events.map((e) => e.title);

  test('the axis strip is on the inline-start side, the right: marks and stems beside it, the labels left of them', async () => {
    const el = await mount(undefined, 380);
    expect(el.matches(':state(vertical)')).toBe(true);
    const p = box(plot(el));
    const axis = box(root(el).querySelector('.axis'));
    expect(Math.abs(axis.right - p.right)).toBeLessThan(1);
    expect(axis.width).toBeLessThan(100);
    // Every title whole, none overlapping, all of them left of the strip and inside the plot.
    expect(titlesWhole(el, TITLES)).toEqual([]);
    expect(overlappingLabels(el)).toEqual([]);
    for (const label of labelsOf(el)) {
      expect(leftOf(box(label), axis), label.textContent ?? '').toBe(true);
      expect(box(label).left, label.textContent ?? '').toBeGreaterThanOrEqual(p.left - 0.5);
    }
    // A mark sits in the gutter between its label and the strip; its stem runs from the strip to it.
    const li = button(el, 'cessez-le-feu-1994').closest('li')!;
    const mark = box(li.querySelector('.mark'));
    expect(leftOf(mark, axis)).toBe(true);
    expect(leftOf(box(li.querySelector('[part~="label"]')), mark)).toBe(true);
    expect(axis.left - mark.right).toBeLessThan(30);
    const stems = box(root(el).querySelector('.grid .stems'));
    expect(stems.right).toBeLessThanOrEqual(axis.left + 1);
    expect(stems.left).toBeGreaterThan(mark.right - 8);
    // The era's bar too, in the gutter, its start border at its top (time still runs down).
    const bar = root(el).querySelector('.range .bar')!;
    expect(leftOf(box(bar), axis)).toBe(true);
    expect(getComputedStyle(bar).borderTopWidth).toBe('3px');
    // Tick labels in the strip, right of their ticks (which face the events); the context row inside the strip.
    const ticks = [...root(el).querySelectorAll('.axis .tick')];
    expect(ticks.length).toBeGreaterThan(2);
    for (const tick of ticks) {
      const line = box(tick.querySelector('line'));
      expect(Math.abs(line.left - axis.left)).toBeLessThan(1);
      const text = tick.querySelector('text');
      if (!text?.textContent) continue;
      expect(box(text).left).toBeGreaterThanOrEqual(line.right - 0.5);
      expect(box(text).right).toBeLessThanOrEqual(axis.right + 0.5);
    }
    for (const text of root(el).querySelectorAll('.axis .major text')) {
      expect(box(text).left).toBeGreaterThanOrEqual(axis.left);
      expect(box(text).right).toBeLessThanOrEqual(axis.right + 0.5);
    }
  });

  test('zoomed into the autumn of 2020: ↓ and ↑ follow time, the chip sits in the strip, a drag pans down', async () => {
    // French dates in an Arabic page (the element's locale), as in the French phone story under dir="rtl".
    const el = await mount((el) => {
      el.locale = 'fr-FR';
      el.start = '2020-09-20';
      el.end = '2020-10-05';
    }, 380);
    await settled(el);
    expect(overlappingLabels(el)).toEqual([]);
    const axis = box(root(el).querySelector('.axis'));
    // A French title wrapped in two lines: each line flush with the gutter, on the right.
    const label = button(el, ESCALATION).querySelector('[part~="label"]')!;
    const range = document.createRange();
    range.selectNodeContents(label);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    expect(new Set(lines.map((r) => Math.round(r.top))).size).toBe(2);
    for (const line of lines) expect(line.right).toBeGreaterThan(box(label).right - 2);
    // Tick labels isolated: "sept." keeps its full stop at its end, "oct." too.
    const ticks = [...root(el).querySelectorAll('.axis .tick text')].map((t) => t.textContent ?? '');
    expect(ticks.some((t) => /^\u2068\d+ sept\.?\u2069$/.test(t) || /^\u2068sept\.? \d+\u2069$/.test(t))).toBe(true);
    await el.focusEvent(ESCALATION);
    await settled(el);
    const chip = box(root(el).querySelector('.axis-chip'));
    // At the strip's outer edge, on its mark's time (a long date may reach past the strip, over the gutter).
    expect(Math.abs(chip.right - (axis.right - 2))).toBeLessThan(1);
    expect(chip.width).toBeGreaterThan(axis.width - 5);
    // "27 sept. 2020" in its own direction, not reordered to "sept. 2020 27" by the page's.
    expect(getComputedStyle(root(el).querySelector('.axis-chip bdi')!).direction).toBe('ltr');
    const pointed = box(root(el).querySelector('.stem.pointed'));
    expect(Math.abs(pointed.right - axis.left)).toBeLessThan(1.5);
    await userEvent.keyboard('{ArrowDown}');
    await settled(el);
    const next = active(el)?.dataset.key;
    expect(next).not.toBe(`e:${ESCALATION}`);
    await userEvent.keyboard('{ArrowUp}');
    await settled(el);
    expect(active(el)?.dataset.key).toBe(`e:${ESCALATION}`);
    // → and ← as in the vertical layout: later and earlier.
    await userEvent.keyboard('{ArrowRight}');
    await settled(el);
    expect(active(el)?.dataset.key).toBe(next);
    // A drag on the strip pans through time: dragging up brings later dates in.
    const p = plot(el);
    const start = +el.visibleRange.start;
    const init = { bubbles: true, cancelable: true, view: window, button: 0, clientX: axis.left + 40 };
    p.dispatchEvent(new MouseEvent('mousedown', { ...init, clientY: axis.top + 300 }));
    window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientY: axis.top + 250 }));
    window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientY: axis.top + 200 }));
    window.dispatchEvent(new MouseEvent('mouseup', { ...init, clientY: axis.top + 200 }));
    await settled(el);
    expect(+el.visibleRange.start).toBeGreaterThan(start);
  });

  test('lanes become columns from the right, their names over them; the detail sheet stays inside', async () => {
    const el = await mount((el) => {
      el.style.width = '520px';
      el.orientation = 'vertical';
      el.events = [
        { id: 'a', date: '2020-09-27', title: 'Escalade', group: 'Arménie' },
        { id: 'b', date: '2020-10-01', title: 'Déclaration', group: 'Azerbaïdjan' },
      ];
      el.selected = 'a';
    }, 520);
    await settled(el);
    const names = [...root(el).querySelectorAll('.lane-name')].map((n) => ({ text: n.textContent, r: box(n) }));
    expect(names.map((n) => n.text)).toEqual(['Arménie', 'Azerbaïdjan']);
    // The first lane is the one next to the strip: on the right.
    expect(names[0].r.left).toBeGreaterThan(names[1].r.right);
    const axis = box(root(el).querySelector('.axis'));
    expect(leftOf(names[0].r, axis)).toBe(true);
    const a = box(button(el, 'a').querySelector('[part~="label"]'));
    const b = box(button(el, 'b').querySelector('[part~="label"]'));
    expect(leftOf(b, a)).toBe(true);
    const rule = box(root(el).querySelector('.lane-rule'));
    expect(rule.left).toBeGreaterThanOrEqual(b.right - 0.5);
    expect(rule.right).toBeLessThanOrEqual(a.left + 20);
    const host = box(el);
    await until(() => root(el).querySelector('.detail') !== null);
    const panel = box(root(el).querySelector('.detail'));
    expect(panel.left).toBeGreaterThanOrEqual(host.left);
    expect(panel.right).toBeLessThanOrEqual(host.right);
  });
});
