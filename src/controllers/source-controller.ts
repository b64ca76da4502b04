import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isValidTimeZone } from '../data/dates.js';
import { type LoadedSource, loadSource } from '../data/load.js';
import { parseSteps } from '../data/parse.js';
import { type InputHint, ownDocument } from '../data/sniff.js';
import { runSteps } from '../data/steps.js';
import { eventList, parseAppended } from '../data/update.js';
import { TimelineErrorEvent, TimelineLoadEvent } from '../events.js';
import { addToIndex } from '../layout/event-index.js';
import { createEventIndex, type EventIndex, laneNames } from '../layout/events.js';
import { readMarkup } from '../markup.js';
import type { ParseResult, TimelineEvent, TimelineEventInput, TimelineIssue } from '../timeline.types.js';

const EMPTY: ParseResult = { events: [], issues: [] };

/**
 * Runs `fn` once the next frame has been painted: a task posted from an animation frame callback runs after that
 * frame's rendering (a plain task or microtask would run before anything is on screen).
 */
function afterPaint(pending: Set<number>, fn: () => void): void {
  const frame = requestAnimationFrame(() => {
    pending.delete(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  });
  pending.add(frame);
}

type Source =
  | { kind: 'none' }
  | { kind: 'loading'; src: string }
  | { kind: 'loaded'; src: string; value: LoadedSource | Error };

/**
 * Whether an event of `b` has an id written in the input that an event of `a` has too. Default ids (`event-3`)
 * only say where an event was in its array, so two unrelated documents would share them.
 */
function sharesId(a: ReadonlyMap<string, TimelineEvent>, b: readonly TimelineEvent[]): boolean {
  if (a.size === 0) return false;
  return b.some((e) => {
    const before = written(e) && a.get(e.id);
    return before && written(before);
  });
}

const written = (e: TimelineEvent) => e.source.id === e.id;

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
  /** True for one update after a document was taken (a new one, or a live update of the one shown). */
  changed = false;
  /** Whether the current document continues the one shown before it: they share an id (a live update). */
  #continues = false;
  #byId?: Map<string, TimelineEvent>;
  /** The value the current document was parsed from, and in which zone: what a live update is compared with. */
  #parsed?: { value: unknown; timeZone: string };
  /** The document being read in slices (see `#take`), if any. */
  #job?: object;
  /** How far the reading of a big document is, once it has taken half a second: events read of `total`. */
  progress?: { done: number; total: number };
  #source: Source = { kind: 'none' };
  #fetch?: AbortController;
  /** The CSV or TimelineJS reader being loaded for the current input. */
  #reading?: Promise<void>;
  /** Set when a fetch settled: the next `sync` must parse. */
  #arrived = false;
  /** Animation frames of announcements waiting for their paint. */
  readonly #pending = new Set<number>();

  readonly #host: SourceHost;

  constructor(host: SourceHost) {
    this.#host = host;
    host.addController(this);
  }

  /** A `src` document is on its way, or the reader for its format is. */
  get loading(): boolean {
    return this.#source.kind === 'loading' || this.#reading !== undefined || this.#job !== undefined;
  }

  /**
   * Whether the current document is a new one that the view must fit: it shares no id with the document shown
   * before it (a live update keeps the view, the selection, the focus and the open detail), and it has not been
   * drawn yet.
   */
  get fresh(): boolean {
    return this.announced !== this.version && !this.#continues;
  }

  /** The events of the current document with the ids of `events` (kept in their order; gone ones left out). */
  current(events: readonly TimelineEvent[]): TimelineEvent[] {
    const byId = this.#eventsById();
    return events.flatMap((e) => byId.get(e.id) ?? []);
  }

  /** The current document's events by id, made when first needed (a live update, an open cluster). */
  #eventsById(): Map<string, TimelineEvent> {
    this.#byId ??= new Map(this.doc.events.map((e) => [e.id, e]));
    return this.#byId;
  }

  /** Every problem: the element's inputs first, then the document's. */
  get issues(): readonly TimelineIssue[] {
    return [...this.#extraIssues, ...this.doc.issues];
  }

  hostConnected(): void {
    if (this.#source.kind === 'loading' && !this.#fetch) this.#start(this.#source.src);
  }

  hostUpdated(): void {
    this.changed = false;
  }

  hostDisconnected(): void {
    this.#fetch?.abort();
    this.#fetch = undefined;
    // A document taken off the page before its frame was painted was never shown: nothing to announce.
    for (const frame of this.#pending) cancelAnimationFrame(frame);
    this.#pending.clear();
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

  /**
   * Called from the host's `updated` with whether this update drew the document (`drawn`: it had a size): takes
   * the current document as announced, once, and fires `timeline-load` (and `timeline-error` when anything was
   * rejected) after the frame that shows it has been painted. True when it took a new document.
   */
  announce(drawn = true): boolean {
    if (!drawn || this.announced === this.version || this.loading) return false;
    this.announced = this.version;
    const issues = this.issues;
    const count = this.doc.events.length;
    const host = this.#host;
    afterPaint(this.#pending, () => {
      host.dispatchEvent(new TimelineLoadEvent({ count, issues }));
      if (issues.length > 0) host.dispatchEvent(new TimelineErrorEvent({ message: issues[0].message, issues }));
    });
    return true;
  }

  #parse(): void {
    this.#job = undefined; // a document still being read is not wanted any more
    this.progress = undefined;
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
      this.#hold();
      return;
    }
    if (!input && this.#source.kind === 'loading') this.#hold();
    else if (own) this.#take(own.document, timeZone);
    else this.#use(EMPTY);
  }

  /**
   * Parses one of our documents. When it is the last one with events added at the end (a live blog), only those
   * are read and indexed (`parseAppended`, `addToIndex`); otherwise the whole of it, reusing what `parseDocument`
   * remembers of the objects it has seen.
   */
  #take(document: unknown, timeZone: string): void {
    const last = this.#parsed;
    const appended =
      last?.timeZone === timeZone && this.doc.events.length > 0
        ? parseAppended(last.value, this.doc, this.#eventsById(), document, { timeZone })
        : undefined;
    if (appended) {
      this.#use(appended, appended.added);
      this.#parsed = { value: document, timeZone };
      return;
    }
    // A big document is read in slices, so the page keeps responding; after half a second it shows its progress.
    const job = {};
    this.#job = job;
    const total = eventList(document)?.length ?? 0;
    const started = performance.now();
    const run = runSteps(parseSteps(document, { timeZone }), {
      cancelled: () => this.#job !== job,
      progress: (done) => {
        if (performance.now() - started < 500) return;
        this.progress = { done, total };
        this.#host.requestUpdate();
      },
    });
    const take = (doc: ParseResult) => {
      this.#job = undefined;
      this.progress = undefined;
      this.#use(doc);
      this.#parsed = { value: document, timeZone };
    };
    if (run.done) take(run.done);
    else {
      this.#hold();
      run.rest?.then((doc) => {
        if (!doc || this.#job !== job) return;
        take(doc);
        this.#host.requestUpdate();
      });
    }
  }

  /**
   * While the next document is on its way (fetched, or its reader loaded), the one shown stays, so a live update
   * does not blank the view in between (and can keep it); with nothing shown yet, the element says it is loading.
   */
  #hold(): void {
    if (this.doc.events.length === 0) this.#use(EMPTY);
  }

  /** Takes a parsed document: its events, their index, lanes and extent, as a new version. */
  #use(doc: ParseResult, added?: readonly TimelineEvent[]): void {
    // A document replacing one that was never drawn has no view to keep.
    const shown = this.announced === this.version;
    this.#continues = shown && (added ? this.doc.events.some(written) : sharesId(this.#eventsById(), doc.events));
    this.changed = true;
    this.#parsed = undefined;
    const byId = added && this.#byId;
    if (byId) for (const e of added) byId.set(e.id, e);
    this.#byId = byId || undefined;
    this.doc = doc;
    const lanes = this.lanes;
    this.lanes = added?.every((e) => lanes.includes(e.group)) ? lanes : laneNames(doc.events);
    this.index = added ? addToIndex(this.index, doc.events, added) : createEventIndex(doc.events);
    let { min, max, hasTimes } = added ? this.extent : { min: Infinity, max: -Infinity, hasTimes: false };
    for (const e of added ?? doc.events) {
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
