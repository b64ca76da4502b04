/**
 * What the format readers (CSV, TimelineJS) share: their result, and how the parser's issues, which speak of
 * "Event 3" and "date", are told in the author's terms ("Row 5, column "Month"", "events[3].start_date.month").
 */
import type { TimelineEventInput, TimelineIssue } from '../timeline.types.js';
import { ACCEPTED_DATE_FORMS } from './dates.js';
import { describeValue } from './parse.js';

/** The formats {@link readInput} reads. `json` is this package's own format. */
export type InputFormat = 'json' | 'csv' | 'timelinejs';

/** Where an event's field came from in the source, to name it in a message. */
export interface Location {
  /** `Row 5, column "Month"` or `events[3].start_date.month`. */
  where: string;
  /** The column as written in the header, or the TimelineJS path; the issue's `field`. */
  field: string;
  /** CSV only: the spreadsheet row (header = row 1). */
  row?: number;
  /**
   * The date was built from parts (Year/Month/Day cells, a TimelineJS date object), not written as a string: the
   * parser's list of accepted string forms is left off the message, since the author wrote numbers.
   */
  parts?: boolean;
}

/** What a reader returns: a document `parseDocument` accepts, and the problems found while reading it. */
export interface ReadResult {
  format: InputFormat;
  /** `{ title?, events }` (or, for `json`, the input as given). */
  document: unknown;
  /** Issues found by the reader itself, already in the author's terms. */
  issues: TimelineIssue[];
  /** Where event `index`'s `field` came from; `message` is the parser's, to find which date part is wrong. */
  locate?: (index: number, field: string, message: string) => Location;
  /** `"<index>:<field>"` of fields the reader already reported (and left out): the parser's issue is dropped. */
  reported?: ReadonlySet<string>;
}

/** The converted document a reader builds. */
export interface ReadDocument {
  title?: string;
  events: TimelineEventInput[];
}

/** `("Escalade…")`: how the parser names an event after its index (id, else title), or '' when it has neither. */
export function labelOf(event: { id?: unknown; title?: unknown }): string {
  const name =
    typeof event.id === 'string' && event.id !== ''
      ? event.id
      : typeof event.title === 'string' && /[^\s\p{Cc}\p{Cf}]/u.test(event.title)
        ? event.title
        : undefined;
  return name === undefined ? '' : ` (${describeValue(name)})`;
}

/**
 * Which part of a date a parser message is about, from its reason ("months go from 01 to 12" → `month`), so the
 * issue can name that column or field. `null` when the reason names no part (a malformed whole date).
 */
export function datePartOf(message: string): 'year' | 'month' | 'day' | 'time' | null {
  if (/\bmonths?\b/i.test(message)) return 'month';
  // Before days: "hours go from 00 to 23 (24:00 ends the day)" is about the time.
  if (/\b(?:hours?|minutes?|seconds?|time)\b/i.test(message)) return 'time';
  if (/\bdays?\b/i.test(message)) return 'day';
  if (/\byears?\b/i.test(message)) return 'year';
  return null;
}

/**
 * Rewrites one parser issue in the author's terms: `Event 3 ("x"): "date" is …` becomes
 * `Row 5, column "Month" ("x"): "date" is …`, keeping the parser's explanation word for word.
 */
export function relocate(issue: TimelineIssue, event: unknown, location: Location): TimelineIssue {
  const label = event !== null && typeof event === 'object' ? labelOf(event as Record<string, unknown>) : '';
  const head = `Event ${issue.index}${label}`;
  let rest = issue.message;
  let named = label;
  if (rest.startsWith(`${head}: `)) rest = rest.slice(head.length + 2);
  else if (rest.startsWith(`Event ${issue.index} ("`)) {
    // A label the parser truncated differently: keep it as it wrote it.
    const end = rest.indexOf('"): ');
    named = ` ${rest.slice(`Event ${issue.index} `.length, end + 2)}`;
    rest = rest.slice(end + 4);
  } else if (rest.startsWith(`Event ${issue.index}`)) {
    named = '';
    rest = rest.slice(`Event ${issue.index}`.length).replace(/^:? /, '');
  }
  if (location.parts && rest.includes(`; ${ACCEPTED_DATE_FORMS}`)) rest = rest.replace(`; ${ACCEPTED_DATE_FORMS}`, '');
  const out: TimelineIssue = {
    index: issue.index,
    ...(issue.id !== undefined && { id: issue.id }),
    field: location.field,
    message: `${location.where}${named}: ${rest}`,
    ...(location.row !== undefined && { row: location.row }),
  };
  return out;
}

const ORDER = ['id', 'date', 'end', 'title', 'description', 'url', 'group', 'category', 'media'];

/** The event with its fields in the documented order (id, date, end, title, …), for readable `convert` output. */
export function ordered(event: TimelineEventInput): TimelineEventInput {
  const out: Record<string, unknown> = {};
  for (const key of ORDER) if (Object.hasOwn(event, key)) out[key] = event[key];
  for (const [key, value] of Object.entries(event)) if (!ORDER.includes(key)) out[key] = value;
  return out as TimelineEventInput;
}
