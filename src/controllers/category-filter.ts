import { createEventIndex, type EventIndex } from '../layout/events.js';
import type { TimelineEvent } from '../timeline.types.js';

/**
 * The events the reader sees when some categories are hidden (`hiddenCategories`): an index built from the visible
 * events only, with the same `createEventIndex` as the whole document's, so the layout, the arrow-key order and the
 * story walk all follow. Rebuilt only when the document or the hidden array changes.
 */
export class CategoryFilter {
  #for: readonly unknown[] = [];
  #view!: { events: readonly TimelineEvent[]; index: EventIndex };

  /** The visible events and their index; the document's own when nothing is hidden. */
  view(events: readonly TimelineEvent[], index: EventIndex, hidden: readonly string[]) {
    if (hidden.length === 0) return { events, index };
    if (this.#for[0] !== events || this.#for[1] !== hidden) {
      const shown = events.filter((e) => !hidden.includes(e.category as string));
      this.#view = { events: shown, index: createEventIndex(shown) };
      this.#for = [events, hidden];
    }
    return this.#view;
  }
}
