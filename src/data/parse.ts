/**
 * Validation of the JSON input (DESIGN.md §2): turns whatever the host gave into sorted events and a list of
 * issues. Never throws; one bad event never hides the good ones.
 */
import type { ParseResult, TimelineCategory, TimelineEvent, TimelineIssue } from '../timeline.types.js';
import { categoryList, type DeclaredCategory, parseCategories } from './categories.js';
import { ACCEPTED_DATE_FORMS, parseDate, parseInterval, wallClock } from './dates.js';
import { type Ids, mapIds, registerIds } from './find.js';
import { describeJsonError, errorMessage } from './json-error.js';
import { parseMedia } from './media.js';
import type { memoFor } from './memo.js';
import type { sortEvents } from './sort.js';
import { describeValue, isBlank, isSafeUrl, optionalString, own, truncate } from './values.js';

export { describeJsonError } from './json-error.js';
export { describeValue, isSafeUrl } from './values.js';

/** Options of {@link parseDocument}. */
export interface ParseOptions {
  /** IANA time zone for date-times written with an offset; default `UTC`. See `parseDate`. */
  timeZone?: string;
  /**
   * The present moment (epoch ms), where ongoing eras (`1994/..`, `end: ".."`) end; default `Date.now()` at parse
   * time. Placed at its wall-clock time in `timeZone`, like any instant.
   */
  now?: number;
  /**
   * Reads only the events from this index on (default 0), as `parseAppended` does for the events a live update
   * added after the ones it has; indices, default ids and messages still count from the start of the array.
   */
  from?: number;
  /**
   * The document value this one updates (what the last parse was given): its objects found at the same index are
   * not read again, and give back the same events (once the update chunk is in; see memo.ts).
   */
  previous?: unknown;
}

/**
 * What a live update reuses of the input objects parsed before (memo.ts): nothing until the update chunk, loaded
 * with an element's second document, installs it with {@link installMemo}.
 */
let memo: typeof memoFor | undefined;

/** The sort for big documents (sort.ts), installed by the chunk that reads them (steps.ts); else a comparator. */
let sortBig: typeof sortEvents | undefined;

/** The id table for big documents (ids.ts), installed with the sort; else a Map. */
let idTable: (<V>(capacity: number) => Ids<V>) | undefined;

/** Installs the sort and the id table for big documents. */
export function installSort(sort: typeof sortEvents, ids: typeof idTable): void {
  sortBig = sort;
  idTable = ids;
}

/** Installs the memo of parsed objects (see memo.ts). */
export function installMemo(m: typeof memo): void {
  memo = m;
}

/** What {@link parseEvent} needs besides the options: the floating present, computed once per document. */
interface Context extends ParseOptions {
  present: number;
}

const ACCEPTED_DOCUMENTS = 'expected an array of events or an object like { "title": "…", "events": [ … ] }';

/** What a top-level value is, for the document-level message. */
function found(value: unknown): string {
  if (value === null) return 'found null';
  if (value === undefined) return 'found nothing';
  if (Array.isArray(value)) return 'found an array';
  if (typeof value !== 'object') return `found a ${typeof value}`;
  return 'found an object';
}

/** "Event 3 ("ceasefire")": the index, and the id or else the title so the author can find it. */
export function eventLabel(index: number, id: string | undefined, title: unknown): string {
  if (id !== undefined) return `Event ${index} ("${truncate(id)}")`;
  if (typeof title === 'string' && !isBlank(title)) return `Event ${index} ("${truncate(title)}")`;
  return `Event ${index}`;
}

const NO_ISSUES: readonly TimelineIssue[] = [];

/** An event being built: writable, its `id` empty until ids are made unique. */
type Draft = { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] };

