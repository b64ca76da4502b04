import type { TimelineEvent } from '../timeline.types.js';

// The last lookup per events array. Every frame asks for the selected event; a scan of 100,000 events cost about
// 6 ms of each zoom frame. Arrays are never changed in place (an update makes a new one); the length is checked
// all the same, so an array that grew is searched again.
const last = new WeakMap<readonly TimelineEvent[], { id: string; length: number; event: TimelineEvent | undefined }>();

/** The event of `events` with id `id` (the first, as `find` would), or undefined; O(1) when asked again. */
export function eventById(events: readonly TimelineEvent[], id: string | null | undefined): TimelineEvent | undefined {
  if (!id) return undefined;
  // A parsed document knows its ids.
  const table = idsOf(events);
  if (table) return table.get(id);
  const hit = last.get(events);
  if (hit && hit.id === id && hit.length === events.length) return hit.event;
  const event = events.find((e) => e.id === id);
  last.set(events, { id, length: events.length, event });
  return event;
}

/** The ids of a document, each with its event (or the draft of it, while parsing). */
export interface Ids<V> {
  readonly size: number;
  has(id: string): boolean;
  get(id: string): V | undefined;
  /** Replaces the value of a taken id. */
  set(id: string, value: V): void;
  /** Gives `id` to `value`, unless it is taken: then returns the value that has it. */
  claim(id: string, value: V): V | undefined;
}

/** {@link Ids} in a Map: for the documents read without the live chunk (its `IdTable` is for big ones). */
export function mapIds<V>(): Ids<V> {
  const map = new Map<string, V>();
  return Object.assign(map, {
    claim(id: string, value: V) {
      const had = map.get(id);
      if (had === undefined) map.set(id, value);
      return had;
    },
  });
}

/** The ids of each parsed events array: the event holding each id. */
const tables = new WeakMap<readonly TimelineEvent[], Ids<TimelineEvent>>();

/** Records `ids` as the ids of `events` (every event's id, and no other). */
export function registerIds(events: readonly TimelineEvent[], ids: Ids<TimelineEvent>): void {
  tables.set(events, ids);
}

/** The ids of `events`, when its parse recorded them and they are still exactly its events' ids. */
export function idsOf(events: readonly TimelineEvent[]): Ids<TimelineEvent> | undefined {
  const ids = tables.get(events);
  return ids && ids.size === events.length ? ids : undefined;
}
