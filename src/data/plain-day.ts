/**
 * `YYYY-MM-DD` read without the date grammar's regular expression: the usual form in big documents, where the
 * regular expression was the largest cost per event. Part of the `event-timeline.live.js` chunk (installed into
 * dates.ts by steps.ts): small documents do not need it.
 */
import type { TimelineDate } from '../timeline.types.js';
import { daysInMonth, floatingDate } from './dates.js';

/** The number the digits of `text` from `from` to `to` write, or NaN. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/** `YYYY-MM-DD` of a real day (years 1000–9999); anything else is undefined, for the full reading. */
export function plainDay(text: string): TimelineDate | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const month = digits(text, 5, 7) - 1;
  const day = digits(text, 8, 10);
  // NaN fails every comparison below.
  if (!(y >= 1000 && month >= 0 && month <= 11 && day >= 1 && day <= daysInMonth(y, month))) return undefined;
  const start = floatingDate(y, month, day);
  const end = floatingDate(y, month, day + 1);
  return { text, precision: 'day', start, end, approximate: false, uncertain: false };
}
