/**
 * What `parseDocument` made of each input event object, so that a live update (the host sets `events` to the
 * same objects with a few changed) parses only the objects it has not seen. A seen object gives back the very
 * `TimelineEvent` of the last parse, which keeps every cache keyed by it (labels, rows), and its issues.
 *
 * Objects are taken as immutable, as Lit takes properties: to change an event, replace its object. An object
 * counts as seen only at the same index of the document it updates (`previous`: messages and default ids name it
 * by its index) and in the same time zone. Eras still going (`1994/..`) end at the present, so they are always
 * parsed again.
 *
 * Memory: per document, one array slot per object, pointing at the event that exists anyway (which points at its
 * object); only objects with issues keep a record of their own. No entry per object in a WeakMap: a million
 * entries cost the garbage collector more than reading the events did.
 */
import type { TimelineEvent, TimelineIssue } from '../timeline.types.js';
import { eventList, own } from './values.js';

/** An object that gave issues: the object, its event (or none) and its issues. */
interface Record {
  readonly raw: object;
  readonly event: TimelineEvent | null;
  readonly issues: readonly TimelineIssue[];
}

/** What one parse made of its list: by index, the event or the record. */
interface Parsed {
  readonly zone: string;
  readonly at: (TimelineEvent | Record | undefined)[];
}

const NO_ISSUES: readonly TimelineIssue[] = [];

/** Each list parsed (while the list lives), and in which zone. */
const parsedLists = new WeakMap<readonly unknown[], Parsed>();

/** The memo of one parse: what it can reuse of `previous`'s parse, and what it remembers of its own. */
export interface Memo {
  /**
   * What the last parse made of `raw` at `index`: its event (null: it was rejected), the id written in it, and its
   * issues.
   */
  recall(
    raw: unknown,
    index: number,
  ): { event: TimelineEvent | null; givenId: string | undefined; issues: readonly TimelineIssue[] } | undefined;
  /** Remembers what `raw` at `index` gave; an era ending at the present (`ongoing`) is not remembered. */
  remember(raw: unknown, index: number, event: TimelineEvent | null, issues: readonly TimelineIssue[]): void;
}

/**
 * The memo of a parse of `list` in `zone` from index `from`, updating the document parsed from `previous` (a
 * document value, or undefined for a new document: nothing is reused).
 */
export function memoFor(list: readonly unknown[], zone: string, previous: unknown, from = 0): Memo {
  const before = previous === undefined ? undefined : eventList(previous);
  const last = before && parsedLists.get(before);
  const seen = last?.zone === zone ? last.at : undefined;
  // A parse of the events after `from` only (an append: the ones before are the previous document's) carries what
  // the previous parse made of those, so that a later edit still reuses them (recall checks each object).
  const at: Parsed['at'] = seen && from > 0 ? seen.slice(0, from) : new Array(list.length);
  parsedLists.set(list, { zone, at });
  return {
    recall(raw, index) {
      const hit = seen?.[index];
      if (hit === undefined || raw === null || typeof raw !== 'object') return undefined;
      const record = 'issues' in hit ? hit : { raw: hit.source, event: hit, issues: NO_ISSUES };
      if (record.raw !== raw) return undefined;
      at[index] = hit;
      const rawId = own(raw, 'id');
      const givenId = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
      return { event: record.event, givenId, issues: record.issues };
    },
    remember(raw, index, event, issues) {
      if (raw === null || typeof raw !== 'object' || event?.openEnd === 'ongoing') return;
      at[index] = issues.length === 0 && event ? event : { raw, event, issues };
    },
  };
}
