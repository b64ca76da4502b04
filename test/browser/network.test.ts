/**
 * Issue 7 §4: a `src` that fails in every way a server can fail ends with the newest document rendered or a
 * clear error, never a stale document, and the request is aborted when the element leaves the page.
 * `window.fetch` is stubbed with crafted `Response`s.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import '../../src/index.js';
import { LOAD_TIMEOUT_MS, MAX_DOCUMENT_BYTES } from '../../src/data/load.js';
import type { TimelineErrorEvent, TimelineLoadEvent } from '../../src/index.js';
import type { EventTimeline } from '../../src/timeline.js';
import { labels, rendered, until } from '../../stories/helpers.js';

type Handler = (url: string, signal: AbortSignal) => Promise<Response>;

interface Call {
  url: string;
  signal: AbortSignal;
}

/** Replaces `window.fetch`; every call is recorded with the signal the element passed. */
function stubFetch(handler: Handler): Call[] {
  const calls: Call[] = [];
  vi.spyOn(window, 'fetch').mockImplementation((input: RequestInfo | URL, init?: RequestInit) => {
    const signal = init?.signal ?? new AbortController().signal;
    const url = String(input);
    calls.push({ url, signal });
    return handler(url, signal);
  });
  return calls;
}

const json = (value: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' }, ...init });

const doc = (...titles: string[]) => titles.map((title, i) => ({ date: `${2000 + i * 5}`, title }));

/** A promise that never settles unless the signal aborts (like a real fetch to a server that never answers). */
const hang = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')));
  });

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A response settled after `ms`, whatever the signal says (a stub that ignores aborts). */
const later = (ms: number, response: () => Response) => wait(ms).then(response);

interface Mounted {
  el: EventTimeline;
  loads: TimelineLoadEvent[];
  errors: TimelineErrorEvent[];
}

function mount(src: string | undefined, setup: (el: EventTimeline) => void = () => {}): Mounted {
  const el = document.createElement('event-timeline');
  el.style.width = '800px';
  const loads: TimelineLoadEvent[] = [];
  const errors: TimelineErrorEvent[] = [];
  el.addEventListener('timeline-load', (e) => loads.push(e));
  el.addEventListener('timeline-error', (e) => errors.push(e));
  if (src !== undefined) el.src = src;
  setup(el);
  document.body.append(el);
  return { el, loads, errors };
}

