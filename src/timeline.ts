import { type ZoomTransform, zoomIdentity } from 'd3-zoom';
import { html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { HashController } from './controllers/hash-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { isValidTimeZone, parseDate } from './data/dates.js';
import { formatDate, formatEventDate, formatSpan, qualifierMarks, shortDateLabel } from './data/format.js';
import { loadDocument } from './data/load.js';
import { parseDocument } from './data/parse.js';
import { TimelineErrorEvent, TimelineLoadEvent, TimelineRangeChangeEvent, TimelineSelectEvent } from './events.js';
import { type Messages, messagesFor } from './i18n.js';
import {
  createEventIndex,
  type EventIndex,
  type EventLayout,
  laneNames,
  layoutEvents,
  type PlacedCluster,
  type PlacedEvent,
  type PlacedItem,
} from './layout/events.js';
import { createTimeScale, paddedDomain, type TimeScale } from './layout/scale.js';
import { type AxisTicks, computeTicks, TICK_LABEL_OFFSET } from './layout/ticks.js';
import { readMarkup } from './markup.js';
import { styles } from './timeline.styles.js';
import type {
  ParseResult,
  TimelineDate,
  TimelineEvent,
  TimelineEventInput,
  TimelineIssue,
  TimeRange,
} from './timeline.types.js';

const AXIS_HEIGHT = 44;
const ROW_HEIGHT = 28;
/** Longest label, px; longer titles end in an ellipsis (the full title is in the list and the detail panel). */
const LABEL_MAX_WIDTH = 300;
/** Point mark radius, px (as in the layout's default). */
const MARK_RADIUS = 5;
/** Between the first and last date of a cluster. */
const SPAN_JOINER = ' – ';
const HOUR = 3_600_000;
const EMPTY: ParseResult = { events: [], issues: [] };

type Source = { kind: 'none' } | { kind: 'loading'; src: string } | { kind: 'loaded'; src: string; value: unknown };

/**
 * Draws dated events from simple JSON on a zoomable, time-proportional axis.
 *
 * @summary A zoomable, accessible timeline of dated events.
 * @tag event-timeline
 *
 * @fires {TimelineSelectEvent} timeline-select - The reader selected an event. `detail: { id, event }`.
 * @fires {TimelineRangeChangeEvent} timeline-rangechange - The reader zoomed or panned. `detail: { start, end }`.
 * @fires {TimelineLoadEvent} timeline-load - A document was parsed and rendered. `detail: { count, issues }`.
 * @fires {TimelineErrorEvent} timeline-error - The document or some events were rejected. `detail: { message, issues }`.
 *
 * @slot - Optional input: an inline `<script type="application/json">` document, or an `<ol>`/`<ul>` of `<li>` with
 *   `<time datetime>` (shown as is without JavaScript).
 *
 * @csspart base - The whole drawing.
 * @csspart title - The document title.
 * @csspart controls - The zoom buttons.
 * @csspart axis - The time axis.
 * @csspart tick - A tick label on the axis.
 * @csspart lane - A lane title.
 * @csspart event - An event (point or range). State modifiers: `event--selected`, `event--range`.
 * @csspart label - An event's label.
 * @csspart range - A range's bar.
 * @csspart cluster - A mark standing for several events: "+N" for those that do not fit, or a ringed mark with a
 *   count and span for marks too close to tell apart. State modifier: `cluster--selected` when it holds the
 *   selected event.
 * @csspart detail - The panel with the selected event's details.
 * @csspart error - The list of problems in the data.
 *
 * @cssprop [--timeline-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--timeline-font-size=0.875rem] - Base text size.
 * @cssprop [--timeline-height=22rem] - Height of the element.
 * @cssprop [--timeline-background=light-dark(#ffffff, #17181c)] - Background.
 * @cssprop [--timeline-color=light-dark(#1f2328, #e8e8ea)] - Text colour.
 * @cssprop [--timeline-muted-color=light-dark(#545b64, #a9adb6)] - Secondary text (lane names, dates in the panel).
 * @cssprop [--timeline-axis-color=light-dark(#545b64, #a9adb6)] - Axis line, ticks and tick labels.
 * @cssprop [--timeline-grid-color=light-dark(#e6e8eb, #2c2e35)] - Vertical grid lines and lane rules.
 * @cssprop [--timeline-event-color=light-dark(#1d5fd1, #7fb0ff)] - Point marks and range borders.
 * @cssprop [--timeline-range-color=light-dark(#d6e4fb, #22375c)] - Range bar fill.
 * @cssprop [--timeline-range-border-color=var(--timeline-event-color)] - Range bar start border.
 * @cssprop [--timeline-band-color=light-dark(rgb(29 95 209 / 0.12), rgb(127 176 255 / 0.16))] - The band showing the period of a coarse date ("1994").
 * @cssprop [--timeline-cluster-color=light-dark(#3d4550, #c9ccd3)] - "+N" cluster marks.
 * @cssprop [--timeline-selected-color=light-dark(#b4400b, #ffa15c)] - The selected event.
 * @cssprop [--timeline-focus-color=light-dark(#0b57d0, #a8c7fa)] - Focus rings and links.
 * @cssprop [--timeline-error-color=light-dark(#a4161a, #ffb4ab)] - Error text.
 * @cssprop [--timeline-error-background=light-dark(#fdecea, #3b1113)] - Error area background.
 * @cssprop [--timeline-panel-background=var(--timeline-background)] - Detail panel background.
 * @cssprop [--timeline-radius=4px] - Corner radius of bars, buttons and panels.
 */
export class EventTimeline extends LitElement {
  static override styles = styles;

  static override properties = {
    events: { attribute: false },
    src: { type: String },
    locale: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
    start: { type: String },
    end: { type: String },
    selected: { type: String, reflect: true },
    label: { type: String },
    deepLink: { type: Boolean, attribute: 'deep-link' },
    _source: { state: true },
    _openCluster: { state: true },
    _hint: { state: true },
    _announcement: { state: true },
  };

  /** The events, as an array of event objects or a whole document `{ title, events }`. Wins over `src` and inline JSON. */
  declare events: readonly TimelineEventInput[] | { title?: string; events: readonly TimelineEventInput[] } | undefined;
  /** URL of a JSON document, used when `events` is not set. A newer `src` cancels the older fetch. */
  declare src: string | undefined;
  /** BCP 47 locale of labels; defaults to the nearest `lang` ancestor, then the browser's language. */
  declare locale: string | undefined;
  /** IANA time zone in which date-times with an offset are placed and labelled. Default `UTC`. */
  declare timeZone: string | undefined;
  /** Start of the visible window (date grammar): the initial view, and setting it later moves there. Default: fit all events. */
  declare start: string | undefined;
  /** End of the visible window (date grammar), like `start`. Default: fit all events. */
  declare end: string | undefined;
  /** Id of the selected event. Setting it selects without firing `timeline-select`. */
  declare selected: string | undefined;
  /** Accessible name of the timeline; defaults to the document title. */
  declare label: string | undefined;
  /**
   * Ties the selection to the page URL. A `#id` naming one of the events, when the page loads or its hash changes,
   * selects that event, zooms until it has a mark of its own and scrolls the timeline into view; the reader's
   * selection writes `#id` (replacing the history entry, so Back still leaves the page). Off by default.
   */
  declare deepLink: boolean;

  declare private _source: Source;
  /** The members of a cluster the reader opened (zooming cannot split them), listed in the detail panel. */
  declare private _openCluster: readonly TimelineEvent[] | undefined;
  declare private _hint: string;
  declare private _announcement: string;

  private _doc: ParseResult = EMPTY;
  private _extraIssues: TimelineIssue[] = [];
  private _lanes: (string | undefined)[] = [];
  private _base: TimeScale = createTimeScale(paddedDomain(Number.NaN, Number.NaN), [0, 1]);
  private _scale: TimeScale = this._base;
  private _ticks: AxisTicks = { unit: 'year', step: 1, minor: [], major: [] };
  private _layout: EventLayout = { items: [], lanes: [] };
  private _activeKey: string | undefined;
  /**
   * The event the roving focus stands for (the one the reader moved to, or a cluster's first): when zooming splits
   * or merges the item holding it, the tab stop follows it instead of being lost.
   */
  private _anchor: TimelineEvent | undefined;
  private _refocus = false;
  /** A linked event being brought into view, step by step (see `_continueReveal`). */
  private _reveal: { event: TimelineEvent; steps: number } | undefined;
  /** The selected event, found once per render (clusters show when they hold it). */
  private _selectedEvent: TimelineEvent | undefined;
  /** Focus moved to the plot because the focused item left the view (not by the reader's choice). */
  private _focusParked = false;
  private _pendingFocus: string | undefined;
  private _clusterKey: string | undefined;
  private _hadFocus = false;
  private _docVersion = 0;
  private _loadedVersion = -1;
  private _fetch?: AbortController;
  private _rangeTimer?: ReturnType<typeof setTimeout>;
  private _hintTimer?: ReturnType<typeof setTimeout>;
  private _textWidths = new Map<string, Map<string, number>>();
  private _font?: { weight: string; size: number; family: string };
  private _dateLabels = new WeakMap<object, string>();
  private _dateLabelsLocale = '';
  private _shortLabels = { year: new WeakMap<TimelineDate, string>(), bare: new WeakMap<TimelineDate, string>() };
  private _index: EventIndex = createEventIndex([]);
  private _extent = { min: Number.NaN, max: Number.NaN, hasTimes: false };
  /** Each event's row in the last frame, so the next frame keeps it there when it can. */
  private _rows = new WeakMap<TimelineEvent, number>();
  /** The laid-out items in date order: the order of the list and of arrow keys. */
  private _items: PlacedItem[] = [];
  private _canvas?: CanvasRenderingContext2D | null;

  private readonly _size = new ResizeController(this, () => this._plot);
  private readonly _hash = new HashController(this, () => {
    if (this.deepLink) this._followHash();
  });
  private readonly _zoom = new ZoomController(this, {
    filter: (event) => this._acceptGesture(event),
    onChange: (_t, gesture) => {
      if (!gesture) return;
      this._gesturing = true;
      this._scheduleRangeChange();
    },
    onGestureEnd: () => {
      this._gesturing = false;
      this._announceRange();
    },
  });
  /** A reader's gesture is under way: updates wait for the next frame (see scheduleUpdate). */
  private _gesturing = false;

  /** The element that receives gestures (rendered once, kept across reconnects). */
  private get _plot(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.plot') ?? undefined;
  }

  constructor() {
    super();
    this._source = { kind: 'none' };
    this._hint = '';
    this._announcement = '';
    this.deepLink = false;
  }

  // ── PUBLIC API ────────────────────────────────────────────────────────────

  /** Problems found in the current document and its events: `{ index, id?, field, message }`. */
  get issues(): readonly TimelineIssue[] {
    return [...this._extraIssues, ...this._doc.issues];
  }

  /** The visible window, as floating dates (read them with `getUTC*` or format with `timeZone: 'UTC'`). */
  get visibleRange(): TimeRange {
    const [start, end] = this._scale.domain();
    return { start, end };
  }

  /** Zooms in around the centre by a factor of 2. */
  zoomIn(): void {
    this._zoomBy(2, false);
  }

  /** Zooms out around the centre by a factor of 2. */
  zoomOut(): void {
    this._zoomBy(0.5, false);
  }

  /** Shows all events. */
  zoomToFit(): void {
    this._animate(zoomIdentity, false);
  }

  /** Shows the window from `start` to `end`: `Date`s (floating) or strings in the date grammar. */
  zoomTo(start: Date | string, end: Date | string): void {
    const t = this._transformFor(toMs(start, 'start'), toMs(end, 'end'));
    if (t) this._animate(t, false);
  }

  /** Brings the event with this id into view and moves keyboard focus to it (or to the cluster holding it). */
  async focusEvent(id: string): Promise<void> {
    await this._focusEvent(id, false);
  }

  // ── LIFECYCLE ─────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._source.kind === 'loading' && !this._fetch) this._startFetch(this._source.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._fetch?.abort();
    this._fetch = undefined;
    // Cleared timers must also be forgotten, or a reconnected element waits forever for them.
    clearTimeout(this._rangeTimer);
    clearTimeout(this._hintTimer);
    this._rangeTimer = undefined;
    this._hintTimer = undefined;
    this._hint = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    this._hadFocus = this.shadowRoot?.activeElement != null;
    if (changed.has('src') && this.events === undefined) this._startFetch(this.src);
    if (changed.has('events') || changed.has('_source') || changed.has('timeZone') || !this.hasUpdated) {
      this._parse();
    }
    const width = this._size.width;
    const height = this._size.height;
    const docChanged = this._loadedVersion !== this._docVersion;
    // A new document or a new start/end window resets the view; a resize keeps the visible dates.
    const reset = docChanged || changed.has('start') || changed.has('end');
    if (reset || this._size.changed) this._rescale(reset);
    this._scale = this._zoom.transform.rescaleX(this._base);
    // Not laid out yet (or in a hidden tab): draw nothing until the ResizeObserver gives a size.
    if (width <= 0 || height <= 0) {
      this._ticks = { unit: 'year', step: 1, minor: [], major: [] };
      this._layout = { items: [], lanes: [] };
      this._items = [];
      return;
    }
    const locale = this._locale();
    const measure = this._measurer();
    const rows = this._rows;
    this._ticks = computeTicks(this._scale, locale, { measure: this._measurer(0.857) });
    this._layout = layoutEvents(this._index, this._scale, this._lanes, {
      labelWidth: (e) => {
        const { before, after } = qualifierMarks(e, locale);
        return Math.min(LABEL_MAX_WIDTH, measure(before + e.title + after));
      },
      clusterWidth: (n) => measure(`+${n}`) * 0.857 + 12,
      // Measured in pieces that recur from frame to frame (a count, a date), not as a new string each time: merged
      // marks change on every zoom frame, and each new string costs a canvas measurement. 1 px covers kerning.
      clusterLabelWidth: (first, last, n, short) => {
        const span = this._clusterSpan(first, last, locale, short);
        if (span === undefined) return undefined;
        const dates = span.reduce((w, date, i) => w + measure(date) + (i > 0 ? measure(SPAN_JOINER) : 0), 0);
        return 1 + measure(`${messagesFor(locale).events(n)}, `) + dates;
      },
      height: Math.max(ROW_HEIGHT, height - AXIS_HEIGHT - 4),
      rowHeight: ROW_HEIGHT,
      markRadius: MARK_RADIUS,
      preferredRow: (e) => rows.get(e),
    });
    this._rows = new WeakMap();
    for (const item of this._layout.items) {
      if (item.kind === 'event') this._rows.set(item.event, item.row);
      else if (item.label) this._rows.set(item.first, item.row);
    }
    this._items = [...this._layout.items].sort((a, b) => itemStart(a) - itemStart(b) || a.y - b.y);
    // Clusters are keyed by their place in their lane, not by their members: while zooming, members change every
    // frame, and keys that follow them would make Lit remove and create the nodes each time.
    const ordinal = new Map<number, number>();
    for (const item of this._items) {
      if (item.kind !== 'cluster') continue;
      const n = ordinal.get(item.lane) ?? 0;
      ordinal.set(item.lane, n + 1);
      clusterKeys.set(item, `c:${item.lane}:${n}`);
    }
    this._followAnchor();
  }

  /** Moves the tab stop to the item now holding the anchor event, if the focused item no longer does. */
  private _followAnchor(): void {
    const anchor = this._anchor;
    if (!anchor) return;
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    // Focus was on the item that split or merged, or was parked on the plot when it scrolled away: put it back on
    // the item holding the event once rendered.
    const refocus = focused?.dataset.key !== undefined || (this._focusParked && focused === this._plot);
    const current = this._items.find((i) => keyOf(i) === this._activeKey);
    const next = current && holds(current, anchor) ? current : this._items.find((i) => holds(i, anchor));
    if (!next) return;
    this._activeKey = keyOf(next);
    if (refocus && focused?.dataset.key !== this._activeKey) this._refocus = true;
  }

  /**
   * During a gesture, wheel and touch events can arrive faster than frames (a trackpad sends 120 a second): render
   * once per frame, just before paint, instead of once per event.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this._gesturing && typeof requestAnimationFrame === 'function') {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    if (this._plot) this._zoom.attach(this._plot);
  }

  protected override updated(changed: PropertyValues): void {
    const loaded = this._loadedVersion !== this._docVersion && this._source.kind !== 'loading';
    if (loaded) {
      this._loadedVersion = this._docVersion;
      const issues = this.issues;
      this.dispatchEvent(new TimelineLoadEvent({ count: this._doc.events.length, issues }));
      if (issues.length > 0) {
        this.dispatchEvent(new TimelineErrorEvent({ message: issues[0].message, issues }));
      }
    }
    // A hash is followed once: a document replaced later (a live update) must not scroll the page back to it.
    if (this.deepLink && (changed.has('deepLink') || loaded) && this._hash.unseen) {
      this._followHash();
    }
    this._continueReveal();
    void this._applyPendingFocus();
    if (this._refocus) {
      this._refocus = false;
      if (this._activeKey) this._focusKey(this._activeKey);
    }
    // The focused event scrolled out of view and was removed: keep focus in the timeline, so keys and the wheel
    // still reach it.
    if (this._hadFocus && this.shadowRoot?.activeElement == null) {
      this._plot?.focus({ preventScroll: true });
      this._focusParked = true;
    }
  }

  // ── INPUT ─────────────────────────────────────────────────────────────────

  private _parse(): void {
    const input = this._input();
    const timeZone = this.timeZone ?? 'UTC';
    const doc = input === undefined ? EMPTY : parseDocument(input, { timeZone });
    this._extraIssues = [];
    if (!isValidTimeZone(timeZone)) {
      this._extraIssues.push({
        index: null,
        field: 'time-zone',
        message: `The time-zone attribute is "${timeZone}", which is not an IANA time zone name (such as "Europe/Paris"); using UTC.`,
      });
    }
    if (this._source.kind === 'loaded' && this._source.value instanceof Error) {
      this._extraIssues.push({ index: null, field: 'src', message: this._source.value.message });
    }
    this._doc = doc;
    this._lanes = laneNames(doc.events);
    this._index = createEventIndex(doc.events);
    // What the scale needs from the data, computed once per document rather than on every resize.
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let hasTimes = false;
    for (const e of doc.events) {
      if (e.start < min) min = e.start;
      if (e.end > max) max = e.end;
      if (e.date.precision !== 'year' && e.date.precision !== 'month' && e.date.precision !== 'day') hasTimes = true;
    }
    this._extent = { min, max, hasTimes };
    this._docVersion++;
  }

  /** First match wins: `events`, then `src`, then inline JSON, then list markup. */
  private _input(): unknown {
    if (this.events !== undefined) return this.events;
    if (this.src)
      return this._source.kind === 'loaded' && !(this._source.value instanceof Error) ? this._source.value : undefined;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return script.textContent ?? '';
    const list = this.querySelector(':scope > ol, :scope > ul');
    if (list) return readMarkup(list);
    return undefined;
  }

  private _startFetch(src: string | undefined): void {
    this._fetch?.abort();
    this._fetch = undefined;
    if (!src) {
      this._source = { kind: 'none' };
      return;
    }
    this._source = { kind: 'loading', src };
    if (!this.isConnected) return;
    const controller = new AbortController();
    this._fetch = controller;
    // Time limit (20 s), size limit (20 MB) and the messages: see data/load.ts.
    loadDocument(src, { signal: controller.signal })
      .catch((error: unknown) =>
        controller.signal.aborted
          ? null
          : error instanceof Error
            ? error
            : new Error(`Could not load the timeline from "${src}": ${String(error)}.`),
      )
      .then((value) => {
        if (value === null || this._fetch !== controller) return;
        this._fetch = undefined;
        this._source = { kind: 'loaded', src, value };
      });
  }

  // ── SCALES AND ZOOM ───────────────────────────────────────────────────────

  /** Rebuilds the base scale for the data and width; keeps the visible window unless `reset`. */
  private _rescale(reset: boolean): void {
    const width = Math.max(1, this._size.width);
    const { min, max, hasTimes } = this._extent;
    const previous = this._scale.domain().map(Number);
    this._base = createTimeScale(paddedDomain(min, max), [0, width]);
    const [d0, d1] = this._base.domain().map(Number);
    // Deepest zoom: an hour across the width, or a minute when the data has times.
    const floor = hasTimes ? 60_000 : HOUR;
    this._zoom.configure(width, Math.max(1, this._size.height), (d1 - d0) / floor);
    let window: [number, number] | null = null;
    if (reset) {
      const s = this.start ? parseDate(this.start) : null;
      const e = this.end ? parseDate(this.end) : null;
      // The host's window, unless it misses the data altogether (new data replaced what it was meant for).
      if (s?.ok || e?.ok) window = [s?.ok ? s.date.start : d0, e?.ok ? e.date.end : d1];
      if (window && (window[1] <= d0 || window[0] >= d1)) window = null;
    } else if (this._loadedVersion >= 0) {
      window = [previous[0], previous[1]];
    }
    this._zoom.set((window && this._transformFor(window[0], window[1])) || zoomIdentity);
  }

  private _transformFor(start: number, end: number): ZoomTransform | null {
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
    const x0 = this._base(start);
    const x1 = this._base(end);
    const [r0, r1] = this._base.range();
    const k = (r1 - r0) / (x1 - x0);
    return zoomIdentity.translate(r0 - x0 * k, 0).scale(k);
  }

  private _zoomBy(factor: number, gesture: boolean, centre?: number): void {
    const [r0, r1] = this._base.range();
    const t = this._zoom.goal;
    const x = centre ?? (r0 + r1) / 2;
    const k = t.k * factor;
    // Keep the time under x where it is.
    const next = zoomIdentity.translate(x - ((x - t.x) / t.k) * k, 0).scale(k);
    this._animate(next, gesture);
  }

  private _animate(t: ZoomTransform, gesture: boolean): void {
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this._zoom.animateTo(t, reduce ? 0 : 250, gesture);
  }

  /** Pans (keeping the zoom) so that the event's start is in the middle of the view, unless it is already in view. */
  private _revealEvent(event: TimelineEvent, gesture: boolean): void {
    const [v0, v1] = this._scale.domain().map(Number);
    if (event.end > v0 && event.start < v1) return;
    const span = v1 - v0;
    const centre = event.start;
    const t = this._transformFor(centre - span / 2, centre + span / 2);
    if (t) this._animate(t, gesture);
  }

  /** Plain wheel scrolls the page; ctrl/⌘ + wheel, a pinch, or a wheel over a focused timeline zooms. */
  private _acceptGesture(event: Event): boolean {
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      // A sideways trackpad swipe pans (and must not become the browser's history swipe).
      if (!wheel.ctrlKey && Math.abs(wheel.deltaX) > Math.abs(wheel.deltaY)) {
        wheel.preventDefault();
        const t = this._zoom.transform;
        this._zoom.set(zoomIdentity.translate(t.x - wheel.deltaX, 0).scale(t.k));
        this._scheduleRangeChange();
        return false;
      }
      if (wheel.ctrlKey || wheel.metaKey || this.matches(':focus-within')) return true;
      this._showHint();
      return false;
    }
    const mouse = event as MouseEvent;
    if (event.type === 'dblclick') {
      // Animated here rather than by d3 (which would need d3-transition): in around the pointer, out with shift.
      const box = this._plot?.getBoundingClientRect();
      this._zoomBy(mouse.shiftKey ? 0.5 : 2, true, box ? mouse.clientX - box.left : undefined);
      return false;
    }
    // As d3's default: no drag with a secondary button or ctrl held.
    return !mouse.button && !mouse.ctrlKey;
  }

  private _showHint(): void {
    const mac = /Mac|iP(hone|ad|od)/.test(globalThis.navigator?.platform ?? '');
    this._hint = this._messages().wheelHint(mac ? '⌘' : 'Ctrl');
    clearTimeout(this._hintTimer);
    this._hintTimer = setTimeout(() => {
      this._hint = '';
    }, 1500);
  }

  private _scheduleRangeChange(): void {
    if (this._rangeTimer !== undefined) return;
    this._rangeTimer = setTimeout(() => {
      this._rangeTimer = undefined;
      const { start, end } = this.visibleRange;
      this.dispatchEvent(new TimelineRangeChangeEvent({ start, end }));
    }, 100);
  }

  private _announceRange(): void {
    const [start, end] = this._zoom.transform.rescaleX(this._base).domain().map(Number);
    this._announcement = this._messages().visibleRange(formatSpan(start, end, this._locale()));
  }

  // ── TEXT ──────────────────────────────────────────────────────────────────

  private _locale(): string {
    if (this.locale) return this.locale;
    const lang = this.closest('[lang]')?.getAttribute('lang');
    return lang || globalThis.navigator?.language || 'en';
  }

  private _messages(): Messages {
    return messagesFor(this._locale());
  }

  /**
   * A text-width function for the element's font at `scale` × its size, px. Widths are cached per font and text,
   * so zoom frames measure only labels they have not seen.
   */
  private _measurer(scale = 1): (text: string) => number {
    // Reading the computed font forces a style recalculation of what the last frame changed: do it when idle, not
    // on every frame of a gesture (a theme change mid-gesture is picked up when the gesture ends).
    if (!this._gesturing || !this._font) {
      const style = getComputedStyle(this);
      this._font = {
        weight: style.fontWeight,
        size: Number.parseFloat(style.fontSize) || 14,
        family: style.fontFamily,
      };
    }
    const { weight, family } = this._font;
    const size = this._font.size * scale;
    const font = `${weight} ${size}px ${family}`;
    let cache = this._textWidths.get(font);
    if (!cache) {
      // A theme change makes the old font's widths useless.
      if (this._textWidths.size > 3) this._textWidths.clear();
      cache = new Map();
      this._textWidths.set(font, cache);
    }
    // Cluster labels change with every zoom frame: keep the cache from growing without bound over a long session.
    if (cache.size > 20_000) cache.clear();
    const widths = cache;
    if (this._canvas === undefined) this._canvas = document.createElement('canvas').getContext('2d');
    const ctx = this._canvas;
    return (text) => {
      let width = widths.get(text);
      if (width === undefined) {
        if (ctx) {
          ctx.font = font;
          width = ctx.measureText(text).width;
        } else {
          width = text.length * size * 0.6;
        }
        widths.set(text, width);
      }
      return width;
    };
  }

  /** Date labels are cached per locale: a new locale starts new caches. */
  private _labelsFor(locale: string): void {
    if (locale === this._dateLabelsLocale) return;
    this._dateLabels = new WeakMap();
    this._shortLabels = { year: new WeakMap(), bare: new WeakMap() };
    this._dateLabelsLocale = locale;
  }

  /**
   * An event's date as the reader hears and reads it (`startOnly`: just its start date), formatted once per event
   * and locale.
   */
  private _dateLabel(event: TimelineEvent, locale: string, startOnly = false): string {
    this._labelsFor(locale);
    const key = startOnly ? event.date : event;
    let label = this._dateLabels.get(key);
    if (label === undefined) {
      label = startOnly ? formatDate(event.date, locale) : formatEventDate(event, locale);
      this._dateLabels.set(key, label);
    }
    return label;
  }

  /**
   * The dates a cluster spans, as its first and last date ("27 septembre 2020", "1er octobre 2020"; one when they
   * read the same), from its members' cached labels: clusters change on every zoom frame, and Intl's range format
   * costs about 80 µs a call. They are joined with " – ". The short form ("27 sept.", "1er oct. 2020") is undefined
   * when it would read the same.
   */
  private _clusterSpan(first: TimelineEvent, last: TimelineEvent, locale: string, short = false): string[] | undefined {
    const a = this._dateLabel(first, locale, true);
    const b = this._dateLabel(last, locale, true);
    if (!short) return a === b ? [a] : [a, b];
    // The year is said once when both dates share it.
    const sameYear = new Date(first.date.start).getUTCFullYear() === new Date(last.date.start).getUTCFullYear();
    const sa = this._shortLabel(first.date, locale, !sameYear || a === b);
    if (a === b) return sa === a ? undefined : [sa];
    const sb = this._shortLabel(last.date, locale, true);
    return sa === a && sb === b ? undefined : [sa, sb];
  }

  private _shortLabel(date: TimelineDate, locale: string, year: boolean): string {
    this._labelsFor(locale);
    const cache = year ? this._shortLabels.year : this._shortLabels.bare;
    let label = cache.get(date);
    if (label === undefined) {
      label = shortDateLabel(date, locale, year);
      cache.set(date, label);
    }
    return label;
  }

  // ── INTERACTION ───────────────────────────────────────────────────────────
  // ── INTERACTION ───────────────────────────────────────────────────────────

  private _select(event: TimelineEvent): void {
    this.selected = event.id;
    if (this.deepLink) this._hash.write(event.id);
    this.dispatchEvent(new TimelineSelectEvent({ id: event.id, event }));
  }

  // ── DEEP LINKS ────────────────────────────────────────────────────────────

  /** The event named by the page's `#id`, when it is one of ours: select it, show it, scroll to the timeline. */
  private _followHash(): void {
    const id = this._hash.read();
    const event = id === undefined ? undefined : this._doc.events.find((e) => e.id === id);
    if (!event) return;
    this._hash.markSeen();
    this._openCluster = undefined;
    this._select(event);
    this._reveal = { event, steps: 0 };
    this.requestUpdate();
    // The browser looked for an element with this id in the page and found none: the timeline stands in for it.
    this.scrollIntoView?.({ block: 'nearest' });
  }

  /**
   * One step of showing a linked event, after each render: pan to it, then zoom into whatever cluster holds it,
   * until it has a mark of its own (or zooming cannot split it further).
   */
  private _continueReveal(): void {
    const reveal = this._reveal;
    if (!reveal || this._size.width <= 0) return;
    const { event } = reveal;
    const [v0, v1] = this._scale.domain().map(Number);
    let next: ZoomTransform | null = null;
    if (!(event.end > v0 && event.start < v1)) {
      next = this._transformFor(event.start - (v1 - v0) / 2, event.start + (v1 - v0) / 2);
    } else {
      const holder = this._layout.items.find((i) => holds(i, event));
      if (holder?.kind === 'cluster') next = this._clusterZoom(holder);
    }
    if (!next || ++reveal.steps > 16) {
      this._reveal = undefined;
      return;
    }
    this._zoom.animateTo(next, 0, false);
  }

  private _onItemClick(item: PlacedItem): void {
    this._activeKey = keyOf(item);
    if (item.kind === 'cluster') {
      this._zoomIntoCluster(item);
      return;
    }
    this._select(item.event);
  }

  /**
   * Zooms until the cluster's marks spread out: to the span of their start times with a margin, and at least 4×,
   * centred on them. A cluster of events that start together only splits into rows, so it zooms 4×.
   */
  private _zoomIntoCluster(item: PlacedCluster): void {
    const t = this._clusterZoom(item);
    // Events that start together, or a view already at the deepest zoom, never split: list them instead.
    if (!t) {
      this._openCluster = item.events;
      this._clusterKey = keyOf(item);
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.members button')?.focus());
      return;
    }
    this._animate(t, true);
    this._pendingFocus = item.first.id;
  }

  /** The view in which the cluster's marks spread out, or null when zooming cannot split it. */
  private _clusterZoom(item: PlacedCluster): ZoomTransform | null {
    // Members are in date order: the first and last starts bound them.
    const first = item.first.start;
    const last = item.last.start;
    const [v0, v1] = this._scale.domain().map(Number);
    const [, maxScale] = this._zoom.scaleExtent;
    if (first === last || this._zoom.transform.k >= maxScale * 0.999) return null;
    const span = Math.min((v1 - v0) / 4, Math.max((last - first) * 1.5, HOUR));
    const centre = (first + last) / 2;
    return this._transformFor(centre - span / 2, centre + span / 2);
  }

  /**
   * Keys handled on the plot only (never on the document): arrows move between events in date order (panning to
   * reveal them) or pan when the plot itself has focus; Home/End go to the first/last event; + and - zoom around
   * the focused event; 0 shows everything; Escape closes the detail panel.
   */
  private _onKeyDown(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const events = this._doc.events;
    const current = this._layout.items.find((i) => keyOf(i) === this._activeKey);
    const onItem = current !== undefined && this.shadowRoot?.activeElement !== this._plot;
    const [r0, r1] = this._base.range();
    const step = (r1 - r0) / 4;
    // Zoom around the focused event; in a cluster, around the member the reader moved to, so it stays in view.
    let focusX = onItem ? current?.x : undefined;
    if (onItem && current?.kind === 'cluster' && this._anchor && holds(current, this._anchor)) {
      focusX = Math.max(r0, Math.min(r1, this._scale(this._anchor.start)));
    }
    const move = (delta: 1 | -1) => {
      if (!onItem || !current) return this._pan(delta * step);
      const edge = current.kind === 'event' ? current.event : delta > 0 ? current.last : current.first;
      const next = events[events.indexOf(edge) + delta];
      if (next) void this._focusEvent(next.id, true);
    };
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        move(-1);
        break;
      case 'Home':
      case 'End':
        if (events.length) void this._focusEvent(events[e.key === 'Home' ? 0 : events.length - 1].id, true);
        break;
      case '+':
      case '=':
        this._zoomBy(2, true, focusX);
        break;
      case '-':
      case '_':
        this._zoomBy(0.5, true, focusX);
        break;
      case '0':
        this._animate(zoomIdentity, true);
        break;
      case 'Escape':
        if (!this.selected) return;
        this._closeDetail();
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  private _pan(dx: number): void {
    const t = this._zoom.goal;
    this._animate(zoomIdentity.translate(t.x - dx, 0).scale(t.k), true);
  }

  /** Reveals the event (panning, animated) and moves focus to it, or to the cluster that holds it. */
  private async _focusEvent(id: string, gesture: boolean): Promise<void> {
    const event = this._doc.events.find((e) => e.id === id);
    if (!event) return;
    this._revealEvent(event, gesture);
    this._pendingFocus = id;
    this.requestUpdate();
    await this.updateComplete;
    await this._applyPendingFocus();
  }

  private _focusKey(key: string): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  /** Focuses the item holding the event `focusEvent` asked for, once it is laid out. */
  private async _applyPendingFocus(): Promise<void> {
    const id = this._pendingFocus;
    if (!id) return;
    const target = this._doc.events.find((e) => e.id === id);
    const item = target && this._layout.items.find((i) => holds(i, target));
    if (!item) return;
    this._pendingFocus = undefined;
    this._anchor = target;
    const key = keyOf(item);
    // Only re-render when the tab stop moves; the button is already in the DOM either way.
    if (key !== this._activeKey) {
      this._activeKey = key;
      this.requestUpdate();
      await this.updateComplete;
    }
    this._focusKey(key);
  }

  private _closeDetail(): void {
    const id = this.selected;
    this.selected = undefined;
    if (this.deepLink && id && this._hash.names(id)) this._hash.write(undefined);
    if (id) this._pendingFocus = id;
    if (this._openCluster) {
      this._openCluster = undefined;
      const key = this._clusterKey;
      if (key) this.updateComplete.then(() => this._focusKey(key));
    }
  }

  // ── RENDERING ─────────────────────────────────────────────────────────────

  protected override render() {
    const m = this._messages();
    const locale = this._locale();
    const title = this.label ?? this._doc.title ?? m.timeline;
    const issues = this.issues;
    const selected = this.selected ? this._doc.events.find((e) => e.id === this.selected) : undefined;
    this._selectedEvent = selected;
    const width = this._size.width;
    const plotHeight = Math.max(0, this._size.height);
    const active = this._layout.items.some((i) => keyOf(i) === this._activeKey)
      ? this._activeKey
      : keyOf(this._items[0]);
    return html`
      <div class="base" part="base">
        <div class="header">
          <p class="title" part="title" id="title">${this._doc.title ?? ''}</p>
          <div class="controls" part="controls" role="group" aria-label=${title}>
            <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${() => this._zoomBy(0.5, true)}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>
            </button>
            <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${() => this._zoomBy(2, true)}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10M8 3v10" /></svg>
            </button>
            <button type="button" aria-label=${m.zoomToFit} title=${m.zoomToFit}
              @click=${() => this._animate(zoomIdentity, true)}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3" /></svg>
            </button>
          </div>
        </div>
        ${issues.length > 0 ? this._renderIssues(issues, m) : nothing}
        <div class="plot" tabindex="-1" @keydown=${this._onKeyDown}>
          ${this._renderGrid(plotHeight)}
          ${
            this._source.kind === 'loading'
              ? html`<p class="empty">${m.loading}</p>`
              : this._doc.events.length === 0
                ? html`<p class="empty">${m.empty}</p>`
                : nothing
          }
          ${this._renderLanes()}
          <ol class="events" aria-label=${`${title} (${m.events(this._doc.events.length)})`}>
            ${repeat(
              this._items,
              (item) => keyOf(item),
              (item) => this._renderItem(item, locale, m, keyOf(item) === active),
            )}
          </ol>
          ${this._renderAxis(width)}
          ${this._hint ? html`<div class="hint" aria-hidden="true">${this._hint}</div>` : nothing}
        </div>
        ${
          selected
            ? this._renderDetail(selected, locale, m)
            : this._openCluster
              ? this._renderClusterList(this._openCluster, locale, m)
              : nothing
        }
        <div class="sr-only" aria-live="polite">${this._announcement}</div>
      </div>
    `;
  }

  private _renderIssues(issues: readonly TimelineIssue[], m: Messages) {
    const shown = issues.slice(0, 20);
    return html`<div class="error" part="error" role="alert">
      <strong>${m.problems(issues.length)}</strong>
      <ul>
        ${shown.map((i) => html`<li>${i.message}</li>`)}
        ${issues.length > shown.length ? html`<li>… (+${issues.length - shown.length})</li>` : nothing}
      </ul>
    </div>`;
  }

  private _renderGrid(height: number) {
    return html`<svg class="grid" aria-hidden="true">
      ${this._ticks.minor.map((t) => svg`<line x1=${t.x} x2=${t.x} y1="0" y2=${height - AXIS_HEIGHT}></line>`)}
    </svg>`;
  }

  private _renderAxis(width: number) {
    return html`<svg class="axis" part="axis" aria-hidden="true">
      <line class="domain" x1="0" x2=${width} y1="0.5" y2="0.5"></line>
      ${this._ticks.minor.map(
        (t) => svg`<g class="tick" transform="translate(${t.x},0)">
          <line y2="6"></line>${t.label ? svg`<text part="tick" x=${TICK_LABEL_OFFSET} y="18">${t.label}</text>` : nothing}</g>`,
      )}
      <g class="major">
        ${this._ticks.major.map((t) => (t.label ? svg`<text part="tick tick--major" x=${t.x + TICK_LABEL_OFFSET} y="36">${t.label}</text>` : nothing))}
      </g>
    </svg>`;
  }

  private _renderLanes() {
    if (this._layout.lanes.length < 2 && this._layout.lanes[0]?.name === undefined) return nothing;
    return this._layout.lanes.map(
      (lane, i) => html`
        ${i > 0 ? html`<div class="lane-rule" .style=${`top:${lane.y}px`}></div>` : nothing}
        <div class="lane-name" part="lane" aria-hidden="true" .style=${`top:${lane.y + 3}px`}>${lane.name ?? ''}</div>
      `,
    );
  }

  // Inline styles go through the CSSOM (`.style=` property bindings), never style attributes, so a page whose
  // Content-Security-Policy forbids inline styles still lays the timeline out.
  private _renderItem(item: PlacedItem, locale: string, m: Messages, active: boolean) {
    const key = keyOf(item);
    const top = item.y - ROW_HEIGHT / 2;
    if (item.kind === 'cluster') return this._renderCluster(item, key, top, locale, m, active);
    const { event } = item;
    const date = this._dateLabel(event, locale);
    const isSelected = event.id === this.selected;
    const classes = [
      'item',
      event.isRange ? 'range' : 'point',
      event.date.approximate || event.endDate?.approximate ? 'approximate' : '',
      event.date.uncertain || event.endDate?.uncertain ? 'uncertain' : '',
      isSelected ? 'selected' : '',
    ].join(' ');
    const part = `event${event.isRange ? ' event--range' : ''}${isSelected ? ' event--selected' : ''}`;
    const marks = qualifierMarks(event, locale);
    const title = html`${marks.before ? html`<span class="qualifier" aria-hidden="true">${marks.before}</span>` : nothing}${event.title}${marks.after ? html`<span class="qualifier" aria-hidden="true">${marks.after}</span>` : nothing}`;
    // Ranges: the bar is drawn apart from the button so a short era's title can run past its end.
    const decoration = event.isRange
      ? html`<span class="bar" part="range" aria-hidden="true" .style=${`width:${Math.max(2, item.x2 - item.x)}px`}></span>`
      : html`${item.band ? this._renderBand(item) : nothing}<span class="mark" aria-hidden="true"></span>`;
    const style = event.isRange
      ? `left:${item.left - item.x}px;width:${item.right - item.left}px;padding-left:${item.labelX - item.left}px`
      : pointButtonStyle(item.labelBefore);
    return html`<li class=${classes} .style=${`transform:translate(${item.x}px,${top}px)`}>
      ${decoration}
      <button type="button" part=${part} data-key=${key} tabindex=${active ? 0 : -1}
        aria-pressed=${isSelected ? 'true' : 'false'} .style=${style}
        aria-label=${/* starts with the visible text (WCAG 2.5.3), then the full date and the lane */ `${marks.before}${event.title}${marks.after}, ${date}${event.group ? `, ${event.group}` : ''}`}
        @click=${() => this._onItemClick(item)}
        @focus=${() => {
          this._activeKey = key;
          this._anchor = event;
          this._focusParked = false;
        }}>
        ${
          // An inline style on every label would cost a style recalculation per label per zoom frame: only cut
          // labels (too wide for the view) get one.
          item.labelMax === undefined
            ? html`<span class="label" part="label">${title}</span>`
            : html`<span class="label" part="label" .style=${`max-width:${item.labelMax}px`}>${title}</span>`
        }
      </button>
    </li>`;
  }

  private _renderBand(item: PlacedEvent) {
    const band = item.band!;
    return html`<span class="band" aria-hidden="true" .style=${`width:${band.x2 - band.x}px`}></span>`;
  }

  private _renderCluster(item: PlacedCluster, key: string, top: number, locale: string, m: Messages, active: boolean) {
    const { first, last, label } = item;
    // Named from its members' own (cached) date labels: clusters change on every zoom frame. A short label is also
    // the name's start, so the name contains what is seen (WCAG 2.5.3).
    const full = this._clusterSpan(first, last, locale) ?? [];
    const span = (label?.short ? (this._clusterSpan(first, last, locale, true) ?? full) : full).join(SPAN_JOINER);
    const selected = this._selectedEvent !== undefined && holds(item, this._selectedEvent);
    const state = selected ? ' has-selected' : '';
    const button = (style: string, content: unknown) =>
      html`<button type="button" part=${selected ? 'cluster cluster--selected' : 'cluster'} data-key=${key}
        tabindex=${active ? 0 : -1}
        aria-label=${m.cluster(item.count, span)} .style=${style}
        @click=${() => this._onItemClick(item)}
        @focus=${() => {
          this._activeKey = key;
          if (!this._anchor || !holds(item, this._anchor)) this._anchor = item.first;
          this._focusParked = false;
        }}>${content}</button>`;
    // Marks too close to tell apart, with room for a label: a mark ringed to say "several", and how many and when.
    if (label) {
      const text = `${m.events(item.count)}, ${span}`;
      return html`<li class=${`item point merged${state}`} .style=${`transform:translate(${item.x}px,${top}px)`}>
        <span class="mark" aria-hidden="true"></span>
        ${button(pointButtonStyle(label.before), html`<span class="label">${text}</span>`)}
      </li>`;
    }
    return html`<li class=${`item cluster${state}`} .style=${`transform:translate(${item.x}px,${top}px)`}>
      ${button(item.before ? `left:auto;right:${-MARK_RADIUS}px` : '', `+${item.count}`)}
    </li>`;
  }

  /** An opened cluster: its events as buttons that select them (the first 100; zoom in for the rest). */
  private _renderClusterList(events: readonly TimelineEvent[], locale: string, m: Messages) {
    const shown = events.slice(0, 100);
    return html`<section class="detail" part="detail" role="region" aria-labelledby="detail-title"
      @keydown=${this._onPanelKey}>
      <button type="button" class="close" aria-label=${m.close} title=${m.close} @click=${() => this._closeDetail()}>×</button>
      <h2 id="detail-title">${m.events(events.length)}</h2>
      <ul class="members">
        ${shown.map(
          (e) =>
            html`<li><button type="button" @click=${() => {
              this._openCluster = undefined;
              this._select(e);
            }}>${e.title}</button> <time>${this._dateLabel(e, locale)}</time></li>`,
        )}
        ${events.length > shown.length ? html`<li>… (+${events.length - shown.length})</li>` : nothing}
      </ul>
    </section>`;
  }

  private readonly _onPanelKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    this._closeDetail();
  };

  private _renderDetail(event: TimelineEvent, locale: string, m: Messages) {
    const url = event.url;
    return html`<section class="detail" part="detail" role="region" aria-labelledby="detail-title"
      @keydown=${this._onPanelKey}>
      <button type="button" class="close" aria-label=${m.close} title=${m.close} @click=${() => this._closeDetail()}>×</button>
      <h2 id="detail-title">${event.title}</h2>
      <p><time datetime=${event.date.text.replace(/[~?%]$/, '')}>${this._dateLabel(event, locale)}</time>${
        event.group ? html` · <span class="group">${event.group}</span>` : nothing
      }</p>
      ${event.description ? html`<p>${event.description}</p>` : nothing}
      ${url ? html`<p><a href=${url} target="_blank" rel="noopener noreferrer">${m.link}</a></p>` : nothing}
    </section>`;
  }
}

