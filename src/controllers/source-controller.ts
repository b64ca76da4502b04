import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isValidTimeZone } from '../data/dates.js';
import { type LoadedSource, loadSource } from '../data/load.js';
import { parseDocument } from '../data/parse.js';
import { type InputHint, ownDocument } from '../data/sniff.js';
import { TimelineErrorEvent, TimelineLoadEvent } from '../events.js';
import { createEventIndex, type EventIndex, laneNames } from '../layout/events.js';
import { readMarkup } from '../markup.js';
import type { ParseResult, TimelineEventInput, TimelineIssue } from '../timeline.types.js';

const EMPTY: ParseResult = { events: [], issues: [] };

type Source =
  | { kind: 'none' }
  | { kind: 'loading'; src: string }
  | { kind: 'loaded'; src: string; value: LoadedSource | Error };

/** The inline documents, JSON (ours or TimelineJS) or CSV. */
const SCRIPT = ':scope > script[type="application/json"], :scope > script[type="text/csv"]';

/** What the host element gives the controller to read its inputs. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  events: readonly TimelineEventInput[] | { title?: string; events: readonly TimelineEventInput[] } | undefined;
  src: string | undefined;
  timeZone: string | undefined;
}

/**
 * The data source (DESIGN.md §3): the `events` property, else `src` (fetched with its time and size limits, a newer
 * `src` aborting the older request), else an inline `<script type="application/json">`, else `<ol>` markup. It
 * parses whichever wins into `doc`, counts documents in `version`, and announces each one once it is drawn with
 * `timeline-load` (and `timeline-error` when anything was rejected). It only changes state; the host reads it.
 */
export class SourceController implements ReactiveController {
  /** The parsed document: valid events in date order, and the issues of the rest. */
  doc: ParseResult = EMPTY;
  /** Problems of the element's own inputs: the `time-zone` attribute, or a `src` that failed to load. */
  #extraIssues: TimelineIssue[] = [];
  /** The document's events indexed for the layout, built once per document rather than per frame. */
  index: EventIndex = createEventIndex([]);
  /** Its lanes: one per `group`, in order of first appearance. */
  lanes: (string | undefined)[] = [undefined];
  /** Its extent (floating ms), and whether any date has a time of day: what the scale needs. */
  extent = { min: Number.NaN, max: Number.NaN, hasTimes: false };
  /** Goes up by one with each parsed document. */
  version = 0;
  /** The version last announced with `timeline-load`, -1 before the first. */
  announced = -1;
  #source: Source = { kind: 'none' };
  #fetch?: AbortController;
  /** The CSV or TimelineJS reader being loaded for the current input. */
  #reading?: Promise<void>;
  /** Set when a fetch settled: the next `sync` must parse. */
  #arrived = false;

  readonly #host: SourceHost;

  constructor(host: SourceHost) {
    this.#host = host;
    host.addController(this);
  }

  /** A `src` document is on its way, or the reader for its format is. */
  get loading(): boolean {
    return this.#source.kind === 'loading' || this.#reading !== undefined;
  }

