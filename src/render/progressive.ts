import type { PlacedItem } from '../layout/events.js';
import { keyOf } from './keys.js';

/**
 * While the view moves, the items a frame draws: every item already drawn in the last frame (keys in `drawn`),
 * and at most `cap` of the others, spread evenly through the list, plus those that `must` be drawn (the focused,
 * the pointed, the selected, callouts). The layout of the whole frame has no overlaps, so neither has any part of it.
 *
 * Drawing a label new to the view costs its nodes, their styles, its text's shaping and painting: a zoom frame at
 * 100,000 events brings 30 to 40 of them, and two frames' time. Drawn six at a time, the labels fill in over
 * the next frames while the view keeps moving at the screen's rate, as a map draws its place names.
 *
 * @returns the items to draw, in list order, and how many were left for a later frame
 */
export function progressive(
  items: readonly PlacedItem[],
  drawn: ReadonlySet<string>,
  cap: number,
  must: (item: PlacedItem) => boolean,
): { items: readonly PlacedItem[]; deferred: number } {
  const fresh = items.filter((item) => !drawn.has(keyOf(item)) && !must(item));
  if (fresh.length <= cap) return { items, deferred: 0 };
  // The ones left out: all fresh items but `cap` of them, taken at even steps through the list.
  const left = new Set(fresh);
  for (let k = 0; k < cap; k++) left.delete(fresh[Math.floor(((k + 0.5) * fresh.length) / cap)]);
  return { items: items.filter((item) => !left.has(item)), deferred: left.size };
}
