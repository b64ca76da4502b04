import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { denseAutumn2020 } from '../data/generate.js';
import history from '../data/history.en.json';
import fr from '../data/karabakh.fr.json';
import { parseDocument } from '../src/data/parse.js';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { overlappingLabels, reachableCount, rendered, settled, tickLabels, wholeLabels } from './helpers.js';

/**
 * Time running down the page (issue 13): `orientation="auto"` (the default) is vertical in a timeline narrower
 * than 560 px, so on phones and in narrow columns; `vertical` and `horizontal` force one.
 */
const meta = {
  title: 'Layout/Vertical',
  component: 'event-timeline',
} satisfies Meta;
export default meta;
type Story = StoryObj;

const timeline = (canvas: HTMLElement) => canvas.querySelector('event-timeline') as EventTimeline;
const TITLES = fr.events.map((e) => e.title);
const isVertical = (el: EventTimeline) => el.matches(':state(vertical)');

/** The tick marks' positions on the screen, in order. */
function tickBoxes(el: EventTimeline) {
  return [...el.shadowRoot!.querySelectorAll('.axis .tick line')].map((l) => l.getBoundingClientRect());
}

/** A wheel event over the plot's middle; true when the page may scroll (the timeline did not cancel it). */
function wheel(el: EventTimeline, init: WheelEventInit): boolean {
  const box = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, composed: true, ...at, ...init });
  el.shadowRoot!.querySelector('.plot')!.dispatchEvent(event);
  return !event.defaultPrevented;
}

/** Checks at several windows that labels never overlap and that every event in view is a mark or in a cluster. */
async function checkWindows(el: EventTimeline, windows: [string, string][]) {
  const events = parseDocument(el.events).events;
  for (const [start, end] of windows) {
    el.zoomTo(start, end);
    await settled(el);
    await expect(isVertical(el)).toBe(true);
    const [v0, v1] = [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
    const inView = events.filter((e) => e.end > v0 && e.start < v1).length;
    await expect(overlappingLabels(el), `labels overlap in ${start}–${end}`).toEqual([]);
    await expect(reachableCount(el), `events reachable in ${start}–${end}`).toBe(inView);
  }
}

/**
 * The seed article 400 px wide, no attribute: vertical, the ticks down the left side, every title whole. A plain
 * wheel scrolls the page (the timeline leaves the event alone); ctrl + wheel zooms.
 */
export const FrenchPhone400: Story = {
  render: () => html`<event-timeline lang="fr" locale="fr-FR" style="width: 400px" .events=${fr}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(isVertical(el)).toBe(true);
    await expect(el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('part')).toContain('base--vertical');
    // Ticks stacked down one side: the same x, later ticks lower.
    const ticks = tickBoxes(el);
    await expect(ticks.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < ticks.length; i++) {
      await expect(ticks[i].top).toBeGreaterThan(ticks[i - 1].top);
      await expect(Math.abs(ticks[i].left - ticks[0].left)).toBeLessThan(1);
    }
    const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    await expect(ticks[0].left - plot.left).toBeLessThan(100);
    const whole = wholeLabels(el);
    for (const title of TITLES)
      await expect(
        whole.some((l) => l.endsWith(title)),
        title,
      ).toBe(true);
    await expect(overlappingLabels(el)).toEqual([]);
    // A plain wheel, focused or not, is the page's.
    const before = el.visibleRange;
    await expect(wheel(el, { deltaY: 100 })).toBe(true);
    el.shadowRoot!.querySelector<HTMLElement>('[part~="event"]')!.focus();
    await expect(wheel(el, { deltaY: 100 })).toBe(true);
    await settled(el);
    await expect(el.visibleRange).toEqual(before);
    // Ctrl + wheel zooms.
    await expect(wheel(el, { deltaY: -100, ctrlKey: true })).toBe(false);
    await settled(el);
    const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();
    await expect(span(el.visibleRange)).toBeLessThan(span(before) * 0.9);
    el.zoomToFit();
  },
};

/**
 * Selecting an event on a phone opens its details as a sheet below the plot, on screen (scrolled into view when
 * the timeline is taller than the window): it covers none of the plot, so the selected event stays in sight.
 */
export const FrenchPhoneDetail: Story = {
  render: () => html`<event-timeline lang="fr" locale="fr-FR" style="width: 400px" .events=${fr}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const button = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find((b) =>
      b.textContent?.includes('Lavrov'),
    )!;
    button.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const panel = el.shadowRoot!.querySelector('[part="detail"]')!;
    await expect(panel.querySelector('h2')?.textContent).toContain('Lavrov');
    const box = panel.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    await expect(box.top).toBeGreaterThanOrEqual(Math.max(0, host.top) - 0.5);
    await expect(box.bottom).toBeLessThanOrEqual(Math.min(window.innerHeight, host.bottom) + 0.5);
    await expect(box.left).toBeGreaterThanOrEqual(host.left);
    await expect(box.right).toBeLessThanOrEqual(host.right);
    // Below the plot, and the selected label whole above the sheet, inside the plot.
    const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    await expect(box.top).toBeGreaterThanOrEqual(plot.bottom - 0.5);
    const selected = el.shadowRoot!.querySelector('[part~="event--selected"]')!.getBoundingClientRect();
    await expect(selected.top).toBeGreaterThanOrEqual(plot.top - 0.5);
    await expect(selected.bottom).toBeLessThanOrEqual(Math.min(plot.bottom, box.top) + 0.5);
    el.selected = undefined;
    await el.updateComplete;
  },
};

