/**
 * FocusController on its own: a host that renders the items it is given as buttons with the roving tab stop, and
 * fake actions that record every move the keyboard asks for. The view is 1000 px wide and maps 1999–2009 onto it.
 */
import { html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type FocusActions, FocusController } from '../../../src/controllers/focus-controller.js';
import { parseDocument } from '../../../src/data/parse.js';
import type { PlacedCluster, PlacedEvent, PlacedItem } from '../../../src/layout/types.js';
import { keyOf } from '../../../src/render/keys.js';

const T0 = Date.UTC(1999, 0, 1);
const T1 = Date.UTC(2009, 0, 1);
const VIEW = 1000;
const at = (time: number) => ((time - T0) / (T1 - T0)) * VIEW;

const EVENTS = parseDocument([
  { id: 'a', date: '2000', title: 'A' },
  { id: 'b', date: '2001', title: 'B' },
  { id: 'c', date: '2002', title: 'C' },
  { id: 'd', date: '2003', title: 'D' },
  { id: 'e', date: '2004', title: 'E' },
  // A range that starts in view and runs past its end.
  { id: 'era', date: '2006', end: '2014', title: 'Era' },
  // Out of view, after it.
  { id: 'far', date: '2015', title: 'Far' },
]).events;
const ev = (id: string) => EVENTS.find((e) => e.id === id)!;

function point(id: string): PlacedEvent {
  const event = ev(id);
  const t = at(event.start);
  return {
    kind: 'event',
    event,
    t,
    t2: event.isRange ? at(event.end) : t,
    labelT: t + 8,
    labelBefore: false,
    lane: 0,
    row: 0,
    across: 14,
    from: t - 5,
    to: t + 60,
  };
}

function cluster(...ids: string[]): PlacedCluster {
  const events = ids.map(ev);
  const t = at(events[0].start);
  return {
    kind: 'cluster',
    events,
    has: (e) => events.includes(e),
    count: events.length,
    first: events[0],
    last: events[events.length - 1],
    t,
    start: events[0].start,
    end: events[events.length - 1].end,
    lane: 0,
    row: 0,
    across: 14,
    from: t - 5,
    to: t + 30,
  };
}

const points = (...ids: string[]) => ids.map(point);

class FocusTestHost extends LitElement {
  static override properties = { items: { attribute: false } };
  declare items: readonly PlacedItem[];
  calls: unknown[][] = [];
  closes = false;
  readonly actions: FocusActions = {
    events: () => EVENTS,
    items: () => this.items,
    plot: () => this.plot ?? undefined,
    view: () => ({ t0: 0, t1: VIEW, at }),
    pan: (dt) => this.calls.push(['pan', dt]),
    zoom: (factor, t) => this.calls.push(['zoom', factor, t]),
    showAll: () => this.calls.push(['showAll']),
    reveal: (event, gesture) => this.calls.push(['reveal', event.id, gesture]),
    close: () => {
      this.calls.push(['close']);
      return this.closes;
    },
  };
  readonly roving = new FocusController(this, this.actions);

  constructor() {
    super();
    this.items = [];
  }

  get plot(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.plot');
  }

  button(key: string): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)!;
  }

  /** The key of the focused button, 'plot' for the plot, or null. */
  get focusedKey(): string | null {
    const active = this.shadowRoot!.activeElement as HTMLElement | null;
    if (!active) return null;
    return active === this.plot ? 'plot' : (active.dataset.key ?? null);
  }

  /** The keys with tabindex 0 (there must be exactly one while there are items). */
  get tabStops(): string[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[tabindex="0"]')].map((b) => b.dataset.key!);
  }

  protected override willUpdate(): void {
    this.roving.follow(this.items);
  }

  protected override render() {
    const active = this.roving.active(this.items);
    return html`<div class="plot" tabindex="-1" @keydown=${this.roving.onKeyDown}>
      <ol>
        ${repeat(
          this.items,
          keyOf,
          (item) =>
            html`<li><button data-key=${keyOf(item)} tabindex=${keyOf(item) === active ? 0 : -1}
              @focus=${() => this.roving.focused(item)}>${item.kind === 'event' ? item.event.title : `+${item.count}`}</button></li>`,
        )}
      </ol>
    </div>`;
  }
}
customElements.define('focus-controller-host', FocusTestHost);

