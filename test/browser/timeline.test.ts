import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import fr from '../../data/karabakh.fr.json';
import '../../src/index.js';
import type { TimelineErrorEvent, TimelineLoadEvent, TimelineRangeChangeEvent } from '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import {
  clusters,
  countOf,
  labels,
  overlappingLabels,
  rendered,
  settled,
  tickLabels,
  until,
} from '../../stories/helpers.js';

function mount(setup: (el: EventTimeline) => void = () => {}, width = 1000): EventTimeline {
  const el = document.createElement('event-timeline');
  el.style.width = `${width}px`;
  setup(el);
  document.body.append(el);
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('<event-timeline> with the French Karabakh document', () => {
  test('renders the year ticks of a 26-year axis in French', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
      }),
    );
    const ticks = tickLabels(el);
    expect(ticks).toContain('1994');
    expect(ticks).toContain('2020');
    expect(ticks.every((t) => /^\d{4}$/.test(t))).toBe(true);
    const { start, end } = el.visibleRange;
    expect(start.getUTCFullYear()).toBe(1992);
    expect(end.getUTCFullYear()).toBe(2021);
  });

  test('shows the ceasefire, the era bar, and every event as a label or in a cluster', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
      }),
    );
    expect(labels(el)).toContain('Cessez-le-feu : le conflit est « gelé »');
    const era = el.shadowRoot!.querySelector('[part~="event--range"]') as HTMLElement;
    expect(era.textContent).toContain('Le conflit gelé');
    const bar = el.shadowRoot!.querySelector('[part~="range"]') as HTMLElement;
    expect(bar.getBoundingClientRect().width).toBeGreaterThan(850);
    const inClusters = clusters(el).reduce((n, c) => n + Number.parseInt(c, 10), 0);
    expect(labels(el).length + inClusters).toBe(5);
  });

  test('labels each event with its date at its own precision for screen readers', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
        el.start = '2020-09-20';
        el.end = '2020-10-05';
      }),
    );
    const names = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].map(
      (b) => b.getAttribute('aria-label') ?? '',
    );
    expect(names).toContain('Escalade au Haut-Karabakh, loi martiale, 27 septembre 2020');
    expect(names.some((n) => n.includes('1er octobre 2020'))).toBe(true);
    const era = names.find((n) => n.startsWith('Le conflit gelé'));
    expect(era).toContain('1994 – 27 septembre 2020');
  });

  test('a wheel over the focused timeline zooms in around the pointer and fires timeline-rangechange', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
      }),
    );
    const before = el.visibleRange;
    const changes: TimelineRangeChangeEvent[] = [];
    el.addEventListener('timeline-rangechange', (e) => changes.push(e));
    (el.shadowRoot!.querySelector('[part~="event"]') as HTMLElement).focus();
    const plot = el.shadowRoot!.querySelector('.plot')!;
    await userEvent.wheel(plot, { delta: { y: -500 }, times: 6 });
    await settled(el);
    const after = el.visibleRange;
    expect(after.end.getTime() - after.start.getTime()).toBeLessThan(
      (before.end.getTime() - before.start.getTime()) / 2,
    );
    expect(changes.at(-1)!.detail.start.getTime()).toBe(after.start.getTime());
  });

  test('zooming into September–October 2020 separates the two October statements from the escalation', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
      }),
    );
    el.zoomTo('2020-09-24', '2020-10-04');
    await until(() => day(el.visibleRange.start.getTime()) === '2020-09-24');
    await el.updateComplete;
    const points = [...el.shadowRoot!.querySelectorAll('.point [part~="event"]')].map((b) => b.getBoundingClientRect());
    expect(points).toHaveLength(3);
    expect(clusters(el)).toEqual([]);
    const marks = [...el.shadowRoot!.querySelectorAll('.point .mark')].map((m) => m.getBoundingClientRect().x);
    // 27 September is 4 days (400 px on a 10-day, 1,000 px window) left of 1 October.
    expect(Math.max(...marks) - Math.min(...marks)).toBeGreaterThan(300);
    expect(tickLabels(el)).toContain('septembre 2020');
  });

  test('a cluster zooms in around its events when activated, and its events split out', async () => {
    const events = Array.from({ length: 24 }, (_, i) => ({
      date: `2020-09-${String(1 + i).padStart(2, '0')}`,
      title: `Day ${i + 1} of the September events`,
    }));
    const el = await rendered(
      mount((el) => {
        el.locale = 'en-US';
        el.style.height = '14rem';
        el.events = [{ date: '2015', title: 'Far away' }, ...events];
      }, 600),
    );
    const cluster = el.shadowRoot!.querySelector('[part~="cluster"]') as HTMLElement;
    expect(cluster.getAttribute('aria-label')).toMatch(/^\d+ events, .*2020\. Activate to see them\.$/);
    const clustered = () => clusters(el).reduce((n, c) => n + Number.parseInt(c, 10), 0);
    const before = clustered();
    const span = (r: { start: Date; end: Date }) => r.end.getTime() - r.start.getTime();
    const wide = span(el.visibleRange);
    cluster.click();
    await settled(el);
    expect(span(el.visibleRange)).toBeLessThan(wide / 4);
    expect(clustered()).toBeLessThan(before);
    expect(labels(el).length).toBeGreaterThan(1);
  });
});

