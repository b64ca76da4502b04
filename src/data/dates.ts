/**
 * The date grammar of DESIGN.md §2: ISO 8601 / RFC 3339 as systems write them, and EDTF level 1.
 *
 * - `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DD[T|t| ]hh:mm[:ss[.fraction]][Z|z|±hh:mm|±hhmm|±hh]`; signed and
 *   long years (up to ±250,000, see `MAX_YEAR`), and EDTF's `Y12345` / `Y-170002` for the same long years.
 * - EDTF level 1: unspecified trailing digits (`199X`, `19XX`, `2020-XX`, `2020-09-XX`, `2020-XX-XX`), seasons
 *   `YYYY-21`…`24`, a trailing qualifier (`~`, `?` or `%`), and intervals in one field (`1994/2020`, `1994/..`
 *   ongoing, `1994/` unknown end) read by {@link parseInterval}.
 *
 * Choices (README's date table says the same):
 * - Fractions of any length are truncated to the millisecond, never rounded: a truncated instant stays inside the
 *   second that was written (rounding `23:59:59.9996` would move it into the next day), and JavaScript, Java and
 *   edtf.js all truncate too.
 * - `24:00` / `24:00:00` is the end of that day: the same instant as `00:00` on the next day.
 * - A leap second `:60` is accepted where one can happen, at 23:59:60 UTC (23:59:60 as written when there is no
 *   offset), and read as the last millisecond of that minute: JavaScript time has no 61st second.
 * - Offsets lie within −12:00…+14:00, the range of real zones; U+2212 (−) is read as a minus. `-00:00` is UTC.
 * - Seasons are the meteorological seasons of the northern hemisphere: spring (21) March–May, summer (22)
 *   June–August, autumn (23) September–November, winter (24) December of that year to February of the next.
 *   EDTF leaves their spans open; edtf.js reads them as calendar quarters.
 * - Basic formats (`20200927`), EDTF level 2 and JSON numbers are refused with a message that names the fix.
 *
 * Positions are "floating" milliseconds: the calendar date and wall-clock time stored as if they were UTC, so a
 * date never moves with the reader's time zone. Nothing here reads the process time zone.
 */
import type { DatePrecision, TimelineDate } from '../timeline.types.js';

/** The result of {@link parseDate}: the date, or a reason that ends by listing the accepted forms. */
export type ParseDateResult = { ok: true; date: TimelineDate } | { ok: false; reason: string };

/**
 * The result of {@link parseInterval}: a date, or a date with its end: another date, `ongoing` (`1994/..`, still
 * going) or `unknown` (`1994/`).
 */
export type ParseIntervalResult =
  | { ok: true; date: TimelineDate; end?: TimelineDate; openEnd?: 'ongoing' | 'unknown' }
  | { ok: false; reason: string };

/** Options of {@link parseDate}. */
export interface ParseDateOptions {
  /**
   * IANA time zone in which a date-time written with an offset (`Z`, `+02:00`) is placed. Default `UTC`.
   * An invalid name is treated as `UTC`: the element reports it once, not per date.
   */
  timeZone?: string;
}

/** The accepted forms, shown at the end of every rejection so the author can fix the value without the docs. */
export const ACCEPTED_DATE_FORMS =
  'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|±hh:mm], or EDTF (199X, 2020-23, 1994/..), optionally ending in ~, ? or %';

// One anchored pattern: each group is optional only after the previous one, so "2020--27" cannot sneak through.
// Groups: Y-year, year (may end in X), month (or XX, or a season), day (or XX), hour, minute, second, fraction,
// offset, qualifier.
const GRAMMAR =
  /^(?:Y(-?\d+)|([+-]?(?:\d{4,}|\d\d\dX|\d\dXX))(?:-(\d\d|XX)(?:-(\d\d|XX)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?([Zz]|[+\-\u2212]\d\d(?::?\d\d)?)?)?)?)?)([~?%])?$/;

const MINUTE_MS = 60_000;
/**
 * The furthest year either way. JavaScript dates reach about ±270,000; the axis adds a margin around the events,
 * which must stay inside that range too, or the whole axis turns to NaN. ±250,000 leaves room for it.
 */
