/**
 * Issue 5 §4, embedding: the self-contained bundle (`dist/event-timeline.bundle.js`, built by `npm run test:browser`)
 * in plain HTML pages loaded in iframes from the dev server: the French article, the strict Content-Security-Policy
 * page, a hidden tab shown later, the script loaded before or after the element, and properties set before the
 * element is defined. Each iframe is its own window, so each case gets a fresh custom element registry.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import fr from '../../data/karabakh.fr.json';
import type { EventTimeline } from '../../src/timeline.js';

const BUNDLE = '/dist/event-timeline.bundle.js';
/** The on-demand chunk of the detail panel, legend, autoplay and deep links, beside the bundle. */
const STORY = '/dist/event-timeline.story.js';
/** The on-demand chunk of live updates and big documents, prefetched when idle too. */
const LIVE = '/dist/event-timeline.live.js';
const FRENCH_TITLES = fr.events.map((e) => e.title);

interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/** Loads a page (URL or `srcdoc`) in a 900 × 700 iframe and resolves after its load event. */
async function frame(page: { url: string } | { srcdoc: string }): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:900px;height:700px;border:0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if ('url' in page) iframe.src = page.url;
  else iframe.srcdoc = page.srcdoc;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  return { iframe, win, doc: win.document };
}

beforeAll(async () => {
  // The dev server answers unknown paths with its HTML page, so check the type too.
  const response = await fetch(BUNDLE, { method: 'HEAD', headers: { accept: 'text/javascript' } });
  if (!response.ok || !response.headers.get('content-type')?.includes('javascript'))
    throw new Error(`${BUNDLE} is missing: run \`npm run build:bundle\` (npm run test:browser does)`);
});

afterEach(() => {
  document.body.replaceChildren();
});

async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ticks = (el: EventTimeline) => el.shadowRoot?.querySelectorAll('.axis .tick').length ?? 0;
const items = (el: EventTimeline) => el.shadowRoot?.querySelectorAll('[part~="event"], [part~="cluster"]').length ?? 0;
/** Accessible names of the event buttons: title, date at its precision, group. */
const names = (el: EventTimeline) =>
  [...(el.shadowRoot?.querySelectorAll('[part~="event"]') ?? [])].map((b) => b.getAttribute('aria-label') ?? '');

/** Waits until the element is upgraded, has loaded its document and drawn the axis and its events. */
async function drawn(el: EventTimeline | null | undefined): Promise<EventTimeline> {
  if (!el) throw new Error('no <event-timeline> in the page');
  await until(() => !!el.shadowRoot && ticks(el) > 0 && items(el) > 0, 'the timeline to draw its axis and events');
  await el.updateComplete;
  return el;
}

/** The drawing fills the element: width > 0 and every event mark starts inside it. */
function expectLaidOut(el: EventTimeline) {
  const box = el.getBoundingClientRect();
  expect(box.width).toBeGreaterThan(300);
  const marks = [...el.shadowRoot!.querySelectorAll('[part~="event"], [part~="cluster"]')];
  for (const mark of marks) {
    const r = mark.getBoundingClientRect();
    expect(r.width).toBeGreaterThan(0);
    expect(r.left).toBeGreaterThanOrEqual(box.left - 1);
    expect(r.left).toBeLessThan(box.right);
  }
}

/** Every resource the page fetched apart from the dev server's own client (`/@vite/…`, Vite's injected modules). */
function requests(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => !u.pathname.startsWith('/@') && !u.pathname.startsWith('/node_modules/vite/'))
    .map((u) => (u.origin === location.origin ? u.pathname : u.href));
}