describe('<event-timeline> input', () => {
  test('an invalid event is reported while the valid ones render', async () => {
    const errors: TimelineErrorEvent[] = [];
    const loads: TimelineLoadEvent[] = [];
    const el = mount((el) => {
      el.addEventListener('timeline-error', (e) => errors.push(e));
      el.addEventListener('timeline-load', (e) => loads.push(e));
      el.events = [
        { id: 'a', date: '2020-09-27', title: 'Escalation' },
        { id: 'b', date: '2020-02-30', title: 'Impossible day' },
        { id: 'c', date: '2020-10-01' },
      ] as never;
    });
    await rendered(el);
    expect(labels(el)).toEqual(['Escalation']);
    expect(el.issues).toHaveLength(2);
    expect(el.issues.map((i) => [i.index, i.field])).toEqual([
      [1, 'date'],
      [2, 'title'],
    ]);
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('2020-02-30');
    expect(loads).toHaveLength(1);
    expect(loads[0].detail.count).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0].detail.issues).toHaveLength(2);
    expect(errors[0].bubbles && errors[0].composed).toBe(true);
  });

  test('reads an inline JSON document', async () => {
    const el = mount((el) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(fr);
      el.append(script);
      el.locale = 'fr-FR';
    });
    await rendered(el);
    expect(labels(el)).toContain('Le conflit gelé');
  });

  test('fetches a document from src and reports a 404 as a document-level issue', async () => {
    const el = mount((el) => {
      el.src = '/data/does-not-exist.json';
    });
    await until(() => el.issues.length > 0);
    expect(el.issues[0]).toMatchObject({ index: null, field: 'src' });
    // Dev servers answer unknown paths with 404 or with their HTML fallback page: both are named.
    expect(el.issues[0].message).toMatch(
      /^Could not load the timeline from "\/data\/does-not-exist.json": .*(404|HTML page)/,
    );
  });

  test('text from data is never run as HTML', async () => {
    const el = await rendered(
      mount((el) => {
        el.events = [
          {
            date: '2020-09-27',
            title: '<img src=x onerror="window.__pwned=1">',
            description: '<script>window.__pwned=1</script>',
          },
        ];
        el.selected = 'event-0';
      }),
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(labels(el)).toEqual(['<img src=x onerror="window.__pwned=1">']);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('properties set before the element is defined are honoured', async () => {
    const el = document.createElement('event-timeline-late') as unknown as EventTimeline;
    (el as { events?: unknown }).events = [{ date: '2020-09-27', title: 'Early' }];
    (el as HTMLElement).style.width = '600px';
    document.body.append(el);
    const { EventTimeline } = await import('../../src/timeline.js');
    customElements.define('event-timeline-late', class extends EventTimeline {});
    await rendered(el);
    expect(labels(el)).toEqual(['Early']);
  });
});

describe('<event-timeline> theming', () => {
  test('a --timeline-* property set on :root reaches the shadow DOM', async () => {
    const el = await rendered(
      mount((el) => {
        el.events = fr;
      }),
    );
    const mark = () => getComputedStyle(el.shadowRoot!.querySelector('.point .mark')!).backgroundColor;
    const before = mark();
    document.documentElement.style.setProperty('--timeline-event-color', 'rgb(1, 2, 3)');
    try {
      expect(mark()).toBe('rgb(1, 2, 3)');
      expect(before).not.toBe('rgb(1, 2, 3)');
    } finally {
      document.documentElement.style.removeProperty('--timeline-event-color');
    }
  });

  test('selected set by the host opens the detail without firing timeline-select; links are safe', async () => {
    const selections: unknown[] = [];
    const el = await rendered(
      mount((el) => {
        el.addEventListener('timeline-select', (e) => selections.push(e));
        el.events = [
          {
            id: 'a',
            date: '2020-09-27',
            title: 'Escalation',
            description: 'Line one\nLine two',
            url: 'https://example.org/a',
          },
        ];
        el.selected = 'a';
      }),
    );
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.querySelector('h2')?.textContent).toBe('Escalation');
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what shows the rendered line break.
    expect((detail.querySelector('p:nth-of-type(2)') as HTMLElement).innerText).toBe('Line one\nLine two');
    const link = detail.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(selections).toEqual([]);
  });
});

