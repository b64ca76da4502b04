import { formatDate, formatEventDate, otherCalendar, qualifierMarks, shortDateLabel } from './data/format.js';
import { dateLocale } from './data/locales.js';
import { languageLoading, type MessageOverrides, type Messages, messagesFor } from './i18n.js';
import type { CalendarTicks } from './layout/ticks.js';
import type { TimelineDate, TimelineEvent } from './timeline.types.js';

/** The tick finder of calendars other than the Gregorian, a chunk of its own, once loaded. */
let calendars: typeof import('./layout/calendars.js') | undefined;
let calendarsLoading: Promise<void> | undefined;

/** Loads the tick finder of calendars other than the Gregorian (once). */
export function loadCalendars(): Promise<void> {
  calendarsLoading ??= import('./layout/calendars.js').then((module) => {
    calendars = module;
  });
  return calendarsLoading;
}

/** Between the first and last date of a cluster. */
export const SPAN_JOINER = ' – ';
/** Between a callout's short date and its title ("27 sept. · Reprise des hostilités"). */
export const CALLOUT_JOINER = ' · ';

/** The font labels are drawn in, read from the element's computed style. */
export interface LabelFont {
  readonly weight: string;
  readonly size: number;
  readonly family: string;
}

/**
 * Every string and text width the timeline draws, with their caches, for one locale (and, as they come, one time
 * zone and calendar): date labels, short labels, cluster spans, messages and canvas text measurement. The element
 * asks it for strings and widths; a change of locale gives a new service, so nothing stale is ever read.
 *
 * Messages follow the `requested` locale; dates follow `locale`, which is the same unless the browser lacks that
 * language's date data (Debian's Chromium has no Armenian or Georgian dates and no Azerbaijani month names): then
 * dates are labelled in the first of the reader's languages, then the page's, that it has (`dateLocale`).
 *
 * Caches are keyed by the parsed objects (WeakMaps), so a new document frees the old labels.
 */
export class LabelService {
  readonly messages: Messages;
  /** The locale dates are labelled in. */
  readonly locale: string;
  readonly #dates = new WeakMap<object, string>();
  readonly #shortYear = new WeakMap<TimelineDate, string>();
  readonly #shortBare = new WeakMap<TimelineDate, string>();
  readonly #marks = new WeakMap<TimelineEvent, { before: string; after: string }>();
  readonly #widths = new Map<string, Map<string, number>>();
  #canvas?: CanvasRenderingContext2D | null;
  #font = '';

  /**
   * `requested`: the reader's locale; `overrides`: the page's strings (the element's `messages`); `readers`: the
   * locales to label dates in when the browser lacks the requested one's data, in order.
   */
  constructor(
    readonly requested: string,
    readonly overrides?: MessageOverrides,
    readers: readonly (string | undefined)[] = readerLocales(),
  ) {
    this.messages = messagesFor(requested, overrides);
    this.locale = dateLocale(requested, readers);
    this.complete = languageLoading(requested) === undefined;
    this.calendarName = otherCalendar(this.locale);
    this.#rtl = /[\u0590-\u08ff]/.test(this.messages.timeline);
  }

  /** The calendar dates are labelled in when it is not the Gregorian (see `otherCalendar`). */
  readonly calendarName: string | undefined;

  /** Month and year ticks of that calendar: undefined for the Gregorian, or until its chunk is in. */
  get calendar(): CalendarTicks | null | undefined {
    return this.calendarName ? calendars?.calendarTicks(this.calendarName) : undefined;
  }

