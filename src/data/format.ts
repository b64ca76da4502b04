/**
 * Labels for dates at the precision they were written in, in the reader's locale, with Intl only (no locale
 * files). Floating ms are read in UTC so a calendar date never shifts with the process or browser time zone.
 */

import type { DatePrecision, TimelineDate, TimelineEvent } from '../timeline.types.js';
import { floatingDate } from './dates.js';
import { dateWordsFor, language } from './words.js';

// Building an Intl.DateTimeFormat costs far more than using one, and labels are made per event and per tick.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat` reading floating ms (time zone UTC). An invalid locale tag falls back to `en`
 * rather than throwing in the middle of a render.
 */
export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, f);
  }
  return f;
}

const byPrecision = new Map<string, Intl.DateTimeFormat>();

/**
 * `formatter(locale, optionsFor(precision, bce))`, found by a short key: asked for every new event's label, where
 * building the options and their JSON key was a share of each zoom frame.
 */
function dateFormatter(locale: string, precision: DatePrecision, bce: boolean): Intl.DateTimeFormat {
  const key = locale + precision + bce;
  let f = byPrecision.get(key);
  if (!f) {
    f = formatter(locale, optionsFor(precision, bce));
    byPrecision.set(key, f);
  }
  return f;
}

const calendars = new Map<string, string | undefined>();

/**
 * The calendar of `locale` (`-u-ca-`, or its default: Persian for `fa`) when it counts months and years its own
 * way; undefined for the Gregorian, and for the Buddhist, Japanese and ROC calendars, which count Gregorian years
 * and months under other numbers.
 */
export function otherCalendar(locale: string): string | undefined {
  // Asked for every label: resolvedOptions() makes a new object each time.
  if (!calendars.has(locale)) {
    const calendar = formatter(locale, {}).resolvedOptions().calendar;
    calendars.set(locale, /^(gregory|iso8601|buddhist|japanese|roc)$/.test(calendar) ? undefined : calendar);
  }
  return calendars.get(locale);
}

/** Joins Intl parts, writing the first of the month "1er" in French as French typography wants (Intl gives "1"). */
function joinParts(parts: Intl.DateTimeFormatPart[], locale: string): string {
  const fr = language(locale) === 'fr';
  let out = '';
  for (const part of parts) out += fr && part.type === 'day' && part.value === '1' ? '1er' : part.value;
  return out;
}

/**
 * `f.format(t)` as labels write it. Only French changes Intl's text ("1er" for a day part "1"), so other labels
 * take Intl's string: building parts cost a share of each zoom frame that brings new events into view.
 */
function formatAt(f: Intl.DateTimeFormat, t: number, locale: string): string {
  return mayChange(t, locale) ? joinParts(f.formatToParts(t), locale) : f.format(t);
}

/** `f.formatRange(a, b)` as labels write it (see `formatAt`). */
function formatRangeAt(f: Intl.DateTimeFormat, a: number, b: number, locale: string): string {
  return mayChange(a, locale) || mayChange(b, locale)
    ? joinParts(f.formatRangeToParts(a, b), locale)
    : f.formatRange(a, b);
}

/** Whether `joinParts` could write the label at `t` otherwise than Intl: a French first of the month. */
function mayChange(t: number, locale: string): boolean {
  // In a calendar of its own, the first of a month falls on other Gregorian days.
  return language(locale) === 'fr' && (otherCalendar(locale) !== undefined || new Date(t).getUTCDate() === 1);
}

/** Intl options for a label at `precision`; `bce` adds the era, since Intl otherwise prints 501 BC as "501". */
function optionsFor(precision: DatePrecision, bce: boolean): Intl.DateTimeFormatOptions {
  const era: Intl.DateTimeFormatOptions = bce ? { era: 'short' } : {};
  switch (precision) {
    case 'month':
      return { year: 'numeric', month: 'long', ...era };
    case 'day':
      return { year: 'numeric', month: 'long', day: 'numeric', ...era };
    case 'minute':
    case 'second':
    case 'millisecond': {
      // dateStyle/timeStyle give each locale its own joiner ("à", "at") but cannot take an era or milliseconds.
      if (!bce && precision !== 'millisecond') {
        return { dateStyle: 'long', timeStyle: precision === 'minute' ? 'short' : 'medium' };
      }
      const time: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
      if (precision !== 'minute') time.second = '2-digit';
      if (precision === 'millisecond') time.fractionalSecondDigits = 3;
      return { year: 'numeric', month: 'long', day: 'numeric', ...time, ...era };
    }
    default:
      // Years, and the first year of decades, centuries and seasons, whose labels add words (see plainLabel).
      return { year: 'numeric', ...era };
  }
}

