/**
 * Where one item's label goes beside its mark along the axis (horizontal geometry): after it, before it near the
 * end edge, wrapped onto more rows, or cut; and the extent a point or range then covers. `stack.ts` picks its row.
 */
import type { TimelineEvent } from '../timeline.types.js';
import { OPEN_END_FADE } from './beside.js';
import type { TimeScale } from './scale.js';
import type { PlacedEvent } from './types.js';

/** Where a label of this width fits whole beside a mark at `x`: after it, else before it, else nowhere. */
export function labelSide(t: number, width: number, r: number, t0: number, t1: number): 'after' | 'before' | null {
  if (t + r + 4 + width <= t1) return 'after';
  if (t - r - 4 - width >= t0) return 'before';
  return null;
}

/** Labels wrap onto at most this many rows; past that they are cut with an ellipsis. */
const MAX_LINES = 3;

/**
 * A label of `full` px beside a mark with `room` px: whole on one line when it fits, else wrapped (when `wrap`
 * says how) onto up to three lines, else cut to the room.
 */
export function fitLabel(
  full: number,
  room: number,
  wrap: (width: number) => { lines: number; width: number } | undefined,
): { w: number; lines: number; wrapped: boolean } {
  if (full <= room) return { w: full, lines: 1, wrapped: false };
  const wrapped = room > 0 ? wrap(room) : undefined;
  if (wrapped && wrapped.lines > 1) {
    return { w: Math.min(room, wrapped.width), lines: Math.min(MAX_LINES, wrapped.lines), wrapped: true };
  }
  return { w: room, lines: 1, wrapped: false };
}

export function place(
  event: TimelineEvent,
  scale: TimeScale,
  t0: number,
  t1: number,
  r: number,
  pad: number,
  labelWidth: number,
  wrap: (width: number) => { lines: number; width: number } | undefined,
): Omit<PlacedEvent, 'row' | 'lane' | 'across'> {
  const start = scale(event.start);
  if (event.isRange) {
    const t = start;
    // An era whose end is unknown runs on past its known part, fading out (the renderer's mask).
    const t2 = Math.max(t + 2, scale(event.end)) + (event.openEnd === 'unknown' ? OPEN_END_FADE : 0);
    // Sticky label: an era whose start is off-screen keeps its title at the start edge.
    let labelT = Math.max(t, Math.min(t0, t2 - labelWidth - pad)) + pad;
    // Near the end edge a short era's title would be cut: put it before the bar, as points do.
    if (labelT + labelWidth > t1 && t2 <= t1) labelT = Math.max(t0 + pad, Math.min(t1, t) - labelWidth - pad);
    // Still too wide for the view (a phone): cut it at the edge, where the renderer puts an ellipsis.
    const width = Math.max(0, Math.min(labelWidth, t1 - pad - labelT));
    return {
      kind: 'event',
      event,
      t,
      t2,
      labelT,
      labelBefore: labelT < t,
      ...(width < labelWidth && { labelMax: width }),
      from: Math.min(t, labelT - pad),
      to: Math.max(t2, labelT + width + pad),
    };
  }
  const bandEnd = scale(event.date.end);
  // A day (or longer) that began before the view but reaches into it has its mark, and so its title, at the start
  // edge, on the part of its band in view, as an era keeps its title there: the band alone would say nothing.
  const t = Math.min(Math.max(start, t0), bandEnd);
  const band = bandEnd - t >= 4 ? { t, t2: bandEnd } : undefined;
  // The label goes after the mark, or before it near the end edge; when neither side has room (a phone), on the
  // roomier side, wrapped onto more rows, or cut to fit.
  const side = labelSide(t, labelWidth, r, t0, t1);
  let width = labelWidth;
  let before = side === 'before';
  let fitted: ReturnType<typeof fitLabel> | undefined;
  if (side === null) {
    const after = t1 - (t + r + 4);
    const ahead = t - r - 4 - t0;
    before = ahead > after;
    fitted = fitLabel(labelWidth, Math.max(0, before ? ahead : after), wrap);
    width = fitted.w;
  }
  const labelT = before ? t - r - 4 - width : t + r + 4;
  return {
    kind: 'event',
    event,
    t,
    t2: t,
    labelT,
    labelBefore: before,
    ...(width < labelWidth && !fitted?.wrapped && { labelMax: width }),
    ...(fitted?.wrapped && { lines: fitted.lines, wrapWidth: width }),
    band,
    from: Math.min(t - r, labelT),
    to: Math.max(t + r, labelT + width, band ? band.t2 : -Infinity),
  };
}
