/**
 * SourceController on its own: a host with the three inputs (`events`, `src`, `time-zone`) that calls `sync` from
 * `willUpdate` and `announce` from `updated`, as the timeline does, and records the events it fires (after the
 * frame that shows the document, so the tests wait for it with `shown`).
 */
import { html, LitElement, type PropertyValues } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SourceController } from '../../../src/controllers/source-controller.js';
import type { TimelineErrorEvent, TimelineLoadEvent } from '../../../src/events.js';
import type { TimelineEventInput } from '../../../src/timeline.types.js';

type Doc = readonly TimelineEventInput[] | { title?: string; events: readonly TimelineEventInput[] };

class SourceHost extends LitElement {
  static override properties = {
    events: { attribute: false },
    src: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
  };
  declare events: Doc | undefined;
  declare src: string | undefined;
  declare timeZone: string | undefined;

  readonly source = new SourceController(this);
  readonly loads: TimelineLoadEvent[] = [];
  readonly errors: TimelineErrorEvent[] = [];
  /** What each `announce()` call returned. */
  readonly announced: boolean[] = [];

  constructor() {
    super();
    this.addEventListener('timeline-load', (e) => this.loads.push(e));
    this.addEventListener('timeline-error', (e) => this.errors.push(e));
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.source.sync(changed, !this.hasUpdated);
  }

  protected override updated(): void {
    this.announced.push(this.source.announce());
  }

  protected override render() {
    return this.source.loading
      ? html`<p class="loading">Loading</p>`
      : html`<ol>${this.source.doc.events.map((e) => html`<li>${e.title}</li>`)}</ol>`;
  }
}
customElements.define('source-controller-host', SourceHost);

const urls: string[] = [];

/** A same-page URL serving `value` as a JSON document. */
function serve(value: unknown): string {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
  urls.push(url);
  return url;
}

const doc = (...titles: string[]) => titles.map((title, i) => ({ date: `${2000 + i}`, title }));

function mount(setup: (el: SourceHost) => void = () => {}, children = ''): SourceHost {
  const el = document.createElement('source-controller-host') as SourceHost;
  el.innerHTML = children;
  setup(el);
  document.body.append(el);
  return el;
}

const titles = (el: SourceHost) => el.source.doc.events.map((e) => e.title);
const rendered = (el: SourceHost) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Waits for an update and for the frame it drew to be painted, when `timeline-load` and `timeline-error` are sent
 * (a task posted from the next animation frame, as the controller posts them, runs after them).
 */
async function shown(el: SourceHost): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      r(null);
    };
    channel.port2.postMessage(null);
  });
}

/** Waits for the document to arrive and be announced. */
async function loaded(el: SourceHost, count = 1): Promise<void> {
  await until(() => el.loads.length >= count);
  await el.updateComplete;
}

interface Call {
  url: string;
  signal: AbortSignal;
}

/** Replaces `fetch`, recording each call and the signal the controller passed. */
function stubFetch(handler: (url: string, signal: AbortSignal) => Promise<Response>): Call[] {
  const calls: Call[] = [];
  vi.spyOn(window, 'fetch').mockImplementation((input: RequestInfo | URL, init?: RequestInit) => {
    const signal = init?.signal ?? new AbortController().signal;
    calls.push({ url: String(input), signal });
    return handler(String(input), signal);
  });
  return calls;
}

const json = (value: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' }, ...init });

/** Never settles unless aborted, like a server that never answers. */
const hang = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason));
  });

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  for (const url of urls.splice(0)) URL.revokeObjectURL(url);
});