describe('examples/article.html: the French article with one script tag', () => {
  test('draws the Karabakh timeline inside the prose from the bundle alone', async () => {
    const { win, doc } = await frame({ url: '/examples/article.html' });
    const scripts = [...doc.scripts].filter((s) => !s.src.includes('/@vite/'));
    expect(scripts.map((s) => [s.type, new URL(s.src).pathname])).toEqual([['module', BUNDLE]]);

    const el = await drawn(doc.querySelector('event-timeline'));
    expect(el.closest('article')).not.toBeNull();
    expectLaidOut(el);
    expect(el.issues).toEqual([]);
    // Labelled in French, at each date's precision.
    expect(names(el).join('\n')).toContain('27 septembre 2020');
    const titles = [...el.shadowRoot!.querySelectorAll('[part~="label"]')].map((n) => n.textContent);
    expect(titles.length).toBeGreaterThan(0);
    // A callout says its short date first ("27 sept. · Escalade…").
    for (const t of titles) expect(FRENCH_TITLES).toContain(t.split(' · ').pop());
    // The only requests: the bundle and its story chunk beside it (the detail panel and the deep link, which this
    // page uses: prefetched anyway when idle), the live chunk (prefetched when idle), the document and the page's
    // own stylesheet. No fonts, locales or CDN.
    await until(() => requests(win).includes(STORY) && requests(win).includes(LIVE), 'the story and live chunks');
    expect(requests(win).sort()).toEqual(['/data/karabakh.fr.json', BUNDLE, LIVE, STORY, '/examples/article.css']);
  });
});

describe('examples/article.html#id: a deep link into the article', () => {
  test('opens with the linked event selected and labelled, from the bundle', async () => {
    const { doc } = await frame({ url: '/examples/article.html#groupe-de-minsk-2020-10-01' });
    const el = await drawn(doc.querySelector('event-timeline'));
    await until(() => el.selected === 'groupe-de-minsk-2020-10-01', 'the linked event to be selected');
    await until(
      () => [...el.shadowRoot!.querySelectorAll('[part~="label"]')].some((n) => n.textContent?.includes('Minsk')),
      'the linked event to have a label of its own',
    );
    expect(el.shadowRoot!.querySelector('[part="detail"] h2')?.textContent).toContain('Groupe de Minsk');
  });
});

describe('examples/strict-csp.html: a strict Content-Security-Policy with Trusted Types', () => {
  test('renders and reacts to the reader with zero CSP violations', async () => {
    const { win, doc } = await frame({ url: '/examples/strict-csp.html' });
    // Violations that happened before this point are delivered too (`buffered`); later ones are collected as well.
    const reports: string[] = [];
    const describe = (b: { effectiveDirective?: string; sourceFile?: string | null; blockedURL?: string | null }) =>
      `${b.effectiveDirective} blocked ${b.blockedURL} in ${b.sourceFile}`;
    const observer = new win.ReportingObserver(
      (rs) => {
        for (const r of rs) reports.push(describe(r.body as object));
      },
      { types: ['csp-violation'], buffered: true },
    );
    observer.observe();
    const events: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => events.push(describe(e)));

    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).toContain("require-trusted-types-for 'script'");
    expect(meta).not.toContain('unsafe');

    const el = await drawn(doc.querySelector('event-timeline'));
    expectLaidOut(el);
    // Lit's styles are constructable stylesheets, which style-src does not govern: they are applied.
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(win.getComputedStyle(el).display).toBe('block');

    // Exercise re-rendering: select an event (detail panel), then zoom in with the on-screen button.
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="event"]')!;
    first.click();
    await until(() => !!el.shadowRoot!.querySelector('[part~="detail"]'), 'the detail panel');
    const before = el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
    el.zoomIn();
    await until(
      () => el.visibleRange.end.getTime() - el.visibleRange.start.getTime() < before * 0.9,
      'the zoom to take effect',
    );
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    reports.push(...observer.takeRecords().map((r) => describe(r.body as object)));
    expect(reports).toEqual([]);
    expect(events).toEqual([]);

    // The policy is really enforced in this frame, and the detector really sees violations.
    expect(() => {
      doc.createElement('div').innerHTML = '<b>not trusted</b>';
    }).toThrow();
    doc.body.setAttribute('style', 'outline: 1px solid red');
    await until(() => events.length > 0, 'the deliberate violation to be reported');
    expect(events.join('\n')).toContain('style-src-attr');
    observer.disconnect();
  });
});