describe('<event-timeline> a selection inside a cluster', () => {
  test('a selected callout takes the selected part, and its leader the selected colour', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
        el.selected = 'lavrov-cavusoglu-2020-10-01';
      }),
    );
    const selected = el.shadowRoot!.querySelector<HTMLElement>('[part~="event--selected"]')!;
    expect(selected.textContent?.trim()).toBe("1er oct. · Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités");
    const leader = selected.closest('.callout')!.querySelector('.leader')!;
    const label = selected.querySelector('.label')!;
    expect(getComputedStyle(leader).borderInlineEndColor).toBe(getComputedStyle(label).color);
    expect(el.shadowRoot!.querySelector('[part~="cluster"]')).toBeNull();
  });

  test('the mark holding the selected event takes the selected colour and part, without a change of weight', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
        el.selected = 'lavrov-cavusoglu-2020-10-01';
        // Three rows: too few for the autumn stack of callouts, so its events share one mark.
        el.style.setProperty('--timeline-height', '12rem');
      }),
    );
    const mark = el.shadowRoot!.querySelector<HTMLElement>('[part~="cluster"]')!;
    expect(mark.getAttribute('part')).toBe('cluster cluster--selected');
    const label = mark.querySelector('.label')!;
    const dot = el.shadowRoot!.querySelector('.merged .mark')!;
    const plain = getComputedStyle(el.shadowRoot!.querySelector('.point:not(.merged) .mark')!).backgroundColor;
    // Mark and label in the selected colour, which differs from an ordinary mark's.
    expect(getComputedStyle(dot).backgroundColor).toBe(getComputedStyle(label).color);
    expect(getComputedStyle(dot).backgroundColor).not.toBe(plain);
    expect(getComputedStyle(label).fontWeight).toBe(getComputedStyle(el).fontWeight);
    // Selecting an event outside it clears the state.
    el.selected = 'cessez-le-feu-1994';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="cluster"]')!.getAttribute('part')).toBe('cluster');
  });
});

describe('<event-timeline> clusters that zooming cannot split', () => {
  test('open as a list in the detail panel, whose entries select their event', async () => {
    const selections: (string | null)[] = [];
    const el = await rendered(
      mount((el) => {
        el.locale = 'en-US';
        el.style.height = '12rem';
        el.addEventListener('timeline-select', (e) => selections.push(e.detail.id));
        el.events = [
          { id: 'a', date: '2020-10-01', title: 'Lavrov and Çavuşoğlu call for a ceasefire' },
          { id: 'b', date: '2020-10-01', title: 'Minsk Group co-chairs issue a statement' },
          { id: 'c', date: '2020-10-01', title: 'A third statement the same day' },
          { id: 'd', date: '2020-10-01', title: 'And a fourth one' },
        ];
      }, 600),
    );
    const cluster = el.shadowRoot!.querySelector('[part~="cluster"]') as HTMLElement;
    const before = el.visibleRange;
    cluster.click();
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('[part="detail"]')!;
    const entries = [...panel.querySelectorAll('.members button')] as HTMLElement[];
    expect(panel.querySelector('h2')?.textContent).toMatch(/^\d events$/);
    expect(entries.length).toBe(countOf(cluster));
    expect(el.visibleRange).toEqual(before);
    await until(() => el.shadowRoot!.activeElement === entries[0]);
    const picked = entries[1].textContent;
    entries[1].click();
    await el.updateComplete;
    expect(selections).toHaveLength(1);
    expect(el.shadowRoot!.querySelector('[part="detail"] h2')?.textContent).toBe(picked);
  });
});