describe('SourceController: which input wins', () => {
  test('the events property wins over src and over inline JSON, and src is not fetched', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const el = mount((el) => {
      el.events = { title: 'From the property', events: doc('Property A', 'Property B') };
      el.src = serve(doc('From src'));
    }, '<script type="application/json">[{"date":"1990","title":"Inline"}]</script>');
    await shown(el);
    expect(el.source.loading).toBe(false);
    expect(el.source.doc.title).toBe('From the property');
    expect(titles(el)).toEqual(['Property A', 'Property B']);
    expect(rendered(el)).toEqual(['Property A', 'Property B']);
    await wait(30);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(el.loads.map((e) => e.detail.count)).toEqual([2]);
  });

  test('src wins over inline JSON and markup', async () => {
    const el = mount((el) => {
      el.src = serve({ title: 'Remote', events: doc('Remote one') });
    }, '<script type="application/json">[{"date":"1990","title":"Inline"}]</script><ol><li><time datetime="1980">1980</time> <strong>Listed</strong></li></ol>');
    await loaded(el);
    expect(el.source.doc.title).toBe('Remote');
    expect(titles(el)).toEqual(['Remote one']);
  });

  test('an inline <script type="application/json"> is read when there is no events and no src', async () => {
    const el = mount(
      () => {},
      `<script type="application/json">${JSON.stringify({ title: 'Inline doc', events: doc('One', 'Two', 'Three') })}</script>
       <ol><li><time datetime="1980">1980</time> <strong>Listed</strong></li></ol>`,
    );
    await shown(el);
    expect(el.source.doc.title).toBe('Inline doc');
    expect(titles(el)).toEqual(['One', 'Two', 'Three']);
    expect(el.loads).toHaveLength(1);
    expect(el.loads[0].detail).toEqual({ count: 3, issues: [] });
  });

  test('<ol> markup is read as events: dates, title, description, link, id and group', async () => {
    const el = mount(
      () => {},
      `<ol>
        <li data-id="later" data-group="Politics"><time datetime="2020-09-27">27 Sept</time> <strong>Escalation</strong>
          <p>Fighting resumes.</p> <a href="https://example.org/a">Source</a></li>
        <li><time datetime="1994">1994</time>–<time datetime="2020">2020</time> <strong>Frozen conflict</strong></li>
      </ol>`,
    );
    await shown(el);
    const [era, escalation] = el.source.doc.events;
    expect(era).toMatchObject({ id: 'event-1', title: 'Frozen conflict', isRange: true });
    expect(era.date.text).toBe('1994');
    expect(era.endDate?.text).toBe('2020');
    expect(escalation).toMatchObject({
      id: 'later',
      title: 'Escalation',
      description: 'Fighting resumes.',
      url: 'https://example.org/a',
      group: 'Politics',
    });
    expect(el.source.issues).toEqual([]);
  });

  test('clearing the events property falls back to src', async () => {
    const calls = stubFetch(async () => json(doc('From src')));
    const el = mount((el) => {
      el.events = doc('From the property');
      el.src = '/data.json';
    });
    await shown(el);
    expect(calls).toHaveLength(0);
    // Bug fixed in sync(): the src was never fetched, and the document stayed empty.
    el.events = undefined;
    await loaded(el, 2);
    expect(calls.map((c) => c.url)).toEqual(['/data.json']);
    expect(titles(el)).toEqual(['From src']);
  });

  test('events set over a loaded src and cleared again show the src document without a new fetch', async () => {
    const calls = stubFetch(async () => json(doc('From src')));
    const el = mount((el) => {
      el.src = '/data.json';
    });
    await loaded(el);
    el.events = doc('Over it');
    await shown(el);
    expect(titles(el)).toEqual(['Over it']);
    el.events = undefined;
    await shown(el);
    expect(titles(el)).toEqual(['From src']);
    expect(calls).toHaveLength(1);
    expect(el.loads.map((e) => e.detail.count)).toEqual([1, 1, 1]);
  });

  test('setting the events property while src loads shows and announces them at once', async () => {
    const calls = stubFetch((_url, signal) => hang(signal));
    const el = mount((el) => {
      el.src = '/slow.json';
    });
    await shown(el);
    el.events = doc('From the property');
    await shown(el);
    expect(titles(el)).toEqual(['From the property']);
    // Bug fixed in sync(): `loading` stayed true (and the document unannounced) until the fetch settled.
    expect(el.source.loading).toBe(false);
    expect(el.loads.map((e) => e.detail.count)).toEqual([1]);
    expect(calls[0].signal.aborted).toBe(true);
  });

  test('no input at all gives an empty document, announced with count 0 and no error', async () => {
    const el = mount();
    await shown(el);
    expect(el.source.doc.events).toEqual([]);
    expect(el.loads.map((e) => e.detail)).toEqual([{ count: 0, issues: [] }]);
    expect(el.errors).toEqual([]);
  });
});

