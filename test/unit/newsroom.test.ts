/** Issue 14: parsing of `media`, `category` and `categories`, and the palette's contrast. */
import { describe, expect, test } from 'vitest';
import { isColor } from '../../src/data/categories.js';
import { parseDocument } from '../../src/data/parse.js';
import { PALETTE } from '../../src/render/palette.js';

const good = { date: '2020-09-27', title: 'Good' };

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('the category palette', () => {
  test.each(PALETTE.map((pair, i) => [i, ...pair]))(
    'colour %i keeps 3:1 on the light and dark backgrounds',
    (_, light, dark) => {
      expect(contrast(light, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast(dark, '#17181c')).toBeGreaterThanOrEqual(3);
    },
  );
  test('the contrast formula is right (black on white is 21:1, white on white 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('categories', () => {
  test('declared ones first, with label and colour, then the others in order of use, with counts', () => {
    const r = parseDocument({
      categories: { diplomatie: { label: 'Diplomatie', color: '#1b7f3b' }, vide: {} },
      events: [
        { ...good, category: 'conflit' },
        { ...good, category: 'diplomatie' },
        { ...good, category: 'diplomatie' },
        good,
      ],
    });
    expect(r.issues).toEqual([]);
    expect(r.categories).toEqual([
      { name: 'diplomatie', label: 'Diplomatie', color: '#1b7f3b', count: 2 },
      { name: 'vide', label: 'vide', count: 0 },
      { name: 'conflit', label: 'conflit', count: 1 },
    ]);
    expect(r.events.map((e) => e.category)).toEqual(['conflit', 'diplomatie', 'diplomatie', undefined]);
  });
  test('no event with a category: no categories', () => {
    expect(parseDocument([good]).categories).toBeUndefined();
  });
  // In Node there is no CSS engine: only the characters are checked (the browser's CSS.supports is tested in
  // test/browser/bad-input.test.ts). What could write other CSS never passes either way.
  test.each(['red;} :host{display:none', '"red"', '', ' ', 'red}', 'a<b'])(
    'the colour %j is reported and ignored',
    (color) => {
      const r = parseDocument({ categories: { a: { color } }, events: [{ ...good, category: 'a' }] });
      expect(r.issues).toEqual([
        {
          index: null,
          field: 'categories.a.color',
          message: `The document "categories.a.color" is "${color}", expected a CSS colour ("#1b7f3b", "seagreen"); it was ignored.`,
        },
      ]);
      expect(r.categories).toEqual([{ name: 'a', label: 'a', count: 1 }]);
    },
  );
  test.each(['#1b7f3b', '#abc', 'seagreen', 'rgb(27 127 59)', 'oklch(0.5 0.1 150deg)'])(
    'the colour %j is kept',
    (color) => {
      expect(isColor(color)).toBe(true);
    },
  );
  test('a bad categories object, entry and label are reported', () => {
    const r = parseDocument({ categories: { a: 'red', b: { label: 3 } }, events: [{ ...good, category: 'b' }] });
    expect(r.issues.map((i) => i.field)).toEqual(['categories.a', 'categories.b.label']);
    expect(parseDocument({ categories: [], events: [good] }).issues.map((i) => i.field)).toEqual(['categories']);
  });
  test('a category that is not a string, or blank, is reported and the event kept', () => {
    const r = parseDocument([
      { ...good, category: 3 },
      { ...good, category: ' ' },
    ]);
    expect(r.events).toHaveLength(2);
    expect(r.events.every((e) => e.category === undefined)).toBe(true);
    expect(r.issues.map((i) => [i.index, i.field])).toEqual([
      [0, 'category'],
      [1, 'category'],
    ]);
  });
});

describe('media', () => {
  test('an image with alt, caption and credit', () => {
    const media = { url: 'img/map.svg', alt: 'Carte', caption: 'La ligne de contact', credit: 'Agence X' };
    const r = parseDocument([{ ...good, media }]);
    expect(r.issues).toEqual([]);
    expect(r.events[0].media).toEqual(media);
  });
  test('alt written "" is a decorative image, no issue', () => {
    const r = parseDocument([{ ...good, media: { url: '/a.png', alt: '' } }]);
    expect(r.issues).toEqual([]);
    expect(r.events[0].media).toEqual({ url: '/a.png', alt: '' });
  });
  test('a missing alt is reported; the image is kept with an empty alt', () => {
    const r = parseDocument([{ ...good, id: 'x', media: { url: '/a.png' } }]);
    expect(r.issues).toEqual([
      {
        index: 0,
        id: 'x',
        field: 'media.alt',
        message:
          'Event 0 ("x"): "media.alt" is missing, expected a text for readers who cannot see the image ("" if decorative).',
      },
    ]);
    expect(r.events[0].media).toEqual({ url: '/a.png', alt: '' });
  });
  test.each(['javascript:alert(1)', 'data:image/svg+xml,<svg/>', ' /a.png', 3, undefined])(
    'the url %j is reported and the image dropped',
    (url) => {
      const r = parseDocument([{ ...good, media: { url, alt: 'A' } }]);
      expect(r.events).toHaveLength(1);
      expect(r.events[0].media).toBeUndefined();
      expect(r.issues.map((i) => i.field)).toEqual(['media.url']);
    },
  );
  test('media that is not an object is reported', () => {
    const r = parseDocument([{ ...good, media: 'a.png' }]);
    expect(r.events[0].media).toBeUndefined();
    expect(r.issues.map((i) => i.field)).toEqual(['media']);
  });
});
