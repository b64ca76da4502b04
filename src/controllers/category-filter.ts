import { createEventIndex, type EventIndex } from '../layout/events.js';
import type { TimelineEvent } from '../timeline.types.js';

/**
 * The events the reader sees when some categories are hidden (`hiddenCategories`): an index built from the visible
 * events only, with the same `createEventIndex` as the whole document's, so the layout, the arrow-key order and the
 * story walk all follow. Rebuilt only when the document or the hidden set changes.
 */
export class CategoryFilter {
  #key: unknown[] = [];
  #view: { events: readonly TimelineEvent[]; index: EventIndex } | undefined;

  /** The visible events and their index; the document's own when nothing is hidden. */
  view(
    events: readonly TimelineEvent[],
    index: EventIndex,
    hidden: readonly string[],
  ): { events: readonly TimelineEvent[]; index: EventIndex } {
    if (hidden.length === 0) return { events, index };
    const key = [events, ...hidden];
    if (!this.#view || key.length !== this.#key.length || key.some((k, i) => k !== this.#key[i])) {
      const shown = events.filter((e) => e.category === undefined || !hidden.includes(e.category));
      this.#view = { events: shown, index: createEventIndex(shown) };
      this.#key = key;
    }
    return this.#view;
  }
}
