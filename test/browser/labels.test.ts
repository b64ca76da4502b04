import { expect, test } from 'vitest';
import { widthBound } from '../../src/labels.js';

// The vertical layout counts a title as one line when its characters' widths sum to less than the room: that
// holds only if the sum is never under the browser's own measurement of the whole string.
test('the characters-sum bound is never narrower than the measured text, in the fonts themes use', () => {
  const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  const words =
    'Reprise des hostilités au Haut-Karabakh Lavrov et Çavuşoğlu pour l’arrêt immédiat AVATAR Wolf office fiction T.V. LTAV Yay «Ελλάδα» Москва Ёлка Հայաստան WAVE'.split(
      ' ',
    );
  for (const font of ['400 14px system-ui, sans-serif', '600 15px Georgia, serif', 'italic 400 13px monospace']) {
    ctx.font = font;
    const chars = new Map<string, number>();
    const measure = (c: string) => {
      let w = chars.get(c);
      if (w === undefined) {
        w = ctx.measureText(c).width;
        chars.set(c, w);
      }
      return w;
    };
    for (let i = 0; i < 400; i++) {
      const text = Array.from({ length: 1 + (i % 9) }, (_, k) => words[(i * 7 + k * 13) % words.length]).join(' ');
      const bound = widthBound(text, measure) as number;
      expect(bound, `${font}: ${text}`).toBeGreaterThanOrEqual(ctx.measureText(text).width - 0.01);
    }
  }
});