describe('examples/hidden-tab.html: the timeline starts in a hidden tab', () => {
  test('draws itself at full width when the tab is shown', async () => {
    const { doc } = await frame({ url: '/examples/hidden-tab.html' });
    const el = doc.querySelector('event-timeline')!;
    await until(() => !!el.shadowRoot && el.issues !== undefined, 'the element to upgrade');
    // Loaded while hidden: the panel is display:none, so the element has no box.
    await new Promise((r) => setTimeout(r, 200));
    expect(el.closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(true);
    expect(el.getBoundingClientRect().width).toBe(0);

    doc.querySelector<HTMLButtonElement>('#tab-chronologie')!.click();
    await drawn(el);
    expectLaidOut(el);
    // Fit to all events with the real width: 1994 to October 2020 are in view.
    expect(el.visibleRange.start.getTime()).toBeLessThanOrEqual(Date.UTC(1994, 0, 1));
    expect(el.visibleRange.end.getTime()).toBeGreaterThanOrEqual(Date.UTC(2020, 9, 2));
    const axis = el.shadowRoot!.querySelector('.axis')!.getBoundingClientRect();
    expect(axis.width).toBeGreaterThan(300);
  });
});

describe('script order and early properties', () => {
  const head = (body: string, script = `<script type="module" src="${BUNDLE}"></script>`) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8">${script}</head><body>${body}</body></html>`;

  test('script before: an element added after the tag is defined draws itself', async () => {
    const { win, doc } = await frame({ srcdoc: head('<main></main>') });
    await win.customElements.whenDefined('event-timeline');
    const el = doc.createElement('event-timeline');
    el.setAttribute('src', '/data/karabakh.fr.json');
    doc.querySelector('main')!.append(el);
    await drawn(el);
    expectLaidOut(el);
  });

  test('script after: an element already in the page is upgraded when the bundle loads last', async () => {
    const { win, doc } = await frame({
      srcdoc: head('<event-timeline src="/data/karabakh.fr.json" locale="fr-FR"></event-timeline>', ''),
    });
    const el = doc.querySelector('event-timeline')!;
    expect(win.customElements.get('event-timeline')).toBeUndefined();
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = BUNDLE;
    doc.body.append(script);
    await win.customElements.whenDefined('event-timeline');
    await drawn(el);
    expectLaidOut(el);
    expect(names(el).join('\n')).toContain('27 septembre 2020');
  });

  test('properties set before the element is defined are kept when it upgrades', async () => {
    const { win, doc } = await frame({ srcdoc: head('<event-timeline></event-timeline>', '') });
    const el = doc.querySelector('event-timeline')!;
    // A page script sets data on the not-yet-defined element (its own objects, from its own realm).
    el.events = win.JSON.parse(JSON.stringify(fr.events));
    el.locale = 'fr-FR';
    el.selected = 'escalade-2020-09-27';
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = BUNDLE;
    doc.head.append(script);
    await win.customElements.whenDefined('event-timeline');
    await drawn(el);
    expectLaidOut(el);
    expect(el.locale).toBe('fr-FR');
    expect(el.getAttribute('selected')).toBe('escalade-2020-09-27');
    // The panel is drawn by the story chunk, once it has arrived.
    await until(() => el.shadowRoot!.querySelector('[part~="detail"]') !== null, 'the detail panel');
    const detail = el.shadowRoot!.querySelector('[part~="detail"]');
    expect(detail?.textContent).toContain('Escalade au Haut-Karabakh, loi martiale');
    expect(names(el).join('\n')).toContain('27 septembre 2020');
  });
});
