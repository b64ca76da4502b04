import { type CountableTimeInterval, utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcSecond } from 'd3-time';
import { floatingDate } from '../data/dates.js';
import { dayLabel, dayMonthLabel, dayMonthYearLabel, formatter, yearLabel } from '../data/format.js';
import type { TimeScale } from './scale.js';

/** A tick on the axis: its time (floating ms), where it is along the axis, px and its label. */
export interface Tick {
  readonly value: number;
  readonly t: number;
  /** Empty when the label would run past the end edge (the tick itself is still drawn). */
  readonly label: string;
}

/** Labels start this far right of their tick, px. */
export const TICK_LABEL_OFFSET = 3;

/** The ticks for one zoom level: fine ticks, and the coarser context row above them (months above days…). */
export interface AxisTicks {
  readonly unit: TickUnit;
  readonly step: number;
  readonly minor: Tick[];
  readonly major: Tick[];
}

export type TickUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

/**
 * The month and year boundaries of a calendar other than the Gregorian (src/layout/calendar.ts, loaded on demand),
 * floating ms: `ticks` those in `[start, end]` (every `step`-th month of its year, or years that are multiples of
 * `step`), `floor` the one starting the month or year that holds `t`.
 */
export interface CalendarTicks {
  ticks(unit: 'month' | 'year', step: number, start: number, end: number): number[];
  floor(unit: 'month' | 'year', t: number): number;
}

export interface TickOptions {
  /** Month and year ticks on this calendar's boundaries (the locale's, when it is not the Gregorian). */
  calendar?: CalendarTicks | null;
  /** Width of a label in px; defaults to an estimate of 7 px per character. */
  measure?: (text: string) => number;
  /**
   * Extent along the axis of a context-row label, px; defaults to `measure`. The vertical axis sets its tick
   * labels across the axis (`measure` gives their height) and its context row along it (rotated: its width).
   */
  majorMeasure?: (text: string) => number;
  /** Minimum free space between two labels, px. Default 12. */
  gap?: number;
  /** Minimum distance between two ticks, px, so the axis stays calm. Default 64. */
  minSpacing?: number;
}

interface Level {
  unit: TickUnit;
  step: number;
  /** Rough length of one step, ms: only to skip levels that would make thousands of ticks. */
  ms: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

// From fine to coarse; the first level whose labels fit wins.
const LEVELS: Level[] = [
  ...[1, 5, 15, 30].map((step) => ({ unit: 'second' as const, step, ms: step * SECOND })),
  ...[1, 5, 15, 30].map((step) => ({ unit: 'minute' as const, step, ms: step * MINUTE })),
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, ms: step * HOUR })),
  ...[1, 2, 7].map((step) => ({ unit: 'day' as const, step, ms: step * DAY })),
  ...[1, 3, 6].map((step) => ({ unit: 'month' as const, step, ms: step * MONTH })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000].map((step) => ({
    unit: 'year' as const,
    step,
    ms: step * YEAR,
  })),
];

const INTERVALS: Record<Exclude<TickUnit, 'year'>, CountableTimeInterval> = {
  second: utcSecond,
  minute: utcMinute,
  hour: utcHour,
  day: utcDay,
  month: utcMonth,
};

/** The unit of the context row above each tick unit. */
const MAJOR_UNIT: Record<TickUnit, TickUnit | null> = {
  second: 'minute',
  minute: 'day',
  hour: 'day',
  day: 'month',
  month: 'year',
  year: null,
};

/** A year tick's label: the astronomical year, or (`cal`) the calendar's year that begins at `t`. */
function yearTick(locale: string, cal: boolean): (t: number) => string {
  return cal
    ? (t) => formatter(locale, { year: 'numeric' }).format(t)
    : (t) => yearLabel(new Date(t).getUTCFullYear(), locale);
}

