/**
 * Issue 18 §4: the React 19 and Vue 3 examples (examples/react, examples/vue), built by Vite from the packed tarball
 * (`node scripts/examples.mjs`, which `npm run test:examples` runs first), each loaded in an iframe as a reader
 * opens it. In both, the events render, clicking one updates the app's state, closing the detail (× in one, Escape
 * in the other) clears it, the app can select again what the reader closed, and "Tout voir" calls `zoomToFit()`.
 */
import { afterEach, describe, expect, test } from 'vitest';
import fr from '../../data/karabakh.fr.json';
import type { EventTimeline } from '../../src/timeline.js';

interface App {
  win: Window & typeof globalThis;
  doc: Document;
  el: EventTimeline;
}

async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Loads a built example in a 1000 × 700 iframe and waits until its timeline has drawn its events. */
async function open(name: 'react' | 'vue'): Promise<App> {
  const url = `/examples/${name}/dist/index.html`;
  const response = await fetch(url);
  if (!response.ok || !(await response.text()).includes('/assets/'))
    throw new Error(`${url} is not built: run \`node scripts/examples.mjs\` (npm run test:examples does)`);
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:1000px;height:700px;border:0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = url;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = win.document;
  await until(() => !!doc.querySelector('event-timeline')?.shadowRoot?.querySelector('[part~="event"]'), 'the events');
  const el = doc.querySelector('event-timeline') as EventTimeline;
  await el.updateComplete;
  return { win, doc, el };
}

const selection = (app: App) => app.doc.getElementById('selection')?.textContent;
const detailTitle = (app: App) => app.el.shadowRoot!.querySelector('[part="detail"] h2')?.textContent ?? null;
const button = (app: App, text: string) =>
  [...app.doc.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
const mark = (app: App, title: string) =>
  [...app.el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].find((b) =>
    b.getAttribute('aria-label')?.startsWith(title),
  )!;
const span = (app: App) => app.el.visibleRange.end.getTime() - app.el.visibleRange.start.getTime();

afterEach(() => {
  document.body.replaceChildren();
});

describe.each(['react', 'vue'] as const)('examples/%s, built from the packed tarball', (name) => {
  test('renders the events; a click selects, closing clears the app’s state; the app selects again', async () => {
    const app = await open(name);
    const ceasefire = fr.events[0];
    // The events arrived as a property (not an "[object Object]" attribute) and render.
    expect(app.el.events).toHaveLength(fr.events.length);
    expect(app.el.hasAttribute('events')).toBe(false);
    expect(mark(app, ceasefire.title)).toBeTruthy();
    expect(selection(app)).toBe('aucune');

    mark(app, ceasefire.title).click();
    await until(() => selection(app) === ceasefire.id, 'the app to hear the selection');
    // The panel is drawn by the element's story chunk, once it has arrived.
    await until(() => detailTitle(app) === ceasefire.title, 'the detail panel');

    // Close: × in React, Escape in Vue; the app's state follows.
    if (name === 'react') app.el.shadowRoot!.querySelector<HTMLButtonElement>('[part="detail"] .close')!.click();
    else
      app.el
        .shadowRoot!.querySelector('[part="detail"]')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await until(() => selection(app) === 'aucune', 'the app to hear the deselection');
    await app.el.updateComplete;
    expect(app.el.selected ?? null).toBeNull();
    expect(detailTitle(app)).toBeNull();

    // The app selects the same event again: its state changed back, so the element opens it (the stale-state bug).
    button(app, 'Le cessez-le-feu').click();
    await until(() => detailTitle(app) === ceasefire.title, 'the element to open what the app selected');
    expect(selection(app)).toBe(ceasefire.id);
    expect(app.el.selected).toBe(ceasefire.id);
  });

  test('“Tout voir” calls zoomToFit()', async () => {
    const app = await open(name);
    const full = span(app);
    app.el.zoomTo('2020-09-20', '2020-10-05');
    await until(() => span(app) < full / 100, 'the zoom in');
    button(app, 'Tout voir').click();
    await until(() => Math.abs(span(app) - full) < full * 1e-6, 'the whole span again');
  });
});
