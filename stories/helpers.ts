import type { EventTimeline } from '../src/timeline.js';

/** Resolves once the timeline has measured itself and rendered its axis (after the ResizeObserver's first call). */
export async function rendered(el: EventTimeline, timeout = 3000): Promise<EventTimeline> {
  const started = performance.now();
  for (;;) {
    await el.updateComplete;
    const root = el.shadowRoot;
    if (root?.querySelector('.axis .tick') || root?.querySelector('.empty')) {
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      return el;
    }
    if (performance.now() - started > timeout) throw new Error('event-timeline did not render in time');
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** Visible text of the rendered event labels, in date order. */
export function labels(el: EventTimeline): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part~="label"]') ?? [])].map((n) => n.textContent ?? '');
}

/** Visible tick labels on the axis (minor then major rows). */
export function tickLabels(el: EventTimeline): string[] {
  return [...(el.shadowRoot?.querySelectorAll('.axis text') ?? [])].map((n) => n.textContent ?? '');
}

/** The cluster marks' accessible names. */
export function clusters(el: EventTimeline): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part~="cluster"]') ?? [])].map(
    (n) => n.getAttribute('aria-label') ?? '',
  );
}

/** Waits until `check` passes (for animated zooms). */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until the visible range stops changing (animations and throttled events are over). */
export async function settled(el: EventTimeline, timeout = 3000): Promise<void> {
  const started = performance.now();
  let last = '';
  let stable = 0;
  while (stable < 5) {
    if (performance.now() - started > timeout) throw new Error('the timeline did not settle in time');
    await new Promise((r) => setTimeout(r, 40));
    const now = `${el.visibleRange.start.getTime()}-${el.visibleRange.end.getTime()}`;
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  await el.updateComplete;
}

/** Pairs of visible labels and cluster marks whose boxes intersect (should always be empty). */
export function overlappingLabels(el: EventTimeline): [string, string][] {
  const nodes = [...(el.shadowRoot?.querySelectorAll('[part~="label"], [part~="cluster"]') ?? [])];
  const boxes = nodes
    .map((n) => ({ text: n.textContent ?? '', r: n.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0);
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r;
      const b = boxes[j].r;
      // Half a pixel of tolerance for sub-pixel text metrics.
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        out.push([boxes[i].text, boxes[j].text]);
      }
    }
  }
  return out;
}

/** How many events are on screen as a labelled mark or inside a cluster. */
export function reachableCount(el: EventTimeline): number {
  const root = el.shadowRoot!;
  const marks = root.querySelectorAll('[part~="event"]').length;
  const inClusters = [...root.querySelectorAll('[part~="cluster"]')].reduce(
    (n, c) => n + Number.parseInt(c.textContent?.replace('+', '') ?? '0', 10),
    0,
  );
  return marks + inClusters;
}
