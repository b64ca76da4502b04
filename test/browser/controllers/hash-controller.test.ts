/**
 * HashController on its own: a host with a `deepLink` switch and fake actions over a fixed list of events, which
 * records what the controller selects and each step it asks for. The page's hash and history are restored after
 * each test.
 */
import { LitElement, type PropertyValues } from 'lit';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type DeepLinkActions, HashController } from '../../../src/controllers/hash-controller.js';
import { parseDocument } from '../../../src/data/parse.js';
import type { TimelineEvent } from '../../../src/timeline.types.js';

const IDS = ['a', 'a b', 'x/y', '#sharp', 'Ереван', 'c'];

class HashHost extends LitElement {
  static override properties = { deepLink: { type: Boolean, attribute: 'deep-link' } };
  declare deepLink: boolean;

  events: TimelineEvent[] = parseDocument(IDS.map((id, i) => ({ id, date: `${2000 + i}`, title: id }))).events;
  /** What `select` was called with, by id. */
  selections: string[] = [];
  /** What `step` was called with, by id, in order. */
  steps: string[] = [];
  /** How many more steps `step` says there are (after which it returns false). */
  stepsLeft = 0;
  isReady = true;
  updates = 0;

  readonly actions: DeepLinkActions = {
    enabled: () => this.deepLink,
    find: (id) => this.events.find((e) => e.id === id),
    select: (event) => this.selections.push(event.id),
    step: (event) => {
      this.steps.push(event.id);
      if (this.stepsLeft <= 0) return false;
      this.stepsLeft--;
      // As a real step (a pan or zoom) does: it changes the view, so the host renders again.
      this.requestUpdate();
      return true;
    },
    ready: () => this.isReady,
  };
  readonly hash = new HashController(this, this.actions);

  constructor() {
    super();
    this.deepLink = false;
  }

  protected override updated(changed: PropertyValues): void {
    this.updates++;
    if (changed.has('deepLink')) this.hash.followNew();
  }
}
customElements.define('hash-controller-host', HashHost);

const page = `${location.pathname}${location.search}`;

/** Sets the raw hash (already encoded) without a history entry or a hashchange event. */
function setHash(raw: string): void {
  history.replaceState(history.state, '', raw ? `#${raw}` : page);
}

/** As the browser does after the hash changed, without adding a history entry. */
function hashChanged(raw: string): void {
  const oldURL = location.href;
  setHash(raw);
  window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
}

function mount(setup: (el: HashHost) => void = () => {}): HashHost {
  const el = document.createElement('hash-controller-host') as HashHost;
  setup(el);
  document.body.append(el);
  return el;
}

