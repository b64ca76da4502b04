/**
 * The date grammar of DESIGN.md §2: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.sss]][Z|±hh:mm]`,
 * signed and long years (up to ±250,000, see `MAX_YEAR`), and a trailing EDTF qualifier (`~`, `?` or `%`).
 *
 * Positions are "floating" milliseconds: the calendar date and wall-clock time stored as if they were UTC, so a
 * date never moves with the reader's time zone. Nothing here reads the process time zone.
 */
import type { DatePrecision, TimelineDate } from '../timeline.types.js';

/** The result of {@link parseDate}: the date, or a reason that ends by listing the accepted forms. */
export type ParseDateResult = { ok: true; date: TimelineDate } | { ok: false; reason: string };

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
  'expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][Z|±hh:mm], optionally ending in ~ or ?';

// One anchored pattern: each group is optional only after the previous one, so "2020--27" cannot sneak through.
const GRAMMAR =
  /^([+-]?\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?)?)?([~?%])?$/;

const MINUTE_MS = 60_000;
/**
 * The furthest year either way. JavaScript dates reach about ±270,000; the axis adds a margin around the events,
 * which must stay inside that range too, or the whole axis turns to NaN. ±250,000 leaves room for it.
 */
export const MAX_YEAR = 250_000;
const TOO_FAR = `the year is too far away: years go from -${MAX_YEAR} to ${MAX_YEAR}`;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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
  return zoneFormatter(tz) !== null;
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
 * The wall-clock time of an instant in `timeZone`, as floating ms. UTC needs no lookup; an unknown zone is
 * treated as UTC (see {@link isValidTimeZone}).
 */
function wallClock(instant: number, timeZone: string): number {
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

function daysInMonth(y: number, m: number): number {
  return m === 1 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m];
}

/** A readable year for messages: astronomical 0 is 1 BC. */
function yearForMessage(y: number): string {
  return y > 0 ? String(y) : `${1 - y} BC`;
}

function reject(problem: string): { ok: false; reason: string } {
  return { ok: false, reason: problem ? `${problem}; ${ACCEPTED_DATE_FORMS}` : ACCEPTED_DATE_FORMS };
}

/** Hints for near misses, so the message says what to change rather than only what is allowed. */
function hintFor(text: string): string {
  if (/^[+-]?\d{1,3}(?:$|[-~?%])/.test(text)) return 'years need at least 4 digits (write 0050 for AD 50)';
  if (/^[+-]?\d{4,}-\d{2}-\d{2}[ t]\d/.test(text)) return 'put a capital T between the date and the time';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text)) return 'write the year first, as in 2020-09-27';
  if (/^[+-]?\d{4,}-\d{1}(?:$|-)/.test(text) || /^[+-]?\d{4,}-\d{2}-\d{1}(?:$|T)/.test(text)) {
    return 'months and days need 2 digits (09, not 9)';
  }
  return '';
}

/**
 * Parses one date of the DESIGN.md §2 grammar. Never throws.
 *
 * - Date-only values are calendar dates (floating ms); `start`/`end` bound the whole period written, `end`
 *   exclusive: `1994` covers [1994-01-01, 1995-01-01).
 * - A date-time without offset is the wall-clock time as written. With `Z` or `±hh:mm` it is an instant, stored
 *   as its wall-clock time in `options.timeZone` (default UTC).
 * - Nothing is guessed: other forms, impossible dates (`2020-02-30`), hour 24, numbers and surrounding spaces are
 *   rejected.
 *
 * The `reason` is a clause meant to follow `"<field>" is <value>, ` and always ends by listing the accepted forms.
 *
 * @example parseDate('2020-09-27') // { ok: true, date: { precision: 'day', start: 2020-09-27, end: 2020-09-28, … } }
 * @example parseDate('-0500~') // 501 BC, approximate
 * @example parseDate('27/09/2020') // { ok: false, reason: 'write the year first, …; expected YYYY, …' }
 */