  /** Every problem: the element's inputs first, then the document's. */
  get issues(): readonly TimelineIssue[] {
    return [...this.#extraIssues, ...this.doc.issues];
  }

  hostConnected(): void {
    if (this.#source.kind === 'loading' && !this.#fetch) this.#start(this.#source.src);
  }

  hostDisconnected(): void {
    this.#fetch?.abort();
    this.#fetch = undefined;
  }

  /**
   * Called from the host's `willUpdate` with its changed properties: starts a fetch when `src` changed, and parses
   * again when the input or the time zone changed (or on the first update).
   */
  sync(changed: ReadonlyMap<PropertyKey, unknown>, first: boolean): void {
    const host = this.#host;
    const source = this.#source;
    const current = source.kind === 'none' ? undefined : source.src;
    // `events` cleared with a `src` never fetched (it was set while `events` was): fetch it now.
    const fromSrc =
      host.events === undefined && (changed.has('src') || (changed.has('events') && current !== host.src));
    if (fromSrc) this.#start(host.src);
    // `events` set while `src` loads: they win, so the fetch is not waited for (`loading`) nor needed.
    else if (host.events !== undefined && source.kind === 'loading') this.#start(undefined);
    if (!(first || fromSrc || this.#arrived || changed.has('events') || changed.has('timeZone'))) return;
    this.#arrived = false;
    this.#parse();
  }

  /** Whether the current document was announced; announces it (once, after it is drawn) when not. */
  announce(): boolean {
    if (this.announced === this.version || this.loading) return false;
    this.announced = this.version;
    const issues = this.issues;
    this.#host.dispatchEvent(new TimelineLoadEvent({ count: this.doc.events.length, issues }));
    if (issues.length > 0) this.#host.dispatchEvent(new TimelineErrorEvent({ message: issues[0].message, issues }));
    return true;
  }

  #parse(): void {
    const input = this.#input();
    const timeZone = this.#host.timeZone ?? 'UTC';
    this.#extraIssues = [];
    if (!isValidTimeZone(timeZone)) {
      this.#extraIssues.push({
        index: null,
        field: 'time-zone',
        message: `The time-zone attribute is "${timeZone}", which is not an IANA time zone name (such as "Europe/Paris"); using UTC.`,
      });
    }
    if (this.#source.kind === 'loaded' && this.#source.value instanceof Error) {
      this.#extraIssues.push({ index: null, field: 'src', message: this.#source.value.message });
    }
    this.#reading = undefined;
    const own = input && ownDocument(input.value, input.hint);
    if (input && !own) {
      // CSV or TimelineJS: their readers are loaded (once, from beside the bundle) only for documents that need them.
      const reading = import('../data/input.js').then(({ parseInput }) => {
        if (this.#reading !== reading) return;
        this.#reading = undefined;
        this.#use(parseInput(input.value, input.hint, { timeZone }));
        this.#host.requestUpdate();
      });
      this.#reading = reading;
      this.#use(EMPTY);
      return;
    }
    this.#use(own ? parseDocument(own.document, { timeZone }) : EMPTY);
  }

  /** Takes a parsed document: its events, their index, lanes and extent, as a new version. */
  #use(doc: ParseResult): void {
    this.doc = doc;
    this.lanes = laneNames(doc.events);
    this.index = createEventIndex(doc.events);
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let hasTimes = false;
    for (const e of doc.events) {
      if (e.start < min) min = e.start;
      if (e.end > max) max = e.end;
      const p = e.date.precision;
      if (p === 'minute' || p === 'second' || p === 'millisecond') hasTimes = true;
    }
    this.extent = { min, max, hasTimes };
    this.version++;
  }

  /**
   * First match wins: `events`, then `src`, then inline JSON or CSV, then list markup; with what is known of its
   * format (the response's content type and URL, the script's type) for `parseInput`.
   */
  #input(): { value: unknown; hint: InputHint } | undefined {
    const host = this.#host;
    if (host.events !== undefined) return { value: host.events, hint: {} };
    if (host.src) {
      const source = this.#source;
      if (source.kind !== 'loaded' || source.value instanceof Error) return undefined;
      return { value: source.value.text, hint: { contentType: source.value.contentType, url: source.src } };
    }
    const script = host.querySelector(SCRIPT);
    if (script) return { value: script.textContent ?? '', hint: { contentType: script.getAttribute('type') } };
    const list = host.querySelector(':scope > ol, :scope > ul');
    if (list) return { value: readMarkup(list), hint: {} };
    return undefined;
  }

  #start(src: string | undefined): void {
    this.#fetch?.abort();
    this.#fetch = undefined;
    if (!src) {
      this.#source = { kind: 'none' };
      return;
    }
    this.#source = { kind: 'loading', src };
    if (!this.#host.isConnected) return;
    const controller = new AbortController();
    this.#fetch = controller;
    // Time limit (20 s), size limit (20 MB) and the messages: see data/load.ts.
    loadSource(src, { signal: controller.signal })
      .catch((error: unknown) =>
        controller.signal.aborted
          ? null
          : error instanceof Error
            ? error
            : new Error(`Could not load the timeline from "${src}": ${String(error)}.`),
      )
      .then((value) => {
        if (value === null || this.#fetch !== controller) return;
        this.#fetch = undefined;
        this.#source = { kind: 'loaded', src, value };
        this.#arrived = true;
        this.#host.requestUpdate();
      });
  }
}
