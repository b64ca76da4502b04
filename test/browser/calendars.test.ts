import { afterEach, describe, expect, test } from 'vitest';
import fr from '../../data/karabakh.fr.json';
import '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { overlappingLabels, rendered, settled, tickLabels, tickTextOf } from '../../stories/helpers.js';

/** A locale whose calendar is not the Gregorian: labels and ticks in that calendar, on its own boundaries. */

async function mount(locale: string, start?: string, end?: string, dir = 'rtl'): Promise<EventTimeline> {
  const el = document.createElement('event-timeline');
  el.style.width = '1000px';
  el.dir = dir;
  el.locale = locale;
  el.events = fr as EventTimeline['events'];
  if (start) el.start = start;
  if (end) el.end = end;
  document.body.append(el);
  await rendered(el);
  await settled(el);
  return el;
}

/** The screen x of every tick and context-row label (px from the plot's left) with its label. */
function ticksOnScreen(el: EventTimeline): { x: number; label: string }[] {
  const root = el.shadowRoot!;
  const minor = [...root.querySelectorAll('.axis .tick')].map((g) => ({
    x: Number(/translate\(([-\d.e]+)/.exec(g.getAttribute('transform') ?? '')?.[1]),
    label: tickTextOf(g),
  }));
  const major = [...root.querySelectorAll('.axis .major text')].map((t) => ({
    // A context-row label starts 3 px after its tick in reading direction (left of it, right to left).
    x: Number(t.getAttribute('x')) + (el.dir === 'rtl' ? 3 : -3),
    label: tickTextOf(t),
  }));
  return [...minor, ...major];
}

/** Where a date is on screen, px from the plot's left. */
function xOf(el: EventTimeline, date: number): number {
  const { start, end } = el.visibleRange;
  const width = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect().width;
  const t = ((date - +start) / (+end - +start)) * width;
  return el.dir === 'rtl' ? width - t : t;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('calendars', () => {
  test('fa-IR-u-ca-persian, mid-2019 to mid-2021: ticks carry Persian years, and one sits on Nowruz', async () => {
    const el = await mount('fa-IR-u-ca-persian', '2019-07', '2021-06');
    const ticks = ticksOnScreen(el);
    const labels = ticks.map((t) => t.label).join(' ');
    expect(labels).toContain('۱۳۹۹');
    expect(labels).not.toMatch(/\b20(19|20|21)\b|۲۰۲۰/);
    const nowruz = [Date.UTC(2020, 2, 20), Date.UTC(2021, 2, 21)].map((d) => xOf(el, d));
    expect(ticks.some((t) => nowruz.some((x) => Math.abs(t.x - x) < 1))).toBe(true);
    // The Gregorian 1 January is no tick of this axis.
    expect(ticks.some((t) => Math.abs(t.x - xOf(el, Date.UTC(2020, 0, 1))) < 1)).toBe(false);
    expect(overlappingLabels(el)).toEqual([]);
  });

  test('plain fa: Persian by default; the Gregorian year 1994 reads as the two Persian years it spans', async () => {
    const el = await mount('fa');
    const names = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].map((b) => b.getAttribute('aria-label'));
    expect(names.find((n) => n?.startsWith('\u2068Cessez-le-feu'))).toContain('۱۳۷۲–۱۳۷۳');
    expect(tickLabels(el).join(' ')).toMatch(/۱۳[۷-۹]/);
  });

  test.each([
    ['ar-SA-u-ca-islamic-umalqura', Date.UTC(2020, 7, 20), '١٤٤٢'],
    ['he-IL-u-ca-hebrew', Date.UTC(2020, 8, 19), '5781'],
  ])('%s: a tick on the first day of the year, labelled with it', async (locale, newYear, year) => {
    const el = await mount(locale, '2019-10', '2021-06');
    const ticks = ticksOnScreen(el);
    const at = ticks.filter((t) => Math.abs(t.x - xOf(el, newYear)) < 1).map((t) => t.label);
    expect(at.join(' ')).toContain(year);
  });

  test('th-TH-u-ca-buddhist and ja-JP-u-ca-japanese count Gregorian years: labels in the calendar, on 1 January', async () => {
    const th = await mount('th-TH-u-ca-buddhist', '2019-07', '2021-06', 'ltr');
    expect(tickLabels(th).join(' ')).toContain('2563');
    expect(ticksOnScreen(th).some((t) => Math.abs(t.x - xOf(th, Date.UTC(2020, 0, 1))) < 1)).toBe(true);
    const ja = await mount('ja-JP-u-ca-japanese', '2019-07', '2021-06', 'ltr');
    expect(tickLabels(ja).join(' ')).toMatch(/令和/);
  });
});
