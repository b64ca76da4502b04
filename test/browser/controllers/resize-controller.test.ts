/**
 * ResizeController on its own: a host that renders one box in its shadow DOM and records, on every update, the
 * size the controller reports and whether `changed` is set.
 */
import { html, LitElement } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { ResizeController } from '../../../src/controllers/resize-controller.js';

interface Seen {
  width: number;
  height: number;
  changed: boolean;
}

class ResizeHost extends LitElement {
  static override properties = { boxWidth: { type: Number } };
  declare boxWidth: number;
  /** What `willUpdate` saw, one entry per update. */
  readonly seen: Seen[] = [];
  readonly size = new ResizeController(this, () => this.box);

  constructor() {
    super();
    this.boxWidth = 300;
  }

  get box(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.box') ?? undefined;
  }

  protected override willUpdate(): void {
    const { width, height, changed } = this.size;
    this.seen.push({ width, height, changed });
  }

  protected override render() {
    return html`<div class="box" style="width:${this.boxWidth}px;height:120px"></div>`;
  }
}
customElements.define('resize-controller-host', ResizeHost);

const frame = () => new Promise((r) => requestAnimationFrame(r));

async function until(check: () => boolean, timeout = 2000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error('condition not met in time');
    await frame();
  }
}

function mount(setup: (el: ResizeHost) => void = () => {}): ResizeHost {
  const el = document.createElement('resize-controller-host') as ResizeHost;
  setup(el);
  document.body.append(el);
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('ResizeController', () => {
  test('reports the content size of the target once it is rendered and sized', async () => {
    const el = mount();
    // The first update runs before the target exists: nothing measured yet.
    await el.updateComplete;
    expect(el.seen[0]).toEqual({ width: 0, height: 0, changed: false });
    await until(() => el.size.width > 0);
    await el.updateComplete;
    expect(el.size.width).toBe(300);
    expect(el.size.height).toBe(120);
  });

  test('`changed` is true for exactly one update after each resize', async () => {
    const el = mount();
    await until(() => el.size.width === 300);
    await el.updateComplete;
    // The observer's report requested the update that saw `changed`; it is cleared after that update.
    expect(el.seen.at(-1)).toEqual({ width: 300, height: 120, changed: true });
    expect(el.size.changed).toBe(false);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.seen.at(-1)).toEqual({ width: 300, height: 120, changed: false });

    const before = el.seen.length;
    el.boxWidth = 420;
    await until(() => el.size.width === 420);
    await el.updateComplete;
    const after = el.seen.slice(before);
    // One update for the property change (old size), then one for the observer with `changed`.
    expect(after.map((s) => s.changed)).toEqual([false, true]);
    expect(after[1]).toEqual({ width: 420, height: 120, changed: true });
    el.requestUpdate();
    await el.updateComplete;
    expect(el.seen.at(-1)?.changed).toBe(false);
  });

  test('a report of the size it already has requests no update', async () => {
    const el = mount();
    await until(() => el.size.width === 300);
    await el.updateComplete;
    const count = el.seen.length;
    // Moving the element makes a new observer, whose first report is the same 300 × 120.
    el.remove();
    document.body.append(el);
    for (let i = 0; i < 4; i++) await frame();
    expect(el.seen.length).toBe(count);
    expect(el.size.changed).toBe(false);
  });

  test('an element hidden with display:none reports nothing, then its size once shown', async () => {
    const el = mount((el) => {
      el.style.display = 'none';
    });
    await el.updateComplete;
    for (let i = 0; i < 4; i++) await frame();
    expect(el.size.width).toBe(0);
    expect(el.size.height).toBe(0);
    expect(el.seen.some((s) => s.changed)).toBe(false);

    el.style.display = 'block';
    await until(() => el.size.width === 300);
    await el.updateComplete;
    expect(el.size.height).toBe(120);
    expect(el.seen.at(-1)).toEqual({ width: 300, height: 120, changed: true });

    // Hidden again: the box shrinks to 0 × 0, which is a change too.
    el.style.display = 'none';
    await until(() => el.size.width === 0);
    expect(el.size.height).toBe(0);
  });

  test('stops observing when disconnected and observes again when reconnected', async () => {
    const el = mount();
    await until(() => el.size.width === 300);
    await el.updateComplete;
    el.remove();
    el.box!.style.width = '500px';
    for (let i = 0; i < 3; i++) await frame();
    // Detached: no layout and no observer, so the old size stays.
    expect(el.size.width).toBe(300);

    document.body.append(el);
    await until(() => el.size.width === 500);
    expect(el.size.height).toBe(120);
  });
});
