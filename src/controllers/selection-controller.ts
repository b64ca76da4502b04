import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TimelineSelectEvent } from '../events.js';
import type { LabelService } from '../labels.js';
import type { PlacedItem } from '../layout/events.js';
import { keyOf } from '../render/keys.js';
import type { Story } from '../render/story.js';
import type { TimelineCategory, TimelineEvent, TimelineIssue } from '../timeline.types.js';
import type { FocusController } from './focus-controller.js';
import { whenIdle } from './idle.js';
import type { ZoomController } from './zoom-controller.js';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null | undefined;
  hiddenCategories: readonly string[];
  deepLink: boolean;
  autoplay: number | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface SelectionActions {
  /** The visible events (hidden categories left out), in date order: the story walk's order. */
  events(): readonly TimelineEvent[];
  /** The document's event with this id (the deep link's). */
  find(id: string): TimelineEvent | undefined;
  /** The roving focus: the item with the tab stop, an event to focus once laid out, an item to focus now. */
  readonly focus: Pick<FocusController, 'activeKey' | 'pending' | 'focusKey'>;
  /** Zooms into a cluster until it splits; false when it cannot (same start, or the deepest zoom). */
  spread(item: PlacedItem & { kind: 'cluster' }): boolean;
  /** The view, and this frame's laid-out items (what holds an event): the story chunk steps them to an event. */
  readonly zoom: ZoomController;
  layout(): readonly PlacedItem[];
  /** The view has a size to take steps in. */
  ready(): boolean;
}

/**
 * What the reader selects: the selected event (fires `timeline-select`) and a cluster opened as a list. The detail
 * panel, the story walk, autoplay, the legend and the deep link (`HashController`) are the story chunk (`src/render/story.ts`), loaded the first time
 * one is needed and prefetched when the browser is idle; until it is there the selection is kept, and the panel
 * shows when it arrives.
 */
export class SelectionController implements ReactiveController {
  /** The story chunk's part of the selection, once loaded. */
  story: Story | undefined;
  #loading: Promise<Story> | undefined;
  #cancelIdle: (() => void) | undefined;

  readonly host: SelectionHost;
  readonly actions: SelectionActions;

  constructor(host: SelectionHost, actions: SelectionActions) {
    this.host = host;
    this.actions = actions;
    host.addController(this);
  }

  /** Loads the story chunk (once) and draws again when it is there. */
  load(): Promise<Story> {
    this.#loading ??= import('../render/story.js').then(({ Story }) => {
      this.story = new Story(this);
      this.host.requestUpdate();
      return this.story;
    });
    return this.#loading;
  }

  /** Runs `f` with the story chunk: now when it is there, else once it has arrived. */
  #withStory(f: (story: Story) => unknown): void {
    if (this.story) f(this.story);
    else void this.load().then(f);
  }

  hostConnected(): void {
    // Prefetched when the browser is idle after the first paint, so the first click finds it there (again after a
    // reconnection: `load` loads once).
    this.#cancelIdle = whenIdle(() => void this.load());
  }

  hostDisconnected(): void {
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
    this.story?.stop();
  }

  hostUpdated(): void {
    this.story?.updated();
  }

  /**
   * Loads the chunk when something on screen needs it: a selection, issues to list, categories (or hidden ones),
   * autoplay, a deep link.
   */
  need(categories: readonly TimelineCategory[] | undefined, issues: number): void {
    const host = this.host;
    const hidden = host.hiddenCategories.length;
    if (!this.story && (host.selected || issues || categories || hidden || host.autoplay || host.deepLink)) {
      void this.load();
    }
  }

  /** Selects the event as the reader did (fires `timeline-select`). */
  select(event: TimelineEvent): void {
    const host = this.host;
    if (this.story) this.story.openCluster = undefined;
    host.selected = event.id;
    if (host.deepLink) this.#withStory((story) => story.hash.write(event.id));
    host.dispatchEvent(new TimelineSelectEvent({ id: event.id, event }));
  }

  /** An item was activated: an event is selected; a cluster is zoomed into until it splits, or listed. */
  activate(item: PlacedItem): void {
    this.story?.stop();
    const { focus } = this.actions;
    focus.activeKey = keyOf(item);
    if (item.kind === 'event') this.select(item.event);
    else if (this.actions.spread(item)) focus.pending = item.first.id;
    // Events that start together, or a view already at the deepest zoom, never split: the story lists them.
    else this.#withStory((story) => story.list(item));
  }

  /** Closes the detail or the cluster list, and gives focus back to what opened it. */
  close(): void {
    const host = this.host;
    this.story?.stop();
    const id = host.selected;
    host.selected = undefined;
    if (host.deepLink && id) this.#withStory(({ hash }) => hash.names(id) && hash.write(undefined));
    if (id) this.actions.focus.pending = id;
    if (id) host.dispatchEvent(new TimelineSelectEvent({ id: null, event: null })); // the reader deselected
    this.story?.closeList();
  }

  /** The detail panel (or the cluster list), the toolbar and the issues, once the chunk is there; nothing until then. */
  render(
    selected: TimelineEvent | undefined,
    categories: readonly TimelineCategory[] | undefined,
    issues: readonly TimelineIssue[],
    labels: LabelService,
  ) {
    return this.story?.render(selected, categories, issues, labels) ?? ({} as Partial<ReturnType<Story['render']>>);
  }
}
