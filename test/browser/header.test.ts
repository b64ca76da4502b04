/** The document title is the headline: on a phone it wraps onto a second and third line before any ellipsis. */
import { afterEach, expect, test } from 'vitest';
import '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { rendered } from '../../stories/helpers.js';

afterEach(() => document.body.replaceChildren());

const TITLES = [
  { locale: 'fr', title: "Haut-Karabakh : du conflit gelé à l'escalade de 2020", width: 380, lines: 2 },
  // A 380 px phone less the page's margins.
  { locale: 'en', title: 'Nagorno-Karabakh: from frozen conflict to the 2020 escalation', width: 340, lines: 3 },
];

for (const { locale, title: TITLE, width, lines: LINES } of TITLES)
  for (const dir of ['ltr', 'rtl']) {
    test(`at ${width} px the ${locale} showcase's title is whole, on ${LINES} lines (${dir})`, async () => {
      const el = document.createElement('event-timeline') as EventTimeline;
      el.dir = dir;
      el.style.width = `${width}px`;
      el.locale = locale;
      el.events = { title: TITLE, events: [{ date: '1994', title: 'Cessez-le-feu' }] };
      document.body.append(el);
      await rendered(el);
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!;
      expect(title.textContent).toBe(TITLE);
      // Not cut: all of its text fits its box, and the box is within the element.
      expect(title.scrollHeight).toBeLessThanOrEqual(title.clientHeight + 1);
      expect(title.scrollWidth).toBeLessThanOrEqual(title.clientWidth + 1);
      const lines = Math.round(title.clientHeight / Number.parseFloat(getComputedStyle(title).lineHeight || '20'));
      expect(lines).toBe(LINES);
      const box = title.getBoundingClientRect();
      const controls = el.shadowRoot!.querySelector('[part="controls"]')!.getBoundingClientRect();
      expect(box.right <= controls.left || box.left >= controls.right).toBe(true);
    });
  }
