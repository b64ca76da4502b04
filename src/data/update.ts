/**
 * Live updates that only add events at the end (a live blog: the same array, or a copy of it, with new events
 * after the old ones): only the new events are read, checked and merged into the sorted events and the index,
 * instead of reading the whole document again. The `event-timeline.update.js` chunk, loaded with the first
 * document that follows another in one element.
 */
import { type EventIndex, type Extent, extentOf, laneNames } from '../layout/event-index.js';
import { addToIndex, byDate, upperBound } from '../layout/index-update.js';
import type { ParseResult, TimelineEvent, TimelineIssue } from '../timeline.types.js';
import { idsOf, registerIds } from './find.js';
import { IdTable } from './ids.js';
import { memoFor } from './memo.js';
import { installMemo, type ParseOptions, parseDocument } from './parse.js';
import { eventList } from './values.js';

// From now on, parseDocument remembers the objects it reads, so that later updates reuse their events.
installMemo(memoFor);

/** What the element keeps of a document: the parse, its index, lanes and extent. */
export interface Indexed {
  readonly doc: ParseResult;
  readonly index: EventIndex;
  readonly lanes: (string | undefined)[];
  readonly extent: Extent;
}

/**
 * `input` as an update of `shown` (parsed from `previous`), when it only adds events at the end: the new parse,
 * index, lanes and extent, made from the old ones and the new events alone. Undefined otherwise.
 */
export function appendTo(
  previous: unknown,
  shown: Indexed,
  input: unknown,
  options?: ParseOptions,
): Indexed | undefined {
  // The parse's own table of ids, which goes on to the new document (the old one is not shown again).
  let ids = idsOf(shown.doc.events);
  if (!ids) {
    ids = new IdTable<TimelineEvent>(shown.doc.events.length);
    for (const e of shown.doc.events) ids.claim(e.id, e);
  }
  const doc = parseAppended(previous, shown.doc, ids, input, options);
  if (!doc) return undefined;
  for (const e of doc.added) ids.claim(e.id, e);
  registerIds(doc.events, ids);
  const known = doc.added.every((e) => shown.lanes.includes(e.group));
  return {
    doc,
    index: addToIndex(shown.index, doc.events, doc.added),
    lanes: known ? shown.lanes : laneNames(doc.events),
    extent: extentOf(doc.added, shown.extent),
  };
}

/** Two sorted lists as one: a few new events are inserted where they go, many are merged in one pass. */
export function merge(old: readonly TimelineEvent[], added: readonly TimelineEvent[]): TimelineEvent[] {
  if (added.length <= 16) {
    const out = old.slice();
    for (const e of added) out.splice(upperBound(out, e), 0, e);
    return out;
  }
  const out: TimelineEvent[] = new Array(old.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < old.length && j < added.length) out[k++] = byDate(old[i], added[j]) <= 0 ? old[i++] : added[j++];
  while (i < old.length) out[k++] = old[i++];
  while (j < added.length) out[k++] = added[j++];
  return out;
}

/**
 * `input` parsed, when it is `previous` (a value `parseDocument` gave `result` for) with events added at the end:
 * the same event objects in the same places (`===`), then new ones. Reads only the new ones; the result is what
 * `parseDocument(input, options)` gives, and `added` lists the new events. `ids` knows every id of `result`.
 * Undefined when `input` is not such an update, or when a new event's id (given or default)
 * meets an old one: `parseDocument` then decides who keeps it.
 */
export function parseAppended(
  previous: unknown,
  result: ParseResult,
  ids: { has(id: string): boolean },
  input: unknown,
  options: ParseOptions = {},
): (ParseResult & { added: readonly TimelineEvent[] }) | undefined {
  const before = eventList(previous);
  const after = eventList(input);
  if (!before || !after || after.length <= before.length || result.issues.some((i) => i.field === 'document')) {
    return undefined;
  }
  try {
    for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return undefined;
  } catch {
    return undefined;
  }
  const tail = parseDocument(input, { ...options, from: before.length, previous });
  if (tail.issues.some((i) => i.field === 'document')) return undefined;
  if (tail.events.some((e) => ids.has(e.id))) return undefined;
  const events = merge(result.events, tail.events);
  // Issues in input order: the document's (the new title's), then the old events', then the new ones'.
  const issues: TimelineIssue[] = [
    ...tail.issues.filter((i) => i.index === null),
    ...result.issues.filter((i) => i.index !== null),
    ...tail.issues.filter((i) => i.index !== null),
  ];
  return tail.title === undefined
    ? { events, issues, added: tail.events }
    : { title: tail.title, events, issues, added: tail.events };
}
