/**
 * The story chunk (`event-timeline.story.js` in the bundle): what the first paint does not need. The detail panel
 * with its image, the cluster list, the story walk (Previous/Next, the position), autoplay, the legend, the
 * categories' colours and filter, the issue list and the deep link. `SelectionController` loads it the first time one of them is needed, and prefetches it
 * when the browser is idle.
 */
import { html, nothing } from 'lit';
import { CategoryFilter } from '../controllers/category-filter.js';
import { HashController } from '../controllers/hash-controller.js';
import type { SelectionController } from '../controllers/selection-controller.js';
import { TimelineFilterChangeEvent } from '../events.js';
import type { LabelService } from '../labels.js';
import { type EventIndex, holds, type PlacedItem } from '../layout/events.js';
import type { TimelineCategory, TimelineEvent, TimelineIssue } from '../timeline.types.js';
import { Autoplay } from './autoplay.js';
import type { CategoryMark } from './context.js';
import { numberFormat, type PanelActions, renderPanel, renderPlay, type WalkView } from './detail.js';
import { renderIssues } from './issues.js';
import { keyOf } from './keys.js';
import { PALETTE } from './palette.js';
import { storyStyles } from './story.styles.js';

/** What the story needs from the selection: the panel's actions, the walk, and the legend's toggles. */
export interface StoryActions extends PanelActions {
  /** Autoplay's step: the next event; false at the end. */
  readonly advance: () => boolean;
  readonly togglePlay: () => void;
  readonly toggleCategory: (name: string) => void;
}

export interface AutoplayState {
  readonly playing: boolean;
  readonly seconds: number;
  /** Held while the reader points at the timeline. */
  readonly held: boolean;
}

/** The most steps (pans and zooms) taken to give a walked-to event a mark of its own. */
const MAX_STEPS = 12;

/**
 * The categories' marks. The part is `event--category-<name>` with every run of characters that are not letters,
 * digits, `_` or `-` made one `-`: a name can never add another part.
 */
function categoryMarks(categories: readonly { name: string }[] | undefined): Map<string, CategoryMark> {
  return new Map(
    (categories ?? []).map((c, index) => [
      c.name,
      { index, part: `event--category-${c.name.replace(/[^\p{L}\p{N}_-]+/gu, '-')}` },
    ]),
  );
}

