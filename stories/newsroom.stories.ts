import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { labels, rendered, settled, until } from './helpers.js';
import { DIPLOMACY_TITLES, MAP_MEDIA, MAP_URL, withCategories, withMedia } from './newsroom-data.js';

/**
 * Issue 14, what newsrooms ask of TimelineJS: pictures with alt text, caption and credit; categories with colours
 * and a legend; and a story walk, Previous/Next through the events in date order, with optional autoplay.
 */
type Args = { document: unknown; scheme: 'light' | 'dark'; autoplay?: number };

const meta = {
  title: 'Newsroom',
  component: 'event-timeline',
  tags: ['autodocs'],
  render: ({ document, scheme, autoplay }) =>
    html`<event-timeline lang="fr" locale="fr-FR" style=${`width: 1040px; color-scheme: ${scheme}`}
      autoplay=${autoplay ?? ''} .events=${document}></event-timeline>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

const timeline = (canvasElement: HTMLElement) => canvasElement.querySelector('event-timeline') as EventTimeline;
const shadow = (el: EventTimeline) => el.shadowRoot!;
const eventButton = (el: EventTimeline, text: string) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part~="event"]')].find((b) => b.textContent?.includes(text))!;
const mapRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('karabakh-map.svg'));

/**
 * *Karabakh with media*: the escalation carries a schematic map (stories/assets/karabakh-map.svg, made for this
 * story) with alt text, caption and credit. Nothing is requested before the reader opens the detail. The Minsk
 * Group statement's image has a `javascript:` url: it is reported and never rendered.
 */
export const KarabakhWithMedia: Story = {
  args: { document: withMedia(MAP_URL.storybook), scheme: 'light' },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(shadow(el).querySelector('img')).toBeNull();
    await expect(el.issues.map((i) => i.field)).toEqual(['media.url']);
    await expect(shadow(el).querySelector('[part="error"]')?.textContent).toContain('javascript:alert(1)');
    await userEvent.click(eventButton(el, 'Escalade'));
    await until(() => shadow(el).querySelector('[part="media"] img') !== null);
    const img = shadow(el).querySelector<HTMLImageElement>('[part="media"] img')!;
    await expect(img.alt).toBe(MAP_MEDIA.alt);
    await expect(img.referrerPolicy).toBe('no-referrer');
    await until(() => img.complete);
    await expect(img.naturalWidth).toBeGreaterThan(0);
    await expect(shadow(el).querySelector('figcaption')?.textContent).toContain(MAP_MEDIA.caption);
    await expect(shadow(el).querySelector('[part="media-credit"]')?.textContent).toBe(MAP_MEDIA.credit);
    await expect(mapRequests().length).toBeGreaterThanOrEqual(1);
  },
};

export const KarabakhWithMediaDark: Story = {
  ...KarabakhWithMedia,
  args: { ...KarabakhWithMedia.args, scheme: 'dark' },
};

/**
 * *Categories*: the conflict and the diplomatic statements, each in its colour (diplomacy's own `#1b7f3b`, the
 * conflict's from the palette), with a legend. Its toggles hide and show a category's events.
 */
export const Categories: Story = {
  args: { document: withCategories(), scheme: 'light' },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const legend = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="legend"] button')];
    await expect(legend.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Conflit 3', 'Diplomatie 2']);
    await expect(legend.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'true']);
    await userEvent.click(legend[1]);
    await settled(el);
    await expect(legend[1].getAttribute('aria-pressed')).toBe('false');
    await expect(el.hiddenCategories).toEqual(['diplomatie']);
    for (const title of DIPLOMACY_TITLES) await expect(labels(el).some((l) => l.includes(title))).toBe(false);
    await userEvent.click(legend[1]);
    await settled(el);
    await expect(labels(el).filter((l) => DIPLOMACY_TITLES.some((t) => l.includes(t)))).toHaveLength(2);
  },
};

export const CategoriesDark: Story = { ...Categories, args: { ...Categories.args, scheme: 'dark' } };

/**
 * A colour that tries to write CSS (`"red;} :host{display:none"`) is reported and ignored: diplomacy takes a colour
 * of the palette and the element stays on screen.
 */
export const CategoriesInvalidColour: Story = {
  args: { document: withCategories('red;} :host{display:none'), scheme: 'light' },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(el.issues.map((i) => i.field)).toEqual(['categories.diplomatie.color']);
    await expect(getComputedStyle(el).display).not.toBe('none');
    await expect(shadow(el).querySelectorAll('[part="legend"] button')).toHaveLength(2);
  },
};

