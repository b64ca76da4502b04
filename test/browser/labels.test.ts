import { expect, test } from 'vitest';
import { widthBound, wordsWidth } from '../../src/labels.js';

// The vertical layout counts a title as one line when its characters' widths sum to less than the room: that
// holds only if the sum is never under the browser's own measurement of the whole string.
test('the characters-sum bound and the words sum are never narrower than the measured text, in the fonts themes use', () => {
  const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  const words =
    'Reprise des hostilités au Haut-Karabakh #12345 1994 27.09.2020 Lavrov et Çavuşoğlu pour l’arrêt immédiat AVATAR Wolf office fiction T.V. LTAV Yay «Ελλάδα» Москва Ёлка Հայաստան WAVE'.split(
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
      const width = ctx.measureText(text).width;
      expect(bound, `${font}: ${text}`).toBeGreaterThanOrEqual(width - 0.01);
      // The horizontal layout's label widths: never narrower, and within a few px of the text.
      const summed = wordsWidth(`${text} وقف`, measure);
      const exact = ctx.measureText(`${text} وقف`).width;
      expect(summed, `${font}: ${text}`).toBeGreaterThanOrEqual(exact - 0.01);
      expect(summed - exact, `${font}: ${text}`).toBeLessThan(2 + exact * 0.03);
    }
  }
});
