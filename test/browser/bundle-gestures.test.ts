/**
 * The self-contained bundle replaces d3-selection with the part of it d3-zoom uses (src/shims/d3-selection.ts):
 * gestures on the built bundle, in an iframe of its own, left to right and right to left. (The other tests run the
 * sources with the real d3-selection.)
 */
import { afterEach, describe, expect, test } from 'vitest';
import fr from '../../data/karabakh.fr.json';
import type { EventTimeline } from '../../src/timeline.js';

const BUNDLE = '/dist/event-timeline.bundle.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = () => (n-- <= 0 ? resolve() : requestAnimationFrame(step));
    step();
  });

async function mount(dir: 'ltr' | 'rtl') {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:1100px;height:500px;border:0';
  const json = JSON.stringify(fr).replace(/</g, '\\u003c');
  iframe.srcdoc = `<!doctype html><html lang="fr" dir="${dir}"><body>
    <event-timeline start="2000" end="2010" style="width:1000px"><script type="application/json">${json}</script></event-timeline>
    <script type="module" src="${BUNDLE}"></script></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const el = win.document.querySelector('event-timeline') as EventTimeline;
  await until(() => !!el.shadowRoot?.querySelector('.axis .tick'));
  await el.updateComplete;
  const plot = el.shadowRoot!.querySelector('.plot') as HTMLElement & { __on?: unknown[] };
  return { win, el, plot };
}

describe.each(['ltr', 'rtl'] as const)('the bundle, %s', (dir) => {
  test('a drag pans with the pointer, ctrl + wheel zooms, a disconnect removes the listeners', async () => {
    const { win, el, plot } = await mount(dir);
    const { left, top } = plot.getBoundingClientRect();
    const start = +el.visibleRange.start;
    const width = plot.getBoundingClientRect().width;
    const span0 = +el.visibleRange.end - start;
    const init = { bubbles: true, cancelable: true, view: win, button: 0, clientY: top + 60 };
    plot.dispatchEvent(new win.MouseEvent('mousedown', { ...init, clientX: left + 600 }));
    win.dispatchEvent(new win.MouseEvent('mousemove', { ...init, clientX: left + 500 }));
    win.dispatchEvent(new win.MouseEvent('mousemove', { ...init, clientX: left + 400 }));
    win.dispatchEvent(new win.MouseEvent('mouseup', { ...init, clientX: left + 400 }));
    await frames(3);
    // 200 px: later dates come in left to right, earlier ones right to left, as far as the pointer went.
    const moved = +el.visibleRange.start - start;
    expect(Math.abs(Math.abs(moved) - (200 / width) * span0)).toBeLessThan(span0 / 1000);
    expect(Math.sign(moved)).toBe(dir === 'ltr' ? 1 : -1);

    const span = +el.visibleRange.end - +el.visibleRange.start;
    plot.dispatchEvent(new win.WheelEvent('wheel', { ...init, clientX: left + 500, deltaY: -200, ctrlKey: true }));
    await frames(3);
    expect(+el.visibleRange.end - +el.visibleRange.start).toBeLessThan(span * 0.9);

    expect(plot.__on?.length).toBeGreaterThan(3);
    el.remove();
    expect(plot.__on).toEqual([]);
    win.document.body.append(el);
    await el.updateComplete;
    expect(plot.__on?.length).toBeGreaterThan(3);
  });
});