describe('SourceController: src', () => {
  test('loads a document, is `loading` while in flight, and announces it once it arrived', async () => {
    const el = mount((el) => {
      el.src = serve({ title: 'Served', events: doc('First', 'Second') });
    });
    await el.updateComplete;
    expect(el.source.loading).toBe(true);
    expect(el.shadowRoot!.querySelector('.loading')?.textContent).toBe('Loading');
    // Nothing is announced while the document is on its way.
    expect(el.announced).toEqual([false]);
    expect(el.loads).toEqual([]);
    await loaded(el);
    expect(el.source.loading).toBe(false);
    expect(el.source.doc.title).toBe('Served');
    expect(rendered(el)).toEqual(['First', 'Second']);
    expect(el.loads.map((e) => e.detail)).toEqual([{ count: 2, issues: [] }]);
    expect(el.errors).toEqual([]);
  });

  test('a newer src aborts the older request, whose answer never shows', async () => {
    const calls = stubFetch(async (url) => {
      // The older answer comes later and ignores the abort (a stub, or a server that answers anyway).
      if (url.endsWith('old.json')) {
        await wait(80);
        return json(doc('Old'));
      }
      return json(doc('New'));
    });
    const el = mount((el) => {
      el.src = '/data/old.json';
    });
    await shown(el);
    el.src = '/data/new.json';
    await loaded(el);
    expect(calls.map((c) => c.url)).toEqual(['/data/old.json', '/data/new.json']);
    expect(calls[0].signal.aborted).toBe(true);
    expect(calls[1].signal.aborted).toBe(false);
    expect(titles(el)).toEqual(['New']);
    await wait(150);
    await shown(el);
    expect(titles(el)).toEqual(['New']);
    expect(el.loads).toHaveLength(1);
    expect(el.source.issues).toEqual([]);
  });

  test('a src the server refuses gives a `src` issue with a clear message and fires timeline-error', async () => {
    stubFetch(async () => new Response('Not here', { status: 404, statusText: 'Not Found' }));
    const el = mount((el) => {
      el.src = '/missing.json';
    });
    await loaded(el);
    const message =
      'Could not load the timeline from "/missing.json": the server answered 404 Not Found, expected 200 OK.';
    expect(el.source.issues).toEqual([{ index: null, field: 'src', message }]);
    expect(el.source.doc.events).toEqual([]);
    expect(el.loads.map((e) => e.detail)).toEqual([{ count: 0, issues: [{ index: null, field: 'src', message }] }]);
    expect(el.errors.map((e) => e.detail.message)).toEqual([message]);
  });

  test('a src that cannot be fetched at all (a revoked blob URL) says the request failed', async () => {
    const url = serve(doc('Gone'));
    URL.revokeObjectURL(url);
    const el = mount((el) => {
      el.src = url;
    });
    await loaded(el);
    expect(el.source.issues).toHaveLength(1);
    expect(el.source.issues[0].field).toBe('src');
    expect(el.source.issues[0].message).toMatch(
      new RegExp(`^Could not load the timeline from "${url}": the request failed`),
    );
    expect(el.errors).toHaveLength(1);
  });

  test('a document that is not JSON gives a `document` issue, not a `src` one', async () => {
    stubFetch(async () => new Response('{ nope', { headers: { 'content-type': 'application/json' } }));
    const el = mount((el) => {
      el.src = '/broken.json';
    });
    await loaded(el);
    expect(el.source.issues.map((i) => i.field)).toEqual(['document']);
    expect(el.source.issues[0].message).toMatch(/^The document is not valid JSON/);
  });

  test('a later successful src clears the earlier `src` issue', async () => {
    stubFetch(async (url) =>
      url === '/bad.json' ? new Response('', { status: 500, statusText: 'Server Error' }) : json(doc('Good')),
    );
    const el = mount((el) => {
      el.src = '/bad.json';
    });
    await loaded(el);
    expect(el.source.issues.map((i) => i.field)).toEqual(['src']);
    el.src = '/good.json';
    await loaded(el, 2);
    expect(el.source.issues).toEqual([]);
    expect(titles(el)).toEqual(['Good']);
    expect(el.errors).toHaveLength(1);
  });

  test('disconnecting aborts a pending fetch and reconnecting starts it again', async () => {
    let answer = false;
    const calls = stubFetch((_url, signal) => (answer ? Promise.resolve(json(doc('Arrived'))) : hang(signal)));
    const el = mount((el) => {
      el.src = '/slow.json';
    });
    await shown(el);
    expect(calls).toHaveLength(1);
    expect(el.source.loading).toBe(true);
    el.remove();
    expect(calls[0].signal.aborted).toBe(true);
    // Still wanted: the element still has its src and shows it is loading.
    expect(el.source.loading).toBe(true);
    answer = true;
    document.body.append(el);
    await loaded(el);
    expect(calls).toHaveLength(2);
    expect(calls[1].signal.aborted).toBe(false);
    expect(titles(el)).toEqual(['Arrived']);
    expect(el.source.issues).toEqual([]);
  });

  test('clearing src while it loads aborts it and leaves no document loading', async () => {
    const calls = stubFetch((_url, signal) => hang(signal));
    const el = mount((el) => {
      el.src = '/slow.json';
    });
    await shown(el);
    el.src = undefined;
    await shown(el);
    expect(calls[0].signal.aborted).toBe(true);
    expect(el.source.loading).toBe(false);
    expect(el.loads.map((e) => e.detail.count)).toEqual([0]);
  });
});

