import { loadLanguages } from '../src/i18n.js';
import { loadCalendars } from '../src/labels.js';
import type { EventTimeline } from '../src/timeline.js';

/** Resolves once the timeline has measured itself and rendered its axis (after the ResizeObserver's first call). */
export async function rendered(el: EventTimeline, timeout = 3000): Promise<EventTimeline> {
  const started = performance.now();
  for (;;) {
    await el.updateComplete;
    const root = el.shadowRoot;
    if (root?.querySelector('.axis .tick') || root?.querySelector('.empty')) {
      // A language beyond English and French arrives in its own chunk, and the element then draws again.
      await loadLanguages();
      // So do the ticks of calendars other than the Gregorian (Persian for `fa`).
      await loadCalendars();
      // So does the story chunk (the detail panel, the legend, autoplay, deep links), prefetched when idle.
      await storyLoaded(el);
      // The element then grows to fit its rows: wait until its height holds for two frames.
      let height = -1;
      for (let stable = 0; stable < 2 && performance.now() - started < timeout; ) {
        await new Promise((r) => requestAnimationFrame(r));
        await el.updateComplete;
        const now = el.getBoundingClientRect().height;
        stable = now === height ? stable + 1 : 0;
        height = now;
      }
      return el;
    }
    if (performance.now() - started > timeout) throw new Error('event-timeline did not render in time');
    await new Promise((r) => setTimeout(r, 16));
  }
}

/**
 * Waits for the story chunk (src/render/story.ts): the element loads it when it first needs it (a selection, a
 * document with categories or issues, `autoplay`, `deep-link`) and prefetches it when idle; this waits until the
 * element has it and has drawn with it.
 */
export async function storyLoaded(el: EventTimeline, timeout = 5000): Promise<void> {
  const { storyStyles } = await import('../src/render/story.styles.js');
  // The element has it once it adopted the chunk's style sheet.
  await until(() => el.shadowRoot?.adoptedStyleSheets.includes(storyStyles.styleSheet!) ?? false, timeout);
  await el.updateComplete;
}

/** Visible text of the rendered event labels, in date order. */
export function labels(el: EventTimeline): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part~="label"]') ?? [])].map((n) => n.textContent ?? '');
}

/** Visible tick labels on the axis (minor then major rows). */
export function tickLabels(el: EventTimeline): string[] {
  return [...(el.shadowRoot?.querySelectorAll('.axis text') ?? [])].map(tickTextOf);
}

/** A tick's (or tick label's) text as read: without the isolates that keep each label in its own direction. */
export function tickTextOf(node: Element): string {
  return (node.textContent ?? '').replace(/[\u2068\u2069]/g, '').trim();
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

/**
 * The number of events a cluster's drawn text gives: "+12 345", "+12,345", "12 events, …", without its sign, group
 * separators and the isolates that keep a "+N" in its language's direction.
 */
export function countOf(cluster: Element): number {
  return Number.parseInt(cluster.textContent?.replace(/[+\s\u00a0\u202f,.\u2066\u2067\u2069]/g, '') ?? '0', 10);
}

/** How many events are on screen as a labelled mark or inside a cluster. */
export function reachableCount(el: EventTimeline): number {
  const root = el.shadowRoot!;
  const marks = root.querySelectorAll('[part~="event"]').length;
  const inClusters = [...root.querySelectorAll('[part~="cluster"]')].reduce((n, c) => n + countOf(c), 0);
  return marks + inClusters;
}

/** The labels a reader can read whole: on screen inside the plot and not cut by an ellipsis (wrapped is whole). */
export function wholeLabels(el: EventTimeline): string[] {
  const root = el.shadowRoot!;
  const plot = root.querySelector('.plot')!.getBoundingClientRect();
  return [...root.querySelectorAll<HTMLElement>('[part~="label"]')]
    .filter((label) => {
      const box = label.getBoundingClientRect();
      const inside = box.left >= plot.left - 0.5 && box.right <= plot.right + 0.5 && box.bottom <= plot.bottom;
      const whole = label.scrollWidth <= label.clientWidth + 1 && label.scrollHeight <= label.clientHeight + 1;
      return inside && box.width > 0 && whole;
    })
    .map((label) => label.textContent ?? '');
}

/**
 * The tallest band across the plot, above the axis, that no event touches (label, mark, bar or cluster), as a
 * share of the element's height.
 */
export function largestEmptyBand(el: EventTimeline): number {
  const root = el.shadowRoot!;
  const top = root.querySelector('.plot')!.getBoundingClientRect().top;
  const bottom = root.querySelector('.axis')!.getBoundingClientRect().top;
  const spans = [...root.querySelectorAll('.item > *')]
    .map((n) => n.getBoundingClientRect())
    .filter((r) => r.height > 0)
    .map((r) => [Math.max(top, r.top), Math.min(bottom, r.bottom)] as const)
    .sort((a, b) => a[0] - b[0]);
  let gap = 0;
  let reached = top;
  for (const [from, to] of spans) {
    gap = Math.max(gap, from - reached);
    reached = Math.max(reached, to);
  }
  gap = Math.max(gap, bottom - reached);
  return gap / el.getBoundingClientRect().height;
}

/** The showcase at full extent: the ceasefire, the era, and the three autumn 2020 events as a stack of callouts. */
export const SHOWCASE_LABELS = [
  'Cessez-le-feu : le conflit est « gelé »',
  'Le conflit gelé',
  '27 sept. · Escalade au Haut-Karabakh, loi martiale',
  "1er oct. · Lavrov et Çavuşoğlu pour l'arrêt immédiat des hostilités",
  "1er oct. · Déclaration des coprésidents du Groupe de Minsk de l'OSCE",
];

/** Whether each title is on screen whole (a callout's label ends with its title). */
export function titlesWhole(el: EventTimeline, titles: readonly string[]): string[] {
  const whole = wholeLabels(el);
  return titles.filter((title) => !whole.some((l) => l.endsWith(title)));
}

/** Where an event's mark is on screen (its item's origin), px from the viewport's left; NaN when not drawn alone. */
export function markX(el: EventTimeline, id: string): number {
  const item = el.shadowRoot?.querySelector(`[data-key="e:${CSS.escape(id)}"]`)?.closest('li');
  return item ? item.getBoundingClientRect().left : Number.NaN;
}
