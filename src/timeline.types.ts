/**
 * Public data types of `<event-timeline>`: the JSON input, the parsed events and the validation issues.
 * Kept free of DOM and Lit imports so that parse/ and layout/ can use them in plain Node.
 */

/**
 * How finely a date was written, coarsest first. `1994` is a `year`, `2020-09` a `month`, `2020-09-27` a `day`;
 * EDTF's `19XX` is a `century` (1900–1999), `199X` a `decade`, `2020-23` a `season` (meteorological: autumn is
 * September–November). `2020-XX` is a `year` and `2020-09-XX` a `month`: what is known is what is drawn.
 * Only `minute`, `second` and `millisecond` carry a time of day.
 */
export const DATE_PRECISIONS = [
  'century',
  'decade',
  'year',
  'season',
  'month',
  'day',
  'minute',
  'second',
  'millisecond',
] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** One event as written in the JSON document (DESIGN.md §2). Unknown fields are kept, never an error. */
export interface TimelineEventInput {
  /** Unique id; defaults to `event-<index>`. */
  id?: string;
  /**
   * When it happened or began: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.fraction]][Z|±hh:mm]`, or
   * EDTF level 1 (`199X`, `2020-23`, `1994~`), with optional `~`, `?` or `%`. May be an interval in one field:
   * `1994/2020-09-27`, `1994/..` (ongoing) or `1994/` (unknown end).
   */
  date: string;
  /** Optional end; makes the event a range (an era). Same grammar as `date`, not before it; `..` means ongoing. */
  end?: string;
  /** Plain text, never HTML. */
  title: string;
  /** Plain text; newlines are kept. */
  description?: string;
  /** `http:`, `https:` or a relative URL. */
  url?: string;
  /** Lane / track name. */
  group?: string;
  /** Category name: colours the event and gives it a legend entry (see the document's `categories`). */
  category?: string;
  /** An image shown in the detail panel, requested only when the reader opens it. */
  media?: TimelineMediaInput;
  [field: string]: unknown;
}

/** An event's image, with TimelineJS's field names. */
export interface TimelineMediaInput {
  /** `http:`, `https:` or a relative URL of an image. */
  url: string;
  /** Text alternative; required unless written `""` (a decorative image). */
  alt?: string;
  caption?: string;
  credit?: string;
}

/** A valid image: `alt` is `""` when the image is decorative or its alt text was missing (reported). */
export interface TimelineMedia {
  readonly url: string;
  readonly alt: string;
  readonly caption?: string;
  readonly credit?: string;
}

/** A category as the document declares it: `"categories": { "diplomatie": { "label": "Diplomatie", "color": "#1b7f3b" } }`. */
export interface TimelineCategoryInput {
  label?: string;
  /** Any CSS colour (`CSS.supports('color', value)`); otherwise reported and ignored. */
  color?: string;
}

/** A category of the document: declared ones first, in order, then the others in order of first use. */
export interface TimelineCategory {
  /** The name events give in `category`. */
  readonly name: string;
  /** What the legend shows: the declared `label`, else the name. */
  readonly label: string;
  /** The declared colour when it is a CSS colour; else the palette gives one. */
  readonly color?: string;
  /** How many valid events have it. */
  readonly count: number;
}

/** A JSON document: an array of events or an object with a title and events. */
export type TimelineDocument =
  | TimelineEventInput[]
  | { title?: string; categories?: Record<string, TimelineCategoryInput>; events: TimelineEventInput[] };

/**
 * A parsed date. Positions are "floating" milliseconds: the calendar date and wall-clock time read as if they
 * were UTC, so `2020-09-27` is 27 September for every reader whatever their time zone.
 */
export interface TimelineDate {
  /** The text as written, qualifiers included. */
  readonly text: string;
  readonly precision: DatePrecision;
  /** Start of the period the date names (floating ms). */
  readonly start: number;
  /** Exclusive end of that period: `1994` covers [1994-01-01, 1995-01-01). */
  readonly end: number;
  /** Written with a trailing `~` or `%`. */
  readonly approximate: boolean;
  /** Written with a trailing `?` or `%`. */
  readonly uncertain: boolean;
}

/** A valid event, ready for layout. Events are sorted by start, then end, then input order. */
export interface TimelineEvent {
  readonly id: string;
  /** Position in the input array. */
  readonly index: number;
  readonly title: string;
  readonly description?: string;
  readonly url?: string;
  readonly group?: string;
  readonly category?: string;
  readonly media?: TimelineMedia;
  readonly date: TimelineDate;
  /** Present for ranges with a known end. */
  readonly endDate?: TimelineDate;
  /**
   * Set for eras without a known end, which have no `endDate`: `ongoing` (`1994/..`, or `end: ".."`) is still
   * going, and its `end` is the present moment when the document was parsed (`now` in the parse options) or the
   * end of `date`'s period if that is later; `unknown` (`1994/`) ended at some unknown time, and its `end` is
   * only the end of `date`'s period, which the renderer draws with a fading end.
   */
  readonly openEnd?: 'ongoing' | 'unknown';
  /** Start of what the event covers (floating ms): `date.start`. */
  readonly start: number;
  /**
   * Exclusive end of what it covers: `endDate.end` for ranges, the present for ongoing eras, `date.end` for points
   * and for eras with an unknown end.
   */
  readonly end: number;
  /** True when `end` was given, in its own field or as an interval (`openEnd` eras included). */
  readonly isRange: boolean;
  /** The input object, for the host's own fields. */
  readonly source: Readonly<Record<string, unknown>>;
}

/**
 * A validation problem. `index` is the event's position in the input array, or `null` for the document itself
 * (not JSON, no events array, network failure); `field` names the offending field (`"document"` for the document),
 * or for CSV and TimelineJS input the column or TimelineJS field path (`"Month"`, `"events[3].start_date.month"`).
 */
export interface TimelineIssue {
  readonly index: number | null;
  readonly id?: string;
  readonly field: string;
  readonly message: string;
  /**
   * CSV input only: the spreadsheet row the issue is about, counting the header as row 1 (blank rows count too,
   * as in the spreadsheet). `field` is then the column as written in the header, or `"event"` for the whole row.
   */
  readonly row?: number;
}

/** What `parseDocument` returns. */
export interface ParseResult {
  readonly title?: string;
  readonly events: TimelineEvent[];
  readonly issues: TimelineIssue[];
  /** The categories, when any event has one or the document declares some. */
  readonly categories?: readonly TimelineCategory[];
}

/** The visible window of the axis, as floating dates (read with `getUTC*`). */
export interface TimeRange {
  readonly start: Date;
  readonly end: Date;
}
