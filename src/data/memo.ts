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
import type { Candidate } from './parse.js';
import { own } from './values.js';

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

/**
 * What the last parse made of `raw` at `index` in `zone`: the candidate for its event (null: it was rejected),
 * around the event it gave, and its issues.
 */
export function recall(
  raw: unknown,
  index: number,
  zone: string,
): { candidate: Candidate | null; issues: readonly TimelineIssue[] } | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const hit = seenIn(zone).get(raw);
  const record = hit && 'issues' in hit ? hit : hit && { index: hit.index, event: hit, issues: NO_ISSUES };
  if (!record || record.index !== index) return undefined;
  const { event, issues } = record;
  if (!event) return { candidate: null, issues };
  const rawId = own(raw, 'id');
  const givenId = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
  return { candidate: { index, givenId, fields: event, issues, reused: event }, issues };
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
