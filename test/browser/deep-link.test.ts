import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import fr from '../../data/karabakh.fr.json';
import { labels, settled, until } from '../../stories/helpers.js';
import { mountFrench } from './french.js';

const LAVROV = 'lavrov-cavusoglu-2020-10-01';
const page = `${location.pathname}${location.search}`;

function setHash(hash: string): void {
  history.replaceState(history.state, '', hash ? `#${hash}` : page);
}

afterEach(() => {
  document.body.replaceChildren();
  document.body.style.height = '';
  setHash('');
  window.scrollTo(0, 0);
});

describe('deep links (deep-link attribute)', () => {
  test('a #id in the URL at load selects the event, zooms until it has its own mark and scrolls to the timeline', async () => {
    setHash(LAVROV);
    // The timeline starts below the fold.
    document.body.style.height = '4000px';
    const spacer = document.createElement('div');
    spacer.style.height = '2000px';
    document.body.append(spacer);
    const selections: (string | null)[] = [];
    const el = await mountFrench((el) => {
      el.setAttribute('deep-link', '');
      el.addEventListener('timeline-select', (e) => selections.push(e.detail.id));
    });
    await settled(el);
    expect(el.selected).toBe(LAVROV);
    expect(selections).toEqual([LAVROV]);
    expect(el.shadowRoot!.querySelector('[part="detail"] h2')?.textContent).toBe(
      "Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités",
    );
    // At full extent it is a callout of the autumn 2020 stack, a label of its own: it shows selected, no zoom needed.
    const selected = el.shadowRoot!.querySelector('[part~="event--selected"]');
    expect(selected?.textContent?.trim()).toBe("1er oct. · Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités");
    expect(el.visibleRange.start.getUTCFullYear()).toBeLessThan(1994);
    const box = el.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight + 1);
  });

  test('the reader’s selection writes #id without a history entry, and closing the detail removes it', async () => {
    const el = await mountFrench((el) => {
      el.deepLink = true;
      el.start = '2020-09-20';
      el.end = '2020-10-05';
    });
    const before = history.length;
    const button = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find((b) =>
      b.textContent?.includes('Escalade'),
    )!;
    await userEvent.click(button);
    expect(location.hash).toBe('#escalade-2020-09-27');
    expect(history.length).toBe(before);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(location.hash).toBe('');
  });

  test('a later change of the hash selects the event it names; unknown ids and other hashes are left alone', async () => {
    const el = await mountFrench((el) => {
      el.deepLink = true;
    });
    location.hash = `#${encodeURIComponent('groupe-de-minsk-2020-10-01')}`;
    await until(() => el.selected === 'groupe-de-minsk-2020-10-01');
    await settled(el);
    expect(labels(el)).toContain("1er oct. · Déclaration des coprésidents du Groupe de Minsk de l'OSCE");
    location.hash = '#somewhere-else-in-the-article';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.selected).toBe('groupe-de-minsk-2020-10-01');
  });

  test('a document replaced later (a live update) does not follow the same hash again', async () => {
    setHash(LAVROV);
    const el = await mountFrench((el) => {
      el.deepLink = true;
    });
    await settled(el);
    expect(el.selected).toBe(LAVROV);
    // The reader closes the detail and scrolls away; then the newsroom pushes an updated document.
    el.selected = undefined;
    document.body.style.height = '4000px';
    window.scrollTo(0, 1500);
    el.events = { ...fr, events: [...fr.events, { id: 'new', date: '2020-10-02', title: 'Nouvelle déclaration' }] };
    await settled(el);
    expect(el.selected).toBeUndefined();
    expect(window.scrollY).toBe(1500);
  });

  test('ids with spaces, slashes, # and non-Latin letters go through the URL and back; a malformed hash is ignored', async () => {
    const id = 'Ереван #1/2 «déclaration»';
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const el = await mountFrench((el) => {
        el.deepLink = true;
        el.events = [
          { id, date: '2020-10-01', title: 'Déclaration' },
          { id: 'autre', date: '2020-09-27', title: 'Escalade' },
        ];
      });
      const button = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find((b) =>
        b.textContent?.includes('Déclaration'),
      )!;
      await userEvent.click(button);
      expect(el.selected).toBe(id);
      expect(decodeURIComponent(location.hash.slice(1))).toBe(id);
      // Later, from elsewhere in the page, a link to it.
      el.selected = undefined;
      setHash('');
      location.hash = `#${encodeURIComponent(id)}`;
      await until(() => el.selected === id);
      // Not valid percent-encoding: no selection change, nothing thrown.
      location.hash = '#%E0%A4%A';
      await new Promise((r) => setTimeout(r, 50));
      expect(el.selected).toBe(id);
      expect(errors).toEqual([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  test('without deep-link the URL is neither read nor written', async () => {
    setHash(LAVROV);
    const el = await mountFrench();
    expect(el.selected).toBeUndefined();
    expect(el.shadowRoot!.querySelector('[part~="event--selected"]')).toBeNull();
    setHash('');
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part~="event"]')!;
    await userEvent.click(button);
    expect(el.selected).toBeDefined();
    expect(location.hash).toBe('');
  });
});
