import type { TimelineEvent } from '../timeline.types.js';
import type { TimeScale } from './scale.js';
import type { PlacedEvent } from './types.js';

/** How far an era with an unknown end runs on past its known part, fading out, px. */
export const OPEN_END_FADE = 48;

/**
 * An event beside its mark (vertical): its label, `height` px along the axis, centred on a point's mark, or at
 * the start of a range's bar (kept in view while the bar is), and nothing else along the axis.
 */
export function placeBeside(
  event: TimelineEvent,
  scale: TimeScale,
  t0: number,
  t1: number,
  height: number,
  besideAt: (t: number, height: number) => number,
): Omit<PlacedEvent, 'row' | 'lane' | 'across'> {
  const t = scale(event.start);
  let t2 = t;
  let labelT: number;
  let band: PlacedEvent['band'];
  if (event.isRange) {
    t2 = Math.max(t + 2, scale(event.end)) + (event.openEnd === 'unknown' ? OPEN_END_FADE : 0);
    labelT = Math.max(t0, Math.min(t1 - height, Math.max(t, Math.min(t0, t2 - height))));
  } else {
    const bandEnd = scale(event.date.end);
    if (bandEnd - t >= 4) band = { t, t2: bandEnd };
    labelT = besideAt(t, height);
  }
  const cut = height > t1 - t0 ? { labelMax: Math.max(0, t1 - t0) } : {};
  const to = labelT + Math.min(height, t1 - t0);
  return { kind: 'event', event, t, t2, labelT, labelBefore: false, ...cut, band, from: labelT, to };
}