/** Adds the chunk's styles to the element's shadow root (constructed style sheets: allowed by a strict CSP). */
function adopt(root: HTMLElement | DocumentFragment): void {
  const sheet = storyStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/** The colour of each category, in order: the declared one, else the palette's next (light and dark). */
function categoryColors(categories: readonly TimelineCategory[]): string[] {
  let next = 0;
  return categories.map((c) => {
    if (c.color) return c.color;
    const [light, dark] = PALETTE[next++ % PALETTE.length];
    return `light-dark(${light}, ${dark})`;
  });
}

/**
 * Sets each category's colour on the drawing as a custom property of our own (`--_c0`, `--_c1`…) that items of
 * that category use. Through `setProperty`: a value is one property value, never a style sheet, and it already
 * passed `CSS.supports('color', value)`.
 */
function paint(base: HTMLElement | null, categories: readonly TimelineCategory[] | undefined): void {
  if (!base || !categories) return;
  categoryColors(categories).forEach((color, i) => {
    base.style.setProperty(`--_c${i}`, color);
  });
}

/**
 * The toolbar above the plot: the legend (a toggle per category, pressed while shown, with its swatch, label and
 * count) and, with `autoplay`, Play/Pause.
 */
function renderLegend(
  categories: readonly TimelineCategory[] | undefined,
  hidden: readonly string[],
  labels: LabelService,
  actions: StoryActions,
  autoplay: AutoplayState | undefined,
) {
  if (!categories && !autoplay) return nothing;
  const numbers = numberFormat(labels.locale);
  const walk: WalkView = { position: undefined, autoplay, togglePlay: actions.togglePlay };
  return html`<div class="toolbar">
    ${autoplay ? renderPlay(labels, walk) : nothing}
    ${
      categories
        ? html`<div class="legend" part="legend" role="group" aria-label=${labels.messages.categories}>
        ${categories.map(
          (c, i) => html`<button type="button" aria-pressed=${hidden.includes(c.name) ? 'false' : 'true'}
            .style=${`--_category:var(--_c${i})`} @click=${() => actions.toggleCategory(c.name)}>
            <span class="swatch" aria-hidden="true"></span><span dir="auto">${c.label}</span>
            <span class="count">${numbers.format(c.count)}</span>
          </button>`,
        )}
      </div>`
        : nothing
    }
  </div>`;
}

/**
 * The story chunk's side of `SelectionController`: the detail panel, the walk through the visible events in date
 * order (Previous/Next and the position), autoplay, the legend and its toggles, and the categories' colours.
 */
export class Story {
  /** The members of a cluster the reader opened (zooming cannot split them), listed in the detail panel. */
  openCluster: readonly TimelineEvent[] | undefined;
  /** The item of the cluster list that was opened, to return focus to when it closes. */
  #clusterKey: string | undefined;
  readonly #filter = new CategoryFilter();
  readonly #selection: SelectionController;
  #autoplay: Autoplay | undefined;
  #categories: readonly TimelineCategory[] | undefined;
  #painted: readonly TimelineCategory[] | undefined;
  #marks: [readonly TimelineCategory[] | undefined, Map<string, CategoryMark>] = [undefined, new Map()];
  /** An event walked to, being brought into view step by step after each render. */
  #reveal: { event: TimelineEvent; steps: number } | undefined;
  /** The deep link (`deep-link`): it selects, and the selection writes it. */
  readonly hash: HashController;

  constructor(selection: SelectionController) {
    this.#selection = selection;
    const { host, actions } = selection;
    adopt(host.renderRoot);
    this.hash = new HashController(host, {
      enabled: () => host.deepLink,
      find: actions.find,
      select: (event) => selection.select(event),
      step: (event) => this.#step(event),
      ready: actions.ready,
    });
    this.hash.followNew();
  }

  /** The categories' colour indices and parts, once per document. */
  marks(categories: readonly TimelineCategory[] | undefined): Map<string, CategoryMark> {
    if (this.#marks[0] !== categories) this.#marks = [categories, categoryMarks(categories)];
    return this.#marks[1];
  }

  /** After each render: autoplay follows its attribute, the colours their categories. */
  updated(): void {
    const host = this.#selection.host;
    if (host.autoplay && !this.#autoplay) this.#autoplay = new Autoplay(host, this.#actions);
    this.#autoplay?.update(host.autoplay);
    if (this.#painted !== this.#categories) {
      this.#painted = this.#categories;
      paint(host.renderRoot.querySelector<HTMLElement>('.base'), this.#categories);
    }
    const reveal = this.#reveal;
    if (!reveal || !this.#selection.actions.ready()) return;
    if (++reveal.steps > MAX_STEPS || !this.#step(reveal.event)) this.#reveal = undefined;
  }

  /** Pans to the event, then zooms into whatever cluster holds it, until it has a mark of its own; false when it has. */
  #step(event: TimelineEvent): boolean {
    const { zoom, layout } = this.#selection.actions;
    const holder = layout().find((i) => holds(i, event));
    // Members are in date order: the first and last starts bound them.
    const next =
      zoom.showing(event.start, event.end) ??
      (holder?.kind === 'cluster' ? zoom.spreading(holder.first.start, holder.last.start) : null);
    if (next) zoom.animateTo(next, 0, false);
    return next !== null;
  }

  /** The visible events (the hidden categories left out) and their index. */
  visible(events: readonly TimelineEvent[], index: EventIndex, hidden: readonly string[]) {
    return this.#filter.view(events, index, hidden);
  }

  /** Lists a cluster's events in the panel, and moves focus to the first. */
  list(item: PlacedItem & { kind: 'cluster' }): void {
    const host = this.#selection.host;
    this.openCluster = item.events;
    this.#clusterKey = keyOf(item);
    host.requestUpdate();
    host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.members button')?.focus());
  }

  /** Closes the cluster list, if open, and gives focus back to the cluster. */
  closeList(): void {
    if (!this.openCluster) return;
    const host = this.#selection.host;
    this.openCluster = undefined;
    host.requestUpdate();
    const key = this.#clusterKey;
    if (key) host.updateComplete.then(() => this.#selection.actions.focus.focusKey(key));
  }

  /** Stops autoplay: the reader took over. */
  stop(): void {
    this.#autoplay?.stop();
  }

  /** Selects the event `by` places from the selected one among the visible events; false past either end. */
  walk(by: number): boolean {
    const events = this.#selection.actions.events();
    const at = events.findIndex((e) => e.id === this.#selection.host.selected);
    const next = events[at < 0 ? (by > 0 ? 0 : events.length - 1) : at + by];
    if (!next) return false;
    this.#selection.select(next);
    this.#reveal = { event: next, steps: 0 };
    return true;
  }

  /** Shows or hides a category's events, as the reader toggled it in the legend. */
  #toggle(name: string): void {
    const host = this.#selection.host;
    const was = host.hiddenCategories;
    const hidden = was.includes(name) ? was.filter((c) => c !== name) : [...was, name];
    host.hiddenCategories = hidden;
    host.dispatchEvent(new TimelineFilterChangeEvent({ hiddenCategories: hidden }));
  }

  readonly #actions: StoryActions = {
    close: () => this.#selection.close(),
    onKeyDown: (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.#selection.close();
    },
    choose: (event) => this.#selection.select(event),
    previous: () => {
      this.stop();
      this.walk(-1);
    },
    next: () => {
      this.stop();
      this.walk(1);
    },
    advance: () => this.walk(1),
    togglePlay: () => this.#autoplay?.toggle(),
    toggleCategory: (name) => this.#toggle(name),
  };

  /** The panel (the selected event's details and walk, or an opened cluster's list), the toolbar and the issues. */
  render(
    selected: TimelineEvent | undefined,
    categories: readonly TimelineCategory[] | undefined,
    issues: readonly TimelineIssue[],
    labels: LabelService,
  ) {
    this.#categories = categories;
    const events = this.#selection.actions.events();
    const index = selected ? events.indexOf(selected) : -1;
    const autoplay = this.#autoplay?.state;
    const walk: WalkView = {
      position: index < 0 ? undefined : { index: index + 1, count: events.length },
      autoplay,
      togglePlay: this.#actions.togglePlay,
    };
    const hidden = this.#selection.host.hiddenCategories;
    return {
      panel: renderPanel(selected, this.openCluster, labels, this.#actions, walk),
      legend: renderLegend(categories, hidden, labels, this.#actions, autoplay),
      issues: renderIssues(issues, labels.messages),
    };
  }
}