/** The same in the dark theme (axe checks its contrast). */
export const FrenchPhoneDark: Story = {
  render: () => html`<div style="background: #17181c; padding: 8px">
    <event-timeline lang="fr" locale="fr-FR" style="width: 400px; color-scheme: dark" .events=${fr}></event-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(isVertical(el)).toBe(true);
    await expect(overlappingLabels(el)).toEqual([]);
  },
};

/** `orientation="horizontal"` keeps the horizontal axis at 400 px. */
export const ForcedHorizontal: Story = {
  render: () =>
    html`<event-timeline lang="fr" locale="fr-FR" orientation="horizontal" style="width: 400px" .events=${fr}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(isVertical(el)).toBe(false);
    const ticks = tickBoxes(el);
    await expect(ticks[1].left).toBeGreaterThan(ticks[0].left);
    await expect(Math.abs(ticks[1].top - ticks[0].top)).toBeLessThan(1);
  },
};

/** Its container narrows from 800 to 400 px and widens again: vertical below 560 px, horizontal above, both ways. */
export const AcrossTheBreakpoint: Story = {
  render: () => html`<div class="column" style="width: 800px">
    <event-timeline lang="fr" locale="fr-FR" .events=${fr}></event-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const column = canvasElement.querySelector<HTMLElement>('.column')!;
    await expect(isVertical(el)).toBe(false);
    for (const [width, vertical] of [
      [600, false],
      [540, true],
      [400, true],
      [700, false],
      [420, true],
    ] as const) {
      column.style.width = `${width}px`;
      await rendered(el);
      await settled(el);
      await expect(isVertical(el), `${width} px`).toBe(vertical);
      await expect(overlappingLabels(el), `${width} px`).toEqual([]);
      const whole = wholeLabels(el);
      for (const title of TITLES)
        await expect(
          whole.some((l) => l.endsWith(title)),
          `${title} at ${width} px`,
        ).toBe(true);
    }
  },
};

const dense = denseAutumn2020(300);

/** 300 events in four lanes, vertical at 400 px: the lanes share one column, each label tagged with its lane. */
export const Dense300Vertical: Story = {
  render: () =>
    html`<event-timeline locale="en-GB" style="width: 400px; --timeline-height: 40rem" .events=${dense}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(isVertical(el)).toBe(true);
    await expect(el.shadowRoot!.querySelectorAll('[part~="lane"]').length).toBe(0);
    await checkWindows(el, [
      ['2020-08-25', '2020-11-05'],
      ['2020-09-01', '2020-10-01'],
      ['2020-09-10', '2020-09-20'],
      ['2020-09-14', '2020-09-16'],
      ['2020-09-15T06:00', '2020-09-15T18:00'],
    ]);
    const root = el.shadowRoot!;
    await expect(
      root.querySelectorAll('.lane-tag').length,
      `${root.querySelectorAll('[part~="label"]').length} labels; ${root.querySelector('[part~="label"]')?.outerHTML}`,
    ).toBeGreaterThan(0);
  },
};