/**
 * Parses a timeline document (DESIGN.md §2). Never throws.
 *
 * `input` is JSON text (a leading BOM is ignored) or an already-parsed value: an array of events or
 * `{ title?, events }`. Returns the valid events sorted by start, then end, then input order, the document title,
 * and one issue per problem, each naming the event (`Event 3 ("ceasefire"): …`, 0-based like `index` and the
 * default id `event-3`).
 *
 * Choices:
 * - An event without a valid `date` or non-blank `title`, or that is not an object, is rejected. Blank means
 *   nothing visible: spaces, control characters and zero-width or other format characters only.
 * - Text that is not JSON is one document-level issue that says why in plain words where it can (a trailing
 *   comma, NaN, single quotes, comments, a document cut short, an HTML page) and where (line and column).
 * - A bad optional field is reported and dropped, the event kept: an unsafe or malformed `url` (never a link), a
 *   non-string `description` or `group`, a blank `group` (the event joins the ungrouped ones), an `end` that is invalid or finishes before `date` starts (the event
 *   becomes a point at its start), an `id` that is not a non-empty string (the event gets a default id).
 * - `null` optional fields are treated as absent, since many serializers write `null` for "no value".
 * - Duplicate ids: the first valid event with an id keeps it; later valid events with the same id are rejected
 *   with an issue on `id`, so `selected` and deep links always point at one event.
 * - Default ids are `event-<index>`; if a given id already took that name, `-2`, `-3`… is appended.
 * - `source` is the original input object, not a copy: the host keeps its own fields and object identity, and
 *   only own properties are ever read, so `__proto__` keys cannot pollute prototypes.
 * - Titles are kept as written (not trimmed); descriptions keep their newlines.
 *
 * @example parseDocument('[{"date":"1994","title":"Founded"}]').events[0].id // 'event-0'
 */
export function parseDocument(input: unknown, options: ParseOptions = {}): ParseResult {
  const steps = parseSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link parseDocument} a step at a time, for documents too big to read in one task: it yields often (every few
 * hundred events) how many of the input's events it has read, and returns what `parseDocument` returns. Whoever
 * drives it decides when to give the page a turn (see `runSteps`).
 */
export function* parseSteps(input: unknown, options: ParseOptions = {}): Generator<number, ParseResult> {
  const issues: TimelineIssue[] = [];
  const documentIssue = (message: string) => issues.push({ index: null, field: 'document', message });
  let title: string | undefined;
  let events: TimelineEvent[] = [];
  let declared = new Map<string, DeclaredCategory>();
  try {
    let value: unknown = input;
    if (typeof input === 'string') {
      try {
        value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
      } catch (error) {
        const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
        documentIssue(
          `The document is not valid JSON: ${describeJsonError(text, error)}; ${ACCEPTED_DOCUMENTS}, written in JSON.`,
        );
        return { events, issues };
      }
    }

    let list: unknown;
    if (Array.isArray(value)) list = value;
    else if (value !== null && typeof value === 'object') {
      const rawTitle = own(value, 'title');
      if (typeof rawTitle === 'string') title = rawTitle;
      else if (rawTitle !== undefined && rawTitle !== null) {
        issues.push({
          index: null,
          field: 'title',
          message: `The document "title" is ${describeValue(rawTitle)}, expected a string; it was ignored.`,
        });
      }
      declared = parseCategories(own(value, 'categories'), issues);
      list = own(value, 'events');
      if (!Array.isArray(list)) {
        const what =
          list === undefined
            ? 'found an object without an "events" array'
            : `found an object whose "events" is ${describeValue(list)}`;
        documentIssue(`The document has no events: ${what}; ${ACCEPTED_DOCUMENTS}.`);
        return withTitle(title, events, issues);
      }
    } else {
      documentIssue(`The document has no events: ${found(value)}; ${ACCEPTED_DOCUMENTS}.`);
      return { events, issues };
    }

    events = yield* parseEvents(list as unknown[], options, issues);
    // The categories read every event again: a step of their own.
    yield (list as unknown[]).length;
  } catch (error) {
    // Only a hostile input (a Proxy whose traps throw) gets here; keep what was parsed so far.
    documentIssue(`The document could not be read: ${errorMessage(error)}`);
  }
  const categories = categoryList(events, declared);
  return withTitle(title, events, issues, categories.length > 0 ? categories : undefined);
}

function withTitle(
  title: string | undefined,
  events: TimelineEvent[],
  issues: TimelineIssue[],
  categories?: TimelineCategory[],
): ParseResult {
  return { ...(title !== undefined && { title }), events, issues, ...(categories && { categories }) };
}

