import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import fr from '../data/karabakh.fr.json';
import sheet from '../data/karabakh.fr.timelinejs.csv?raw';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { clusters, labels, rendered, SHOWCASE_LABELS } from './helpers.js';

/**
 * Issue 15: the seed story brought in the way editors write it. `data/karabakh.fr.timelinejs.csv` is the
 * TimelineJS Google Sheets template saved as CSV ("Download → CSV"); `data/karabakh.fr.timelinejs.json` is the
 * same story as a TimelineJS JSON document, with HTML in its slide text. Storybook serves `data/` at `/documents`.
 */
const meta = {
  title: 'Karabakh/Authoring',
  component: 'event-timeline',
} satisfies Meta;
export default meta;
type Story = StoryObj;

const timeline = (canvasElement: HTMLElement) => canvasElement.querySelector('event-timeline') as EventTimeline;

/** Until the first frame that shows a document (rendered() also accepts the empty state of a pending src). */
async function loaded(el: EventTimeline): Promise<EventTimeline> {
  const started = performance.now();
  while (el.shadowRoot?.querySelectorAll('[part~="event"], [part~="cluster"]').length === 0 && !el.issues.length) {
    if (performance.now() - started > 5000) throw new Error('the document did not load in time');
    await new Promise((r) => setTimeout(r, 20));
  }
  return rendered(el);
}

/** The seed story in the TimelineJS Sheets template, loaded through `src` as CSV: it reads as the JSON showcase. */
export const FromSpreadsheet: Story = {
  name: 'From a spreadsheet (CSV)',
  render: () =>
    html`<event-timeline lang="fr" locale="fr-FR" src="/documents/karabakh.fr.timelinejs.csv"></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await loaded(timeline(canvasElement));
    await expect(el.issues).toEqual([]);
    await expect(el.shadowRoot!.querySelector('.title')?.textContent).toBe(fr.title);
    await expect(labels(el)).toEqual(SHOWCASE_LABELS);
    await expect(clusters(el)).toEqual([]);
  },
};

/**
 * The same sheet with a blank row in the middle and month 13 on row 7: every good row is drawn, including the
 * one after the blank row, and the one issue names its row and column.
 */
export const SpreadsheetWithProblems: Story = {
  name: 'From a spreadsheet, with a blank row and a bad month',
  render: () =>
    html`<event-timeline lang="fr" locale="fr-FR" src="/documents/karabakh.fr.timelinejs.bad.csv"></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await loaded(timeline(canvasElement));
    await expect(el.issues).toHaveLength(1);
    await expect(el.issues[0]).toMatchObject({ field: 'Month', row: 7 });
    const alert = el.shadowRoot!.querySelector('[part="error"]');
    await expect(alert?.textContent).toContain('Row 7, column "Month"');
    // The escalade and the Minsk group statement, which comes after the blank row.
    await expect(labels(el)).toEqual([...SHOWCASE_LABELS.slice(0, 3), SHOWCASE_LABELS[4]]);
  },
};

/** The sheet inline, in a `<script type="text/csv">` child: no request at all. */
export const InlineSpreadsheet: Story = {
  name: 'From a spreadsheet, inline',
  render: () => {
    const el = document.createElement('event-timeline');
    el.lang = 'fr';
    el.setAttribute('locale', 'fr-FR');
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.textContent = sheet;
    el.append(script);
    return el;
  },
  play: async ({ canvasElement }) => {
    const el = await loaded(timeline(canvasElement));
    await expect(el.issues).toEqual([]);
    await expect(labels(el)).toEqual(SHOWCASE_LABELS);
  },
};

/**
 * The seed story as a TimelineJS JSON document: its title slide, the era as a range, and the slide text, whose
 * HTML (`<p>`, `<strong>`, a link) is shown as plain text with its paragraphs; no element comes from it.
 */
export const FromTimelineJS: Story = {
  name: 'From TimelineJS JSON',
  render: () =>
    html`<event-timeline lang="fr" locale="fr-FR" src="/documents/karabakh.fr.timelinejs.json"></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await loaded(timeline(canvasElement));
    await expect(el.issues).toEqual([]);
    await expect(el.shadowRoot!.querySelector('.title')?.textContent).toBe(fr.title);
    await expect(labels(el)).toEqual(SHOWCASE_LABELS);
    await expect(el.shadowRoot!.querySelector('[part~="range"]')).not.toBeNull();
    el.selected = 'escalade-2020-09-27';
    await el.updateComplete;
    const detail = el.shadowRoot!.querySelector('[part~="detail"]')!;
    await expect(detail.textContent).toContain('La loi martiale est décrétée');
    await expect(detail.textContent).not.toContain('<');
    await expect(el.shadowRoot!.querySelector('strong, p a[href*="osce.org/minsk"]')).toBeNull();
  },
};