/** Precisions Intl cannot name by itself: their labels are built from year labels and words. */
function isSpan(precision: DatePrecision): boolean {
  return precision === 'decade' || precision === 'century' || precision === 'season';
}

/** Two years as a span: "1900–1999", "2000 BC – 1991 BC". */
function yearSpan(first: number, last: number, locale: string): string {
  return `${yearLabel(first, locale)}${first > 0 ? '–' : ' – '}${yearLabel(last, locale)}`;
}

function isBce(ms: number): boolean {
  return new Date(ms).getUTCFullYear() <= 0;
}

/**
 * The label of a date without its qualifiers. EDTF spans: a decade reads "the 1990s" / "années 1990" (AD only,
 * else as a span of years), a century of unspecified years its years ("1900–1999", not "the 20th century", which
 * is 1901–2000), a season its name and year ("autumn 2020"; winter, which runs into the next year, "winter
 * 2020–2021").
 */
function plainLabel(date: TimelineDate, locale: string): string {
  const f = dateFormatter(locale, date.precision, isBce(date.start));
  const other = otherCalendar(locale);
  const start = new Date(date.start);
  const y = start.getUTCFullYear();
  const words = dateWordsFor(locale);
  const season = Math.floor(((start.getUTCMonth() + 10) % 12) / 3);
  const span = isSpan(date.precision);
  if (span && !other) {
    if (date.precision === 'season') {
      return words.season(season, season === 3 ? yearSpan(y, y + 1, locale) : yearLabel(y, locale));
    }
    const last = new Date(date.end - 1).getUTCFullYear();
    return date.precision === 'decade' && y > 0 ? words.decade(yearLabel(y, locale)) : yearSpan(y, last, locale);
  }
  let label = formatAt(f, date.start, locale);
  // In another calendar a Gregorian year, month, decade or season spans two of its own: say both ("۱۳۷۲–۱۳۷۳" for
  // 1994 in Persian, "۱۳۶۸–۱۳۷۸" for the 1990s) rather than pick one.
  if (other && (span || date.precision === 'year' || date.precision === 'month')) {
    const last = formatAt(f, date.end - 1, locale);
    if (last !== label) label += `${date.precision === 'month' ? ' – ' : '–'}${last}`;
  }
  return date.precision === 'season' ? words.season(season, label) : label;
}

/** Adds "c. "/"vers " for `~` and "?"/" ?" for `?`, with no-break spaces so a qualifier never ends up alone on a line. */
function qualify(label: string, date: TimelineDate, locale: string): string {
  // "Approximately" has no CLDR data: the words are the usual typographic conventions (src/data/words.ts).
  const words = dateWordsFor(locale);
  let out = label;
  if (date.approximate) out = `${words.about}\u00a0${out}`;
  // French sets a (non-breaking) space before "?"; Arabic script has its own question mark.
  if (date.uncertain) out += words.doubt;
  return out;
}

/**
 * A date labelled at its own precision in `locale`: "1994", "septembre 2020", "27 septembre 2020",
 * "27 septembre 2020 à 14:30". Years up to 0 carry their era and historical number ("501 av. J.-C.", never
 * "-500" or "0"); French writes the first of the month "1er"; `~` reads "c. 1994" ("vers 1994"), `?` reads
 * "1994?" ("1994 ?").
 *
 * @example formatDate(parseDate('2020-10-01').date, 'fr-FR') // '1er octobre 2020'
 */
export function formatDate(date: TimelineDate, locale: string): string {
  return qualify(plainLabel(date, locale), date, locale);
}

/**
 * A period from `start` to `end`: "1994 – 27 septembre 2020". When both have the same precision, no qualifier and
 * are AD, Intl's own range format shares what they have in common ("27–30 septembre 2020"); otherwise the two
 * labels are joined with a spaced en dash.
 */