const clusterKeys = new WeakMap<PlacedItem, string>();

/** The key of an item in the rendered list and for roving focus. */
function keyOf(item: PlacedItem): string;
function keyOf(item: PlacedItem | undefined): string | undefined;
function keyOf(item: PlacedItem | undefined): string | undefined {
  if (!item) return undefined;
  return item.kind === 'event' ? `e:${item.event.id}` : (clusterKeys.get(item) ?? `c:${item.first.id}`);
}

/** Whether the item is the event, or a cluster that holds it. */
function holds(item: PlacedItem, event: TimelineEvent): boolean {
  if (item.kind === 'event') return item.event === event;
  return item.first.start <= event.start && event.start <= item.last.start && item.events.includes(event);
}

function itemStart(item: PlacedItem): number {
  return item.kind === 'event' ? item.event.start : item.start;
}

function toMs(value: Date | string, edge: 'start' | 'end'): number {
  if (value instanceof Date) return value.getTime();
  const parsed = parseDate(value);
  return parsed.ok ? (edge === 'start' ? parsed.date.start : parsed.date.end) : Number.NaN;
}

/** The button of a point covers its mark and its label, on whichever side the layout put the label. */
function pointButtonStyle(before: boolean): string {
  const edge = MARK_RADIUS + 2;
  // The layout leaves MARK_RADIUS + 4 px between the mark's centre and the label. Anchored at the mark on its side,
  // so a cut label shown whole (hover, focus) grows away from the mark.
  const pad = MARK_RADIUS + 4 + edge;
  return before ? `right:${-edge}px;padding-right:${pad}px` : `left:${-edge}px;padding-left:${pad}px`;
}