  /**
   * Wraps a piece of an accessible name (a date, a title) in Unicode isolates (FSI … PDI) when the messages are in
   * a right-to-left script (Hebrew, Arabic…), so that a French title or a date with digits is not reordered with
   * the words around it. Left-to-right names stay as they are.
   */
  readonly isolate = (text: string): string => (this.#rtl ? `\u2068${text}\u2069` : text);
  /**
   * A piece of drawn UI text with no letters ("+3") in the messages' direction, whatever the page's: an English
   * "+3" in a right-to-left page would read "3+". Isolated (LRI or RLI … PDI), so the button around it keeps its own.
   */
  readonly own = (text: string): string => `${this.#rtl ? '\u2067' : '\u2066'}${text}\u2069`;
  /** The messages are in a right-to-left script (read once: `isolate` runs for every item of every frame). */
  readonly #rtl: boolean;

  /** Whether the catalogue of its language was in when it was made (see `labelsFor`). */
  readonly complete: boolean;

  /**
   * An event's date as the reader hears and reads it (`startOnly`: just its start date), formatted once per event.
   */
  dateLabel(event: TimelineEvent, startOnly = false): string {
    const key = startOnly ? event.date : event;
    let label = this.#dates.get(key);
    if (label === undefined) {
      label = startOnly ? formatDate(event.date, this.locale) : formatEventDate(event, this.locale);
      this.#dates.set(key, label);
    }
    return label;
  }

  /** A date in its short form ("27 sept.", with `year` "1er oct. 2020"). */
  shortLabel(date: TimelineDate, year: boolean): string {
    const cache = year ? this.#shortYear : this.#shortBare;
    let label = cache.get(date);
    if (label === undefined) {
      label = shortDateLabel(date, this.locale, year);
      cache.set(date, label);
    }
    return label;
  }

  /** The marks of an approximate or uncertain date, before and after the title ("vers ", " ?"). */
  qualifiers(event: TimelineEvent): { before: string; after: string } {
    // Asked for every visible event on every frame (its label and its name).
    let marks = this.#marks.get(event);
    if (marks === undefined) {
      marks = qualifierMarks(event, this.locale);
      this.#marks.set(event, marks);
    }
    return marks;
  }

  /**
   * The dates a cluster spans, as its first and last date ("27 septembre 2020", "1er octobre 2020"; one when they
   * read the same), from its members' cached labels: clusters change on every zoom frame, and Intl's range format
   * costs about 80 µs a call. They are joined with " – ". The short form ("27 sept.", "1er oct. 2020") is undefined
   * when it would read the same.
   */
  clusterSpan(first: TimelineEvent, last: TimelineEvent, short = false): string[] | undefined {
    const a = this.dateLabel(first, true);
    const b = this.dateLabel(last, true);
    if (!short) return a === b ? [a] : [a, b];
    // The year is said once when both dates share it.
    const sameYear = new Date(first.date.start).getUTCFullYear() === new Date(last.date.start).getUTCFullYear();
    const sa = this.shortLabel(first.date, !sameYear || a === b);
    if (a === b) return sa === a ? undefined : [sa];
    const sb = this.shortLabel(last.date, true);
    return sa === a && sb === b ? undefined : [sa, sb];
  }

  /** The cluster's span as one string, in the form its label uses. */
  clusterSpanText(first: TimelineEvent, last: TimelineEvent, short: boolean): string {
    const full = this.clusterSpan(first, last) ?? [];
    return (short ? (this.clusterSpan(first, last, true) ?? full) : full).join(SPAN_JOINER);
  }

  /**
   * The label of an event as drawn: its qualifiers around its title, and for a callout (`year` set) its short date
   * first ("27 sept. · Escalade…").
   */
  labelText(event: TimelineEvent, year?: boolean): string {
    const { before, after } = this.qualifiers(event);
    if (year === undefined && !before && !after) return event.title;
    const date = year === undefined ? '' : `${this.shortLabel(event.date, year)}${CALLOUT_JOINER}`;
    return `${date}${before}${event.title}${after}`;
  }

  /**
   * How `text` wraps into `width` px, breaking at spaces as the browser does (a word wider than the width stays
   * whole on its line): the number of lines and the widest line, measured with `measure`. `exactWidth` false: the
   * widest line is the sum of its words' widths (for a caller that only needs the lines).
   */
  wrap(
    text: string,
    width: number,
    measure: (text: string) => number,
    exactWidth = true,
  ): { lines: number; width: number } {
    // A line is estimated as the sum of its words and spaces: words recur across titles, so this costs about one
    // canvas measurement per new word instead of one per prefix of every title. Kerning and rounding make the sum
    // differ from the measured line by a fraction of a pixel, so a line this close to the width is measured whole.
    const slack = 1 + width * 0.01;
    const space = measure(' ');
    let lines = 0;
    let widest = 0;
    let line = '';
    let est = 0;
    const close = () => {
      lines++;
      widest = Math.max(widest, exactWidth ? measure(line) : est);
    };
    for (const word of text.split(' ')) {
      if (!line) {
        line = word;
        est = measure(word);
        continue;
      }
      const next = `${line} ${word}`;
      let w = est + space + measure(word);
      if (w > width - slack && w <= width + slack) w = measure(next);
      if (w <= width) {
        line = next;
        est = w;
        continue;
      }
      close();
      line = word;
      est = measure(word);
    }
    if (line) close();
    return { lines, width: widest };
  }

  /**
   * A text-width function for `font` at `scale` × its size, px. Widths are cached per font and text, so zoom
   * frames measure only labels they have not seen.
   */
  measurer(font: LabelFont, scale = 1): (text: string) => number {
    const size = font.size * scale;
    const css = `${font.weight} ${size}px ${font.family}`;
    let cache = this.#widths.get(css);
    if (!cache) {
      // A theme change makes the old font's widths useless.
      if (this.#widths.size > 3) this.#widths.clear();
      cache = new Map();
      this.#widths.set(css, cache);
    }
    // Cluster labels change with every zoom frame: keep the cache from growing without bound over a long session.
    if (cache.size > 20_000) cache.clear();
    const widths = cache;
    if (this.#canvas === undefined) this.#canvas = globalThis.document?.createElement('canvas').getContext('2d');
    const ctx = this.#canvas;
    return (text) => {
      let width = widths.get(text);
      if (width === undefined) {
        if (ctx) {
          // Setting the font parses it, even to the same value: the tick and label measurers take turns.
          if (this.#font !== css) ctx.font = this.#font = css;
          width = ctx.measureText(text).width;
        } else {
          width = text.length * size * 0.6;
        }
        widths.set(text, width);
      }
      return width;
    };
  }
}

/**
 * An upper bound of `text`'s width from its characters' widths (`measure` caches each), without measuring the
 * string itself: a zoom frame tries hundreds of titles it has never seen. Kerning only narrows text in the
 * scripts this covers (Latin, Greek, Cyrillic, Armenian, general punctuation: in the browser, the sum is 0–9 %
 * over the measured width); elsewhere shaping joins letters, and it is undefined.
 */
export function widthBound(text: string, measure: (text: string) => number): number | undefined {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x590 && (c < 0x2000 || c > 0x206f)) return undefined;
    sum += measure(text[i] as string);
  }
  return sum;
}

/**
 * A label's width, px, as the sum of its words and spaces, each word measured once (by `measure`, which caches)
 * and a short one with digits (a number, a date, an id: the words that do not recur) from its characters: a zoom
 * frame tries hundreds of titles it has never drawn, and a canvas measurement of each cost most of a dense frame
 * (a million events: 30 ms of 45). Kerning does not act across a space, and digits are not kerned, so this is
 * not narrower than the text; 1 px covers the rounding.
 */
export function wordsWidth(text: string, measure: (text: string) => number): number {
  let sum = 1;
  let from = 0;
  for (;;) {
    const space = text.indexOf(' ', from);
    const word = space < 0 ? (from === 0 ? text : text.slice(from)) : text.slice(from, space);
    sum += wordWidth(word, measure);
    if (space < 0) return sum;
    sum += measure(' ');
    from = space + 1;
  }
}

/**
 * A word's width: a short one with digits (a number, a date, an id: the words that do not recur) from its
 * characters (see `wordsWidth`), any other measured (once: `measure` caches).
 */
export function wordWidth(word: string, measure: (text: string) => number): number {
  return (word.length <= 8 && hasDigit(word) && widthBound(word, measure)) || measure(word);
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The reader's languages in order of preference, then the page's. */
function readerLocales(): (string | undefined)[] {
  return [...(globalThis.navigator?.languages ?? []), globalThis.document?.documentElement.lang];
}

/**
 * The label service for `host`: its `locale`, else the nearest `lang`, else the browser's language, with its
 * `messages`; `previous` while both hold.
 */
export function labelsFor(
  host: Element & { locale?: string; messages?: MessageOverrides; requestUpdate(): void },
  previous?: LabelService,
): LabelService {
  const locale = host.locale || host.closest('[lang]')?.getAttribute('lang') || globalThis.navigator?.language || 'en';
  // A language beyond English and French is loaded the first time it is asked for; until then the labels are in
  // English, and the host draws again once it is in.
  const loading = languageLoading(locale);
  loading?.then(() => host.requestUpdate());
  const same = previous?.requested === locale && previous.overrides === host.messages && previous.complete;
  const labels =
    same || (loading && previous?.requested === locale) ? previous : new LabelService(locale, host.messages);
  // The ticks of another calendar arrive in a chunk of their own; until then they sit on Gregorian boundaries.
  if (labels.calendarName && !calendars) loadCalendars().then(() => host.requestUpdate());
  return labels;
}

/** The element's font, as labels are measured in it. */
export function fontOf(element: Element): LabelFont {
  const style = getComputedStyle(element);
  return { weight: style.fontWeight, size: Number.parseFloat(style.fontSize) || 14, family: style.fontFamily };
}
