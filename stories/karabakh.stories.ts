import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import edtfFr from '../data/karabakh.edtf.fr.json';
import en from '../data/karabakh.en.json';
import fr from '../data/karabakh.fr.json';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import {
  labels,
  largestEmptyBand,
  overlappingLabels,
  reachableCount,
  rendered,
  SHOWCASE_LABELS,
  settled,
  tickLabels,
  tickTextOf,
  titlesWhole,
  wholeLabels,
} from './helpers.js';

type Args = { locale: string; document: unknown };

const meta = {
  title: 'Karabakh/Showcase',
  component: 'event-timeline',
  tags: ['autodocs'],
  render: ({ locale, document }) =>
    html`<event-timeline lang=${locale.split('-')[0]} locale=${locale} .events=${document}></event-timeline>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const timeline = (canvasElement: HTMLElement) => canvasElement.querySelector('event-timeline') as EventTimeline;

const TITLES = fr.events.map((e) => e.title);

/**
 * The seed article in French at 1040 px: the 1994 ceasefire, the frozen-conflict era, and the three autumn 2020
 * events, less than a pixel apart at this zoom, as a stack of callouts: one mark, each title in its own row with
 * its short date. Every title reads whole on the first screen, and the element is as tall as its rows.
 */
export const French: Story = {
  args: { locale: 'fr-FR', document: fr },
  render: ({ locale, document }) =>
    html`<event-timeline lang="fr" locale=${locale} style="width: 1040px" .events=${document}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const ticks = tickLabels(el);
    await expect(ticks).toContain('1994');
    await expect(ticks).toContain('2020');
    await expect(labels(el)).toEqual(SHOWCASE_LABELS);
    await expect(titlesWhole(el, TITLES)).toEqual([]);
    await expect(el.shadowRoot!.querySelectorAll('[part~="cluster"]')).toHaveLength(0);
    await expect(el.shadowRoot!.querySelectorAll('.callout .leader')).toHaveLength(2);
    await expect(overlappingLabels(el)).toEqual([]);
    await expect(largestEmptyBand(el)).toBeLessThanOrEqual(0.25);
    await expect(el.shadowRoot!.querySelector('.title')?.textContent).toBe(fr.title);
  },
};

/**
 * On a phone (380 px), with no attribute: vertical, time running down with the ticks on the left, and the same
 * five titles, whole, across the room beside their marks. Nothing is cut by the edge of the view, at full extent
 * or zoomed.
 */
export const FrenchPhone: Story = {
  args: { locale: 'fr-FR', document: fr },
  render: ({ locale, document }) =>
    html`<event-timeline lang="fr" locale=${locale} style="width: 380px" .events=${document}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(el.matches(':state(vertical)')).toBe(true);
    await expect(labels(el).map((l) => l.split(' · ').pop())).toEqual(TITLES);
    await expect(titlesWhole(el, TITLES)).toEqual([]);
    await expect(overlappingLabels(el)).toEqual([]);
    const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    for (const zoom of [undefined, ['2020-09-20', '2020-10-05']] as const) {
      if (zoom) {
        el.zoomTo(zoom[0], zoom[1]);
        await settled(el);
      }
      for (const node of el.shadowRoot!.querySelectorAll('[part~="label"], [part~="cluster"]')) {
        const box = node.getBoundingClientRect();
        await expect(box.left, node.textContent ?? '').toBeGreaterThanOrEqual(plot.left - 0.5);
        await expect(box.right, node.textContent ?? '').toBeLessThanOrEqual(plot.right + 0.5);
      }
    }
    // Back to the first screen, as the README shows it.
    el.zoomToFit();
    await settled(el);
  },
};

/**
 * The callouts are real events: clicking one selects it and opens its details, and the arrow keys walk the stack
 * in date order.
 */
export const FrenchCallouts: Story = {
  args: { locale: 'fr-FR', document: fr },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const callout = (text: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('.callout [part~="event"]')].find((b) =>
        b.textContent?.includes(text),
      )!;
    await userEvent.click(callout('Lavrov'));
    await expect(el.selected).toBe('lavrov-cavusoglu-2020-10-01');
    await expect(el.shadowRoot!.querySelector('[part="detail"] h2')?.textContent).toContain('Lavrov');
    await userEvent.keyboard('{Escape}');
    await expect(el.shadowRoot!.activeElement?.textContent).toContain('Lavrov');
    await userEvent.keyboard('{ArrowLeft}');
    await settled(el);
    await expect(el.shadowRoot!.activeElement?.textContent).toContain('Escalade');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await settled(el);
    await expect(el.shadowRoot!.activeElement?.textContent).toContain('Groupe de Minsk');
  },
};

/** Zoomed to 26 September – 1 October 2020 at 1040 px: both 1 October statements read whole, in free rows. */
export const FrenchOctoberFirst: Story = {
  args: { locale: 'fr-FR', document: fr },
  render: ({ locale, document }) =>
    html`<event-timeline lang="fr" locale=${locale} style="width: 1040px" start="2020-09-26" end="2020-10-01"
      .events=${document}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const whole = wholeLabels(el);
    await expect(whole).toContain("Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités");
    await expect(whole).toContain("Déclaration des coprésidents du Groupe de Minsk de l'OSCE");
    await expect(overlappingLabels(el)).toEqual([]);
  },
};

