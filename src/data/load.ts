/**
 * Loading a document from the `src` URL (DESIGN.md §3.2), with the limits that keep a bad server from hurting the
 * host page: a time limit, a size limit, and clear messages for every failure.
 */

/** A document that has not fully arrived after this long is abandoned (ms). */
export const LOAD_TIMEOUT_MS = 20_000;

/**
 * The largest document `src` loads, in bytes (20 MiB, about 150,000 typical events). A bigger answer is refused
 * with a message rather than read, parsed and drawn while the host page freezes. Hosts with more data can fetch
 * it themselves and set the `events` property, which has no limit.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Options of {@link loadDocument}; the defaults are {@link LOAD_TIMEOUT_MS} and {@link MAX_DOCUMENT_BYTES}. */
export interface LoadOptions {
  /** Aborting it cancels the request; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Settles like `promise`, or rejects as soon as `signal` aborts (even when `promise` ignores the signal). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function cancel(response: Response): void {
  try {
    response.body?.cancel().catch(() => {});
  } catch {
    // A locked or already consumed body: nothing left to free.
  }
}

/**
 * Fetches the JSON text of a document. Resolves with the text (not parsed: `parseDocument` reports JSON errors).
 * Rejects with an `Error` whose message says what went wrong in English, starting with
 * `Could not load the timeline from "<src>": `: a network failure, an HTTP error status, an HTML page instead of
 * JSON, more than `maxBytes`, or no complete answer within `timeoutMs`. When `signal` aborts, rejects with its
 * reason and stops reading at once.
 *
 * @example await loadDocument('/data/karabakh.json', { signal: controller.signal })
 */
export async function loadDocument(src: string, options: LoadOptions = {}): Promise<string> {
  return (await loadSource(src, options)).text;
}

/** What {@link loadSource} resolves with: the text and the response's `Content-Type` (`null` when absent). */
export interface LoadedSource {
  text: string;
  contentType: string | null;
}

/**
 * {@link loadDocument}, also giving the response's content type, so that a CSV (`text/csv`, or a `.csv` URL)
 * or JSON document can be told apart (`parseInput(text, { contentType, url: src })`). Same limits and errors.
 */
export async function loadSource(src: string, options: LoadOptions = {}): Promise<LoadedSource> {
  const { signal, timeoutMs = LOAD_TIMEOUT_MS, maxBytes = MAX_DOCUMENT_BYTES } = options;
  if (signal?.aborted) throw signal.reason;
  const inner = new AbortController();
  const onAbort = () => inner.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    inner.abort(new DOMException('The document took too long to load.', 'TimeoutError'));
  }, timeoutMs);
  const fail = (why: string) => new Error(`Could not load the timeline from "${src}": ${why}.`);
  const tooBig = (size?: number) =>
    fail(
      `the document is ${size === undefined ? 'larger than' : `${megabytes(size)}, more than`} the ` +
        `${megabytes(maxBytes)} this element loads; split it, or fetch it yourself and set the events property`,
    );
  try {
    let response: Response;
    try {
      response = await abortable(fetch(src, { signal: inner.signal }), inner.signal);
    } catch (error) {
      if (inner.signal.aborted) throw error;
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      throw fail(
        `the request failed${detail}; check the address, the network, and that the server allows ` +
          'cross-origin requests (CORS)',
      );
    }
    if (!response.ok) {
      cancel(response);
      throw fail(`the server answered ${`${response.status} ${response.statusText}`.trim()}, expected 200 OK`);
    }
    if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
      cancel(response);
      throw fail('the server answered with an HTML page, not a JSON document');
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      cancel(response);
      throw tooBig(declared);
    }
    const contentType = response.headers.get('content-type');
    const body = response.body;
    if (!body) return { text: '', contentType };
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parts: string[] = [];
    let bytes = 0;
    try {
      for (;;) {
        const { done, value } = await abortable(reader.read(), inner.signal);
        if (done) break;
        bytes += value.byteLength;
        if (bytes > maxBytes) throw tooBig();
        parts.push(decoder.decode(value, { stream: true }));
      }
    } catch (error) {
      reader.cancel().catch(() => {});
      throw error;
    }
    parts.push(decoder.decode());
    return { text: parts.join(''), contentType };
  } catch (error) {
    if (timedOut) {
      throw fail(`the document did not arrive within ${timeoutMs / 1000} seconds; the server may be down or slow`);
    }
    if (signal?.aborted) throw signal.reason;
    if (error instanceof Error && error.message.startsWith('Could not load')) throw error;
    throw fail(`reading the answer failed (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
