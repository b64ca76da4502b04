import { type ZoomTransform, zoomIdentity } from 'd3-zoom';
import { html, LitElement, type PropertyValues } from 'lit';
import { FocusController } from './controllers/focus-controller.js';
import { GestureController } from './controllers/gesture-controller.js';
import { OrientationController, type OrientationSetting } from './controllers/orientation-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { drawnItems, SourceController } from './controllers/source-controller.js';
import { toMs, ZoomController } from './controllers/zoom-controller.js';
import { eventById } from './data/find.js';
import { formatSpan } from './data/format.js';
import { buildFrame, contentSize, EMPTY_FRAME, FIT_MAX, FIT_MIN, type Frame } from './frame.js';
import type { MessageOverrides } from './i18n.js';
import { fontOf, type LabelFont, type LabelService, labelsFor } from './labels.js';
import { createEventIndex } from './layout/events.js';
import { projection } from './layout/projection.js';
import { type FrameContext, ROW_SIZE } from './render/context.js';
import { renderControls } from './render/controls.js';
import { keyOf } from './render/keys.js';
import { renderPlot } from './render/plot.js';
import { renderProgress } from './render/progress.js';
import { styles } from './timeline.styles.js';
import type { TimelineEventInput, TimelineIssue, TimeRange } from './timeline.types.js';

/** No events, until the story chunk filters them (see `#visible`). */
const NONE = { events: [], index: createEventIndex([]) };
/**
 * From this width (px) a horizontal timeline's detail panel opens beside the plot rather than over it (story.styles.ts):
 * the plot keeps 60 % of it, wider than VERTICAL_BELOW, so it stays horizontal.
 */
const WIDE = 1000;

