import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { denseAutumn2020 } from '../data/generate.js';
import history from '../data/history.en.json';
import { parseDocument } from '../src/data/parse.js';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { overlappingLabels, reachableCount, rendered, settled, tickLabels } from './helpers.js';

/** Layout under pressure: rows, lanes, clusters and dates far from the present. */
const meta = {
  title: 'Layout/Dense and long',
  component: 'event-timeline',
} satisfies Meta;
export default meta;
type Story = StoryObj;

const timeline = (canvas: HTMLElement) => canvas.querySelector('event-timeline') as EventTimeline;

/** Checks at several windows that labels never overlap and that every event in view is a mark or in a cluster. */
async function checkWindows(el: EventTimeline, windows: [string, string][]) {
  const events = parseDocument(el.events).events;
  for (const [start, end] of windows) {
    el.zoomTo(start, end);
    await settled(el);
    const [v0, v1] = [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
    const inView = events.filter((e) => e.end > v0 && e.start < v1).length;
    await expect(overlappingLabels(el), `labels overlap in ${start}–${end}`).toEqual([]);
    await expect(reachableCount(el), `events reachable in ${start}–${end}`).toBe(inView);
  }
}

const dense = denseAutumn2020(300);

/** 300 events in four lanes within two months of 2020: labels stack, then cluster into "+N" marks. */
export const Dense300: Story = {
  render: () =>
    html`<event-timeline locale="en-GB" style="--timeline-height: 30rem" .events=${dense}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(el.shadowRoot!.querySelectorAll('[part~="lane"]').length).toBe(4);
    await expect(el.shadowRoot!.querySelectorAll('[part~="cluster"]').length).toBeGreaterThan(0);
    await checkWindows(el, [
      ['2020-08-25', '2020-11-05'],
      ['2020-09-01', '2020-10-01'],
      ['2020-09-10', '2020-09-20'],
      ['2020-09-14', '2020-09-16'],
      ['2020-09-15T06:00', '2020-09-15T18:00'],
    ]);
  },
};

/** From 3200 BC to 1991: BCE years read "3200 BC", approximate dates are dashed, eras are bars. */
export const FiveThousandYears: Story = {
  render: () =>
    html`<event-timeline locale="en-GB" style="--timeline-height: 28rem" .events=${history}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const ticks = tickLabels(el);
    await expect(ticks.some((t) => t?.endsWith(' BC'))).toBe(true);
    await expect(ticks.some((t) => t === '0' || t?.startsWith('-'))).toBe(false);
    await checkWindows(el, [
      ['-3300', '2000'],
      ['-1000', '0500'],
      ['-0100', '0100'],
      ['-0044', '-0043'],
      ['1480', '1500'],
    ]);
  },
};
