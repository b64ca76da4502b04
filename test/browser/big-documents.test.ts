/**
 * Issue 17: a big document is read in slices, so the page keeps its turns (no task holds it for the whole
 * parse), a newer input cancels a document still being read, and the progress bar is a polite status.
 * No timed assertions: the order of tasks is checked, not their length.
 */
import { render } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import '../../src/index.js';
import { messagesFor } from '../../src/i18n.js';
import type { TimelineLoadEvent } from '../../src/index.js';
import { renderProgress } from '../../src/render/progress.js';
import type { EventTimeline } from '../../src/timeline.js';
import type { TimelineEventInput } from '../../src/timeline.types.js';
import { labels, rendered, until } from '../../stories/helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** `n` events, one an hour from 2000 on, with ids. */
const many = (n: number): TimelineEventInput[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: new Date(Date.UTC(2000, 0, 1, i)).toISOString().slice(0, 16),
    title: `Event ${i}`,
  }));

const saysLoading = (el: EventTimeline) =>
  el.shadowRoot!.querySelector('.empty')?.textContent?.includes('Loading') ?? false;

function mount(events: TimelineEventInput[]) {
  const el = document.createElement('event-timeline');
  el.style.width = '1000px';
  el.locale = 'en-US';
  const loads: TimelineLoadEvent[] = [];
  el.addEventListener('timeline-load', (e) => loads.push(e));
  el.events = events;
  document.body.append(el);
  return { el, loads };
}

describe('a big document', () => {
  test('is read in slices: the page renders frames before it is loaded, while it says it is loading', async () => {
    const seen: { loaded: number; loading: boolean }[] = [];
    const { el, loads } = mount(many(60_000));
    await el.updateComplete;
    // The page renders between slices: a frame asked for now comes before the whole document is read.
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        seen.push({ loaded: loads.length, loading: saysLoading(el) });
        resolve();
      }),
    );
    await until(() => loads.length > 0, 30_000);
    expect(seen).toEqual([{ loaded: 0, loading: true }]);
    expect(loads[0].detail.count).toBe(60_000);
    await rendered(el);
    expect(el.shadowRoot!.querySelector('.progress')).toBeNull();
    expect(el.shadowRoot!.querySelectorAll('[part~="event"], [part~="cluster"]').length).toBeGreaterThan(0);
  });

  test('a newer input while it is read wins: the big one is never shown nor announced', async () => {
    const { el, loads } = mount(many(60_000));
    await el.updateComplete;
    el.events = [{ id: 'small', date: '2020-09-27', title: 'Small' }];
    await until(() => loads.length > 0, 30_000);
    await rendered(el);
    // Give a cancelled reading every chance to finish anyway.
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 20));
    expect(loads.map((e) => e.detail.count)).toEqual([1]);
    expect(labels(el)).toEqual(['Small']);
  });

  test('a live update of a big document keeps showing it while the update is read', async () => {
    const events = many(30_000);
    const { el, loads } = mount(events);
    await until(() => loads.length > 0, 30_000);
    await rendered(el);
    const before = labels(el);
    // Every object replaced: nothing can be reused, so the update is read in slices again.
    el.events = events.map((e) => ({ ...e }));
    await el.updateComplete;
    expect(labels(el)).toEqual(before);
    expect(saysLoading(el)).toBe(false);
    await until(() => loads.length > 1, 30_000);
    expect(loads[1].detail.count).toBe(30_000);
  });
});

describe('renderProgress', () => {
  test('is a polite status naming what is read, with a bar of how far', () => {
    const box = document.createElement('div');
    document.body.append(box);
    render(renderProgress({ done: 250, total: 1000 }, messagesFor('fr')), box);
    const status = box.querySelector('[role="status"]')!;
    expect(status.textContent?.trim()).toMatch(/^Lecture de 1\s000 événements…$/);
    const bar = status.querySelector('progress')!;
    expect(bar.value).toBe(250);
    expect(bar.max).toBe(1000);
    expect(bar.getAttribute('aria-label')).toBe(status.textContent?.trim());
    render(renderProgress(undefined, messagesFor('fr')), box);
    expect(box.querySelector('[role="status"]')).toBeNull();
  });
});
