import type { ReactiveControllerHost } from 'lit';
import { holds, type PlacedItem } from '../layout/events.js';
import { keyOf } from '../render/keys.js';
import { progressive } from '../render/progressive.js';
import type { TimelineEvent } from '../timeline.types.js';

/** While the view moves, at most this many items new to it are drawn per frame (see `progressive`). */
export const NEW_PER_FRAME = 6;

/** What is drawn whatever the moment (with the item pointed at): the item with the tab stop, the selected event's. */
export interface Keep {
  readonly activeKey: string | undefined;
  readonly selected: TimelineEvent | undefined;
}

/** Per element: the keys its last frame drew, and the frame it asked for to draw what it left out. */
const state = new WeakMap<ReactiveControllerHost, { drawn: Set<string>; frame: number }>();

/**
 * Which of a frame's items an element draws: all of them, except while the reader zooms or pans (`moving`), when
 * labels new to the view come in `NEW_PER_FRAME` at a time (callouts, whose leader lines join them, come whole).
 * It remembers what the last frame drew, and asks for another frame while some are left out, so that the view is
 * whole a few frames after it stops, or sooner.
 *
 * In the live chunk (src/live.ts), which every document big enough to need it loads: a frame over a few
 * hundred events brings few labels new to the view, and the bundle has no bytes to spare. Until it is loaded,
 * elements draw every item (`drawnItems` in the source controller).
 */
export function drawItems(
  host: ReactiveControllerHost,
  items: readonly PlacedItem[],
  moving: boolean,
  keep: Keep,
  pointed?: PlacedItem,
): readonly PlacedItem[] {
  let s = state.get(host);
  if (!s) {
    s = { drawn: new Set(), frame: 0 };
    state.set(host, s);
  }
  const { items: out, deferred } = moving
    ? progressive(
        items,
        s.drawn,
        NEW_PER_FRAME,
        (item) =>
          item === pointed ||
          keyOf(item) === keep.activeKey ||
          (item.kind === 'event' && item.callout !== undefined) ||
          (keep.selected !== undefined && holds(item, keep.selected)),
      )
    : { items, deferred: 0 };
  s.drawn = new Set(out.map((item) => keyOf(item)));
  if (deferred > 0 && !s.frame) {
    const own = s;
    own.frame = requestAnimationFrame(() => {
      own.frame = 0;
      host.requestUpdate();
    });
  }
  return out;
}
