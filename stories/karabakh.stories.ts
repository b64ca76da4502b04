import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import edtfFr from '../data/karabakh.edtf.fr.json';
import en from '../data/karabakh.en.json';
import fr from '../data/karabakh.fr.json';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { clusters, labels, overlappingLabels, reachableCount, rendered, settled, tickLabels } from './helpers.js';

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

/** The seed article in French: the 1994 ceasefire, the frozen-conflict era and the 2020 escalation on one axis. */
export const French: Story = {
  args: { locale: 'fr-FR', document: fr },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const ticks = tickLabels(el);
    await expect(ticks).toContain('1994');
    await expect(ticks).toContain('2020');
    // At full extent, 27 September and 1 October 2020 are less than a pixel apart: the ceasefire and the era are
    // labelled, and the three autumn events are one mark that says how many and when.
    await expect(labels(el)).toEqual(['Cessez-le-feu : le conflit est « gelé »', 'Le conflit gelé']);
    const marks = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cluster"]');
    await expect(marks).toHaveLength(1);
    await expect(marks[0].textContent?.trim()).toBe('3 événements, 27 septembre 2020 – 1er octobre 2020');
    await expect(overlappingLabels(el)).toEqual([]);
    await expect(el.shadowRoot!.querySelector('.title')?.textContent).toBe(fr.title);
  },
};

/**
 * On a phone (360 px): the autumn 2020 mark takes its short label, "3 événements, 27 sept. – 1er oct. 2020"; labels
 * too wide for the view are cut with an ellipsis inside it, never by its edge.
 */
export const FrenchPhone: Story = {
  args: { locale: 'fr-FR', document: fr },
  render: ({ locale, document }) =>
    html`<event-timeline lang="fr" locale=${locale} style="width: 360px" .events=${document}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const mark = el.shadowRoot!.querySelector('[part~="cluster"]')!;
    // Intl may space with no-break or narrow no-break spaces.
    await expect(mark.textContent?.trim().replace(/\s/g, ' ')).toBe('3 événements, 27 sept. – 1er oct. 2020');
    await expect(clusters(el)[0].replace(/\s/g, ' ')).toBe(
      '3 événements, 27 sept. – 1er oct. 2020. Activer pour les voir.',
    );
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
  },
};

/** The autumn 2020 mark opened: activating it zooms in until the escalation and the two statements separate. */
export const FrenchAutumnOpened: Story = {
  args: { locale: 'fr-FR', document: fr },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const marks = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="cluster"]');
    // Activating it zooms in until its three events are labels of their own, and focus goes to the first.
    await userEvent.click(marks[0]);
    await settled(el);
    await expect(labels(el)).toEqual(
      expect.arrayContaining([
        'Escalade au Haut-Karabakh, loi martiale',
        "Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités",
        "Déclaration des coprésidents du Groupe de Minsk de l'OSCE",
      ]),
    );
    await expect(clusters(el)).toEqual([]);
    await expect(el.shadowRoot!.activeElement?.textContent).toContain('Escalade');
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
      .map((t) => ({ year: Number(t.textContent?.trim()), x: t.querySelector('line')!.getBoundingClientRect().left }))
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
