/**
 * What `parseDocument` made of each input event object, so that a live update (the host sets `events` to the
 * same objects plus a few) parses only the objects it has not seen. A seen object gives back the very
 * `TimelineEvent` of the last parse, which keeps every cache keyed by it (labels, rows), and its issues.
 *
 * Objects are taken as immutable, as Lit takes properties: to change an event, replace its object. An object
 * counts as seen only at the same index (messages and default ids name it) and in the same time zone. Eras still
 * going (`1994/..`) end at the present, so they are always parsed again.
 *
 * Memory: one WeakMap entry per object, pointing at the event that exists anyway; only objects with issues keep
 * a record of their own.
 */
import type { TimelineEvent, TimelineIssue } from '../timeline.types.js';

/** An object that gave issues: where it was, its event (or none) and its issues. */
interface Record {
  readonly index: number;
  readonly event: TimelineEvent | null;
  readonly issues: readonly TimelineIssue[];
}

const NO_ISSUES: readonly TimelineIssue[] = [];

/** The memo of the last time zone parsed in (a document is read in one). */
let memo = { zone: '', seen: new WeakMap<object, TimelineEvent | Record>() };

function seenIn(zone: string): WeakMap<object, TimelineEvent | Record> {
  if (memo.zone !== zone) memo = { zone, seen: new WeakMap() };
  return memo.seen;
}

/** What the last parse made of `raw` at `index` in `zone`: its event (null: rejected) and issues. */
export function recall(
  raw: unknown,
  index: number,
  zone: string,
): { event: TimelineEvent | null; issues: readonly TimelineIssue[] } | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const hit = seenIn(zone).get(raw);
  if (hit === undefined) return undefined;
  if ('issues' in hit) return hit.index === index ? hit : undefined;
  return hit.index === index ? { event: hit, issues: NO_ISSUES } : undefined;
}

/** Remembers what `raw` at `index` gave; an era ending at the present (`ongoing`) is not remembered. */
export function remember(
  raw: unknown,
  index: number,
  zone: string,
  event: TimelineEvent | null,
  issues: readonly TimelineIssue[],
): void {
  if (raw === null || typeof raw !== 'object' || event?.openEnd === 'ongoing') return;
  seenIn(zone).set(raw, issues.length === 0 && event ? event : { index, event, issues });
}

/** Date order: by start, then end, then input order. */
const byDate = (a: TimelineEvent, b: TimelineEvent) => a.start - b.start || a.end - b.end || a.index - b.index;

/** The last events sorted, for the next live update (weakly: a document that is gone is not kept for this). */
let lastSorted: WeakRef<readonly TimelineEvent[]> | undefined;

/**
 * `events` in date order. The `reused` ones (parsed before, same id and index) keep the order they had in the
 * last sorted output, so a live update sorts only what is new and merges it in: O(n + k log k), not O(n log n).
 */
export function sortEvents(events: TimelineEvent[], reused: ReadonlySet<TimelineEvent>): TimelineEvent[] {
  const last = reused.size > 0 ? lastSorted?.deref() : undefined;
  let out: TimelineEvent[] | undefined;
  if (last) {
    const old: TimelineEvent[] = [];
    for (const e of last) if (reused.has(e)) old.push(e);
    // Every reused event must come from that output; else (another document was parsed since) sort it all.
    if (old.length === reused.size) {
      const fresh = events.filter((e) => !reused.has(e)).sort(byDate);
      out = new Array(events.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < old.length && j < fresh.length) out[k++] = byDate(old[i], fresh[j]) <= 0 ? old[i++] : fresh[j++];
      while (i < old.length) out[k++] = old[i++];
      while (j < fresh.length) out[k++] = fresh[j++];
    }
  }
  out ??= events.sort(byDate);
  lastSorted = typeof WeakRef === 'function' ? new WeakRef(out) : undefined;
  return out;
}
