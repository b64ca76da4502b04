/**
 * Issue 14 in the real browser: media (requested only when the detail opens), categories (colours, legend,
 * `hiddenCategories`, `timeline-filterchange`), the story walk and autoplay.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/index.js';
import type { TimelineFilterChangeEvent, TimelineSelectEvent } from '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { labels, rendered, settled, until } from '../../stories/helpers.js';
import { DIPLOMACY_TITLES, MAP_MEDIA, MAP_URL, withCategories, withMedia } from '../../stories/newsroom-data.js';

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '', features: [] });
  document.body.replaceChildren();
});

async function mount(doc: unknown, setup: (el: EventTimeline) => void = () => {}): Promise<EventTimeline> {
  const el = document.createElement('event-timeline');
  el.style.width = '1000px';
  el.locale = 'fr-FR';
  el.events = doc as EventTimeline['events'];
  setup(el);
  document.body.append(el);
  return rendered(el);
}

const root = (el: EventTimeline) => el.shadowRoot!;
const button = (el: EventTimeline, text: string) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="event"]')].find((b) => b.textContent?.includes(text))!;
const requests = (url: string) =>
  performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname + new URL(e.name).search === url);

describe('media', () => {
  test('nothing is requested before the detail opens, and exactly one image after; alt, caption and credit show', async () => {
    // A fresh query string: the request is this test's own, never the memory cache's.
    const url = `${MAP_URL.test}?t=${Math.random()}`;
    const el = await mount(withMedia(url));
    await settled(el);
    expect(requests(url)).toHaveLength(0);
    expect(root(el).querySelector('img')).toBeNull();
    await userEvent.click(button(el, 'Escalade'));
    await until(() => root(el).querySelector('[part="media"] img') !== null);
    const img = root(el).querySelector<HTMLImageElement>('[part="media"] img')!;
    await until(() => img.complete && requests(url).length > 0);
    expect(requests(url)).toHaveLength(1);
    expect(img.naturalWidth).toBeGreaterThan(0);
    expect(img.alt).toBe(MAP_MEDIA.alt);
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('decoding')).toBe('async');
    expect(root(el).querySelector('[part="media"] figcaption')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      `${MAP_MEDIA.caption} ${MAP_MEDIA.credit}`,
    );
    // Constrained: never wider than the panel nor taller than 9rem.
    const box = img.getBoundingClientRect();
    const panel = root(el).querySelector('[part="detail"]')!.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(panel.width);
    expect(box.height).toBeLessThanOrEqual(9 * 16 + 1);
  });

  test('a javascript: media url is reported and not rendered; the event still renders', async () => {
    const errors: string[] = [];
    const el = await mount(withMedia(MAP_URL.test), (el) =>
      el.addEventListener('timeline-error', (e) => errors.push(e.detail.message)),
    );
    expect(el.issues).toEqual([
      {
        index: 4,
        id: 'groupe-de-minsk-2020-10-01',
        field: 'media.url',
        message: expect.stringMatching(
          /^Event 4 \("groupe-de-minsk-2020-10-01"\): "media.url" is "javascript:alert\(1\)"/,
        ),
      },
    ]);
    expect(errors).toHaveLength(1);
    await userEvent.click(button(el, 'Groupe de Minsk'));
    await until(() => root(el).querySelector('[part="detail"]') !== null);
    expect(root(el).querySelector('[part="detail"] h2')?.textContent).toContain('Groupe de Minsk');
    expect(root(el).querySelector('[part="detail"] img, [part="media"]')).toBeNull();
    expect(root(el).querySelector('[src^="javascript"], [href^="javascript"]')).toBeNull();
  });

  test('a broken image leaves a working panel: it is hidden, and Next and close still work', async () => {
    const el = await mount(withMedia('/does-not-exist.svg'));
    await userEvent.click(button(el, 'Escalade'));
    await until(() => root(el).querySelector('[part="media"] img.broken') !== null);
    expect(getComputedStyle(root(el).querySelector('[part="media"] img')!).display).toBe('none');
    await userEvent.click(root(el).querySelector<HTMLElement>('.walk .next')!);
    expect(el.selected).toBe('lavrov-cavusoglu-2020-10-01');
    await userEvent.click(root(el).querySelector<HTMLElement>('[part="detail"] .close')!);
    expect(el.selected).toBeUndefined();
  });
});

describe('categories', () => {
  /** The background of the mark of the event titled `text`. */
  const markColor = (el: EventTimeline, text: string) =>
    getComputedStyle(button(el, text).closest('li')!.querySelector('.mark, .bar')!).backgroundColor;

  test('marks take their category colour, and each categorised event has its CSS hook part', async () => {
    const el = await mount(withCategories(), (el) => {
      el.start = '2020-09-20';
      el.end = '2020-10-05';
    });
    await settled(el);
    expect(markColor(el, 'Lavrov')).toBe('rgb(27, 127, 59)');
    // The conflict has no colour of its own: the palette's first, light.
    expect(markColor(el, 'Escalade')).toBe('rgb(29, 95, 209)');
    expect(button(el, 'Lavrov').getAttribute('part')).toContain('event--category-diplomatie');
    expect(button(el, 'Escalade').getAttribute('part')).toContain('event--category-conflit');
  });

  test('the legend toggles hide and show a category: layout, arrow keys and walk follow; filterchange fires', async () => {
    const changes: (readonly string[])[] = [];
    const el = await mount(withCategories(), (el) =>
      el.addEventListener('timeline-filterchange', (e: TimelineFilterChangeEvent) =>
        changes.push(e.detail.hiddenCategories),
      ),
    );
    const diplomacy = root(el).querySelectorAll<HTMLButtonElement>('[part="legend"] button')[1];
    expect(diplomacy.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(diplomacy);
    await settled(el);
    expect(diplomacy.getAttribute('aria-pressed')).toBe('false');
    expect(el.hiddenCategories).toEqual(['diplomatie']);
    expect(changes).toEqual([['diplomatie']]);
    expect(labels(el).some((l) => DIPLOMACY_TITLES.some((t) => l.includes(t)))).toBe(false);
    // The arrow keys stop at the escalation, the last visible event.
    await userEvent.click(button(el, 'Escalade'));
    await userEvent.keyboard('{End}');
    expect(root(el).activeElement?.textContent).toContain('Escalade');
    // The walk too: the escalation is the last of three.
    await until(() => root(el).querySelector('.walk .position') !== null);
    expect(root(el).querySelector('.walk .position')?.textContent).toBe('3 / 3');
    expect(root(el).querySelector('.walk .next')?.getAttribute('aria-disabled')).toBe('true');
    // The host sets it: no event.
    el.hiddenCategories = [];
    await settled(el);
    expect(labels(el).filter((l) => DIPLOMACY_TITLES.some((t) => l.includes(t)))).toHaveLength(2);
    expect(changes).toHaveLength(1);
  });

  test('an invalid colour ("red;} :host{display:none") is reported and changes nothing', async () => {
    const el = await mount(withCategories('red;} :host{display:none'), (el) => {
      el.start = '2020-09-20';
      el.end = '2020-10-05';
    });
    await settled(el);
    expect(el.issues).toEqual([
      {
        index: null,
        field: 'categories.diplomatie.color',
        message: expect.stringMatching(
          /^The document "categories.diplomatie.color" is "red;} :host{display:none", expected a CSS colour/,
        ),
      },
    ]);
    expect(getComputedStyle(el).display).toBe('block');
    expect(el.getBoundingClientRect().height).toBeGreaterThan(100);
    // Diplomacy takes the palette's second colour (the conflict, first, took the first).
    expect(markColor(el, 'Lavrov')).toBe('rgb(46, 125, 50)');
    expect(markColor(el, 'Escalade')).toBe('rgb(29, 95, 209)');
    expect(root(el).querySelector<HTMLElement>('.base')!.style.cssText).not.toContain('display');
  });
});

