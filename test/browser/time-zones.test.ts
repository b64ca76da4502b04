import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { labels, tickLabels, tickTextOf } from '../../stories/helpers.js';
import { mountFrench } from './french.js';

/** The reader's time zone, as the browser sees it (DevTools Protocol): what `Date` and `Intl` use by default. */
async function readerIn(timezoneId: string): Promise<void> {
  await cdp().send('Emulation.setTimezoneOverride', { timezoneId });
}

const names = (root: ShadowRoot) =>
  [...root.querySelectorAll('[part~="event"]')].map((b) => b.getAttribute('aria-label') ?? '');

afterEach(() => {
  document.body.replaceChildren();
});

afterAll(async () => {
  await readerIn('');
});

// From 10 hours behind UTC to 14 ahead: a date stored as UTC midnight would show as 26 or 27 September here.
const zones = ['Pacific/Honolulu', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'];

describe.each(zones)('a reader in %s', (zone) => {
  test('sees 2020-09-27 as 27 September 2020 in labels, names, ticks and the detail', async () => {
    await readerIn(zone);
    // The emulation is in effect: local midnight is not UTC midnight.
    expect(new Date(2020, 8, 27).getTimezoneOffset()).not.toBe(0);

    const full = await mountFrench();
    // At full extent the three autumn events are a stack of callouts, each with its short date.
    expect(labels(full).slice(-3)).toEqual([
      '27 sept. · Escalade au Haut-Karabakh, loi martiale',
      "1er oct. · Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités",
      "1er oct. · Déclaration des coprésidents du Groupe de Minsk de l'OSCE",
    ]);
    expect(names(full.shadowRoot!)).toContain('27 sept. · Escalade au Haut-Karabakh, loi martiale, 27 septembre 2020');
    expect(tickLabels(full)).toContain('1994');
    document.body.replaceChildren();

    const el = await mountFrench((el) => {
      el.start = '2020-09-20';
      el.end = '2020-10-05';
      el.selected = 'groupe-de-minsk-2020-10-01';
    });
    const root = el.shadowRoot!;
    expect(names(root)).toContain('Escalade au Haut-Karabakh, loi martiale, 27 septembre 2020');
    expect(names(root).find((n) => n.startsWith('Le conflit gelé'))).toBe('Le conflit gelé, 1994 – 27 septembre 2020');
    expect(tickLabels(el)).toContain('27 sept.');
    expect(root.querySelector('[part="detail"] time')?.textContent).toBe('1er octobre 2020');
    expect(el.visibleRange.start.toISOString().slice(0, 10)).toBe('2020-09-20');

    // The mark of 27 September sits on the tick of 27 September.
    const tick = [...root.querySelectorAll('.axis .tick')].find((t) => tickTextOf(t) === '27 sept.')!;
    const mark = [...root.querySelectorAll('.point')].find((p) => p.textContent?.includes('Escalade'))!;
    const tickX = tick.querySelector('line')!.getBoundingClientRect().left;
    const markX = mark.querySelector('.mark')!.getBoundingClientRect();
    expect(markX.left + markX.width / 2).toBeCloseTo(tickX, 0);
    expect(labels(el)).toContain('Escalade au Haut-Karabakh, loi martiale');
  });

  test('sees an instant with an offset in the time-zone attribute, not in its own', async () => {
    await readerIn(zone);
    const el = await mountFrench((el) => {
      el.timeZone = 'Asia/Yerevan';
      el.events = [{ id: 'i', date: '2020-09-27T23:30-07:00', title: 'Annonce' }];
      el.selected = 'i';
    });
    // 23:30 in UTC-7 is 10:30 the next day in Yerevan (UTC+4), wherever the reader is.
    expect(el.shadowRoot!.querySelector('[part="detail"] time')?.textContent).toBe('28 septembre 2020 à 10:30');
  });
});