/** Whether two boxes share any area (the detail panel and what the header holds). */
const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The open panel against the legend's toggles and the issue list, measured as laid out. */
async function expectPanelBelowHeader(el: EventTimeline) {
  await until(() => shadow(el).querySelector('[part="detail"] .walk') !== null);
  const panel = shadow(el).querySelector('[part="detail"]')!.getBoundingClientRect();
  const header = [...shadow(el).querySelectorAll('[part="legend"] button, [part="error"], [part="title"]')];
  await expect(header.length).toBe(4);
  for (const part of header) await expect(overlaps(panel, part.getBoundingClientRect())).toBe(false);
  // And nothing else is drawn over the toggles: each is what a pointer at its centre reaches.
  for (const button of shadow(el).querySelectorAll('[part="legend"] button')) {
    const box = button.getBoundingClientRect();
    const hit = shadow(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    await expect(button.contains(hit)).toBe(true);
  }
  await expect(panel.bottom).toBeLessThanOrEqual(el.getBoundingClientRect().bottom);
}

/**
 * The detail panel with a legend and an issue list above the plot: it opens below them, so the reader can still
 * read the issues and toggle a category while it is open (it used to sit at a fixed distance from the top, over
 * them). A timeline this short grows while the panel is open, to give it room.
 */
export const PanelBelowHeader: Story = {
  args: { document: withCategories('red;} :host{display:none'), scheme: 'light' },
  render: ({ document, scheme }) =>
    html`<event-timeline lang="fr" locale="fr-FR" style=${`width: 1040px; color-scheme: ${scheme}`}
      selected="escalade-2020-09-27" .events=${document}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expectPanelBelowHeader(el);
    // The toggles are within reach with the panel open (and shown again, for the checks after every story).
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="legend"] button:last-child')!;
    await userEvent.click(toggle);
    await expect(el.hiddenCategories).toEqual(['diplomatie']);
    await userEvent.click(toggle);
    await expect(el.hiddenCategories).toEqual([]);
  },
};

/** The same on a phone: the sheet at the bottom stops below the legend and the issue list. */
export const PanelBelowHeaderPhone: Story = {
  args: { ...PanelBelowHeader.args },
  render: ({ document }) =>
    html`<event-timeline lang="fr" locale="fr-FR" style="width: 380px" selected="escalade-2020-09-27"
      .events=${document}></event-timeline>`,
  play: async ({ canvasElement }) => expectPanelBelowHeader(await rendered(timeline(canvasElement))),
};

/** The story walk: the ceasefire selected, Next goes through the events in date order to both 1 October statements. */
export const StoryWalk: Story = {
  args: { document: withCategories(), scheme: 'light' },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await userEvent.click(eventButton(el, 'Cessez-le-feu'));
    await until(() => shadow(el).querySelector('.walk .next') !== null);
    await expect(shadow(el).querySelector('.walk .position')?.textContent).toBe('1 / 5');
    const next = shadow(el).querySelector<HTMLButtonElement>('.walk .next')!;
    await expect(next.textContent).toBe('Suivant');
    await expect(shadow(el).querySelector('.walk .previous')?.textContent).toBe('Précédent');
    for (const id of [
      'conflit-gele',
      'escalade-2020-09-27',
      'lavrov-cavusoglu-2020-10-01',
      'groupe-de-minsk-2020-10-01',
    ]) {
      await userEvent.click(next);
      await expect(el.selected).toBe(id);
    }
    await expect(shadow(el).querySelector('.walk .position')?.textContent).toBe('5 / 5');
    await expect(next.getAttribute('aria-disabled')).toBe('true');
  },
};

/** The walk on a phone: the panel is a sheet at the bottom, its walk kept in view. */
export const StoryWalkPhone: Story = {
  args: { document: withCategories(), scheme: 'light' },
  render: ({ document }) =>
    html`<event-timeline lang="fr" locale="fr-FR" style="width: 380px" selected="escalade-2020-09-27"
      .events=${document}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await until(() => shadow(el).querySelector('.walk .position') !== null);
    await expect(shadow(el).querySelector('.walk .position')?.textContent).toBe('3 / 5');
    const walk = shadow(el).querySelector('.walk')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    await expect(walk.bottom).toBeLessThanOrEqual(host.bottom);
  },
};

/**
 * On a right-to-left page: the legend starts on the right, the panel opens at the inline end (the left) and the walk
 * reads right to left (Previous on the right). The French text keeps its own direction.
 */
export const StoryWalkRightToLeft: Story = {
  args: { document: withCategories(), scheme: 'light' },
  render: ({ document }) =>
    html`<div dir="rtl"><event-timeline lang="fr" locale="fr-FR" style="width: 1040px" selected="escalade-2020-09-27"
      .events=${document}></event-timeline></div>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await until(() => shadow(el).querySelector('.walk .position') !== null);
    const host = el.getBoundingClientRect();
    const panel = shadow(el).querySelector('[part="detail"]')!.getBoundingClientRect();
    // The escalation's mark is at the 2020 end, on the left: the panel opens on the right, clear of it.
    await expect(host.right - panel.right).toBeLessThan(panel.left - host.left);
    const previous = shadow(el).querySelector('.walk .previous')!.getBoundingClientRect();
    const next = shadow(el).querySelector('.walk .next')!.getBoundingClientRect();
    await expect(previous.left).toBeGreaterThan(next.left);
    const legend = shadow(el).querySelector('[part="legend"] button')!.getBoundingClientRect();
    await expect(host.right - legend.right).toBeLessThan(legend.left - host.left);
    // The French title clears the close button (at the panel's left), and the position reads "3 / 5" in French.
    const close = shadow(el).querySelector('[part="detail"] .close')!.getBoundingClientRect();
    const title = shadow(el).querySelector('[part="detail"] h2')!.getBoundingClientRect();
    await expect(title.left).toBeGreaterThanOrEqual(close.right);
    await expect(shadow(el).querySelector('.walk .position')?.getAttribute('dir')).toBe('ltr');
  },
};

/** Autoplay, four seconds per event, with Play/Pause above the plot and its progress under the walk. */
export const Autoplay: Story = {
  args: { document: withCategories(), scheme: 'light', autoplay: 4 },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const play = () => shadow(el).querySelector<HTMLButtonElement>('.toolbar [part="play"]');
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      await expect(play()).toBeNull();
      return;
    }
    await until(() => play()?.getAttribute('aria-pressed') === 'true');
    await userEvent.click(play()!);
    await expect(play()?.getAttribute('aria-pressed')).toBe('false');
    await expect(play()?.textContent).toBe('Lecture');
  },
};
