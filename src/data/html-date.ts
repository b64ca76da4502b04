import type { DatePrecision, TimelineDate } from '../timeline.types.js';

const HTML_CUT: Partial<Record<DatePrecision, number>> = {
  year: 4,
  month: 7,
  day: 10,
  minute: 16,
  second: 19,
  millisecond: 23,
};

/**
 * A valid HTML `datetime` value for a date (`<time datetime>`), or `undefined` where HTML has none: decades,
 * centuries, seasons, and years outside 1…9999. `1994`, `2020-09`, `2020-09-27`, `2020-09-27T04:10:00.123` (the
 * wall-clock time at which the timeline shows it, without offset). Use it rather than `TimelineDate.text`, which is
 * not valid HTML for many accepted forms (`199X`, `2020-23`, `2020-09-27t04:10z`, `T24:00`, `+04`, `−02:00`).
 *
 * @example htmlDateTime(parseDate('2020-09-27 04:10:00.123456+04:00').date) // '2020-09-27T00:10:00.123'
 */
export function htmlDateTime(date: TimelineDate): string | undefined {
  const iso = new Date(date.start).toISOString();
  const cut = HTML_CUT[date.precision];
  return cut && /^(?!0000)\d{4}-/.test(iso) ? iso.slice(0, cut) : undefined;
}