/** Lets every update the controller chained run. */
async function settle(el: HashHost): Promise<void> {
  for (let i = 0; i < 40 && !(await el.updateComplete); i++);
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

beforeEach(() => {
  setHash('');
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  setHash('');
});

describe('HashController: reading and writing the hash', () => {
  test('read() decodes the hash: spaces, slashes, #, Cyrillic', () => {
    const el = mount();
    const cases: [string, string | undefined][] = [
      ['', undefined],
      ['a', 'a'],
      ['a%20b', 'a b'],
      ['x%2Fy', 'x/y'],
      ['x/y', 'x/y'],
      ['%23sharp', '#sharp'],
      [encodeURIComponent('Ереван'), 'Ереван'],
    ];
    for (const [raw, id] of cases) {
      setHash(raw);
      expect(el.hash.read(), raw).toBe(id);
    }
  });

  test('read() gives undefined for a bare # and for malformed percent-encoding', () => {
    const el = mount();
    history.replaceState(history.state, '', '#');
    expect(location.hash).toBe('');
    expect(el.hash.read()).toBeUndefined();
    for (const raw of ['%', '%E0%A4%A', 'abc%zz', '%D0']) {
      setHash(raw);
      expect(location.hash).toBe(`#${raw}`);
      expect(el.hash.read(), raw).toBeUndefined();
    }
  });

  test('write() sets #id by replacing the history entry: no new entry and no hashchange', () => {
    const el = mount();
    const changes = vi.fn();
    window.addEventListener('hashchange', changes);
    const before = history.length;
    el.hash.write('a b/c#d');
    expect(location.hash).toBe('#a%20b%2Fc%23d');
    expect(el.hash.read()).toBe('a b/c#d');
    el.hash.write('Ереван');
    expect(el.hash.read()).toBe('Ереван');
    expect(history.length).toBe(before);
    window.removeEventListener('hashchange', changes);
    expect(changes).not.toHaveBeenCalled();
  });

  test('write(undefined) removes the hash, # included, and keeps the path and query', () => {
    const el = mount();
    const before = history.length;
    el.hash.write('a');
    el.hash.write(undefined);
    expect(location.hash).toBe('');
    expect(location.href.includes('#')).toBe(false);
    expect(`${location.pathname}${location.search}`).toBe(page);
    expect(history.length).toBe(before);
  });

  test('names(id) is true only for the hash that encodes exactly that id', () => {
    const el = mount();
    el.hash.write('a b');
    expect(el.hash.names('a b')).toBe(true);
    expect(el.hash.names('a')).toBe(false);
    expect(el.hash.names('a%20b')).toBe(false);
    // The same id written unencoded in the URL is another hash.
    setHash('x/y');
    expect(el.hash.names('x/y')).toBe(false);
    setHash('x%2Fy');
    expect(el.hash.names('x/y')).toBe(true);
  });

  test('write() marks the hash it wrote as seen: followNew() does not follow it', async () => {
    const el = mount((el) => {
      el.deepLink = true;
    });
    await el.updateComplete;
    el.hash.write('c');
    expect(el.hash.unseen).toBe(false);
    el.hash.followNew();
    expect(el.selections).toEqual([]);
  });
});

describe('HashController: following', () => {
  test('followNew() follows the hash once, and again only after it changed', async () => {
    setHash('a%20b');
    const el = mount((el) => {
      el.deepLink = true;
    });
    await settle(el);
    // `updated` called followNew for the deepLink change.
    expect(el.selections).toEqual(['a b']);
    el.hash.followNew();
    el.hash.followNew();
    expect(el.selections).toEqual(['a b']);
    expect(el.hash.unseen).toBe(false);

    setHash('c');
    expect(el.hash.unseen).toBe(true);
    el.hash.followNew();
    setHash('a%20b');
    el.hash.followNew();
    expect(el.selections).toEqual(['a b', 'c', 'a b']);
  });

  test('followNew() does nothing while deep links are off', async () => {
    setHash('a');
    const el = mount();
    await settle(el);
    el.hash.followNew();
    expect(el.selections).toEqual([]);
    // Turned on later: the hash is still new, so it is followed then.
    el.deepLink = true;
    await settle(el);
    expect(el.selections).toEqual(['a']);
  });

  test('follow() ignores ids that are not events, and follows them once the document has them', async () => {
    setHash('later');
    const el = mount((el) => {
      el.deepLink = true;
    });
    await settle(el);
    const updates = el.updates;
    el.hash.follow();
    await settle(el);
    expect(el.selections).toEqual([]);
    expect(el.steps).toEqual([]);
    expect(el.updates).toBe(updates);
    // Not marked as seen: a new document with that event (a live update) follows it.
    expect(el.hash.unseen).toBe(true);
    el.events = parseDocument([{ id: 'later', date: '2030', title: 'Later' }]).events;
    el.hash.followNew();
    expect(el.selections).toEqual(['later']);
  });

  test('follow() of a hash that is not valid percent-encoding does nothing', async () => {
    setHash('%E0%A4%A');
    const el = mount((el) => {
      el.deepLink = true;
    });
    await settle(el);
    el.hash.follow();
    expect(el.selections).toEqual([]);
  });

  test('following scrolls the host into view (block: nearest)', async () => {
    const el = mount();
    await el.updateComplete;
    const scroll = vi.spyOn(el, 'scrollIntoView');
    setHash('c');
    el.hash.follow();
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll).toHaveBeenCalledWith({ block: 'nearest' });
  });

  test('a hashchange is followed while enabled and ignored while disabled', async () => {
    const el = mount();
    await settle(el);
    hashChanged('c');
    await settle(el);
    expect(el.selections).toEqual([]);
    el.deepLink = true;
    await settle(el);
    // Turning it on follows the current hash.
    expect(el.selections).toEqual(['c']);
    hashChanged(encodeURIComponent('Ереван'));
    await settle(el);
    expect(el.selections).toEqual(['c', 'Ереван']);
    el.deepLink = false;
    await settle(el);
    hashChanged('a');
    await settle(el);
    expect(el.selections).toEqual(['c', 'Ереван']);
  });

  test('a real change of location.hash reaches the controller', async () => {
    const el = mount((el) => {
      el.deepLink = true;
    });
    await settle(el);
    const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    location.hash = '#x%2Fy';
    await changed;
    expect(el.selections).toEqual(['x/y']);
  });

  test('a disconnected host stops listening to hashchange', async () => {
    const el = mount((el) => {
      el.deepLink = true;
    });
    await settle(el);
    el.remove();
    hashChanged('a');
    expect(el.selections).toEqual([]);
    document.body.append(el);
    hashChanged('c');
    expect(el.selections).toEqual(['c']);
  });
});

describe('HashController: stepping the view to the linked event', () => {
  test('calls step after each update until it returns false', async () => {
    const el = mount((el) => {
      el.deepLink = true;
      el.stepsLeft = 3;
    });
    await settle(el);
    el.hash.write(undefined);
    setHash('c');
    el.hash.follow();
    await settle(el);
    // Three steps that moved the view, then the one that found nothing left to do.
    expect(el.steps).toEqual(['c', 'c', 'c', 'c']);
    el.requestUpdate();
    await settle(el);
    expect(el.steps).toHaveLength(4);
  });

  test('stops after 16 steps even if step would go on', async () => {
    const el = mount((el) => {
      el.stepsLeft = 1000;
    });
    await settle(el);
    setHash('a');
    el.hash.follow();
    await settle(el);
    expect(el.steps).toHaveLength(16);
    expect(el.stepsLeft).toBe(1000 - 16);
    el.requestUpdate();
    await settle(el);
    expect(el.steps).toHaveLength(16);
  });

  test('waits for the view to be ready before stepping', async () => {
    const el = mount((el) => {
      el.isReady = false;
      el.stepsLeft = 1;
    });
    await settle(el);
    setHash('a');
    el.hash.follow();
    await settle(el);
    expect(el.selections).toEqual(['a']);
    expect(el.steps).toEqual([]);
    el.isReady = true;
    el.requestUpdate();
    await settle(el);
    expect(el.steps).toEqual(['a', 'a']);
  });

  test('a newer link replaces the reveal in progress', async () => {
    const el = mount((el) => {
      el.isReady = false;
      el.stepsLeft = 1;
    });
    await settle(el);
    setHash('a');
    el.hash.follow();
    setHash('c');
    el.hash.follow();
    el.isReady = true;
    el.requestUpdate();
    await settle(el);
    expect(el.selections).toEqual(['a', 'c']);
    expect(el.steps).toEqual(['c', 'c']);
  });
});
