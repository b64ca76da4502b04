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
 * Keys the clusters of a frame (in date order) by their place in their lane, not by their members: while zooming,
 * members change every frame, and keys that follow them would make Lit remove and create the nodes each time.
 */
export function keyClusters(items: readonly PlacedItem[]): void {
  const ordinal = new Map<number, number>();
  for (const item of items) {
    if (item.kind !== 'cluster') continue;
    const n = ordinal.get(item.lane) ?? 0;
    ordinal.set(item.lane, n + 1);
    clusterKeys.set(item, `c:${item.lane}:${n}`);
  }
}
