/**
 * Issue 15 through the element: CSV by `src` (a `text/csv` response or a `.csv` URL) and inline
 * (`<script type="text/csv">`), TimelineJS JSON by `src`, inline and as the `events` property, and every bad
 * CSV and TimelineJS case of test/cases/authoring-bad.ts mounted in the page: the element shows what
 * `parseInput` says, no payload runs and no element from the data reaches the shadow DOM.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import '../../src/index.js';
import fr from '../../data/karabakh.fr.json';
import sheetBad from '../../data/karabakh.fr.timelinejs.bad.csv?raw';
import sheet from '../../data/karabakh.fr.timelinejs.csv?raw';
import timelinejs from '../../data/karabakh.fr.timelinejs.json';
import { parseInput } from '../../src/data/input.js';
import type { TimelineErrorEvent, TimelineLoadEvent } from '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { clusters, labels, rendered, SHOWCASE_LABELS, until } from '../../stories/helpers.js';
import { type Case, CSV, csvCases, timelineCases } from '../cases/authoring-bad.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Elements the element itself renders (as in bad-input.test.ts); anything else came from the data. */
const ALLOWED = new Set(
  'div p strong ul li button svg path line g text ol span bdi section h2 time a slot circle rect'.split(' '),
);

interface Mounted {
  el: EventTimeline;
  loads: TimelineLoadEvent[];
  errors: TimelineErrorEvent[];
}

function mount(setup: (el: EventTimeline) => void): Mounted {
  const el = document.createElement('event-timeline');
  el.style.width = '800px';
  el.lang = 'fr';
  el.setAttribute('locale', 'fr-FR');
  const loads: TimelineLoadEvent[] = [];
  const errors: TimelineErrorEvent[] = [];
  el.addEventListener('timeline-load', (e) => loads.push(e));
  el.addEventListener('timeline-error', (e) => errors.push(e));
  setup(el);
  document.body.append(el);
  return { el, loads, errors };
}

function inline(type: string, text: string) {
  return (el: EventTimeline) => {
    const script = document.createElement('script');
    script.type = type;
    script.textContent = text;
    el.append(script);
  };
}

function serve(body: string, contentType: string) {
  vi.spyOn(window, 'fetch').mockImplementation(
    async () => new Response(body, { headers: { 'content-type': contentType } }),
  );
}

async function loaded(m: Mounted): Promise<EventTimeline> {
  await until(() => m.loads.length > 0, 5000);
  return rendered(m.el);
}

/** No element or `on*` attribute from the data in the shadow DOM, and nothing ran. */
async function clean(el: EventTimeline): Promise<void> {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(ALLOWED.has(node.localName), `<${node.localName}> in the shadow DOM`).toBe(true);
    for (const attr of node.attributes) expect(attr.name.startsWith('on'), attr.name).toBe(false);
  }
  expect(el.shadowRoot!.querySelector('.detail strong, img, script, iframe, style')).toBeNull();
  await new Promise((r) => setTimeout(r, 30));
  expect(window.__pwned).toBeUndefined();
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('CSV', () => {
  test('src answering text/csv: the sheet reads as the showcase', async () => {
    serve(sheet, 'text/csv; charset=utf-8');
    const m = mount((el) => el.setAttribute('src', '/data/karabakh'));
    const el = await loaded(m);
    expect(el.issues).toEqual([]);
    expect(el.shadowRoot!.querySelector('.title')?.textContent).toBe(fr.title);
    expect(labels(el)).toEqual(SHOWCASE_LABELS);
    expect(clusters(el)).toEqual([]);
    expect(m.loads[0].detail.count).toBe(5);
  });

  test('a .csv src served as text/plain is read as CSV', async () => {
    serve(sheet, 'text/plain');
    const m = mount((el) => el.setAttribute('src', '/documents/karabakh.fr.timelinejs.csv?v=2'));
    const el = await loaded(m);
    expect(el.issues).toEqual([]);
    expect(m.loads[0].detail.count).toBe(5);
  });

  test('issue 15 "done": a blank row and a bad month; all good rows render, exactly one issue names its row', async () => {
    serve(sheetBad, 'text/csv');
    const m = mount((el) => el.setAttribute('src', '/documents/karabakh.fr.timelinejs.bad.csv'));
    const el = await loaded(m);
    expect(m.loads[0].detail.count).toBe(4);
    expect(el.issues).toHaveLength(1);
    expect(el.issues[0]).toMatchObject({ index: 3, field: 'Month', row: 7 });
    expect(el.issues[0].message).toMatch(/^Row 7, column "Month"/);
    expect(el.shadowRoot!.querySelector('[part="error"] li')?.textContent).toBe(el.issues[0].message);
    expect(m.errors).toHaveLength(1);
    // The escalade and the Minsk group statement, which comes after the blank row.
    expect(labels(el).slice(2)).toEqual([SHOWCASE_LABELS[2], SHOWCASE_LABELS[4]]);
  });

  test('inline <script type="text/csv">', async () => {
    const m = mount(inline('text/csv', sheet));
    const el = await loaded(m);
    expect(el.issues).toEqual([]);
    expect(labels(el)).toEqual(SHOWCASE_LABELS);
  });
});

describe('TimelineJS JSON', () => {
  const check = async (m: Mounted) => {
    const el = await loaded(m);
    expect(el.issues).toEqual([]);
    expect(el.shadowRoot!.querySelector('.title')?.textContent).toBe(fr.title);
    expect(labels(el)).toEqual(SHOWCASE_LABELS);
    expect(el.shadowRoot!.querySelector('[part~="range"]')).not.toBeNull();
    el.selected = 'escalade-2020-09-27';
    await el.updateComplete;
    const detail = el.shadowRoot!.querySelector('[part~="detail"]')!;
    expect(detail.textContent).toContain('La loi martiale est décrétée');
    expect(detail.textContent).not.toMatch(/<\/?[a-z]/);
    await clean(el);
  };
  test('by src', async () => {
    serve(JSON.stringify(timelinejs), 'application/json');
    await check(mount((el) => el.setAttribute('src', '/documents/karabakh.fr.timelinejs.json')));
  });
  test('inline <script type="application/json">', async () => {
    await check(mount(inline('application/json', JSON.stringify(timelinejs))));
  });
  test('as the events property', async () => {
    await check(mount((el) => (el.events = timelinejs as unknown as EventTimeline['events'])));
  });
});

/** The element shows exactly what parseInput says, and nothing from the data runs or becomes an element. */
async function hostile(c: Case, kind: 'csv' | 'timelinejs'): Promise<void> {
  const text = typeof c.input === 'string' ? c.input : JSON.stringify(c.input);
  const expected = parseInput(c.input, c.hint ?? (kind === 'csv' ? CSV : {}));
  const type = kind === 'csv' && (c.hint ?? CSV) === CSV ? 'text/csv' : 'application/json';
  const m = mount(inline(type, text));
  await until(() => m.loads.length > 0, 5000);
  const el = await rendered(m.el);
  expect(el.issues).toEqual(expected.issues);
  expect(m.loads[0].detail.count).toBe(expected.events.length);
  for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')) {
    button.click();
    await el.updateComplete;
  }
  await clean(el);
}

describe('bad CSV and TimelineJS input in the page', () => {
  for (const c of csvCases) test(`CSV: ${c.name}`, () => hostile(c, 'csv'));
  for (const c of timelineCases) test(`TimelineJS: ${c.name}`, () => hostile(c, 'timelinejs'));
});