const alertText = (el: EventTimeline) =>
  el.shadowRoot?.querySelector('[part="error"][role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Waits for the next `timeline-load` after the fetch settled, then for the drawing. */
async function loaded(m: Mounted, count = 1): Promise<void> {
  await until(() => m.loads.length >= count, 4000);
  await rendered(m.el);
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('src: failures end in a clear error', () => {
  test('a 404 is a document-level issue on "src", shown in the alert and sent with timeline-error', async () => {
    stubFetch(async () => new Response('Not here', { status: 404, statusText: 'Not Found' }));
    const m = mount('/data/missing.json');
    await loaded(m);
    const message =
      'Could not load the timeline from "/data/missing.json": the server answered 404 Not Found, expected 200 OK.';
    expect(m.el.issues).toEqual([{ index: null, field: 'src', message }]);
    expect(labels(m.el)).toEqual([]);
    expect(alertText(m.el)).toContain(message);
    expect(m.errors.map((e) => e.detail.message)).toEqual([message]);
    expect(m.loads[0].detail.count).toBe(0);
  });

  test('a 500 without a status text still names the status', async () => {
    stubFetch(async () => new Response('', { status: 500 }));
    const m = mount('/api/timeline');
    await loaded(m);
    expect(m.el.issues[0].message).toBe(
      'Could not load the timeline from "/api/timeline": the server answered 500, expected 200 OK.',
    );
  });

  test('an HTML page (content-type text/html) is refused, and its markup is never rendered', async () => {
    stubFetch(
      async () =>
        new Response('<!doctype html><img src=x onerror="window.__pwned=1"><p>Welcome</p>', {
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    );
    const m = mount('/fallback');
    await loaded(m);
    expect(m.el.issues).toEqual([
      {
        index: null,
        field: 'src',
        message:
          'Could not load the timeline from "/fallback": the server answered with an HTML page, not a JSON document.',
      },
    ]);
    expect(m.el.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('an HTML page sent as text/plain is reported by the parser as HTML, not JSON', async () => {
    stubFetch(async () => new Response('<!doctype html><html><body>Oops</body></html>'));
    const m = mount('/page');
    await loaded(m);
    expect(m.el.issues).toEqual([
      {
        index: null,
        field: 'document',
        message: expect.stringMatching(/^The document is not valid JSON: it looks like an HTML or XML page, not JSON;/),
      },
    ]);
  });

  test('broken JSON says why and where', async () => {
    stubFetch(async () => new Response('[{"date":"1994","title":"A"},\n]'));
    const m = mount('/broken.json');
    await loaded(m);
    expect(m.el.issues[0].message).toMatch(
      /^The document is not valid JSON: a comma before "\]" \(a trailing comma\) is not allowed in JSON at line 1, column 29;/,
    );
  });

  test('an empty answer is "empty"', async () => {
    stubFetch(async () => new Response(null, { status: 200 }));
    const m = mount('/empty.json');
    await loaded(m);
    expect(m.el.issues[0].message).toMatch(/^The document is not valid JSON: it is empty;/);
  });

  test('a network failure says what to check', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const m = mount('https://elsewhere.example/data.json');
    await loaded(m);
    expect(m.el.issues[0]).toMatchObject({ index: null, field: 'src' });
    expect(m.el.issues[0].message).toBe(
      'Could not load the timeline from "https://elsewhere.example/data.json": the request failed (Failed to fetch); ' +
        'check the address, the network, and that the server allows cross-origin requests (CORS).',
    );
  });

  test('a body that breaks off while reading is an error, not a half document', async () => {
    stubFetch(async () => {
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          if (sent) c.error(new TypeError('network error'));
          else c.enqueue(new TextEncoder().encode('[{"date":"1994","title":"A"},'));
          sent = true;
        },
      });
      return new Response(body);
    });
    const m = mount('/cut.json');
    await loaded(m);
    expect(labels(m.el)).toEqual([]);
    expect(m.el.issues[0].message).toBe(
      'Could not load the timeline from "/cut.json": reading the answer failed (network error).',
    );
  });

  test(`a server that never answers times out after ${LOAD_TIMEOUT_MS / 1000} s and the request is aborted`, async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const calls = stubFetch((_, signal) => hang(signal));
    const m = mount('/slow.json');
    await vi.waitFor(() => expect(calls).toHaveLength(1), { interval: 5 });
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS - 100);
    expect(calls[0].signal.aborted).toBe(false);
    expect(m.el.issues).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    vi.useRealTimers();
    await loaded(m);
    expect(calls[0].signal.aborted).toBe(true);
    expect(m.el.issues).toEqual([
      {
        index: null,
        field: 'src',
        message:
          'Could not load the timeline from "/slow.json": the document did not arrive within 20 seconds; the server may be down or slow.',
      },
    ]);
  });

  test('a stub that ignores the abort signal still times out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const calls = stubFetch(() => new Promise<Response>(() => {}));
    const m = mount('/deaf.json');
    await vi.waitFor(() => expect(calls).toHaveLength(1), { interval: 5 });
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS + 10);
    vi.useRealTimers();
    await loaded(m);
    expect(m.el.issues[0].message).toMatch(/did not arrive within 20 seconds/);
  });

  test('a body that trickles in for longer than the time limit times out too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let pulls = 0;
    stubFetch(async () => {
      const body = new ReadableStream<Uint8Array>({
        async pull(c) {
          pulls++;
          await new Promise((r) => setTimeout(r, 1000));
          c.enqueue(new TextEncoder().encode(' '));
        },
      });
      return new Response(body);
    });
    const m = mount('/trickle.json');
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS + 1000);
    vi.useRealTimers();
    await loaded(m);
    expect(pulls).toBeGreaterThan(5);
    expect(m.el.issues[0].message).toMatch(/did not arrive within 20 seconds/);
  });
});

describe('src: a 50 MB answer', () => {
  const MB = 1024 * 1024;

  test('a streamed 50 MB body is refused at the 20 MB limit without reading the rest', async () => {
    let sent = 0;
    let cancelled = false;
    stubFetch(async () => {
      const chunk = new TextEncoder().encode(`[${' '.repeat(MB - 1)}`);
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          if (sent >= 50) c.close();
          else {
            sent++;
            c.enqueue(chunk);
          }
        },
        cancel() {
          cancelled = true;
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    });
    const started = performance.now();
    const m = mount('/huge.json');
    await loaded(m);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(sent).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES / MB + 2);
    expect(cancelled).toBe(true);
    expect(m.el.issues).toEqual([
      {
        index: null,
        field: 'src',
        message:
          'Could not load the timeline from "/huge.json": the document is larger than the 20 MB this element loads; ' +
          'split it, or fetch it yourself and set the events property.',
      },
    ]);
  });

  test('a declared Content-Length of 50 MB is refused before reading', async () => {
    let pulls = 0;
    let cancelled = false;
    stubFetch(async () => {
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          pulls++;
          c.enqueue(new Uint8Array(MB));
        },
        cancel() {
          cancelled = true;
        },
      });
      return new Response(body, { headers: { 'content-length': String(50 * MB) } });
    });
    const m = mount('/declared.json');
    await loaded(m);
    // A stream fills its queue once when it is made: nothing more was asked for.
    expect(pulls).toBeLessThanOrEqual(1);
    expect(cancelled).toBe(true);
    expect(m.el.issues[0].message).toBe(
      'Could not load the timeline from "/declared.json": the document is 50 MB, more than the 20 MB this element ' +
        'loads; split it, or fetch it yourself and set the events property.',
    );
  });

  test('a 5 MB document under the limit loads', async () => {
    const padding = ' '.repeat(5 * MB);
    stubFetch(async () => new Response(`${padding}${JSON.stringify(doc('Big but fine'))}${padding}`));
    const m = mount('/five.json');
    await loaded(m);
    expect(m.el.issues).toEqual([]);
    expect(labels(m.el)).toEqual(['Big but fine']);
  });
});