describe('the story walk', () => {
  test('selecting the ceasefire and pressing Next reaches the escalation, then both 1 October statements', async () => {
    const selected: (string | null)[] = [];
    const el = await mount(withCategories(), (el) =>
      el.addEventListener('timeline-select', (e: TimelineSelectEvent) => selected.push(e.detail.id)),
    );
    await userEvent.click(button(el, 'Cessez-le-feu'));
    await until(() => root(el).querySelector('.walk .next') !== null);
    const next = root(el).querySelector<HTMLButtonElement>('.walk .next')!;
    expect(next.textContent).toBe('Suivant');
    expect(root(el).querySelector('.walk .previous')?.textContent).toBe('Précédent');
    expect(root(el).querySelector('.walk .position')?.textContent).toBe('1 / 5');
    const order = ['conflit-gele', 'escalade-2020-09-27', 'lavrov-cavusoglu-2020-10-01', 'groupe-de-minsk-2020-10-01'];
    for (const [i, id] of order.entries()) {
      await userEvent.click(next);
      await settled(el);
      expect(el.selected).toBe(id);
      expect(root(el).querySelector('.walk .position')?.textContent).toBe(`${i + 2} / 5`);
      // It has a mark of its own: a button of its own, selected, not a cluster.
      expect(root(el).querySelector('[part~="event--selected"]')).not.toBeNull();
      expect(root(el).activeElement).toBe(next);
    }
    expect(selected).toEqual(['cessez-le-feu-1994', ...order]);
    // At the end Next says it is unavailable but keeps focus (a disabled button would drop it to the page).
    expect(next.getAttribute('aria-disabled')).toBe('true');
    next.click();
    await el.updateComplete;
    expect(el.selected).toBe('groupe-de-minsk-2020-10-01');
    await userEvent.click(root(el).querySelector<HTMLElement>('.walk .previous')!);
    expect(el.selected).toBe('lavrov-cavusoglu-2020-10-01');
  });

  test('the panel shows once the chunk is there when `selected` is set before the element is drawn', async () => {
    const el = await mount(withCategories(), (el) => {
      el.selected = 'escalade-2020-09-27';
    });
    await until(() => root(el).querySelector('[part="detail"]') !== null);
    expect(root(el).querySelector('.walk .position')?.textContent).toBe('3 / 5');
  });
});