/**
 * Draws dated events from simple JSON on a zoomable, time-proportional axis.
 *
 * @summary A zoomable, accessible timeline of dated events.
 * @tag event-timeline
 *
 * @fires {TimelineSelectEvent} timeline-select - The reader selected an event (`detail: { id, event }`), or cleared
 *   the selection by closing the details (`detail: { id: null, event: null }`). Not fired when the host sets `selected`.
 * @fires {TimelineRangeChangeEvent} timeline-rangechange - The reader zoomed or panned. `detail: { start, end }`.
 * @fires {TimelineLoadEvent} timeline-load - A document (or an update) was parsed and painted. `detail: { count, issues }`.
 * @fires {TimelineErrorEvent} timeline-error - The document or some events were rejected. `detail: { message, issues }`.
 * @fires {TimelineFilterChangeEvent} timeline-filterchange - The reader showed or hid a category with the legend.
 *   `detail: { hiddenCategories }`.
 *
 * @slot - Optional input: an inline `<script type="application/json">` document, or an `<ol>`/`<ul>` of `<li>` with
 *   `<time datetime>` (shown as is without JavaScript).
 *
 * @csspart base - The whole drawing; also `base--vertical` while time runs down the page.
 * @csspart title - The document title.
 * @csspart controls - The zoom buttons.
 * @csspart axis - The time axis.
 * @csspart tick - A tick label on the axis.
 * @csspart lane - A lane title.
 * @csspart event - An event (point or range). State modifiers: `event--selected`, `event--range`, `event--open-end`.
 * @csspart label - An event's label.
 * @csspart range - A range's bar.
 * @csspart cluster - A mark standing for several events: "+N" for those that do not fit, or a ringed mark with a
 *   count and span for marks too close to tell apart. State modifier: `cluster--selected` when it holds the
 *   selected event.
 * @csspart detail - The panel with the selected event's details.
 * @csspart media - The image's `<figure>` in the detail panel; `media-credit`: its credit.
 * @csspart walk - The story walk in the detail panel: Previous, the `position` ("3 / 5"), Next.
 * @csspart play - Autoplay's Play/Pause button, above the plot.
 * @csspart legend - One toggle button per category (pressed while its events are shown). Each categorised event
 *   also gets the part `event--category-<name>` (non-alphanumeric runs made `-`), for themes.
 * @csspart error - The list of problems in the data.
 *
 * @cssprop [--timeline-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--timeline-font-size=0.875rem] - Base text size.
 * @cssprop [--timeline-height=auto] - Height of the element; by default as tall as its rows need (3 to 14 rows),
 *   or vertical `min(80vh, what the events need)`.
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
    messages: { attribute: false },
    orientation: { type: String, reflect: true },
    autoplay: { type: Number },
    hiddenCategories: { attribute: false },
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
  /** Id of the selected event (`null` or `undefined`: none). Setting it selects without firing `timeline-select`. */
  declare selected: string | null | undefined;
  /** Accessible name of the timeline; defaults to the document title. */
  declare label: string | undefined;
  /**
   * Ties the selection to the page URL. A `#id` naming one of the events, when the page loads or its hash changes,
   * selects that event, zooms until it has a mark of its own and scrolls the timeline into view; the reader's
   * selection writes `#id` (replacing the history entry, so Back still leaves the page). Off by default.
   */
  declare deepLink: boolean;
  /**
   * The page's strings by tag or language (`{ hy: { zoomIn: 'Մեծացնել' }, 'fr-CA': { … } }`), over ours key by key
   * (the tag, then its language, then English; see `MessageCatalog`). Set a new object to change them.
   */
  declare messages: MessageOverrides | undefined;
  /** `auto` (default): vertical below 560 px wide, re-evaluated on resize; `horizontal`, `vertical`: forced. */
  declare orientation: OrientationSetting | undefined;
  /**
   * Seconds per event: plays the story walk from `selected` (or the first event) with a Play/Pause button. Stops on
   * the reader's focus or any interaction, holds while pointed at, never runs under `prefers-reduced-motion`.
   */
  declare autoplay: number | undefined;
  /** The categories whose events are hidden (the legend's toggles). Set an array to change them. */
  declare hiddenCategories: readonly string[];
  declare private _announcement: string;

  #frame: Frame = EMPTY_FRAME;
  #labels?: LabelService;
  #font?: LabelFont;

  #panelLeft = false;
  #length = 0; // The time axis the view was framed for, px (vertical: the height).
  readonly #source = new SourceController(this);
  readonly #orientation = new OrientationController(this, () => this.#source.lanes);
  readonly #size = new ResizeController(this, () => this.#plot, FIT_MIN, this);
  readonly #gestures = new GestureController(this, {
    plot: () => this.#plot,
    hint: (modifier) => this.#labelService().messages.wheelHint(modifier),
    zoom: (factor, t) => this.#animate(this.#zoom.zoomedBy(factor, t), true),
    range: () => this.visibleRange,
    vertical: () => this.#orientation.vertical,
  });
  readonly #zoom = new ZoomController(this, {
    filter: this.#gestures.filter,
    onChange: (_t, gesture) => this.#gestures.changed(gesture),
    onGestureEnd: () => {
      this.#gestures.ended();
      this.#announceRange();
    },
  });
  readonly #focus = new FocusController(this, {
    events: () => this.#visible.events,
    items: () => this.#frame.items,
    plot: () => this.#plot,
    view: () => {
      const [t0, t1] = this.#zoom.base.range();
      return { t0, t1, at: this.#zoom.scale, mirrored: this.#zoom.mirrored };
    },
    pan: (dt) => this.#animate(this.#zoom.pannedBy(dt), true),
    zoom: (factor, t) => this.#animate(this.#zoom.zoomedBy(factor, t), true),
    showAll: () => this.#animate(zoomIdentity, true),
    reveal: (event, gesture) => {
      const pan = this.#zoom.showing(event.start, event.end);
      if (pan) this.#animate(pan, gesture);
    },
    close: () => {
      if (!this.selected) return false;
      this.#selection.close();
      return true;
    },
  });
  readonly #selection = new SelectionController(this, {
    events: () => this.#visible.events,
    find: (id) => eventById(this.#source.doc.events, id),
    focus: this.#focus,
    spread: (item) => {
      const t = this.#zoom.spreading(item.first.start, item.last.start);
      if (t) this.#animate(t, true);
      return t !== null;
    },
    zoom: this.#zoom,
    layout: () => this.#frame.layout.items,
    ready: () => this.#size.width > 0,
  });

  /**
   * The events shown: the document's, less the hidden categories (filtered by the story chunk; none until it is
   * there, rather than a flash of the hidden ones), and their index.
   */
  get #visible() {
    const { doc, index } = this.#source;
    const hidden = this.hiddenCategories;
    return (
      this.#selection.story?.visible(doc.events, index, hidden) ??
      (hidden.length ? NONE : { events: doc.events, index })
    );
  }

  /** The element that receives gestures (rendered once, kept across reconnects). */
  get #plot(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.plot') ?? undefined;
  }

  constructor() {
    super();
    this.#gestures.bind(this.#zoom);
    this._announcement = '';
    this.deepLink = false;
    this.hiddenCategories = [];
  }

  // ── PUBLIC API ────────────────────────────────────────────────────────────

  /** Problems found in the current document and its events: `{ index, id?, field, message }`. */
  get issues(): readonly TimelineIssue[] {
    return this.#source.issues;
  }

  /** The visible window, as floating dates (read them with `getUTC*` or format with `timeZone: 'UTC'`). */
  get visibleRange(): TimeRange {
    const [start, end] = this.#zoom.scale.domain();
    return { start, end };
  }

  /** Zooms in around the centre by a factor of 2. */
  zoomIn(): void {
    this.#animate(this.#zoom.zoomedBy(2), false);
  }

  /** Zooms out around the centre by a factor of 2. */
  zoomOut(): void {
    this.#animate(this.#zoom.zoomedBy(0.5), false);
  }

  /** Shows all events. */
  zoomToFit(): void {
    this.#animate(zoomIdentity, false);
  }

  /** Shows the window from `start` to `end`: `Date`s (floating) or strings in the date grammar. */
  zoomTo(start: Date | string, end: Date | string): void {
    const t = this.#zoom.transformFor(toMs(start, 'start'), toMs(end, 'end'));
    if (t) this.#animate(t, false);
  }

  /** Brings the event with this id into view and moves keyboard focus to it (or to the cluster holding it). */
  async focusEvent(id: string): Promise<void> {
    await this.#focus.focusEvent(id);
  }

  // ── LIFECYCLE ─────────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues): void {
    this.#source.sync(changed, !this.hasUpdated);
    const { width, height } = this.#size;
    const { turned, vertical, rtl, length, start, breadth } = this.#orientation.axis(this.orientation, width, height);
    // A new document or start/end window resets the view (the first width: none to keep); a new width, axis length,
    // orientation or direction keeps the visible dates (horizontal, a new height is no new length: the view stays).
    // A live update (a document sharing ids with the one shown) keeps the view too, taking in its new extent.
    const reset = this.#source.fresh || changed.has('start') || changed.has('end');
    if (reset || turned || this.#source.changed || this.#size.widthChanged || length !== this.#length) {
      const keep = !reset && this.#source.announced >= 0;
      const window: [number, number] = [toMs(this.start ?? '', 'start'), toMs(this.end ?? '', 'end')];
      const across = vertical ? width : height;
      // Vertical time runs down whatever the direction: only the horizontal axis is mirrored for d3-zoom.
      this.#zoom.mirrored = rtl && !vertical;
      this.#zoom.reframe(this.#source.extent, length, across, keep ? undefined : window, vertical ? 'y' : 'x', start);
      this.#length = length;
    }
    // A live update keeps an opened cluster list, with the members' new objects.
    const story = this.#selection.story;
    if (this.#source.changed && story?.openCluster) story.openCluster = this.#source.current(story.openCluster);
    // Not laid out yet (or in a hidden tab): draw nothing until the ResizeObserver gives a size.
    if (width <= 0 || height <= 0) {
      this.#frame = EMPTY_FRAME;
      return;
    }
    const labels = this.#labelService();
    // Content decides the height unless the page set one; mid-gesture the rows stay as they are, so the page does
    // not move under the reader (the frame after the gesture grows the element if it needs more rows).
    const fit = this.#size.fitting && !this.#gestures.active;
    // Reading the computed font forces a style recalculation of what the last frame changed: do it when idle, not
    // on every frame of a gesture (a theme change mid-gesture is picked up when the gesture ends).
    if (!this.#gestures.active || !this.#font) this.#font = fontOf(this);
    this.#frame = buildFrame(
      this.#visible.index,
      this.#source.lanes,
      this.#zoom.scale,
      vertical ? breadth : fit ? FIT_MAX : height,
      labels,
      this.#font,
      this.#frame,
      vertical,
    );
    // At full extent the element fits afresh (it may shrink back after a zoom that needed more rows).
    const size = () => (vertical ? this.#orientation.height(this.#source.doc.events.length) : contentSize(this.#frame));
    if (fit) this.#size.fitContent(size(), reset || turned || this.#zoom.transform.k === 1);
    this.#focus.follow(this.#frame.items);
  }

  /** Mid-gesture, once per frame rather than once per input event (see `GestureController.nextFrame`). */
  protected override async scheduleUpdate(): Promise<void> {
    const frame = this.#gestures.nextFrame();
    if (frame) await frame;
    super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    if (this.#plot) this.#zoom.attach(this.#plot);
  }

  protected override updated(changed: PropertyValues): void {
    const loaded = this.#source.announce(this.#size.width > 0 && this.#size.height > 0);
    // A hash is followed once: a document replaced later (a live update) must not scroll the page back to it.
    if (changed.has('deepLink') || loaded) this.#selection.story?.hash.followNew();
  }

  // ── VIEW ──────────────────────────────────────────────────────────────────

  #animate(t: ZoomTransform, gesture: boolean): void {
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this.#zoom.animateTo(t, reduce ? 0 : 250, gesture);
  }

  #announceRange(): void {
    const [start, end] = this.#zoom.window;
    const labels = this.#labelService();
    this._announcement = labels.messages.visibleRange(formatSpan(start, end, labels.locale));
  }

  /** The labels of the reader's language (`locale`, else the nearest `lang`, else the browser's) and `messages`. */
  #labelService(): LabelService {
    this.#labels = labelsFor(this, this.#labels);
    return this.#labels;
  }

  /** The timeline's keys work wherever focus is inside it, the zoom buttons included; the detail panel has its own. */
  readonly #onKeyDown = (e: KeyboardEvent) => {
    if (!e.composedPath().some((n) => (n as Element).classList?.contains('detail'))) this.#focus.onKeyDown(e);
  };

  // ── RENDERING ─────────────────────────────────────────────────────────────

  protected override render() {
    const labels = this.#labelService();
    const m = labels.messages;
    const { doc } = this.#source;
    const title = this.label ?? doc.title ?? m.timeline;
    const selected = eventById(doc.events, this.selected);
    const { items, ticks, layout, vertical } = this.#frame;
    const ctx: FrameContext = {
      labels,
      projection: projection(vertical ? 'vertical' : 'horizontal', this.#orientation.mirror(this.#size.width)),
      rowSize: vertical?.rowSize ?? ROW_SIZE,
      tags: vertical?.tags,
      activeKey: this.#focus.active(items),
      selected,
      categories: this.#selection.story?.marks(doc.categories),
      onActivate: (item) => this.#selection.activate(item),
      onFocus: (item) => this.#focus.focused(item),
      onPoint: (item) => this.#focus.point(item),
    };
    const pointed = items.find((i) => keyOf(i) === this.#focus.pointedKey);
    // While the reader zooms or pans, labels new to the view come a few a frame (see `drawItems`).
    const drawn = drawnItems(this, items, this.#gestures.active, ctx, pointed);
    this.#selection.need(doc.categories, this.issues.length);
    const { panel, legend, issues } = this.#selection.render(selected, doc.categories, this.issues, labels);
    // Horizontal, the panel keeps clear of the selected mark: on the left while the mark is in the right part of the
    // plot (with some give, so that zooming does not make it jump from side to side).
    const mark = selected && items.find((i) => i.kind === 'event' && i.event === selected);
    const x = mark ? ctx.projection.point(mark.t, 0).x / this.#size.width : 0.5;
    this.#panelLeft = x > 0.6 || (this.#panelLeft && x >= 0.4);
    return html`
      <div class=${this.#orientation.vertical ? 'base vertical' : `base${this.#panelLeft ? ' panel-left' : ''}${this.#size.outerWidth >= WIDE ? ' wide' : ''}`}
        part=${this.#orientation.vertical ? 'base base--vertical' : 'base'} @keydown=${this.#onKeyDown}>
        <div class="header"><p class="title" part="title" id="title" dir="auto">${doc.title ?? ''}</p></div>
        ${legend}${issues}
        ${renderProgress(this.#source.progress, m)}
        <div class="stage" .style=${`--_basis:${this.#size.basis}px`}>
        <div class="plot" tabindex="-1">
          ${renderPlot({
            ticks,
            layout,
            items: drawn,
            ctx,
            width: this.#size.width,
            height: this.#size.height,
            start: this.#orientation.start,
            pointed,
            font: this.#font,
            empty: doc.events.length > 0 ? undefined : this.#source.loading ? m.loading : m.empty,
            listLabel: `${title} (${m.events(doc.events.length)})`,
            hint: this.#gestures.hint,
          })}
        </div>
        ${/* In the stage, below the header; in the tab order right after the events. */ panel}
        </div>
        ${
          // After the events in the tab order (the events are what a reader comes for), drawn at the top corner.
          renderControls({
            messages: m,
            label: title,
            zoomOut: () => this.#animate(this.#zoom.zoomedBy(0.5), true),
            zoomIn: () => this.#animate(this.#zoom.zoomedBy(2), true),
            showAll: () => this.#animate(zoomIdentity, true),
          })
        }
        <div class="sr-only" aria-live="polite">${this._announcement}</div>
      </div>
    `;
  }
}