/** The French story zoomed by the host through five levels, from the whole era to the day of the escalation. */
export const FrenchZoomLevels: Story = {
  args: { locale: 'fr-FR', document: fr },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    // Labels never overlap and nothing is lost at any level.
    const windows: [string, string, number][] = [
      ['1992', '2021', 5],
      ['2010', '2021', 4],
      ['2020-06', '2020-12', 4],
      ['2020-09-20', '2020-10-05', 4],
      ['2020-09-27T00:00', '2020-09-28T00:00', 2],
    ];
    for (const [start, end, inView] of windows) {
      el.zoomTo(start, end);
      await settled(el);
      await expect(overlappingLabels(el), `overlaps in ${start}–${end}`).toEqual([]);
      await expect(reachableCount(el), `events reachable in ${start}–${end}`).toBe(inView);
    }
  },
};

/**
 * The story with EDTF dates (issue 20): the Minsk Group's mediation in the 1990s (`199X`), the autumn 2020 war
 * (`2020-23`, meteorological autumn: September–November) and the frozen conflict as an ongoing era (`1994/..`),
 * drawn up to today and included in the fit.
 */
export const FrenchEdtf: Story = {
  args: { locale: 'fr-FR', document: edtfFr },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(el.issues).toEqual([]);
    const root = el.shadowRoot!;
    const detailDate = async (id: string) => {
      el.selected = id;
      await el.updateComplete;
      return root.querySelector('[part="detail"] time')?.textContent?.replace(/\s/g, ' ');
    };
    await expect(await detailDate('mediation-minsk')).toBe('années 1990');
    await expect(await detailDate('guerre-automne-2020')).toBe('automne 2020');
    await expect(await detailDate('conflit-gele')).toBe('depuis 1994');
    el.selected = undefined;
    await el.updateComplete;
    // Screen readers hear the same words in each event's name.
    const names = [...root.querySelectorAll('[part~="event"]')].map((b) => b.getAttribute('aria-label') ?? '');
    await expect(names.some((n) => n.endsWith('années 1990'))).toBe(true);
    await expect(names.some((n) => n.endsWith('automne 2020'))).toBe(true);
    await expect(names.some((n) => n.endsWith('depuis 1994'))).toBe(true);

    // Drawn up to today: the era's bar ends where the axis puts the present (from two year ticks), and the fit
    // includes it.
    const now = Date.now();
    await expect(el.visibleRange.end.getTime()).toBeGreaterThanOrEqual(now);
    const ticks = [...root.querySelectorAll('.axis .tick')]
      .map((t) => ({ year: Number(tickTextOf(t)), x: t.querySelector('line')!.getBoundingClientRect().left }))
      .filter((t) => Number.isInteger(t.year) && t.year > 1000);
    await expect(ticks.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [ticks[0], ticks[ticks.length - 1]];
    const xOf = (ms: number) =>
      a.x + ((ms - Date.UTC(a.year, 0, 1)) / (Date.UTC(b.year, 0, 1) - Date.UTC(a.year, 0, 1))) * (b.x - a.x);
    const era = [...root.querySelectorAll('.range')].find((li) =>
      li.querySelector('[part~="event"]')?.getAttribute('aria-label')?.endsWith('depuis 1994'),
    );
    const bar = era?.querySelector('.bar')?.getBoundingClientRect();
    await expect(bar).toBeDefined();
    await expect(Math.abs(bar!.right - xOf(now))).toBeLessThan(3);
    await expect(Math.abs(bar!.left - xOf(Date.UTC(1994, 0, 1)))).toBeLessThan(3);
  },
};