function* parseEvents(
  list: unknown[],
  opts: ParseOptions,
  issues: TimelineIssue[],
): Generator<number, TimelineEvent[]> {
  // An invalid or empty time zone is read as UTC, as for offsets.
  const options: Context = { ...opts, present: wallClock(opts.now ?? Date.now(), opts.timeZone) };
  const length = list.length;
  const zone = opts.timeZone ?? '';
  const report = new Reporter(issues);
  const remembered = memo?.(list, zone, opts.previous, opts.from);
  // The events that passed validation, in parallel arrays rather than an object each (a million objects that
  // live until the end of the parse cost the collector): the event (its id still empty, or the event the memo
  // gave back), the id written in the input, and, for the few that have them, its own issues.
  const drafts: Draft[] = [];
  const given: (string | undefined)[] = [];
  const reused = new Set<TimelineEvent>();
  const ownIssues = new Map<number, readonly TimelineIssue[]>();
  for (let index = Math.max(0, opts.from ?? 0); index < length; index++) {
    if ((index & 255) === 255) yield index;
    try {
      const raw = list[index];
      // An object parsed before (a live update): the event and issues it gave then (see memo.ts).
      const seen = remembered?.recall(raw, index);
      if (seen) {
        for (const issue of seen.issues) issues.push(issue);
        if (!seen.event) continue;
        if (seen.issues.length > 0) ownIssues.set(drafts.length, seen.issues);
        reused.add(seen.event);
        drafts.push(seen.event);
        given.push(seen.givenId);
        continue;
      }
      const from = issues.length;
      const draft = parseEvent(raw, index, options, report);
      if (!draft) {
        remembered?.remember(raw, index, null, issues.slice(from));
        continue;
      }
      if (issues.length > from) ownIssues.set(drafts.length, issues.slice(from));
      drafts.push(draft);
      given.push(report.givenId);
    } catch (error) {
      issues.push({ index, field: 'event', message: `Event ${index} could not be read: ${errorMessage(error)}` });
    }
  }

  // Given ids first, so a given "event-3" wins over event 3's default name. `taken`: id → the event that has it;
  // each event takes one id. A later event with a taken given id is left out (its slot emptied).
  const taken: Ids<Draft> = idTable ? idTable(drafts.length) : mapIds();
  const out: (Draft | undefined)[] = drafts;
  let left = 0;
  yield length;
  for (let k = 0; k < drafts.length; k++) {
    if ((k & 4095) === 4095) yield length;
    const id = given[k];
    const draft = drafts[k] as Draft;
    const first = id === undefined ? undefined : taken.claim(id, draft);
    if (first === undefined) continue;
    issues.push({
      index: draft.index,
      id,
      field: 'id',
      message: `${eventLabel(draft.index, id, draft.title)}: "id" "${truncate(id as string)}" is already used by event ${first.index}; ids must be unique, so this event was left out.`,
    });
    out[k] = undefined;
    left++;
  }
  const events: TimelineEvent[] = new Array(drafts.length - left);
  let n = 0;
  for (let k = 0; k < out.length; k++) {
    if ((k & 4095) === 4095) yield length;
    const fields = out[k];
    if (fields === undefined) continue;
    const index = fields.index;
    let id = given[k];
    if (id === undefined) {
      const base = `event-${index}`;
      id = base;
      for (let m = 2; taken.claim(id, fields) !== undefined; m++) id = `${base}-${m}`;
    }
    // An event parsed before keeps its object, unless a given id took its default one over since.
    const old = reused.size > 0 && reused.has(fields);
    if (old && fields.id === id) {
      events[n++] = fields;
      continue;
    }
    // A new event already has its `id` slot: filled in, not copied into another object.
    let event: TimelineEvent;
    if (old) {
      event = { ...fields, id };
      taken.set(id, event);
    } else {
      fields.id = id;
      event = fields;
    }
    remembered?.remember(fields.source, index, event, ownIssues.get(k) ?? NO_ISSUES);
    events[n++] = event;
  }
  registerIds(events, taken);
  yield length;
  // By start, then end, then input order.
  if (sortBig) yield* sortBig(events, length);
  else events.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  // Issues in input order, whatever pass found them, so the author can fix the document top to bottom.
  issues.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return events;
}

/**
 * How messages name the event being read, and its issues: one per parse, pointed at each event in turn, so that
 * reading a million valid events makes no closures for messages none of them needs.
 */
class Reporter {
  index = 0;
  givenId: string | undefined;
  title: unknown;
  #named: string | undefined;
  constructor(readonly issues: TimelineIssue[]) {}
  at(index: number, givenId: string | undefined, title: unknown): void {
    this.index = index;
    this.givenId = givenId;
    this.title = title;
    this.#named = undefined;
  }
  /** "Event 3 ("ceasefire")", built on first use. */
  readonly label = (): string => (this.#named ??= eventLabel(this.index, this.givenId, this.title));
  readonly issue = (field: string, message: string): void => {
    const { index, givenId: id } = this;
    this.issues.push(id === undefined ? { index, field, message } : { index, id, field, message });
  };
}

function parseEvent(raw: unknown, index: number, options: Context, report: Reporter): Draft | null {
  const issues = report.issues;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({
      index,
      field: 'event',
      message: `Event ${index} is ${describeValue(raw)}, expected an object like { "date": "1994", "title": "…" }.`,
    });
    return null;
  }
  const obj = raw as Record<string, unknown>;
  const rawId = own(obj, 'id');
  const rawTitle = own(obj, 'title');
  const givenId = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
  report.at(index, givenId, rawTitle);
  const { label, issue } = report;