describe('src: the newest document wins', () => {
  test('three quick src changes answered out of order render only the last one', async () => {
    const delays: Record<string, number> = { '/a.json': 200, '/b.json': 400, '/c.json': 20 };
    // This stub ignores the abort signal: the element must not trust an aborted request to stay quiet.
    const calls = stubFetch((url) => later(delays[url], () => json(doc(`From ${url}`))));
    const m = mount('/a.json');
    await m.el.updateComplete;
    m.el.src = '/b.json';
    await m.el.updateComplete;
    m.el.src = '/c.json';
    await loaded(m);
    await wait(500); // a and b answer now
    await m.el.updateComplete;
    expect(calls.map((c) => c.url)).toEqual(['/a.json', '/b.json', '/c.json']);
    expect(calls.map((c) => c.signal.aborted)).toEqual([true, true, false]);
    expect(labels(m.el)).toEqual(['From /c.json']);
    expect(m.loads).toHaveLength(1);
    expect(m.el.issues).toEqual([]);
  });

  test('the newest answer wins when it arrives first and the older ones after', async () => {
    const delays: Record<string, number> = { '/a.json': 300, '/b.json': 150, '/c.json': 10 };
    stubFetch((url) => later(delays[url], () => json(doc(`From ${url}`))));
    const m = mount('/a.json');
    m.el.src = '/b.json';
    await m.el.updateComplete;
    m.el.src = '/c.json';
    await loaded(m);
    expect(labels(m.el)).toEqual(['From /c.json']);
    await wait(400);
    expect(labels(m.el)).toEqual(['From /c.json']);
    expect(m.loads).toHaveLength(1);
  });

  test('a newer src that fails shows its error, not the older document that arrives later', async () => {
    stubFetch((url) =>
      url === '/old.json'
        ? later(200, () => json(doc('Stale')))
        : Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' })),
    );
    const m = mount('/old.json');
    await m.el.updateComplete;
    m.el.src = '/new.json';
    await loaded(m);
    await wait(300);
    await m.el.updateComplete;
    expect(labels(m.el)).toEqual([]);
    expect(m.el.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^Could not load .*"\/new.json": .*404/)]);
  });

  test('after a document loaded, a src that fails replaces it with the error (no stale events)', async () => {
    stubFetch(async (url) =>
      url === '/good.json' ? json(doc('Good')) : new Response('', { status: 410, statusText: 'Gone' }),
    );
    const m = mount('/good.json');
    await loaded(m);
    expect(labels(m.el)).toEqual(['Good']);
    m.el.src = '/gone.json';
    await loaded(m, 2);
    expect(labels(m.el)).toEqual([]);
    expect(m.el.issues[0].message).toMatch(/"\/gone.json": the server answered 410 Gone/);
  });

  test('removing src during a fetch aborts it and leaves an empty timeline without errors', async () => {
    const calls = stubFetch((_, signal) => hang(signal));
    const m = mount('/pending.json');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    m.el.src = undefined;
    await m.el.updateComplete;
    expect(calls[0].signal.aborted).toBe(true);
    await rendered(m.el);
    expect(m.el.issues).toEqual([]);
    expect(labels(m.el)).toEqual([]);
  });

  test('setting events while src loads: events win, and the late answer is ignored', async () => {
    stubFetch(() => later(150, () => json(doc('From src'))));
    const m = mount('/late.json');
    await m.el.updateComplete;
    m.el.events = doc('From events');
    await rendered(m.el);
    await wait(250);
    await m.el.updateComplete;
    expect(labels(m.el)).toEqual(['From events']);
  });
});

describe('src: disconnecting', () => {
  test('disconnecting aborts the fetch; reconnecting fetches again and renders', async () => {
    const calls = stubFetch((_, signal) =>
      wait(100).then(() => {
        if (signal.aborted) throw signal.reason;
        return json(doc('Loaded'));
      }),
    );
    const m = mount('/doc.json');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    m.el.remove();
    expect(calls[0].signal.aborted).toBe(true);
    await wait(150);
    expect(m.loads).toHaveLength(0);
    document.body.append(m.el);
    await loaded(m);
    expect(calls).toHaveLength(2);
    expect(calls[1].signal.aborted).toBe(false);
    expect(labels(m.el)).toEqual(['Loaded']);
    expect(m.el.issues).toEqual([]);
  });

  test('an aborted request that still answers (a stub ignoring the signal) is ignored while disconnected', async () => {
    const calls = stubFetch(() => later(50, () => json(doc('Ghost'))));
    const m = mount('/ghost.json');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    m.el.remove();
    await wait(120);
    expect(calls[0].signal.aborted).toBe(true);
    expect(m.loads).toHaveLength(0);
    expect(labels(m.el)).toEqual([]);
  });

  test('the time limit timer is cleared when the element is disconnected', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const calls = stubFetch((_, signal) => hang(signal));
    const m = mount('/slow.json');
    await vi.waitFor(() => expect(calls).toHaveLength(1), { interval: 5 });
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    m.el.remove();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
