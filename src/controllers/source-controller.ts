import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isValidTimeZone } from '../data/dates.js';
import { type LoadedSource, loadSource } from '../data/load.js';
import { parseDocument } from '../data/parse.js';
import { type InputHint, ownDocument } from '../data/sniff.js';
import type { Progress } from '../data/steps.js';
import type { Indexed } from '../data/update.js';
import { eventList } from '../data/values.js';
import { TimelineErrorEvent, TimelineLoadEvent } from '../events.js';
import { type Extent, extentOf } from '../layout/event-index.js';
import { createEventIndex, type EventIndex, laneNames, type PlacedItem } from '../layout/events.js';
import { readMarkup } from '../markup.js';
import type { ParseResult, TimelineEvent, TimelineEventInput, TimelineIssue } from '../timeline.types.js';
import type { Keep } from './draw-controller.js';
import { whenIdle } from './idle.js';

const EMPTY: ParseResult = { events: [], issues: [] };

/**
 * Runs `fn` once the next frame has been painted: a task posted from an animation frame callback runs after that
 * frame's rendering (a plain task or microtask would run before anything is on screen).
 */
const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));

/** Whether the event's id was written in the input (default ids only say where it was in its array). */
const written = (e: TimelineEvent) => e.source.id === e.id;

/** Whether an id written in the input is in both `a` and `b`: a live update, not a new document. */
function sharesId(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): boolean {
  const ids = new Set(a.filter(written).map((e) => e.id));
  return ids.size > 0 && b.some((e) => written(e) && ids.has(e.id));
}

/** The live chunk (live updates, big documents) once loaded; null if it could not be. */
let live: typeof import('../live.js') | null | undefined;
let liveLoading: Promise<unknown> | undefined;
/** Whether an element has needed the live chunk: a prefetched one changes nothing until then (see `drawnItems`). */
let liveNeeded = false;
let prefetching = false;

/** Loads the live chunk, once for the page. */
const loadLive = () =>
  (liveLoading ??= import('../live.js').then(
    (m) => (live = m),
    () => (live = null),
  ));

/**
 * Prefetches the live chunk when the browser is idle (within 2 s), as the story chunk is: a document set after the
 * page has loaded (a live blog's next one, a big one fetched by the page) then does not wait for it.
 */
const prefetchLive = () => {
  if (prefetching) return;
  prefetching = true;
  whenIdle(() => void loadLive());
};

/** The items of a frame the element draws (see `drawItems`): all of them until the live chunk is needed. */
export const drawnItems = (
  host: ReactiveControllerHost,
  items: readonly PlacedItem[],
  moving: boolean,
  keep: Keep,
  pointed?: PlacedItem,
) => (live && liveNeeded ? live.drawItems(host, items, moving, keep, pointed) : items);