  if (rawId !== undefined && rawId !== null && givenId === undefined) {
    issue('id', `${label()}: "id" is ${describeValue(rawId)}, expected a non-empty string; a default id was used.`);
  }

  let ok = true;
  const rawDate = own(obj, 'date');
  const date = parseInterval(rawDate, options);
  if (!date.ok) {
    ok = false;
    const message =
      rawDate === undefined
        ? `${label()}: "date" is missing, ${ACCEPTED_DATE_FORMS}.`
        : `${label()}: "date" is ${describeValue(rawDate)}, ${date.reason}.`;
    issue('date', message);
  }

  if (typeof rawTitle !== 'string' || isBlank(rawTitle)) {
    ok = false;
    const what =
      rawTitle === undefined
        ? 'is missing'
        : typeof rawTitle === 'string'
          ? rawTitle.trim() === ''
            ? 'is blank'
            : 'is blank (only invisible characters)'
          : `is ${describeValue(rawTitle)}`;
    issue('title', `${label()}: "title" ${what}, expected a non-empty string.`);
  }

  let endDate = date.ok ? date.end : undefined;
  let openEnd = date.ok ? date.openEnd : undefined;
  const rawEnd = own(obj, 'end');
  if (rawEnd !== undefined && rawEnd !== null) {
    const end = rawEnd === '..' ? null : parseDate(rawEnd, options);
    if (date.ok && (endDate || openEnd)) {
      issue(
        'end',
        `${label()}: "end" ${describeValue(rawEnd)} was ignored: "date" ${describeValue(rawDate)} already has an end.`,
      );
    } else if (!end) openEnd = 'ongoing';
    else if (!end.ok) {
      issue('end', `${label()}: "end" is ${describeValue(rawEnd)}, ${end.reason}, or ".." (ongoing). It was ignored.`);
    } else if (date.ok && end.date.end <= date.date.start) {
      issue(
        'end',
        `${label()}: "end" ${describeValue(rawEnd)} is before "date" ${describeValue(rawDate)}; it was ignored.`,
      );
    } else endDate = end.date;
  }

  const description = optionalString(own(obj, 'description'), 'description', label, issue);
  let group = optionalString(own(obj, 'group'), 'group', label, issue);
  if (group !== undefined && isBlank(group)) {
    issue(
      'group',
      `${label()}: "group" is blank, expected a lane name; the event was put with the events without a group.`,
    );
    group = undefined;
  }

  let category = optionalString(own(obj, 'category'), 'category', label, issue);
  if (category !== undefined && isBlank(category)) {
    issue('category', `${label()}: "category" is blank; it was ignored.`);
    category = undefined;
  }
  const rawMedia = own(obj, 'media');
  const media = rawMedia === undefined || rawMedia === null ? undefined : parseMedia(rawMedia, label(), issue);

  let url: string | undefined;
  const rawUrl = own(obj, 'url');
  if (rawUrl !== undefined && rawUrl !== null) {
    if (typeof rawUrl === 'string' && isSafeUrl(rawUrl)) url = rawUrl;
    else {
      issue(
        'url',
        `${label()}: "url" is ${describeValue(rawUrl)}, expected an http:, https: or relative link; the link was left out.`,
      );
    }
  }

  if (!ok || !date.ok) return null;
  // Optional fields are set only when present (no spread of a throwaway object for each), in one order, so that
  // events share their shapes.
  const fields: Draft = {
    id: '',
    index,
    title: rawTitle as string,
    date: date.date,
    start: date.date.start,
    end: endDate ? endDate.end : openEnd === 'ongoing' ? Math.max(options.present, date.date.end) : date.date.end,
    isRange: endDate !== undefined || openEnd !== undefined,
    source: obj,
  };
  if (description !== undefined) fields.description = description;
  if (url !== undefined) fields.url = url;
  if (group !== undefined) fields.group = group;
  if (category !== undefined) fields.category = category;
  if (media) fields.media = media;
  if (endDate !== undefined) fields.endDate = endDate;
  if (openEnd !== undefined) fields.openEnd = openEnd;
  return fields;
}
