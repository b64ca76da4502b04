import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import fr from '../data/karabakh.fr.json';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { rendered } from './helpers.js';

/**
 * Themes are CSS only: `--timeline-*` custom properties set anywhere above the element, `color-scheme` to force
 * light or dark, and `::part()` for the rest.
 */
const meta = {
  title: 'Karabakh/Theming',
  component: 'event-timeline',
} satisfies Meta;
export default meta;
type Story = StoryObj;

const timeline = (canvas: HTMLElement) => canvas.querySelector('event-timeline') as EventTimeline;
const markColor = (el: EventTimeline) =>
  getComputedStyle(el.shadowRoot!.querySelector('.point .mark') as Element).backgroundColor;

/** The defaults, forced light. */
export const Light: Story = {
  render: () =>
    html`<event-timeline lang="fr" locale="fr-FR" style="color-scheme: light" .events=${fr}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(markColor(el)).toBe('rgb(29, 95, 209)');
  },
};

/** The dark defaults: `color-scheme: dark` on the element (or `prefers-color-scheme: dark` in the reader's system). */
export const Dark: Story = {
  render: () => html`<div style="background: #17181c; padding: 8px">
    <event-timeline lang="fr" locale="fr-FR" style="color-scheme: dark" .events=${fr}></event-timeline>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(markColor(el)).toBe('rgb(127, 176, 255)');
    await expect(getComputedStyle(el).backgroundColor).toBe('rgb(23, 24, 28)');
  },
};

/** A newsroom theme on an ancestor: serif type, the paper's burgundy, square corners, italic labels via ::part. */
export const Newsroom: Story = {
  render: () => html`
    <style>
      .newsroom {
        --timeline-font-family: Georgia, 'DejaVu Serif', serif;
        --timeline-font-size: 0.95rem;
        --timeline-background: #fbf8f3;
        --timeline-color: #222;
        --timeline-axis-color: #5a4e44;
        --timeline-grid-color: #ece4d8;
        --timeline-event-color: #8a1538;
        --timeline-range-color: #f3dde3;
        --timeline-selected-color: #0b5d1e;
        --timeline-focus-color: #8a1538;
        --timeline-radius: 0;
        color-scheme: light;
      }
      .newsroom event-timeline::part(label) {
        font-style: italic;
      }
    </style>
    <div class="newsroom"><event-timeline lang="fr" locale="fr-FR" .events=${fr}></event-timeline></div>
  `,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(markColor(el)).toBe('rgb(138, 21, 56)');
    await expect(getComputedStyle(el).fontFamily).toContain('Georgia');
    const label = el.shadowRoot!.querySelector('[part~="label"]') as Element;
    await expect(getComputedStyle(label).fontStyle).toBe('italic');
  },
};