export const MAX_YEAR = 250_000;

/** The fast path for `YYYY-MM-DD` (plain-day.ts), installed by the chunk that reads big documents. */
let plainDay: ((text: string) => TimelineDate | undefined) | undefined;

/** Installs the fast path for `YYYY-MM-DD`. */
export function installPlainDay(read: typeof plainDay): void {
  plainDay = read;
}
const TOO_FAR = `the year is too far away: years go from -${MAX_YEAR} to ${MAX_YEAR}`;
/** "September": English month names for messages, from Intl rather than a table in the bundle. */
const monthName = (month: number) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(floatingDate(2000, month));

/**
 * Floating milliseconds for a calendar date and wall-clock time, safe for every year.
 * `Date.UTC(50, 0)` would mean 1950, so the year is set with `setUTCFullYear`, which takes it literally.
 * Out-of-range parts roll over like `Date.UTC` (month 12 is January of the next year), which the period ends
 * rely on. Returns `NaN` outside the range of JavaScript dates (about ±270,000 years).
 *
 * @example floatingDate(50) // 1 January AD 50, not 1950
 * @example floatingDate(-500, 0, 1) // 1 January 501 BC (astronomical year -500)
 */
export function floatingDate(year: number, monthIndex = 0, day = 1, h = 0, mi = 0, s = 0, ms = 0): number {
  // Date.UTC reads years 0–99 as 1900–1999; elsewhere it is the same and makes no Date (this runs per date).
  if (year < 0 || year > 99) return Date.UTC(year, monthIndex, day, h, mi, s, ms);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  d.setUTCHours(h, mi, s, ms);
  return d.getTime();
}

/**
 * Whether `tz` is an IANA time zone name this runtime knows (`Europe/Paris`, `UTC`).
 * The element uses it to report a bad `time-zone` attribute once; {@link parseDate} silently falls back to UTC.
 */
export function isValidTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || tz === '') return false;
  // The default needs no check: building the page's first Intl.DateTimeFormat costs tens of ms on the first paint.
  return tz === 'UTC' || zoneFormatter(tz) !== null;
}

