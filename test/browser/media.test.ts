import { afterEach, describe, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import type { EventTimeline } from '../../src/timeline.js';
import { settled } from '../../stories/helpers.js';
import { mountFrench } from './french.js';

/** Emulates CSS media (print) and media features (reduced motion, forced colours) through the DevTools Protocol. */
async function emulate(media: string, features: { name: string; value: string }[] = []): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media, features });
}

/** A system colour as the browser resolves it, read from a probe in the page. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const span = (el: EventTimeline) => el.visibleRange.end.getTime() - el.visibleRange.start.getTime();
const zoomIn = (el: EventTimeline) => el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="controls"] button')[1];

afterEach(async () => {
  await emulate('');
  document.body.replaceChildren();
});

describe('prefers-reduced-motion', () => {
  test('zooming jumps instead of animating when the reader asks for less motion', async () => {
    // Without the preference, the zoom is still on its way one frame after the click…
    const animated = await mountFrench();
    const before = span(animated);
    zoomIn(animated).click();
    await new Promise((r) => requestAnimationFrame(r));
    await animated.updateComplete;
    expect(span(animated)).toBeGreaterThan(before / 2 + 1000);
    await settled(animated);
    document.body.replaceChildren();

    // …with it, the view is already there.
    await emulate('', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const still = await mountFrench();
    zoomIn(still).click();
    await still.updateComplete;
    expect(span(still)).toBeCloseTo(before / 2, -4);
  });
});

describe('forced-colors', () => {
  test('marks, merged marks, bars and "+N" clusters stay visible in system colours', async () => {
    await emulate('', [{ name: 'forced-colors', value: 'active' }]);
    const el = await mountFrench((el) => {
      el.style.height = '120px';
      el.events = {
        events: [
          { id: 'a', date: '1994', title: 'Cessez-le-feu' },
          { id: 'b', date: '1994', end: '2020-09-27', title: 'Le conflit gelé' },
          { id: 'c', date: '2020-09-27', title: 'Escalade' },
          { id: 'd', date: '2020-10-01', title: 'Déclaration' },
          ...Array.from({ length: 12 }, (_, i) => ({
            id: `x${i}`,
            date: `2005-0${1 + (i % 9)}`,
            title: `Rapport ${i}`,
          })),
        ],
      };
    });
    const canvasText = systemColor('CanvasText');
    const root = el.shadowRoot!;
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    expect(style('.point:not(.merged) .mark').backgroundColor).toBe(canvasText);
    expect(style('.merged .mark').boxShadow).toContain(canvasText);
    expect(style('.range .bar').borderTopStyle).toBe('solid');
    expect(style('.range .bar').borderTopColor).toBe(canvasText);
    expect(style('.cluster button').borderTopStyle).toBe('solid');
  });

  test('the leader line of a stack of callouts stays visible in system colours', async () => {
    await emulate('', [{ name: 'forced-colors', value: 'active' }]);
    const el = await mountFrench();
    const leaders = el.shadowRoot!.querySelectorAll('.leader');
    expect(leaders).toHaveLength(2);
    const style = getComputedStyle(leaders[0]);
    expect(
      style.borderInlineEndColor === systemColor('CanvasText') || style.borderLeftColor === systemColor('CanvasText'),
    ).toBe(true);
  });
});

describe('print', () => {
  test('prints without the zoom buttons, in light colours even for a dark-mode reader, and keeps the events', async () => {
    await emulate('', [{ name: 'prefers-color-scheme', value: 'dark' }]);
    const el = await mountFrench();
    const controls = el.shadowRoot!.querySelector('[part="controls"]')!;
    const background = () => getComputedStyle(el).backgroundColor;
    expect(getComputedStyle(controls).display).not.toBe('none');
    const dark = background();
    await emulate('print', [{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(getComputedStyle(controls).display).toBe('none');
    expect(getComputedStyle(el).colorScheme).toBe('light');
    expect(background()).not.toBe(dark);
    expect(el.shadowRoot!.querySelectorAll('[part~="label"]').length).toBeGreaterThan(0);
  });
});