/** The same story in English. */
export const English: Story = {
  args: { locale: 'en-US', document: en },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(tickLabels(el)).toContain('1994');
    await expect(labels(el)).toContain('The frozen conflict');
  },
};

/** Zoomed by the host into September–October 2020: the escalation and the two 1 October statements separate. */
export const FrenchAutumn2020: Story = {
  args: { locale: 'fr-FR', document: fr },
  render: ({ locale, document }) =>
    html`<event-timeline lang="fr" locale=${locale} start="2020-09-20" end="2020-10-06" .events=${document}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(labels(el)).toEqual(
      expect.arrayContaining([
        'Escalade au Haut-Karabakh, loi martiale',
        "Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités",
        "Déclaration des coprésidents du Groupe de Minsk de l'OSCE",
      ]),
    );
    await expect(tickLabels(el)).toContain('septembre 2020');
    await expect(tickLabels(el).some((t) => t === '27 sept.' || t === '27')).toBe(true);
  },
};

/** No events: the element says so instead of drawing an empty axis. */
export const Empty: Story = {
  args: { locale: 'en-US', document: [] },
  play: async ({ canvasElement }) => {
    const el = timeline(canvasElement);
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelector('.empty')?.textContent).toBe('No events to show.');
  },
};

/** A bad date, a missing title and a javascript: URL: each is reported; the valid events still render. */
export const InvalidEvents: Story = {
  args: {
    locale: 'en-US',
    document: [
      { id: 'ok-1', date: '2020-09-27', title: 'Escalation' },
      { id: 'bad-date', date: '27/09/2020', title: 'Written day first' },
      { id: 'no-title', date: '2020-10-01' },
      { id: 'bad-url', date: '2020-10-01', title: 'Statement', url: 'javascript:alert(1)' },
    ],
  },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const error = el.shadowRoot!.querySelector('[part="error"]');
    await expect(error?.getAttribute('role')).toBe('alert');
    await expect(error?.textContent).toContain('bad-date');
    await expect(error?.textContent).toContain('27/09/2020');
    await expect(error?.textContent).toContain('no-title');
    await expect(el.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['date', 'title', 'url']));
    await expect(labels(el)).toEqual(expect.arrayContaining(['Escalation', 'Statement']));
    await expect(el.shadowRoot!.querySelector('a[href^="javascript:"]')).toBeNull();
  },
};

/** A document that is not JSON at all: one document-level message, nothing thrown. */
export const MalformedJson: Story = {
  args: { locale: 'en-US', document: '{"events": [ {"date": "2020-09-27", "title": "Escalation"}, ' },
  render: ({ document: text }) => {
    const el = document.createElement('event-timeline');
    el.setAttribute('locale', 'en-US');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = String(text);
    el.append(script);
    return el;
  },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(el.issues[0]?.index).toBeNull();
    await expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).toContain('not valid JSON');
  },
};