/** Dense300 forced vertical at 900 px: the four lanes fit as columns, each under its name. */
export const Dense300VerticalColumns: Story = {
  render: () =>
    html`<event-timeline locale="en-GB" orientation="vertical" style="width: 900px; --timeline-height: 40rem"
      .events=${dense}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(isVertical(el)).toBe(true);
    await expect(el.shadowRoot!.querySelectorAll('[part~="lane"]').length).toBe(4);
    await expect(el.shadowRoot!.querySelectorAll('.lane-tag').length).toBe(0);
    await checkWindows(el, [
      ['2020-08-25', '2020-11-05'],
      ['2020-09-10', '2020-09-20'],
    ]);
  },
};

/** From 3200 BC to 1991, vertical at 420 px. */
export const FiveThousandYearsVertical: Story = {
  render: () =>
    html`<event-timeline locale="en-GB" style="width: 420px; --timeline-height: 36rem" .events=${history}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(isVertical(el)).toBe(true);
    const ticks = tickLabels(el);
    await expect(ticks.some((t) => t?.endsWith(' BC'))).toBe(true);
    await checkWindows(el, [
      ['-3300', '2000'],
      ['-1000', '0500'],
      ['-0100', '0100'],
      ['-0044', '-0043'],
      ['1480', '1500'],
    ]);
  },
};

/**
 * Touch, vertical: a one-finger swipe leaves the view alone (the page scrolls); a pinch along the axis zooms, even
 * when the second finger lands after the first.
 */
export const TouchVertical: Story = {
  parameters: {
    engines: {
      skip: {
        webkit: 'WebKitGTK cannot synthesize touches (new Touch() is an illegal constructor, no initTouchEvent)',
      },
    },
  },
  render: () => html`<event-timeline lang="fr" locale="fr-FR" style="width: 400px" .events=${fr}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(isVertical(el)).toBe(true);
    const target = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const box = target.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    const span = () => el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
    const finger = (id: number, dy: number) => new Touch({ identifier: id, target, clientX: x, clientY: y + dy });
    const send = (type: string, touches: Touch[], changed: Touch[]) =>
      target.dispatchEvent(
        new TouchEvent(type, {
          touches,
          targetTouches: touches,
          changedTouches: changed,
          bubbles: true,
          cancelable: true,
        }),
      );
    const before = el.visibleRange;
    // One finger, up the screen.
    const one = [finger(1, 0)];
    await expect(send('touchstart', one, one)).toBe(true);
    for (const d of [-20, -60, -120]) send('touchmove', [finger(1, d)], [finger(1, d)]);
    send('touchend', [], [finger(1, -120)]);
    await settled(el);
    await expect(el.visibleRange).toEqual(before);
    // A pinch: the first finger, then the second, then both spread along the axis.
    const start = span();
    send('touchstart', [finger(1, -20)], [finger(1, -20)]);
    send('touchstart', [finger(1, -20), finger(2, 20)], [finger(2, 20)]);
    for (const d of [30, 45, 60, 80]) send('touchmove', [finger(1, -d), finger(2, d)], [finger(1, -d), finger(2, d)]);
    send('touchend', [], [finger(1, -80), finger(2, 80)]);
    await settled(el);
    await expect(span() / start).toBeCloseTo(0.25, 1);
  },
};