/** Label variants per unit, longest first: the longest that fits is used. */
function minorLabels(unit: TickUnit, locale: string, cal: boolean): ((t: number) => string)[] {
  switch (unit) {
    case 'second':
      return [(t) => formatter(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(t)];
    case 'minute':
    case 'hour':
      return [(t) => formatter(locale, { hour: '2-digit', minute: '2-digit' }).format(t)];
    case 'day':
      return [(t) => dayMonthLabel(t, locale), (t) => dayLabel(t, locale)];
    case 'month':
      return [
        (t) => formatter(locale, { month: 'long' }).format(t),
        (t) => formatter(locale, { month: 'short' }).format(t),
      ];
    case 'year':
      return [yearTick(locale, cal)];
  }
}

/** Context-row label variants, longest first. */
function majorLabels(unit: TickUnit, locale: string, cal: boolean): ((t: number) => string)[] {
  switch (unit) {
    case 'minute':
      return [
        (t) => `${dayMonthYearLabel(t, locale)} ${formatter(locale, { hour: '2-digit', minute: '2-digit' }).format(t)}`,
        (t) => formatter(locale, { hour: '2-digit', minute: '2-digit' }).format(t),
      ];
    case 'day':
      return [(t) => dayMonthYearLabel(t, locale), (t) => dayMonthLabel(t, locale), (t) => dayLabel(t, locale)];
    case 'month':
      return [
        (t) => formatter(locale, { month: 'long', year: 'numeric' }).format(t),
        (t) => formatter(locale, { month: 'short', year: 'numeric' }).format(t),
        (t) => formatter(locale, { month: 'short' }).format(t),
      ];
    default:
      return [yearTick(locale, cal)];
  }
}

/**
 * Year ticks on round historical years: 500 BC, AD 1, 500… There is no year 0 in historical numbering, so BC
 * years count from astronomical year 0 = 1 BC.
 */
function yearTicks(start: number, end: number, step: number): number[] {
  const first = new Date(start).getUTCFullYear();
  const last = new Date(end).getUTCFullYear();
  const out: number[] = [];
  const push = (y: number) => {
    const t = floatingDate(y);
    if (t >= start && t <= end) out.push(t);
  };
  if (step === 1) {
    for (let y = first; y <= last; y++) push(y);
    return out;
  }
  // BC side: historical year h = 1 - y, on multiples of step.
  if (first <= 0) {
    const hFrom = 1 - Math.min(last, 0);
    const hTo = 1 - first;
    for (let h = Math.ceil(hTo / step) * step; h >= hFrom; h -= step) if (h > 0) push(1 - h);
  }
  if (last >= 1) {
    for (let y = Math.max(step, Math.ceil(Math.max(first, 1) / step) * step); y <= last; y += step) push(y);
  }
  return out;
}

function unitTicks(unit: TickUnit, step: number, start: number, end: number, cal?: CalendarTicks | null): number[] {
  if (cal && (unit === 'month' || unit === 'year')) return cal.ticks(unit, step, start, end);
  if (unit === 'year') return yearTicks(start, end, step);
  // Weeks start on Mondays: every seventh day of the month would crowd 29 September against 1 October.
  if (unit === 'day' && step === 7) return utcMonday.range(new Date(start), new Date(end + 1)).map(Number);
  const interval = INTERVALS[unit].every(step);
  return interval ? interval.range(new Date(start), new Date(end + 1)).map(Number) : [];
}

/** Whether left-aligned labels leave `gap` px between each other. */
function apart(ticks: Tick[], measure: (text: string) => number, gap: number): boolean {
  return ticks.every((t, i) => i === 0 || ticks[i - 1].t + measure(ticks[i - 1].label) + gap <= t.t);
}

function fits(
  ticks: Tick[],
  measure: (text: string) => number,
  gap: number,
  width: number,
  minSpacing: number,
): boolean {
  for (let i = 0; i < ticks.length; i++) {
    const end = ticks[i].t + Math.max(minSpacing, measure(ticks[i].label) + gap);
    if (i + 1 < ticks.length && end > ticks[i + 1].t) return false;
  }
  // A single tick in a wide window would leave the axis bare: ask for at least two, unless nothing finer exists.
  return ticks.length >= 2 || width < 120;
}

/**
 * Chooses the finest tick level whose labels do not overlap at this zoom and width, labels it in `locale`
 * with Intl, and adds a context row (the month above days, the year above months) whose first label sticks to
 * the start edge while it fits whole before the next. Labels start at their tick.
 *
 * @example computeTicks(scale, 'fr-FR') // days: "27 sept.", "1er oct." with "septembre 2020" above
 */
export function computeTicks(scale: TimeScale, locale: string, options: TickOptions = {}): AxisTicks {
  const measure = options.measure ?? ((text: string) => text.length * 7);
  const majorMeasure = options.majorMeasure ?? measure;
  const gap = options.gap ?? 12;
  const minSpacing = options.minSpacing ?? 64;
  const cal = options.calendar;
  const [t0, t1] = scale.range();
  const width = Math.abs(t1 - t0);
  const [d0, d1] = scale.domain().map(Number);
  const span = d1 - d0;

  for (const level of LEVELS) {
    // Ticks closer than the minimum spacing can never fit: skip the level before formatting a single label (this
    // runs on every zoom frame). Months and years vary in length, hence the 0.9.
    if ((level.ms * width) / span < minSpacing * 0.9 || span / level.ms > 2000) continue;
    const values = unitTicks(level.unit, level.step, d0, d1, cal);
    for (const label of minorLabels(level.unit, locale, !!cal)) {
      const minor = values.map((value) => ({ value, t: scale(value), label: label(value) }));
      if (fits(minor, measure, gap, width, minSpacing) || level === LEVELS[LEVELS.length - 1]) {
        // A label cut by the end edge ("202", "octobre 20") reads as something else: keep the tick, drop the label.
        const inside = (m: (text: string) => number) => (t: Tick) =>
          t.t + TICK_LABEL_OFFSET + m(t.label) <= t1 ? t : { ...t, label: '' };
        return {
          unit: level.unit,
          step: level.step,
          minor: minor.map(inside(measure)),
          major: majorTicks(level.unit, scale, locale, majorMeasure, gap, cal).map(inside(majorMeasure)),
        };
      }
    }
  }
  return { unit: 'year', step: 1, minor: [], major: [] };
}

function majorTicks(
  unit: TickUnit,
  scale: TimeScale,
  locale: string,
  measure: (text: string) => number,
  gap: number,
  cal?: CalendarTicks | null,
): Tick[] {
  const majorUnit = MAJOR_UNIT[unit];
  if (!majorUnit) return [];
  const [d0, d1] = scale.domain().map(Number);
  const floor =
    cal && (majorUnit === 'month' || majorUnit === 'year')
      ? cal.floor(majorUnit, d0)
      : majorUnit === 'year'
        ? floatingDate(new Date(d0).getUTCFullYear())
        : INTERVALS[majorUnit].floor(new Date(d0));
  const values = unitTicks(majorUnit, 1, +floor, d1, cal);
  const variants = majorLabels(majorUnit, locale, !!cal);
  let ticks: Tick[] = [];
  for (const label of variants) {
    ticks = values.map((value) => ({ value, t: scale(value), label: label(value) }));
    if (apart(ticks, measure, gap)) break;
  }
  if (ticks.length === 0) return [];
  // The first label sticks to the start edge while it fits whole before the next one; then it gives way: pushed
  // past the edge, it would read as something else ("020" for "août 2020"), as a label cut by the end edge would.
  const [t0] = scale.range();
  const first = ticks[0];
  if (first.t < t0) {
    const next = ticks[1];
    ticks[0] = { ...first, t: t0, label: next && next.t - measure(first.label) - gap < t0 ? '' : first.label };
  }
  return ticks;
}
