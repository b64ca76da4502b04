import { afterEach, describe, expect, test } from 'vitest';
import fr from '../../data/karabakh.fr.json';
import { parseDate } from '../../src/data/dates.js';
import { formatDate } from '../../src/data/format.js';
import { dateLocale, formatsDates } from '../../src/data/locales.js';
import { messagesFor } from '../../src/i18n.js';
import '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { clusters, rendered, settled, tickLabels } from '../../stories/helpers.js';

const EIGHTEEN = 'en fr de es it pt ru uk tr az hy ka ar fa he zh ja ko'.split(' ');

function mount(locale: string, events: unknown = fr, width = 1000): Promise<EventTimeline> {
  const el = document.createElement('event-timeline');
  el.style.width = `${width}px`;
  el.lang = locale.split('-')[0];
  el.locale = locale;
  el.events = events as EventTimeline['events'];
  document.body.append(el);
  return rendered(el);
}

const buttons = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll('.controls button')].map((b) => b.getAttribute('aria-label'));
const names = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label') ?? '');
const day = (text: string) => {
  const parsed = parseDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.date;
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('the 18 languages of the catalogue', () => {
  test.each(EIGHTEEN)('%s names the zoom buttons in its own language', async (lang) => {
    const el = await mount(lang);
    const m = messagesFor(lang);
    expect(buttons(el)).toEqual([m.zoomOut, m.zoomIn, m.zoomToFit]);
    if (lang !== 'en') {
      const en = messagesFor('en');
      for (const name of buttons(el)) expect([en.zoomOut, en.zoomIn, en.zoomToFit]).not.toContain(name);
    } else {
      expect(buttons(el)).toEqual(['Zoom out', 'Zoom in', 'Show all events']);
    }
    // The list says how many events, in the language's words and plural.
    expect(el.shadowRoot!.querySelector('.events')?.getAttribute('aria-label')).toContain(m.events(5));
    // Whatever the engine's locale data, no date is half formatted.
    for (const text of [...names(el), ...tickLabels(el)]) expect(text).not.toMatch(/\bM\d{1,2}\b/);
  });

  test('the page overrides a string for a language the catalogue has, and supplies one it has not', async () => {
    const el = await mount('eu-ES');
    expect(buttons(el)).toEqual(['Zoom out', 'Zoom in', 'Show all events']);
    el.messages = { eu: { zoomIn: 'Handitu', zoomOut: 'Txikitu' }, ru: { zoomToFit: 'Всё' } };
    await el.updateComplete;
    expect(buttons(el)).toEqual(['Txikitu', 'Handitu', 'Show all events']);
    el.locale = 'ru';
    await el.updateComplete;
    expect(buttons(el)).toEqual(['Уменьшить', 'Увеличить', 'Всё']);
  });
});

describe('Russian cluster names', () => {
  test('a date that ends in "г." takes no second full stop before the sentence that follows', async () => {
    const events = Array.from({ length: 24 }, (_, i) => ({
      date: `2020-09-${String(1 + i).padStart(2, '0')}`,
      title: `Событие ${i + 1}`,
    }));
    const el = await mount('ru-RU', [{ date: '2015', title: 'Далеко' }, ...events], 600);
    const names = clusters(el);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).not.toMatch(/\.\./);
      expect(name).toMatch(/^\d+ событи(е|я|й), .*2020 г\. Нажмите, чтобы посмотреть\.$/);
    }
  });
});

describe('locale data the browser lacks', () => {
  const readers = () => [...navigator.languages, document.documentElement.lang];

  test.each(['hy', 'az'])('%s: dates in the next language the reader reads, messages in its own', async (lang) => {
    // Debian's Chromium has no Armenian dates (they resolve to en-US) and no Azerbaijani month names ("M09").
    if (/Chrome\//.test(navigator.userAgent)) expect(formatsDates(lang)).toBe(false);
    const used = dateLocale(lang, readers());
    expect(formatsDates(used)).toBe(true);
    const el = await mount(lang);
    expect(buttons(el)).toEqual([messagesFor(lang).zoomOut, messagesFor(lang).zoomIn, messagesFor(lang).zoomToFit]);
    const escalation = names(el).find((n) => n.includes('Escalade'));
    expect(escalation).toContain(formatDate(day('2020-09-27'), used));
    for (const text of [...names(el), ...tickLabels(el)]) expect(text).not.toMatch(/\bM\d{1,2}\b/);
    // Zoomed in to days, the axis names months and days in the fallback language too.
    el.zoomTo('2020-09-20', '2020-10-05');
    await settled(el);
    for (const text of tickLabels(el)) expect(text).not.toMatch(/\bM\d{1,2}\b/);
  });

  test('an engine with the data keeps the requested language for dates', () => {
    expect(dateLocale('fr-FR', readers())).toBe('fr-FR');
    expect(dateLocale('ru', readers())).toBe('ru');
  });
});