/** Documents with more events are read in slices (about 30 ms of parsing per thousand events). */
const BIG = 2000;

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
  extent: Extent = { min: Number.NaN, max: Number.NaN, hasTimes: false };
  /** Goes up by one with each parsed document. */
  version = 0;
  /** The version last announced with `timeline-load`, -1 before the first. */
  announced = -1;
  /** True for one update after a document was taken (a new one, or a live update of the one shown). */
  changed = false;
  /** Whether the current document continues the one shown before it: they share an id (a live update). */
  #continues = false;
  /** The value the current document was parsed from, and in which zone: what a live update is compared with. */
  #parsed?: { value: unknown; timeZone: string };
  /** Cancels the document being read in slices (see `#take`), if any. */
  #cancel?: () => void;
  /** How far the reading of a big document is, once it has taken half a second: events read of `total`. */
  progress?: Progress;
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
    return this.#source.kind === 'loading' || this.#reading !== undefined || this.#cancel !== undefined;
  }

  /**
   * Whether the current document is a new one that the view must fit: it shares no id with the document shown
   * before it (a live update keeps the view, the selection, the focus and the open detail), and it has not been
   * drawn yet.
   */
  get fresh(): boolean {
    return this.announced !== this.version && !this.#continues;
  }

  /** The events of the current document with the ids of `events`, in date order (gone ones left out). */
  current(events: readonly TimelineEvent[]): TimelineEvent[] {
    const ids = new Set(events.map((e) => e.id));
    return this.doc.events.filter((e) => ids.has(e.id));
  }

  /** Every problem: the element's inputs first, then the document's. */
  get issues(): readonly TimelineIssue[] {
    return [...this.#extraIssues, ...this.doc.issues];
  }

  hostConnected(): void {
    if (this.#source.kind === 'loading' && !this.#fetch) this.#start(this.#source.src);
    prefetchLive();
  }

  hostUpdated(): void {
    this.changed = false;
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
    afterPaint(() => {
      host.dispatchEvent(new TimelineLoadEvent({ count, issues }));
      if (issues.length > 0) host.dispatchEvent(new TimelineErrorEvent({ message: issues[0].message, issues }));
    });
    return true;
  }

  #parse(): void {
    // A document still being read is not wanted any more.
    this.#cancel?.();
    this.#cancel = undefined;
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
   * Parses one of our documents. A document after another (a live update) or a big one needs the live chunk:
   * loaded the first time (the document shown stays meanwhile), it reads an update that only adds events at the
   * end from the new events alone (`appendTo`), and a big document in slices with its progress (`readInSlices`).
   * Otherwise the document is read at once, reusing what `parseDocument` remembers of objects it has seen.
   */
  #take(document: unknown, timeZone: string): void {
    const last = this.#parsed;
    const list = eventList(document);
    const before = eventList(last?.value);
    // Only what looks like events added after the old ones waits for the chunk; any other update is read now.
    const update =
      last?.timeZone === timeZone && this.doc.events.length > 0 && before && list && list.length > before.length;
    const appends = update && before.length > 0 && list[0] === before[0];
    const big = (list?.length ?? 0) > BIG;
    if ((appends || big) && live !== null) {
      liveNeeded = true;
      if (!live) {
        const reading: Promise<void> = loadLive().then(() => {
          if (this.#reading !== reading) return;
          this.#reading = undefined;
          this.#take(document, timeZone);
          this.#host.requestUpdate();
        });
        this.#reading = reading;
        this.#hold();
        return;
      }
      const next = appends ? live.appendTo(last?.value, this, document, { timeZone }) : undefined;
      if (next) {
        this.#use(next.doc, next);
        this.#parsed = { value: document, timeZone };
        return;
      }
      if (big) {
        this.#hold();
        this.#cancel = live.readInSlices(
          document,
          { timeZone, previous: last?.value },
          {
            progress: (p) => {
              this.progress = p;
              this.#host.requestUpdate();
            },
            done: (indexed) => {
              this.#cancel = undefined;
              this.progress = undefined;
              this.#use(indexed.doc, indexed);
              this.#parsed = { value: document, timeZone };
              this.#host.requestUpdate();
            },
          },
        );
        return;
      }
    }
    this.#use(parseDocument(document, { timeZone, previous: last?.value }));
    this.#parsed = { value: document, timeZone };
  }

  #hold(): void {
    if (this.doc.events.length === 0) this.#use(EMPTY);
  }

  /** Takes a parsed document: its events, their index, lanes and extent, as a new version. */
  #use(doc: ParseResult, next?: Indexed): void {
    // A document replacing one that was never drawn has no view to keep.
    const shown = this.announced === this.version;
    const appended = next && 'added' in next.doc;
    this.#continues = shown && (appended ? this.doc.events.some(written) : sharesId(this.doc.events, doc.events));
    this.changed = true;
    this.#parsed = undefined;
    this.doc = doc;
    this.index = next?.index ?? createEventIndex(doc.events);
    this.lanes = next?.lanes ?? laneNames(doc.events);
    this.extent = next?.extent ?? extentOf(doc.events, { min: Infinity, max: -Infinity, hasTimes: false });
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
