import axe from 'axe-core';
import { afterEach, describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { denseAutumn2020 } from '../../data/generate.js';
import history from '../../data/history.en.json';
import en from '../../data/karabakh.en.json';
import fr from '../../data/karabakh.fr.json';
import '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { rendered, settled, until } from '../../stories/helpers.js';

async function mount(style = ''): Promise<EventTimeline> {
  const before = document.createElement('button');
  before.textContent = 'Avant';
  const after = document.createElement('button');
  after.textContent = 'Après';
  const el = document.createElement('event-timeline');
  el.setAttribute('style', `width: 1000px; ${style}`);
  el.locale = 'fr-FR';
  el.lang = 'fr';
  el.events = fr;
  document.body.append(before, el, after);
  return rendered(el);
}

const activeName = (el: EventTimeline) => {
  const a = el.shadowRoot!.activeElement as HTMLElement | null;
  return a ? (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('screen reader and keyboard walkthrough of the French story', () => {
  test('focus order: one stop for all the events, then the three zoom buttons, then out of the timeline', async () => {
    const el = await mount();
    (document.body.firstElementChild as HTMLElement).focus();
    const stops: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      await userEvent.tab();
      stops.push(document.activeElement === el ? activeName(el) : (document.activeElement?.textContent ?? null));
    }
    expect(stops).toEqual([
      'Cessez-le-feu : le conflit est « gelé », 1994',
      'Dézoomer',
      'Zoomer',
      'Afficher tous les événements',
      'Après',
    ]);
  });

  test('names: the list, each event with its full date at its precision and its lane, the controls', async () => {
    await mount();
    await expect
      .element(
        page.getByRole('list', {
          name: 'Haut-Karabakh : du conflit gelé à l’escalade de 2020 (5 événements)'.replace('’', "'"),
        }),
      )
      .toBeInTheDocument();
    const era = page.getByRole('button', { name: /^Le conflit gelé/ });
    await expect.element(era).toBeInTheDocument();
    await expect.element(era).toHaveAccessibleName('Le conflit gelé, 1994 – 27 septembre 2020');
    await expect.element(page.getByRole('button', { name: 'Afficher tous les événements' })).toBeInTheDocument();
    await expect
      .element(page.getByRole('group', { name: "Haut-Karabakh : du conflit gelé à l'escalade de 2020" }))
      .toBeInTheDocument();
  });

  test('the visible range is announced politely after a zoom, and the detail panel is a labelled region', async () => {
    const el = await mount();
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');
    await el.focusEvent('conflit-gele');
    await userEvent.keyboard('+');
    await settled(el);
    await until(() => (live.textContent ?? '').startsWith('Période affichée : '));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await expect.element(page.getByRole('region', { name: 'Le conflit gelé' })).toBeInTheDocument();
  });
});

describe("axe-core on every story's data, dark", () => {
  const documents: [string, unknown][] = [
    ['Karabakh, French', fr],
    ['Karabakh, English', en],
    ['dense, 300 events in four lanes', denseAutumn2020(300)],
    ['five thousand years, BCE and approximate dates', history],
    [
      'invalid events',
      [{ date: '27/09/2020', title: 'Bad date' }, { date: '2020-10-01' }, { date: '2020', title: 'Fine' }],
    ],
    ['no events', []],
  ];
  for (const [name, events] of documents) {
    test(`finds no violation: ${name}`, async () => {
      const el = document.createElement('event-timeline');
      el.setAttribute('style', 'width: 1000px; color-scheme: dark; background: #17181c');
      el.locale = name.includes('French') ? 'fr-FR' : 'en-GB';
      el.events = events as never;
      document.body.style.background = '#17181c';
      document.body.append(el);
      await rendered(el);
      const results = await axe.run(el);
      document.body.style.background = '';
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});

describe('axe-core', () => {
  for (const [name, style] of [
    ['light', 'color-scheme: light'],
    ['dark', 'color-scheme: dark; background: #17181c'],
  ] as const) {
    test(`finds no violation in the French story, ${name}, with an event selected`, async () => {
      const el = await mount(style);
      el.selected = 'escalade-2020-09-27';
      el.zoomTo('2020-09-20', '2020-10-05');
      await settled(el);
      const results = await axe.run(el);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