describe('autoplay', () => {
  test('it plays from `selected`, shows its progress, and stops when focus moves into the timeline', async () => {
    const el = await mount(withCategories(), (el) => {
      el.selected = 'conflit-gele';
      el.setAttribute('autoplay', '0.3');
    });
    // The pointer may be left over it by an earlier test: pointing at the timeline holds playback.
    await userEvent.unhover(el);
    await until(() => el.selected === 'escalade-2020-09-27', 3000);
    expect(root(el).querySelector('.walk .progress')).not.toBeNull();
    expect(root(el).querySelector('.toolbar [part="play"]')?.getAttribute('aria-pressed')).toBe('true');
    button(el, 'Escalade').focus();
    const at = el.selected;
    await new Promise((r) => setTimeout(r, 800));
    expect(el.selected).toBe(at);
    expect(root(el).querySelector('.toolbar [part="play"]')?.getAttribute('aria-pressed')).toBe('false');
    expect(root(el).querySelector('.walk .progress')).toBeNull();
  });

  test('pointing at the timeline holds it, with its progress bar, and leaving lets it go on', async () => {
    const el = await mount(withCategories(), (el) => el.setAttribute('autoplay', '0.4'));
    await userEvent.unhover(el);
    await until(() => el.selected === 'cessez-le-feu-1994');
    await userEvent.hover(root(el).querySelector('[part="title"]')!);
    const held = el.selected;
    await new Promise((r) => setTimeout(r, 900));
    expect(el.selected).toBe(held);
    expect(root(el).querySelector('.walk .progress')?.classList.contains('held')).toBe(true);
    expect(getComputedStyle(root(el).querySelector('.walk .progress')!).animationPlayState).toBe('paused');
    await userEvent.unhover(el);
    await until(() => el.selected !== held, 2000);
    expect(root(el).querySelector('.toolbar [part="play"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  test('it never runs under prefers-reduced-motion, and offers no Play button', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const el = await mount(withCategories(), (el) => el.setAttribute('autoplay', '0.2'));
    await new Promise((r) => setTimeout(r, 800));
    expect(el.selected).toBeUndefined();
    expect(root(el).querySelector('[part="play"]')).toBeNull();
  });
});

describe('the detail panel keeps clear of the selected mark', () => {
  const markOf = (el: EventTimeline, id: string) =>
    root(el).querySelector(`[data-key="e:${id}"]`)!.closest('li')!.querySelector('.mark')!.getBoundingClientRect();
  const panelOf = (el: EventTimeline) => root(el).querySelector('[part="detail"]')!.getBoundingClientRect();
  const covers = (panel: DOMRect, mark: DOMRect) => mark.right > panel.left && mark.left < panel.right;

  for (const dir of ['ltr', 'rtl'] as const) {
    test(`on the side away from the mark (${dir})`, async () => {
      document.documentElement.dir = dir;
      try {
        const el = await mount(withMedia(MAP_URL.test));
        // The escalation sits at the 2020 end (right in ltr, left in rtl), the ceasefire at the 1994 end.
        for (const id of ['escalade-2020-09-27', 'cessez-le-feu-1994']) {
          el.selected = id;
          await until(() => root(el).querySelector('[part="detail"]') !== null);
          await settled(el);
          expect(covers(panelOf(el), markOf(el, id)), `${id}: the panel covers its mark`).toBe(false);
        }
      } finally {
        document.documentElement.dir = '';
      }
    });
  }
});