export function formatRange(start: TimelineDate, end: TimelineDate, locale: string): string {
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  const same = start.precision === end.precision && !isSpan(start.precision);
  if (plain && same && !isBce(start.start) && !isBce(end.start)) {
    const f = dateFormatter(locale, start.precision, false);
    if (typeof f.formatRangeToParts === 'function' && end.start >= start.start) {
      return formatRangeAt(f, start.start, end.start, locale);
    }
  }
  return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/**
 * The date of an event as the reader sees it: a range for eras, "since 1994" / "depuis 1994" for ongoing ones,
 * "1994 – end unknown" / "1994 – fin inconnue" when the end is unknown, else the date at its
 * precision.
 */
export function formatEventDate(event: TimelineEvent, locale: string): string {
  if (event.openEnd) return dateWordsFor(locale)[event.openEnd](formatDate(event.date, locale), event.date.precision);
  return event.endDate ? formatRange(event.date, event.endDate, locale) : formatDate(event.date, locale);
}

/**
 * A year for the axis, from an astronomical year number: 1994 → "1994", -500 → "501 av. J.-C." / "501 BC",
 * 0 → "1 BC". Used for year ticks.
 */
export function yearLabel(year: number, locale: string): string {
  return dateFormatter(locale, 'year', year <= 0).format(floatingDate(year));
}

/**
 * A short day label for the axis: "27 sept." / "1er oct." in French, "Sep 27" in English.
 * `t` is floating ms.
 */
export function dayMonthLabel(t: number, locale: string): string {
  return formatAt(formatter(locale, { day: 'numeric', month: 'short' }), t, locale);
}

/**
 * The marks an event's label carries for its qualified dates: `before` for `~` ("c." / "v."), `after` for `?`
 * ("?" / " ?"); empty strings when the dates are plain.
 *
 * @example qualifierMarks(parseDocument([{ date: '-0752?', title: 'Rome' }]).events[0], 'en') // { before: '', after: '?' }
 */
export function qualifierMarks(event: TimelineEvent, locale: string): { before: string; after: string } {
  // Short forms, where the full word would read oddly before a title ("vers Fondation de Rome").
  const words = dateWordsFor(locale);
  const approximate = event.date.approximate || event.endDate?.approximate;
  const uncertain = event.date.uncertain || event.endDate?.uncertain;
  return { before: approximate ? `${words.aboutShort}\u00a0` : '', after: uncertain ? words.doubt : '' };
}

/**
 * A date in short form for tight labels: "27 sept. 2020" / "Sep 27, 2020", "sept. 2020", "1994" (times of day
 * dropped); without `year`, "27 sept." / "Sep 27". Qualifiers are kept. BCE dates keep their full label.
 *
 * @example shortDateLabel(parseDate('2020-10-01').date, 'fr-FR', true) // '1er oct. 2020'
 */
export function shortDateLabel(date: TimelineDate, locale: string, year: boolean): string {
  if (isBce(date.start) || isSpan(date.precision)) return formatDate(date, locale);
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'year'
      ? { year: 'numeric' }
      : { month: 'short', ...(date.precision !== 'month' && { day: 'numeric' }) };
  if (year) options.year = 'numeric';
  return qualify(formatAt(formatter(locale, options), date.start, locale), date, locale);
}

/** A full day for the axis's context row: "1er octobre 2020", "October 1, 2020". `t` is floating ms. */
export function dayMonthYearLabel(t: number, locale: string): string {
  return formatAt(formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }), t, locale);
}

/** A day-of-month label for dense axes: "27", and "1er" in French. `t` is floating ms. */
export function dayLabel(t: number, locale: string): string {
  return formatAt(formatter(locale, { day: 'numeric' }), t, locale);
}

const DAY = 86_400_000;

/**
 * A window of time `[start, end)` (floating ms) at a precision that suits its length: years for spans of years,
 * then months, days, minutes. Used to announce the visible range.
 *
 * @example formatSpan(Date.UTC(2020, 8, 27), Date.UTC(2020, 9, 2), 'fr-FR') // '27 septembre – 1er octobre 2020'
 */
export function formatSpan(start: number, end: number, locale: string): string {
  const span = end - start;
  const precision: DatePrecision =
    span >= 3 * 365 * DAY ? 'year' : span >= 90 * DAY ? 'month' : span >= 2 * DAY ? 'day' : 'minute';
  const at = (ms: number): TimelineDate => ({
    text: '',
    precision,
    start: ms,
    end: ms,
    approximate: false,
    uncertain: false,
  });
  // The end is exclusive: name the last instant inside the window.
  const last = precision === 'minute' ? end : end - 1;
  const a = at(start);
  const b = at(last);
  return plainLabel(a, locale) === plainLabel(b, locale) ? plainLabel(a, locale) : formatRange(a, b, locale);
}

// In a module of its own (no Intl, no dates): the story chunk's detail panel uses it without the formatting code.
export { htmlDateTime } from './html-date.js';
