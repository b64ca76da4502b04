import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import fr from '../data/karabakh.fr.json';
import '../src/index.js';
import type { EventTimeline } from '../src/timeline.js';
import type { TimelineEventInput } from '../src/timeline.types.js';
import { labels, rendered, settled, until } from './helpers.js';

/**
 * A live blog: the host sets `events` again with each new post. A document sharing ids with the one shown is an
 * update, so the reader keeps the dates they were looking at, the event they selected and its details.
 */
const meta = {
  title: 'Karabakh/Live updates',
  component: 'event-timeline',
} satisfies Meta;
export default meta;
type Story = StoryObj;

const timeline = (canvas: HTMLElement) => canvas.querySelector('event-timeline') as EventTimeline;
const events = fr.events as TimelineEventInput[];
const POSTS: TimelineEventInput[] = [
  { id: 'direct-2020-10-03', date: '2020-10-03T09:30Z', title: 'Direct : bombardements sur Stepanakert' },
  { id: 'direct-2020-10-10', date: '2020-10-10T01:00Z', title: 'Direct : trêve humanitaire annoncée à Moscou' },
];

/**
 * The reader zoomed to autumn 2020 and opened the escalation; two posts arrive (the button adds them one at a
 * time): each shows in place, and the view and the open details stay.
 */
export const LiveBlog: Story = {
  render: () => {
    let shown = [...events];
    const add = (e: Event) => {
      const el = (e.target as HTMLElement).parentElement!.querySelector('event-timeline') as EventTimeline;
      const next = POSTS[shown.length - events.length];
      if (!next) return;
      shown = [...shown, next];
      el.events = { ...fr, events: shown };
    };
    return html`<div>
      <button type="button" @click=${add}>Publier le prochain billet</button>
      <event-timeline lang="fr" locale="fr-FR" start="2020-09-20" end="2020-10-15" .events=${fr}></event-timeline>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const el = await rendered(timeline(canvasElement));
    el.selected = 'escalade-2020-09-27';
    await settled(el);
    const before = [el.visibleRange.start.getTime(), el.visibleRange.end.getTime()];
    const button = canvasElement.querySelector('button')!;
    for (const post of POSTS) {
      button.click();
      await until(() => labels(el).some((l) => l.includes(post.title)));
      await rendered(el);
      await expect([el.visibleRange.start.getTime(), el.visibleRange.end.getTime()]).toEqual(before);
      await expect(el.shadowRoot!.querySelector('[part="detail"] h2')?.textContent).toBe(
        'Escalade au Haut-Karabakh, loi martiale',
      );
    }
  },
};

/** 150,000 events, one every few hours from 1990 on, with ids. */
function big(n: number): TimelineEventInput[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: new Date(Date.UTC(1990, 0, 1) + i * 7_200_000).toISOString().slice(0, 16),
    title: `Dépêche ${i + 1}`,
  }));
}

/**
 * A big document is read in slices while the page stays responsive; past half a second the element shows how far
 * it is, in a polite status ("Lecture de 150 000 événements…"), and the bar goes once the document is drawn.
 */
export const BigDocument: Story = {
  render: () => html`<event-timeline lang="fr" locale="fr-FR" .events=${big(150_000)}></event-timeline>`,
  play: async ({ canvasElement }) => {
    const el = timeline(canvasElement);
    const drawn = () => el.shadowRoot?.querySelectorAll('[part~="event"], [part~="cluster"]').length ?? 0;
    await until(() => drawn() > 0, 30_000);
    await rendered(el);
    await expect(el.shadowRoot!.querySelector('[role="status"] progress')).toBeNull();
    await expect(el.issues).toEqual([]);
  },
};