async function mount(items: readonly PlacedItem[]): Promise<FocusTestHost> {
  const el = document.createElement('focus-controller-host') as FocusTestHost;
  el.items = items;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Lets chained updates (pending focus) run. */
async function settle(el: FocusTestHost): Promise<void> {
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** A keydown on whatever has focus in the host (the plot by default), as the browser sends it. */
function key(el: FocusTestHost, init: KeyboardEventInit): KeyboardEvent {
  const target = (el.shadowRoot!.activeElement as HTMLElement | null) ?? el.plot!;
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

async function focusItem(el: FocusTestHost, key: string): Promise<void> {
  el.button(key).focus();
  await el.updateComplete;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('FocusController: the tab stop', () => {
  test('active() is the active key while laid out, else the first item', async () => {
    const el = await mount(points('a', 'b', 'c'));
    expect(el.roving.active(el.items)).toBe('e:a');
    expect(el.tabStops).toEqual(['e:a']);
    el.roving.activeKey = 'e:b';
    expect(el.roving.active(el.items)).toBe('e:b');
    // Not laid out in this frame: the first item has the tab stop.
    expect(el.roving.active(points('c', 'd'))).toBe('e:c');
    expect(el.roving.active([])).toBeUndefined();
  });

  test('focused() sets the active key and the anchor', async () => {
    const el = await mount([point('a'), cluster('b', 'c', 'd'), point('e')]);
    await focusItem(el, 'e:e');
    expect(el.roving.activeKey).toBe('e:e');
    expect(el.roving.anchor?.id).toBe('e');
    // Bug fixed in focused(): the tab stop stayed on the first item until something else re-rendered, so Tab
    // out and Shift+Tab back went to 'a' instead of the item that had focus.
    expect(el.tabStops).toEqual(['e:e']);
    // A cluster that does not hold the anchor: its first member becomes the anchor.
    await focusItem(el, 'c:b');
    expect(el.roving.activeKey).toBe('c:b');
    expect(el.roving.anchor?.id).toBe('b');
  });

  test('a cluster keeps an anchor it holds', async () => {
    const el = await mount(points('a', 'b', 'c', 'd'));
    await focusItem(el, 'e:c');
    el.items = [point('a'), cluster('b', 'c', 'd')];
    await settle(el);
    // follow() moved the tab stop and focus to the cluster; focusing it kept 'c', not its first member.
    expect(el.focusedKey).toBe('c:b');
    expect(el.roving.anchor?.id).toBe('c');
    el.roving.focused(el.items[1]);
    expect(el.roving.anchor?.id).toBe('c');
  });
});

describe('FocusController: following the anchor through merges and splits', () => {
  test('the tab stop and the focus move to the cluster now holding the anchor, and back when it splits', async () => {
    const el = await mount(points('a', 'b', 'c', 'd'));
    await focusItem(el, 'e:c');
    el.items = [point('a'), cluster('b', 'c', 'd')];
    await settle(el);
    expect(el.roving.activeKey).toBe('c:b');
    expect(el.tabStops).toEqual(['c:b']);
    expect(el.focusedKey).toBe('c:b');

    el.items = points('a', 'b', 'c', 'd');
    await settle(el);
    // Split again: back to the event the reader was on, not the cluster's first.
    expect(el.roving.activeKey).toBe('e:c');
    expect(el.tabStops).toEqual(['e:c']);
    expect(el.focusedKey).toBe('e:c');
  });

  test('without DOM focus on an item, only the tab stop follows', async () => {
    const el = await mount(points('a', 'b', 'c'));
    await focusItem(el, 'e:b');
    el.button('e:b').blur();
    el.items = [cluster('a', 'b'), point('c')];
    await settle(el);
    expect(el.tabStops).toEqual(['c:a']);
    expect(el.focusedKey).toBeNull();
  });

  test('nothing to follow: no anchor, or an anchor no item holds', async () => {
    const el = await mount(points('a', 'b'));
    el.items = points('b', 'c');
    await settle(el);
    expect(el.roving.activeKey).toBeUndefined();
    expect(el.tabStops).toEqual(['e:b']);

    el.roving.focused(el.items[1]);
    el.items = points('d', 'e');
    await settle(el);
    // The anchor scrolled out: the active key is kept (for when it returns), the first item holds the tab stop.
    expect(el.roving.activeKey).toBe('e:c');
    expect(el.tabStops).toEqual(['e:d']);
  });

  test('when the focused item leaves the view, the plot takes focus, and gives it back when the item returns', async () => {
    const el = await mount(points('a', 'b', 'c'));
    await focusItem(el, 'e:c');
    el.items = points('a', 'b');
    await settle(el);
    expect(el.focusedKey).toBe('plot');
    expect(el.roving.anchor?.id).toBe('c');

    el.items = points('b', 'c', 'd');
    await settle(el);
    expect(el.focusedKey).toBe('e:c');
    expect(el.tabStops).toEqual(['e:c']);
  });

  test('the plot chosen by the reader keeps focus when items come and go', async () => {
    const el = await mount(points('a', 'b', 'c'));
    await focusItem(el, 'e:b');
    el.plot!.focus();
    el.items = [cluster('a', 'b'), point('c')];
    await settle(el);
    expect(el.focusedKey).toBe('plot');
    expect(el.tabStops).toEqual(['c:a']);
  });
});

describe('FocusController: focusEvent()', () => {
  test('reveals the event and focuses its item once rendered', async () => {
    const el = await mount(points('a', 'b', 'c'));
    await el.roving.focusEvent('c');
    expect(el.calls).toEqual([['reveal', 'c', false]]);
    expect(el.focusedKey).toBe('e:c');
    expect(el.roving.activeKey).toBe('e:c');
    expect(el.roving.anchor?.id).toBe('c');
    expect(el.roving.pending).toBeUndefined();
    await el.roving.focusEvent('a', true);
    expect(el.calls.at(-1)).toEqual(['reveal', 'a', true]);
    expect(el.focusedKey).toBe('e:a');
  });

  test('an event inside a cluster focuses the cluster and anchors the event', async () => {
    const el = await mount([point('a'), cluster('b', 'c', 'd')]);
    await el.roving.focusEvent('d');
    expect(el.focusedKey).toBe('c:b');
    expect(el.roving.anchor?.id).toBe('d');
  });

  test('an event not laid out yet stays pending until a frame has it', async () => {
    const el = await mount(points('a', 'b'));
    await el.roving.focusEvent('far');
    expect(el.calls).toEqual([['reveal', 'far', false]]);
    expect(el.roving.pending).toBe('far');
    expect(el.focusedKey).toBeNull();
    // The reveal pans there: the next frame lays it out.
    el.items = points('e', 'far');
    await settle(el);
    expect(el.roving.pending).toBeUndefined();
    expect(el.focusedKey).toBe('e:far');
    expect(el.tabStops).toEqual(['e:far']);
  });

  test('an unknown id does nothing', async () => {
    const el = await mount(points('a', 'b'));
    await el.roving.focusEvent('nope');
    expect(el.calls).toEqual([]);
    expect(el.roving.pending).toBeUndefined();
    expect(el.focusedKey).toBeNull();
  });
});

describe('FocusController: keys', () => {
  test('arrows move to the next and previous event in date order, revealing them as the reader’s move', async () => {
    const el = await mount(points('a', 'b', 'c', 'd'));
    await focusItem(el, 'e:b');
    expect(key(el, { key: 'ArrowRight' }).defaultPrevented).toBe(true);
    await settle(el);
    expect(el.focusedKey).toBe('e:c');
    key(el, { key: 'ArrowDown' });
    await settle(el);
    expect(el.focusedKey).toBe('e:d');
    key(el, { key: 'ArrowLeft' });
    await settle(el);
    key(el, { key: 'ArrowUp' });
    await settle(el);
    expect(el.focusedKey).toBe('e:b');
    expect(el.calls).toEqual([
      ['reveal', 'c', true],
      ['reveal', 'd', true],
      ['reveal', 'c', true],
      ['reveal', 'b', true],
    ]);
  });

  test('arrows from a cluster go to the event after its last or before its first member', async () => {
    const el = await mount([point('a'), cluster('b', 'c', 'd'), point('e')]);
    await focusItem(el, 'c:b');
    key(el, { key: 'ArrowRight' });
    await settle(el);
    expect(el.focusedKey).toBe('e:e');
    await focusItem(el, 'c:b');
    key(el, { key: 'ArrowLeft' });
    await settle(el);
    expect(el.focusedKey).toBe('e:a');
  });

  test('arrows past the first or last event do nothing but are still handled', async () => {
    const el = await mount(points('a', 'b'));
    await focusItem(el, 'e:a');
    expect(key(el, { key: 'ArrowLeft' }).defaultPrevented).toBe(true);
    await settle(el);
    expect(el.calls).toEqual([]);
    expect(el.focusedKey).toBe('e:a');
  });

  test('arrows pan by a quarter of the view when the plot itself has focus', async () => {
    const el = await mount(points('a', 'b'));
    await focusItem(el, 'e:a');
    el.plot!.focus();
    expect(key(el, { key: 'ArrowRight' }).defaultPrevented).toBe(true);
    key(el, { key: 'ArrowUp' });
    expect(el.calls).toEqual([
      ['pan', 250],
      ['pan', -250],
    ]);
  });

  test('arrows pan while the active item is not laid out', async () => {
    const el = await mount(points('a', 'b'));
    await focusItem(el, 'e:a');
    el.items = points('c', 'd');
    await settle(el);
    expect(el.focusedKey).toBe('plot');
    key(el, { key: 'ArrowLeft' });
    expect(el.calls).toEqual([['pan', -250]]);
  });

  test('Home and End go to the first and last event', async () => {
    const el = await mount(points('a', 'b', 'c'));
    await focusItem(el, 'e:b');
    expect(key(el, { key: 'End' }).defaultPrevented).toBe(true);
    key(el, { key: 'Home' });
    expect(el.calls).toEqual([
      ['reveal', 'far', true],
      ['reveal', 'a', true],
    ]);
    await settle(el);
    expect(el.focusedKey).toBe('e:a');
  });

  test('+ and - zoom around an item in view: its position', async () => {
    const el = await mount(points('a', 'b', 'c'));
    await focusItem(el, 'e:b');
    const t = at(ev('b').start);
    for (const k of ['+', '=', '-', '_']) expect(key(el, { key: k }).defaultPrevented).toBe(true);
    expect(el.calls).toEqual([
      ['zoom', 2, t],
      ['zoom', 2, t],
      ['zoom', 0.5, t],
      ['zoom', 0.5, t],
    ]);
  });

  test('+ zooms around the middle of the visible part of a range partly in view', async () => {
    const era = point('era');
    expect(era.t).toBeLessThan(VIEW);
    expect(era.t2).toBeGreaterThan(VIEW);
    const el = await mount([point('e'), era]);
    await focusItem(el, 'e:era');
    key(el, { key: '+' });
    expect(el.calls).toEqual([['zoom', 2, (era.t + VIEW) / 2]]);
  });

  test('+ zooms around the middle of the view for an item out of view, or with the plot focused', async () => {
    const far = point('far');
    expect(far.t).toBeGreaterThan(VIEW);
    const el = await mount([point('e'), far]);
    await focusItem(el, 'e:far');
    key(el, { key: '+' });
    await focusItem(el, 'e:e');
    el.plot!.focus();
    key(el, { key: '-' });
    expect(el.calls).toEqual([
      ['zoom', 2, VIEW / 2],
      ['zoom', 0.5, VIEW / 2],
    ]);
  });

  test('+ on a cluster zooms around the member the reader moved to', async () => {
    const el = await mount([point('a'), cluster('b', 'c', 'd')]);
    await el.roving.focusEvent('c');
    expect(el.focusedKey).toBe('c:b');
    key(el, { key: '+' });
    expect(el.calls.at(-1)).toEqual(['zoom', 2, at(ev('c').start)]);
  });

  test('0 shows everything', async () => {
    const el = await mount(points('a'));
    expect(key(el, { key: '0' }).defaultPrevented).toBe(true);
    expect(el.calls).toEqual([['showAll']]);
  });

  test('Escape closes the detail, and is left alone when there was none to close', async () => {
    const el = await mount(points('a'));
    await focusItem(el, 'e:a');
    el.closes = true;
    expect(key(el, { key: 'Escape' }).defaultPrevented).toBe(true);
    el.closes = false;
    expect(key(el, { key: 'Escape' }).defaultPrevented).toBe(false);
    expect(el.calls).toEqual([['close'], ['close']]);
  });

  test('keys with Alt, Ctrl or ⌘ held, and other keys, are ignored', async () => {
    const el = await mount(points('a', 'b'));
    await focusItem(el, 'e:a');
    for (const mod of [{ altKey: true }, { ctrlKey: true }, { metaKey: true }]) {
      for (const k of ['ArrowRight', '+', '-', '0', 'Home', 'Escape']) {
        expect(key(el, { key: k, ...mod }).defaultPrevented, `${k} ${JSON.stringify(mod)}`).toBe(false);
      }
    }
    expect(key(el, { key: 'a' }).defaultPrevented).toBe(false);
    expect(key(el, { key: 'Enter' }).defaultPrevented).toBe(false);
    await settle(el);
    expect(el.calls).toEqual([]);
    expect(el.focusedKey).toBe('e:a');
  });

  test('real key presses: Tab reaches the tab stop, arrows walk the events', async () => {
    const el = await mount(points('a', 'b', 'c'));
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    before.focus();
    await userEvent.keyboard('{Tab}');
    expect(el.focusedKey).toBe('e:a');
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(el.focusedKey).toBe('e:c');
    expect(el.tabStops).toEqual(['e:c']);
  });

  test('Tab away and Shift+Tab back returns to the item that had focus', async () => {
    const el = await mount(points('a', 'b', 'c'));
    const after = document.createElement('button');
    after.textContent = 'after';
    document.body.append(after);
    await focusItem(el, 'e:b');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(after);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(el.focusedKey).toBe('e:b');
  });
});