describe('SourceController: time zone, announce and derived state', () => {
  test('an invalid time-zone gives a `time-zone` issue first, places dates in UTC and fires timeline-error', async () => {
    const el = mount((el) => {
      el.timeZone = 'Mars/Olympus';
      el.events = [
        { id: 'a', date: '2020-09-27T12:00+04:00', title: 'With offset' },
        { id: 'b', date: 'not a date', title: 'Bad' },
      ];
    });
    await shown(el);
    const issues = el.source.issues;
    expect(issues[0]).toEqual({
      index: null,
      field: 'time-zone',
      message:
        'The time-zone attribute is "Mars/Olympus", which is not an IANA time zone name (such as "Europe/Paris"); using UTC.',
    });
    // Then the document's own issue for the bad date.
    expect(issues.slice(1).map((i) => [i.index, i.field])).toEqual([[1, 'date']]);
    // 12:00 at +04:00 is 08:00 UTC, as floating time.
    expect(el.source.doc.events.map((e) => e.start)).toEqual([Date.UTC(2020, 8, 27, 8)]);
    expect(el.errors.map((e) => e.detail.message)).toEqual([issues[0].message]);
    expect(el.loads[0].detail.issues).toEqual(issues);

    el.timeZone = 'Asia/Tokyo';
    await shown(el);
    expect(el.source.issues.map((i) => i.field)).toEqual(['date']);
    // 08:00 UTC is 17:00 in Tokyo.
    expect(el.source.doc.events.map((e) => e.start)).toEqual([Date.UTC(2020, 8, 27, 17)]);
  });

  test('announce() fires timeline-load exactly once per document, and timeline-error only with issues', async () => {
    const el = mount((el) => {
      el.events = doc('A', 'B');
    });
    await shown(el);
    el.requestUpdate();
    await shown(el);
    el.requestUpdate();
    await shown(el);
    expect(el.announced).toEqual([true, false, false]);
    expect(el.loads).toHaveLength(1);
    expect(el.errors).toHaveLength(0);
    expect(el.source.version).toBe(1);
    expect(el.source.announced).toBe(1);
    // Calling it again by hand does nothing either.
    expect(el.source.announce()).toBe(false);

    el.events = [...doc('C'), { date: '', title: 'No date' }];
    await shown(el);
    expect(el.source.version).toBe(2);
    expect(el.loads.map((e) => e.detail.count)).toEqual([2, 1]);
    expect(el.errors).toHaveLength(1);
    expect(el.errors[0].detail.issues).toEqual(el.source.issues);
    expect(el.errors[0].detail.message).toBe(el.source.issues[0].message);
    // The events bubble out of the host and its shadow root.
    expect(el.loads[1].bubbles && el.loads[1].composed).toBe(true);
  });

  test('index, lanes and extent follow the document', async () => {
    const el = mount((el) => {
      el.events = [
        { id: 'p', date: '2001', title: 'Point', group: 'North' },
        { id: 'r', date: '1999', end: '2003-06', title: 'Range' },
        { id: 's', date: '2002', title: 'South point', group: 'South' },
      ];
    });
    await shown(el);
    const s = el.source;
    expect(s.index.events.map((e) => e.id)).toEqual(['r', 'p', 's']);
    expect([...s.index.isRange]).toEqual([1, 0, 0]);
    expect(s.lanes).toEqual(['North', 'South', undefined]);
    expect(s.extent).toEqual({ min: Date.UTC(1999, 0, 1), max: Date.UTC(2003, 6, 1), hasTimes: false });

    el.events = [
      { id: 't', date: '2020-09-27T10:30', title: 'Timed' },
      { id: 'u', date: '2020-09-28', title: 'Next day' },
    ];
    await shown(el);
    expect(s.index.events.map((e) => e.id)).toEqual(['t', 'u']);
    expect(s.lanes).toEqual([undefined]);
    expect(s.extent).toEqual({ min: Date.UTC(2020, 8, 27, 10, 30), max: Date.UTC(2020, 8, 29), hasTimes: true });

    el.events = [];
    await shown(el);
    expect(s.lanes).toEqual([undefined]);
    expect(s.index.events).toEqual([]);
    expect(s.extent.min).toBe(Number.POSITIVE_INFINITY);
    expect(s.extent.max).toBe(Number.NEGATIVE_INFINITY);
  });

  test('an update that changes none of the inputs does not parse again', async () => {
    const el = mount((el) => {
      el.events = doc('A');
    });
    await shown(el);
    const parsed = el.source.doc;
    el.requestUpdate();
    await shown(el);
    expect(el.source.doc).toBe(parsed);
    expect(el.source.version).toBe(1);
  });
});
