/**
 * Tick positions on the month and year boundaries of a calendar other than the Gregorian (Persian, Islamic, Hebrew,
 * Chinese…), found with Intl alone: the calendar's year and month of a day come from `formatToParts`, and a
 * boundary is where they change, found by a binary search over days. No calendar tables. The element loads this
 * module on demand (the bundle's `event-timeline.calendars.js` chunk) when the locale's calendar needs it.
 *
 * Times are floating ms (calendar time read as UTC), as everywhere in the layout.
 */
import type { CalendarTicks } from './ticks.js';

const DAY = 86_400_000;
/** Every month of these calendars is 29 to 31 days long (Coptic and Ethiopic add a short 13th, skipped over). */
const MONTH_REACH = 32 * DAY;
/** Every year is 353 to 385 days long (a leap Hebrew year is the longest). */
const YEAR_REACH = 386 * DAY;

type Unit = 'month' | 'year';

interface Place {
  /** The calendar's year number (`relatedYear` for the Chinese calendars). */
  readonly year: number;
  /** The calendar's month, as Intl names it ("1", "Adar II"): only compared. */
  readonly month: string;
}

const made = new Map<string, CalendarTicks | null>();

/**
 * The tick finder of `calendar` (an Intl calendar identifier: `persian`, `islamic-umalqura`, `hebrew`…), or null
 * when Intl does not know it or cannot number its years.
 *
 * @example calendarTicks('persian')?.ticks('year', 1, Date.UTC(2019, 6), Date.UTC(2021, 6)) // 20 March 2020, 21 March 2021
 */
export function calendarTicks(calendar: string): CalendarTicks | null {
  let c = made.get(calendar);
  if (c === undefined) {
    c = make(calendar);
    made.set(calendar, c);
  }
  return c;
}

function make(calendar: string): CalendarTicks | null {
  let format: Intl.DateTimeFormat;
  try {
    // English with Latin digits, only to read the calendar's numbers back.
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      year: 'numeric',
      month: 'numeric',
      timeZone: 'UTC',
    });
  } catch {
    return null;
  }
  if (format.resolvedOptions().calendar !== calendar) return null;

  const places = new Map<number, Place>();
  const placeOf = (day: number): Place => {
    let p = places.get(day);
    if (!p) {
      if (places.size > 50_000) places.clear();
      let year = Number.NaN;
      let month = '';
      for (const part of format.formatToParts(day * DAY)) {
        // `relatedYear` (Chinese calendars) is not in TypeScript's list of part types yet.
        if (part.type === 'year' || (part.type as string) === 'relatedYear') year = Number.parseInt(part.value, 10);
        else if (part.type === 'month') month = part.value;
      }
      p = { year, month };
      places.set(day, p);
    }
    return p;
  };
  const same = (unit: Unit, a: Place, b: Place) => a.year === b.year && (unit === 'year' || a.month === b.month);

  /** The first day (floating midnight) of the month or year holding `t`. */
  const floor = (unit: Unit, t: number): number => {
    let hi = Math.floor(t / DAY);
    const here = placeOf(hi);
    let lo = hi - (unit === 'year' ? YEAR_REACH : MONTH_REACH) / DAY;
    // lo is in an earlier month (or year), hi in this one: the boundary is between them.
    if (same(unit, placeOf(lo), here)) return lo * DAY;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (same(unit, placeOf(mid), here)) hi = mid;
      else lo = mid;
    }
    return hi * DAY;
  };
  const next = (unit: Unit, boundary: number) => floor(unit, boundary + (unit === 'year' ? YEAR_REACH : MONTH_REACH));

  /** A month's place in its year, 0 for the first: the months of a year are counted from its start. */
  const ordinals = new Map<number, number>();
  const ordinal = (month: number): number => {
    let n = ordinals.get(month);
    if (n === undefined) {
      n = 0;
      for (let b = floor('year', month); b < month && n < 14; b = next('month', b)) n++;
      ordinals.set(month, n);
    }
    return n;
  };

  // The mean length of the calendar's year, from two years 400 apart: a first guess where a far year begins.
  const anchor = floor('year', Date.UTC(2000, 6));
  const later = floor('year', anchor + 400 * 365.25 * DAY);
  const years = placeOf(later / DAY).year - placeOf(anchor / DAY).year;
  if (!Number.isFinite(years) || years <= 0) return null;
  const meanYear = (later - anchor) / years;
  const yearOf = (t: number) => placeOf(Math.floor(t / DAY)).year;

  /** Where the calendar's year `y` begins: guessed from the mean year, corrected by what Intl says. */
  const startOf = (y: number): number => {
    let t = anchor + (y - yearOf(anchor)) * meanYear + meanYear / 2;
    for (let i = 0; i < 8; i++) {
      const seen = yearOf(t);
      if (seen === y || !Number.isFinite(seen)) break;
      t += (y - seen) * meanYear;
    }
    return floor('year', t);
  };

  return {
    floor,
    ticks(unit, step, start, end) {
      const out: number[] = [];
      if (unit === 'year' && step > 1) {
        const first = Math.ceil(yearOf(start) / step) * step;
        for (let y = first; y <= yearOf(end); y += step) {
          const t = startOf(y);
          if (t >= start && t <= end) out.push(t);
        }
        return out;
      }
      for (let b = floor(unit, start); b <= end; b = next(unit, b)) {
        if (b >= start && (unit === 'year' || ordinal(b) % step === 0)) out.push(b);
      }
      return out;
    },
  };
}