// Formatters are costly to build and a document may hold thousands of offset date-times: one per zone.
const zoneFormatters = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = zoneFormatters.get(timeZone);
  if (f === undefined) {
    try {
      // en-US with latn digits, h23 and an era: parts we can read back as numbers for every year.
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        numberingSystem: 'latn',
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    zoneFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * The wall-clock time of an instant (epoch ms) in `timeZone`, as floating ms: where a date-time with an offset is
 * placed, and where an ongoing era ends (the present). UTC needs no lookup; an unknown zone is treated as UTC (see
 * {@link isValidTimeZone}).
 */
export function wallClock(instant: number, timeZone = 'UTC'): number {
  if (timeZone === 'UTC' || !Number.isFinite(instant)) return instant; // formatToParts throws on NaN
  const f = zoneFormatter(timeZone);
  if (!f) return instant;
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(instant)) p[part.type] = part.value;
  const yearOfEra = Number(p.year);
  // Intl counts BC years from 1; floating dates use astronomical numbering (1 BC = year 0).
  const year = p.era === 'BC' || p.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const hour = Number(p.hour) % 24; // some engines still say 24 at midnight
  const ms = ((instant % 1000) + 1000) % 1000; // formatToParts drops milliseconds
  return floatingDate(year, Number(p.month) - 1, Number(p.day), hour, Number(p.minute), Number(p.second), ms);
}

function isLeapYear(y: number): boolean {
  // Proleptic Gregorian, astronomical years: 0 and -4 are leap years too.
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

export function daysInMonth(y: number, m: number): number {
  return m === 1 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m];
}

/** A readable year for messages: astronomical 0 is 1 BC. */
function yearForMessage(y: number): string {
  return y > 0 ? String(y) : `${1 - y} BC`;
}

function reject(problem: string): { ok: false; reason: string } {
  return { ok: false, reason: problem ? `${problem}; ${ACCEPTED_DATE_FORMS}` : ACCEPTED_DATE_FORMS };
}

// One message for EDTF level 2, with the level-1 way to write what it says.
const LEVEL_2 = 'EDTF level 2 is not supported: write level 1 (2004-06~, 199X, Y170000) or one event per date';

/** Hints for near misses, so the message says what to change rather than only what is allowed. */
function hintFor(text: string): string {
  // ISO 8601's basic format, the usual export slip: show the extended form of the same value.
  if (/^[+-]?\d{8}(?:T\d{4}(?:\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d(?:\d\d)?)?)?$/.test(text)) {
    const extended = text
      .replace(/^([+-]?\d{4})(\d\d)/, '$1-$2-')
      // A compact offset (+0400) is accepted as it is.
      .replace(/(T\d\d)(\d\d)(\d\d)?/, (_, h, m, sec) => `${h}:${m}${sec ? `:${sec}` : ''}`);
    return `this is the basic format: write ${extended}`;
  }
  // Sets, exponents, significant digits, qualifiers inside the date, X before a known digit.
  if (/^[[{]|^Y?-?\d+[ES]\d|^[~?%]?[+-]?[\dX]{4}[~?%]?(?:-[~?%]?[\dX]{2}[~?%]?){0,2}$/.test(text)) return LEVEL_2;
  if (/^[+-]?\d{1,3}(?:$|[-~?%])/.test(text)) return 'years need at least 4 digits (write 0050 for AD 50)';
  if (/^\d\d?[/.-]\d\d?[/.-]\d{2,4}$|^\d\d?\/\d{4}$/.test(text)) return 'write the year first, as in 2020-09-27';
  if (/^[+-]?\d{4,}-\d{1}(?:$|-)/.test(text) || /^[+-]?\d{4,}-\d{2}-\d{1}(?:$|T)/.test(text)) {
    return 'months and days need 2 digits (09, not 9)';
  }
  return '';
}

/** A JSON number said as a date string: a year (`50` → "0050"), or milliseconds since 1970 (from 1e11, March 1973). */
function numberHint(n: number): string {
  const a = Math.abs(n);
  if (!Number.isInteger(n) || (a > 9999 && a < 1e11) || a > 8.64e15) return `"${n}"`;
  if (a < 1e4) return `"${n < 0 ? '-' : ''}${String(a).padStart(4, '0')}"`;
  return `"${new Date(n).toISOString()}" (if it counts ms since 1970)`;
}

/**
 * One date, or the reason it is not one (without the list of accepted forms). The heart of {@link parseDate}
 * and {@link parseInterval}.
 */
function readDate(text: unknown, options: ParseDateOptions): TimelineDate | string {
  if (typeof text !== 'string') {
    // The caller echoes the value and its type; say what to do about a bare number, the usual slip.
    return typeof text === 'number' ? `not a string: write it in quotes, like ${numberHint(text)}` : 'not a string';
  }
  if (text === '') return 'empty';
  const plain = plainDay?.(text);
  if (plain) return plain;
  if (text.trim() !== text) {
    // Spaces usually come from copy-paste; accepting them silently would hide a sloppy source.
    return 'it has spaces around it, which are not removed for you';
  }
  if (text.includes('/')) {
    return hintFor(text) || (/^[\dY.+-]/.test(text) ? 'an interval (…/…) is read only in an event\'s "date"' : '');
  }
  const m = GRAMMAR.exec(text);
  if (!m) return hintFor(text);

  const [, longYear, yearText = '', monthText, dayText, hourText, minuteText, secondText, fraction, offset, q] = m;
  if (longYear !== undefined && !/^-?[1-9]\d{4,}$/.test(longYear)) {
    return `EDTF's Y takes 5 digits or more: write ${Number(longYear)}`;
  }
  // Unspecified digits (EDTF level 1): 199X is 1990…1999, -199X is -1999…-1990.
  // Unspecified digits are rare: no throwaway strings for the others.
  const x = yearText.includes('X') ? yearText.split('X').length - 1 : 0;
  const year = Number(longYear ?? (x > 0 ? yearText.replace(/X/g, '0') : yearText));
  if (Math.abs(year) > MAX_YEAR) return hintFor(text) || TOO_FAR;
  // -0 and 0 are the same astronomical year; normalise so labels never show "-0".
  const y = year === 0 ? 0 : year;
  const month = monthText === undefined ? 0 : Number(monthText) - 1;
  const day = dayText === undefined ? 1 : Number(dayText);
  const hour = hourText === undefined ? 0 : Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  let second = secondText === undefined ? 0 : Number(secondText);
  // ".5" is half a second: pad on the right; beyond milliseconds, truncate (see the module comment).
  let millisecond = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));

  let precision: DatePrecision;
  let start: number;
  let end: number;
  if (x > 0 || monthText === 'XX' || dayText === 'XX') {
    // Only trailing parts may be unspecified: 199X-05, 2020-XX-27 and 1XXX are level 2.
    if ((x > 0 && monthText !== undefined) || (monthText === 'XX' && dayText !== undefined && dayText !== 'XX')) {
      return LEVEL_2;
    }
    // No time after X digits, and 2020-13-XX or 2020-21-XX (a season has no days) name no real month.
    if (hourText !== undefined || month < 0 || month > 11) return '';
    if (x > 0) {
      const span = 10 ** x;
      const first = y < 0 ? y - span + 1 : y;
      precision = x === 1 ? 'decade' : 'century';
      start = floatingDate(first);
      end = floatingDate(first + span);
    } else if (monthText === 'XX') {
      precision = 'year';
      start = floatingDate(y);
      end = floatingDate(y + 1);
    } else {
      precision = 'month';
      start = floatingDate(y, month);
      end = floatingDate(y, month + 1);
    }
  } else if (month > 19 && month < 41 && dayText === undefined) {
    if (month > 23) return LEVEL_2;
    // Meteorological seasons of the northern hemisphere; winter runs from December into the next year.
    precision = 'season';
    start = floatingDate(y, 3 * month - 58);
    end = floatingDate(y, 3 * month - 55);
  } else {
    if (month < 0 || month > 11) {
      return `not a real date: months go from 01 to 12, not ${monthText}`;
    }
    if (dayText !== undefined) {
      const days = daysInMonth(y, month);
      if (day < 1) return 'not a real date: days start at 01';
      if (day > days) return `not a real date: ${monthName(month)} ${yearForMessage(y)} has ${days} days`;
    }
    if (hourText === undefined) {
      precision = dayText !== undefined ? 'day' : monthText !== undefined ? 'month' : 'year';
      start = floatingDate(y, month, day);
      end = floatingDate(y, month + (precision === 'month' ? 1 : 0), day + (precision === 'day' ? 1 : 0));
      if (precision === 'year') end = floatingDate(y + 1);
    } else {
      if (hour > 24 || (hour === 24 && (minute > 0 || second > 0 || millisecond > 0))) {
        return `not a real time: hours go from 00 to 23 (24:00 ends the day), not ${hourText}:${minuteText}`;
      }
      if (minute > 59) return `not a real time: minutes go from 00 to 59, not ${minuteText}`;
      let offsetMinutes: number | null = null;
      if (offset !== undefined) {
        const sign = offset[0] === '+' ? 1 : -1;
        const oh = offset.length > 1 ? Number(offset.slice(1, 3)) : 0;
        const om = offset.length > 3 ? Number(offset.slice(-2)) : 0;
        offsetMinutes = sign * (oh * 60 + om);
        if (om > 59 || offsetMinutes < -720 || offsetMinutes > 840) {
          return `not a real time zone offset: offsets go from −12:00 to +14:00, not ${offset}`;
        }
      }
      // A leap second only exists at 23:59:60 UTC; read it as the last millisecond of that minute.
      const leap = second > 59;
      if (leap) {
        if (second > 60 || (hour * 60 + minute - (offsetMinutes ?? 0) + 1440) % 1440 !== 1439) {
          return `not a real time: seconds go from 00 to 59 (60 only at 23:59 UTC, a leap second), not ${secondText}`;
        }
        second = 59;
        millisecond = 999;
      }
      precision = fraction !== undefined ? 'millisecond' : secondText !== undefined ? 'second' : 'minute';
      const written = floatingDate(y, month, day, hour, minute, second, millisecond);
      if (!Number.isFinite(written)) return TOO_FAR;
      const timeZone = typeof options?.timeZone === 'string' && options.timeZone ? options.timeZone : 'UTC';
      start = offsetMinutes === null ? written : wallClock(written - offsetMinutes * MINUTE_MS, timeZone);
      // A wall-clock period keeps its length even across a DST change: it names one minute/second of the instant.
      end = start + (leap || precision === 'millisecond' ? 1 : precision === 'minute' ? MINUTE_MS : 1000);
    }
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return TOO_FAR;
  return {
    text,
    precision,
    start,
    end,
    approximate: q === '~' || q === '%',
    uncertain: q === '?' || q === '%',
  };
}

/**
 * Parses one date of the DESIGN.md §2 grammar (see the module comment). Never throws.
 *
 * - Date-only values are calendar dates (floating ms); `start`/`end` bound the whole period written, `end`
 *   exclusive: `1994` covers [1994-01-01, 1995-01-01), `199X` [1990-01-01, 2000-01-01), `2020-23`
 *   [2020-09-01, 2020-12-01).
 * - A date-time without offset is the wall-clock time as written. With `Z` or `±hh:mm` it is an instant, stored
 *   as its wall-clock time in `options.timeZone` (default UTC).
 * - Nothing is guessed: other forms, impossible dates (`2020-02-30`), numbers, surrounding spaces and intervals
 *   (read by {@link parseInterval}) are rejected.
 *
 * The `reason` is a clause meant to follow `"<field>" is <value>, ` and always ends by listing the accepted forms.
 *
 * @example parseDate('2020-09-27') // { ok: true, date: { precision: 'day', start: 2020-09-27, end: 2020-09-28, … } }
 * @example parseDate('-0500~') // 501 BC, approximate
 * @example parseDate('27/09/2020') // { ok: false, reason: 'write the year first, …; expected YYYY, …' }
 */
export function parseDate(text: unknown, options: ParseDateOptions = {}): ParseDateResult {
  const date = readDate(text, options);
  return typeof date === 'string' ? reject(date) : { ok: true, date };
}

/** Why one end of an interval is not a date: `its end "2020-13": not a real date: …`. */
const half = (name: string, text: string, why: string) => `its ${name} "${text}": ${why || 'not a date'}`;

/**
 * Parses an event's `date`: one date, or an EDTF interval in one field. `1994/2020-09-27` is `date` + `end`,
 * each end with its own qualifier (`1994~/2020?`); `1994/..` is ongoing and `1994/` has an unknown end. A start
 * that is open or unknown (`../2020`, `/2020`) is refused, since an event needs a known start, and so is an end
 * that finishes before the start begins. Never throws.
 *
 * @example parseInterval('1994/..') // { ok: true, date: 1994, openEnd: 'ongoing' }
 */
export function parseInterval(text: unknown, options: ParseDateOptions = {}): ParseIntervalResult {
  const slash = typeof text === 'string' ? text.indexOf('/') : -1;
  if (slash < 0 || /^\d{1,2}\/\d/.test(text as string)) return parseDate(text, options);
  const a = (text as string).slice(0, slash);
  const b = (text as string).slice(slash + 1);
  if (a === '' || a === '..') {
    return reject('an event needs a known start: write it before the /');
  }
  const date = readDate(a, options);
  if (typeof date === 'string') return reject(half('start', a, date));
  if (b === '..' || b === '') return { ok: true, date, openEnd: b ? 'ongoing' : 'unknown' };
  const end = readDate(b, options);
  if (typeof end === 'string') return reject(half('end', b, end));
  if (end.end <= date.start) return reject(`its end "${b}" is before its start "${a}"`);
  return { ok: true, date, end };
}