describe('<event-timeline> on a phone', () => {
  test('a label cut to fit shows whole while pointed at, growing away from its mark', async () => {
    // Titles wrap onto more rows at this width; one long word cannot, so it is cut.
    const events = fr.events.map((e) =>
      e.id === 'groupe-de-minsk-2020-10-01' ? { ...e, title: 'Déclaration-des-coprésidents-du-Groupe-de-Minsk' } : e,
    );
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        // The horizontal layout on a phone (auto would be vertical at this width).
        el.orientation = 'horizontal';
        el.style.width = '360px';
        el.events = events;
        el.start = '2020-09-20';
        el.end = '2020-10-05';
      }),
    );
    const cut = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="label"]')].find((l) => l.style.maxWidth);
    expect(cut, 'a label cut to fit the 360 px view').toBeDefined();
    const label = cut!;
    const before = label.getBoundingClientRect();
    expect(label.scrollWidth).toBeGreaterThan(before.width + 1);
    const mark = label.closest('.point')!.querySelector('.mark')!.getBoundingClientRect();
    await userEvent.hover(label.closest('button')!);
    const after = label.getBoundingClientRect();
    expect(after.width).toBeGreaterThan(before.width + 10);
    expect(label.scrollWidth).toBeLessThanOrEqual(after.width + 1);
    // Whichever side it is on, the end next to the mark stays next to the mark.
    const nearEnd = (r: DOMRect) => (r.left > mark.left ? r.left : r.right);
    expect(nearEnd(after)).toBeCloseTo(nearEnd(before), 0);
  });
});

describe('<event-timeline> titles too wide for a phone', () => {
  test('wrap onto a row per line instead of being cut, up to three lines', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        // The horizontal layout on a phone (auto would be vertical at this width).
        el.orientation = 'horizontal';
        el.style.width = '360px';
        el.events = fr;
      }),
    );
    const root = el.shadowRoot!;
    const wrapped = [...root.querySelectorAll<HTMLElement>('.wrap [part~="label"]')];
    expect(wrapped.length).toBeGreaterThan(0);
    for (const label of wrapped) {
      const lines = Math.round(label.getBoundingClientRect().height / 28);
      expect(lines).toBeGreaterThanOrEqual(2);
      expect(lines).toBeLessThanOrEqual(3);
      // Nothing hidden: the whole title is in the box.
      expect(label.scrollHeight).toBeLessThanOrEqual(label.clientHeight + 1);
      expect(label.closest('li')!.getBoundingClientRect().height).toBeCloseTo(lines * 28, 0);
    }
    expect(overlappingLabels(el)).toEqual([]);
  });
});

describe('<event-timeline> dates readable from the marks', () => {
  test('each mark has a faint stem to the axis; the pointed event shows its date in a chip on the axis under it', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
      }),
    );
    const root = el.shadowRoot!;
    // The ceasefire and the anchor of the autumn stack: the era is a bar, the callouts below share the anchor's.
    const stems = root.querySelector('.stems')!.getAttribute('d')!;
    expect(stems.match(/M/g)).toHaveLength(2);
    // The pointer rests away from the events (an earlier test may have left it over one).
    await userEvent.hover(root.querySelector<HTMLElement>('.title')!);
    await el.updateComplete;
    expect(root.querySelector('.axis-chip')).toBeNull();

    const lavrov = [...root.querySelectorAll<HTMLElement>('.callout [part~="event"]')].find((b) =>
      b.textContent?.includes('Lavrov'),
    )!;
    await userEvent.hover(lavrov);
    await el.updateComplete;
    const chip = root.querySelector<HTMLElement>('.axis-chip')!;
    expect(chip.textContent?.trim()).toBe('1er oct. 2020');
    const axis = root.querySelector('.axis')!.getBoundingClientRect();
    const box = chip.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(axis.top);
    expect(box.right).toBeLessThanOrEqual(axis.right + 0.5);
    const stem = root.querySelector('.stem.pointed')!.getBoundingClientRect();
    expect(stem.bottom).toBeCloseTo(axis.top, 0);

    await userEvent.hover(root.querySelector<HTMLElement>('.title')!);
    await el.updateComplete;
    expect(root.querySelector('.axis-chip')).toBeNull();

    // Keyboard focus points too.
    await el.focusEvent('cessez-le-feu-1994');
    await el.updateComplete;
    expect(root.querySelector('.axis-chip')?.textContent?.trim()).toBe('1994');
  });
});

