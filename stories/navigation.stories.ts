import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import fr from '../data/karabakh.fr.json';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import { labels, rendered, settled, until } from './helpers.js';

/**
 * Every way to move around the French Karabakh timeline. The play functions drive each gesture with the events a
 * browser sends and check the visible range.
 */
const meta = {
  title: 'Karabakh/Navigation',
  component: 'event-timeline',
  render: () => html`<event-timeline lang="fr" locale="fr-FR" .events=${fr}></event-timeline>`,
} satisfies Meta;
export default meta;
type Story = StoryObj;

const DAY = 86_400_000;
const timeline = (canvas: HTMLElement) => canvas.querySelector('event-timeline') as EventTimeline;
const span = (el: EventTimeline) => el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
const plot = (el: EventTimeline) => el.shadowRoot!.querySelector('.plot') as HTMLElement;
const centre = (el: HTMLElement) => {
  const r = el.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
};

function key(el: EventTimeline, k: string) {
  const target = (el.shadowRoot!.activeElement ?? plot(el)) as HTMLElement;
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
}

/** Keyboard: End goes to the last event, + zooms around it, 0 shows everything again. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const full = span(el);
    await el.focusEvent('cessez-le-feu-1994');
    key(el, 'End');
    await settled(el);
    for (let i = 0; i < 14 && span(el) > 8 * DAY; i++) {
      key(el, '+');
      await settled(el);
    }
    await expect(span(el)).toBeLessThanOrEqual(8 * DAY);
    await expect(el.visibleRange.end.getTime()).toBeGreaterThanOrEqual(Date.UTC(2020, 9, 1));
    key(el, '0');
    await settled(el);
    await expect(span(el)).toBe(full);
  },
};

/**
 * Zoomed to 24 September – 5 October 2020 with focus on the frozen conflict (1994 – 27 September 2020), `+` zooms
 * around the part of the era in view: the reader stays in autumn 2020 instead of jumping to May 2007, the middle
 * of the era. An event out of view zooms around the middle of the view.
 */
export const KeyboardZoomStaysInView: Story = {
  render: () =>
    html`<event-timeline lang="fr" locale="fr-FR" .events=${fr} start="2020-09-24" end="2020-10-05"></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const window = [Date.UTC(2020, 8, 24), Date.UTC(2020, 9, 6)];
    const era = el.shadowRoot!.querySelector<HTMLElement>('[data-key="e:conflit-gele"]');
    await expect(era).not.toBeNull();
    era!.focus();
    key(el, '+');
    await settled(el);
    const { start, end } = el.visibleRange;
    await expect(start.getTime()).toBeGreaterThanOrEqual(window[0]);
    await expect(end.getTime()).toBeLessThanOrEqual(window[1]);
    await expect(end.getTime() - start.getTime()).toBeLessThan(7 * DAY);
  },
};

/** Ctrl (or ⌘) + wheel, which is also what a trackpad pinch sends, zooms around the pointer. */
export const CtrlWheel: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const before = span(el);
    const { x, y } = centre(plot(el));
    for (let i = 0; i < 3; i++) {
      plot(el).dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -200,
          ctrlKey: true,
          clientX: x,
          clientY: y,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    await settled(el);
    await expect(span(el)).toBeLessThan(before / 2);
  },
};

/** Two fingers spreading apart zoom in (the touch events a phone sends). */
export const TouchPinch: Story = {
  // Read by scripts/engines/run.mjs. Firefox runs it with touch events on, as on Android.
  parameters: {
    engines: {
      skip: {
        webkit: 'WebKitGTK cannot synthesize touches (new Touch() is an illegal constructor, no initTouchEvent)',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const target = plot(el);
    const before = span(el);
    const { x, y } = centre(target);
    const touches = (d: number) => [
      new Touch({ identifier: 1, target, clientX: x - d, clientY: y }),
      new Touch({ identifier: 2, target, clientX: x + d, clientY: y }),
    ];
    const send = (type: string, list: Touch[]) =>
      target.dispatchEvent(
        new TouchEvent(type, {
          touches: type === 'touchend' ? [] : list,
          changedTouches: list,
          targetTouches: type === 'touchend' ? [] : list,
          bubbles: true,
          cancelable: true,
        }),
      );
    send('touchstart', touches(40));
    for (const d of [60, 90, 120, 160]) send('touchmove', touches(d));
    send('touchend', touches(160));
    await settled(el);
    // The fingers moved 4× apart.
    await expect(span(el) / before).toBeCloseTo(0.25, 1);
  },
};

/** Drag with the mouse to pan. */
export const Drag: Story = {
  render: () =>
    html`<event-timeline lang="fr" locale="fr-FR" start="2020-09-01" end="2020-10-31" .events=${fr}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const before = el.visibleRange.start.getTime();
    const target = el.shadowRoot!.querySelector('.grid') as Element;
    const { x, y } = centre(plot(el));
    const mouse = (type: string, dx: number) =>
      (type === 'mousedown' ? target : window).dispatchEvent(
        new MouseEvent(type, { clientX: x + dx, clientY: y, bubbles: true, composed: true, view: window, button: 0 }),
      );
    mouse('mousedown', 0);
    for (const dx of [20, 60, 120, 200]) mouse('mousemove', dx);
    mouse('mouseup', 200);
    await settled(el);
    // Dragging right by 200 px shows earlier dates.
    await expect(el.visibleRange.start.getTime()).toBeLessThan(before);
  },
};

/** The on-screen buttons: real buttons with names in the reader's language. */
export const Buttons: Story = {
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="controls"] button')] as HTMLButtonElement[];
    await expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Dézoomer',
      'Zoomer',
      'Afficher tous les événements',
    ]);
    const full = span(el);
    buttons[1].click();
    await settled(el);
    await expect(span(el)).toBeCloseTo(full / 2, -6);
    buttons[2].click();
    await settled(el);
    await expect(span(el)).toBe(full);
  },
};

/** The host sets the window with `start` and `end` and moves it with `zoomTo()`. */
export const Programmatic: Story = {
  render: () =>
    html`<event-timeline lang="fr" locale="fr-FR" start="2020-09-25" end="2020-10-03" .events=${fr}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    await expect(el.visibleRange.start.toISOString().slice(0, 10)).toBe('2020-09-25');
    el.zoomTo('1994', '2000');
    await settled(el);
    await expect(el.visibleRange.start.getUTCFullYear()).toBe(1994);
  },
};

/**
 * `deep-link`: a link to `#groupe-de-minsk-2020-10-01` selects that statement and shows it (zooming only when it
 * has no label of its own); the reader's selection writes `#id` back (without a new history entry).
 */
export const DeepLink: Story = {
  render: () => html`<event-timeline lang="fr" locale="fr-FR" deep-link .events=${fr}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    const page = `${location.pathname}${location.search}`;
    try {
      location.hash = '#groupe-de-minsk-2020-10-01';
      await until(() => el.selected === 'groupe-de-minsk-2020-10-01');
      await settled(el);
      await expect(labels(el)).toContain("1er oct. · Déclaration des coprésidents du Groupe de Minsk de l'OSCE");
      await expect(el.shadowRoot!.querySelector('[part="detail"] h2')?.textContent).toContain('Groupe de Minsk');
    } finally {
      history.replaceState(history.state, '', page);
    }
  },
};