export function parseDate(text: unknown, options: ParseDateOptions = {}): ParseDateResult {
  if (typeof text !== 'string') {
    // The caller echoes the value and its type; say what to do about a bare number, the usual slip.
    if (typeof text === 'number') return reject(`not a string: write it in quotes, like "${text}"`);
    return reject('not a string');
  }
  if (text === '') return reject('empty');
  if (text.trim() !== text) {
    // Spaces usually come from copy-paste; accepting them silently would hide a sloppy source.
    return reject('it has spaces around it, which are not removed for you');
  }
  const m = GRAMMAR.exec(text);
  if (!m) return reject(hintFor(text));

  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fractionText, offsetText, qualifier] = m;
  const year = Number(yearText);
  if (Math.abs(year) > MAX_YEAR) return reject(TOO_FAR);
  // -0 and 0 are the same astronomical year; normalise so labels never show "-0".
  const y = year === 0 ? 0 : year;
  const month = monthText === undefined ? 0 : Number(monthText) - 1;
  const day = dayText === undefined ? 1 : Number(dayText);
  const hour = hourText === undefined ? 0 : Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  // ".5" is half a second: pad on the right.
  const millisecond = fractionText === undefined ? 0 : Number(fractionText.padEnd(3, '0'));

  if (month < 0 || month > 11) return reject(`not a real date: months go from 01 to 12, not ${monthText}`);
  if (dayText !== undefined) {
    const days = daysInMonth(y, month);
    if (day < 1) return reject('not a real date: days start at 01');
    if (day > days) {
      return reject(`not a real date: ${MONTH_NAMES[month]} ${yearForMessage(y)} has ${days} days`);
    }
  }
  if (hourText !== undefined) {
    if (hour > 23) return reject(`not a real time: hours go from 00 to 23, not ${hourText}`);
    if (minute > 59) return reject(`not a real time: minutes go from 00 to 59, not ${minuteText}`);
    if (second > 59) return reject(`not a real time: seconds go from 00 to 59, not ${secondText}`);
  }
  let offsetMinutes: number | null = null;
  if (offsetText !== undefined) {
    if (offsetText === 'Z') offsetMinutes = 0;
    else {
      const oh = Number(offsetText.slice(1, 3));
      const om = Number(offsetText.slice(4, 6));
      if (oh > 23 || om > 59) return reject(`not a real time zone offset: ${offsetText}`);
      offsetMinutes = (offsetText[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
  }

  let precision: DatePrecision;
  let start: number;
  let end: number;
  if (hourText === undefined) {
    if (monthText === undefined) {
      precision = 'year';
      start = floatingDate(y);
      end = floatingDate(y + 1);
    } else if (dayText === undefined) {
      precision = 'month';
      start = floatingDate(y, month);
      end = floatingDate(y, month + 1);
    } else {
      precision = 'day';
      start = floatingDate(y, month, day);
      end = floatingDate(y, month, day + 1);
    }
  } else {
    precision = fractionText !== undefined ? 'millisecond' : secondText !== undefined ? 'second' : 'minute';
    const written = floatingDate(y, month, day, hour, minute, second, millisecond);
    if (!Number.isFinite(written)) return reject(TOO_FAR);
    const timeZone = typeof options?.timeZone === 'string' && options.timeZone ? options.timeZone : 'UTC';
    start = offsetMinutes === null ? written : wallClock(written - offsetMinutes * MINUTE_MS, timeZone);
    // A wall-clock period keeps its length even across a DST change: it names one minute/second of the instant.
    end = start + (precision === 'minute' ? MINUTE_MS : precision === 'second' ? 1000 : 1);
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return reject(TOO_FAR);
  return {
    ok: true,
    date: {
      text,
      precision,
      start,
      end,
      approximate: qualifier === '~' || qualifier === '%',
      uncertain: qualifier === '?' || qualifier === '%',
    },
  };
}