describe('<event-timeline> EDTF forms as drawn', () => {
  test('an era with an unknown end fades out past its known part, with its own part name', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = [
          { id: 'open', date: '1994/', title: 'Conflit gelé' },
          { id: 'known', date: '1994', end: '1994', title: 'Trêve' },
          { id: 'later', date: '2000', title: 'Plus tard' },
        ];
      }),
    );
    const root = el.shadowRoot!;
    const open = root.querySelector<HTMLElement>('[part~="event--open-end"]')!;
    expect(open.getAttribute('aria-label')).toBe('Conflit gelé, 1994 – fin inconnue');
    const bar = open.closest('li')!.querySelector<HTMLElement>('.bar')!;
    expect(getComputedStyle(bar).maskImage).toContain('linear-gradient');
    // 1994/ is known only for 1994: the bar runs on past the end of that year.
    const known = root.querySelector<HTMLElement>('.range:not(.open-end) .bar')!;
    expect(bar.getBoundingClientRect().width).toBeGreaterThan(known.getBoundingClientRect().width + 40);
    expect(root.querySelectorAll('[part~="event--open-end"]')).toHaveLength(1);
  });

  test('the detail gives HTML a valid datetime, or none where HTML has no form (a decade)', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = [
          { id: 'decade', date: '199X', title: 'Les années 1990' },
          { id: 'instant', date: '2020-09-27 04:10:00.123456+04:00', title: 'Annonce' },
        ];
        el.selected = 'decade';
      }),
    );
    const time = () => el.shadowRoot!.querySelector('[part="detail"] time')!;
    expect(time().textContent).toBe('années 1990');
    expect(time().hasAttribute('datetime')).toBe(false);
    el.selected = 'instant';
    await el.updateComplete;
    expect(time().getAttribute('datetime')).toBe('2020-09-27T00:10:00.123');
  });

  test('decades and seasons keep the zoom floor of dates without times: an hour across the width', async () => {
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = [
          { id: 'decade', date: '199X', title: 'Les années 1990' },
          { id: 'autumn', date: '2020-23', title: 'Automne 2020' },
        ];
      }),
    );
    for (let i = 0; i < 40; i++) el.zoomIn();
    await settled(el);
    const span = el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
    expect(span).toBeGreaterThan(59 * 60_000);
    expect(span).toBeLessThan(61 * 60_000);
  });
});

describe('<event-timeline> in a right-to-left page', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('dir');
  });

  test('French titles keep their own direction and punctuation; the era starts where it begins', async () => {
    document.documentElement.dir = 'rtl';
    const el = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
      }),
    );
    const root = el.shadowRoot!;
    for (const label of root.querySelectorAll('[part~="label"]')) expect(getComputedStyle(label).direction).toBe('ltr');
    expect(getComputedStyle(root.querySelector('.title')!).direction).toBe('ltr');
    // Time runs right to left: the bar's start border is at 1994, its start, on its right, not at its 2020 end.
    const bar = root.querySelector<HTMLElement>('.range .bar')!;
    expect(getComputedStyle(bar).borderRightWidth).toBe('3px');
    expect(getComputedStyle(bar).borderLeftWidth).toBe('0px');
    expect(Math.abs(bar.getBoundingClientRect().right - bar.closest('li')!.getBoundingClientRect().left)).toBeLessThan(
      1,
    );
    expect(overlappingLabels(el)).toEqual([]);
  });
});

describe('<event-timeline> height', () => {
  test('by default it is as tall as its rows and axis need; --timeline-height or a CSS height forces one', async () => {
    const fitted = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
      }),
    );
    const plot = (el: EventTimeline) => el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    // Five rows (ceasefire, era, three callouts), the axis (44 px) and 8 px between them.
    expect(plot(fitted).height).toBeCloseTo(5 * 28 + 44 + 8, 0);
    document.body.replaceChildren();

    const forced = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
        el.style.setProperty('--timeline-height', '30rem');
      }),
    );
    expect(forced.getBoundingClientRect().height).toBeCloseTo(480, 0);
    document.body.replaceChildren();

    // Too short for the stack: the rows use what there is, and the autumn events share one mark.
    const short = await rendered(
      mount((el) => {
        el.locale = 'fr-FR';
        el.events = fr;
        el.style.height = '12rem';
      }),
    );
    expect(short.getBoundingClientRect().height).toBeCloseTo(192, 0);
    expect(clusters(short)).toHaveLength(1);
  });
});
