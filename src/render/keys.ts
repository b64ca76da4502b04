import type { PlacedItem } from '../layout/events.js';

const clusterKeys = new WeakMap<PlacedItem, string>();

/** The key of an item in the rendered list and for roving focus. */
export function keyOf(item: PlacedItem): string;
export function keyOf(item: PlacedItem | undefined): string | undefined;
export function keyOf(item: PlacedItem | undefined): string | undefined {
  if (!item) return undefined;
  return item.kind === 'event' ? `e:${item.event.id}` : (clusterKeys.get(item) ?? `c:${item.first.id}`);
}

/**
 * Keys the clusters of a frame (in date order) by their place among the frame's clusters, not by their members:
 * while zooming, members change every frame, and keys that follow them would make Lit remove and create the nodes
 * each time. Counted across lanes, not in each lane: clusters of different lanes change places in date order as
 * their members change, and keys per lane would make Lit move those nodes (about 40 a frame at 100,000 events);
 * the n-th cluster's node is updated in place instead.
 */
export function keyClusters(items: readonly PlacedItem[]): void {
  let n = 0;
  for (const item of items) if (item.kind === 'cluster') clusterKeys.set(item, `c:${n++}`);
}
