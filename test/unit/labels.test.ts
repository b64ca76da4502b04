import { describe, expect, test } from 'vitest';
import fr from '../../data/karabakh.fr.json' with { type: 'json' };
import { parseDocument } from '../../src/data/parse.js';
import { LabelService, widthBound } from '../../src/labels.js';

const { events } = parseDocument(fr);
const byDate = (text: string) => events.find((e) => e.date.text === text && !e.isRange)!;

describe('LabelService', () => {
  const labels = new LabelService('fr-FR');
  const escalation = byDate('2020-09-27');
  const statements = events.filter((e) => e.date.text === '2020-10-01');

  test('speaks the locale: dates at their precision, messages of its language', () => {
    expect(labels.dateLabel(byDate('1994'))).toBe('1994');
    expect(labels.dateLabel(escalation)).toBe('27 septembre 2020');
    expect(labels.messages.zoomIn).toBe('Zoomer');
    expect(new LabelService('en-GB').dateLabel(escalation)).toBe('27 September 2020');
  });

  test('a cluster span reads its first and last dates, once when they read the same, and short when asked', () => {
    expect(labels.clusterSpan(escalation, statements[1])).toEqual(['27 septembre 2020', '1er octobre 2020']);
    expect(labels.clusterSpan(statements[0], statements[1])).toEqual(['1er octobre 2020']);
    expect(labels.clusterSpanText(escalation, statements[1], true)).toBe('27 sept. – 1er oct. 2020');
    expect(labels.clusterSpan(byDate('1994'), byDate('1994'), true)).toBeUndefined();
  });

  test('labels are formatted once per event: the same string object comes back', () => {
    const a = labels.dateLabel(escalation);
    expect(labels.dateLabel(escalation)).toBe(a);
    expect(labels.dateLabel(escalation, true)).toBe('27 septembre 2020');
  });

  test('widths are cached per font and text; without a canvas (Node) they are estimated from the size', () => {
    const measure = labels.measurer({ weight: '400', size: 10, family: 'sans-serif' });
    expect(measure('abcd')).toBeCloseTo(24, 6);
    const small = labels.measurer({ weight: '400', size: 10, family: 'sans-serif' }, 0.5);
    expect(small('abcd')).toBeCloseTo(12, 6);
  });

  test('wrap breaks lines as measuring every line whole would, with a measure that is not additive', () => {
    // Word widths plus up to ±0.45 px per character pair, as kerning and rounding make a real font.
    const kern = (a: string, b: string) => (((a.charCodeAt(0) * 31 + b.charCodeAt(0) * 17) % 19) - 9) / 20;
    let calls = 0;
    const measure = (text: string) => {
      calls++;
      let w = 0;
      for (let i = 0; i < text.length; i++)
        w += 6 + (text.charCodeAt(i) % 5) + (i > 0 ? kern(text[i - 1], text[i]) : 0);
      return w;
    };
    /** What wrap did before: every prefix of every line measured whole. */
    const reference = (text: string, width: number) => {
      let lines = 0;
      let widest = 0;
      let line = '';
      for (const word of text.split(' ')) {
        const next = line ? `${line} ${word}` : word;
        if (!line || measure(next) <= width) {
          line = next;
          continue;
        }
        lines++;
        widest = Math.max(widest, measure(line));
        line = word;
      }
      if (line) {
        lines++;
        widest = Math.max(widest, measure(line));
      }
      return { lines, width: widest };
    };
    const words = 'Lavrov et Çavuşoğlu pour l’arrêt immédiat des combats au Haut-Karabakh cessez-le-feu'.split(' ');
    let seed = 7;
    const pick = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed;
    };
    const cached = new Map<string, number>();
    const once = (text: string) => {
      let w = cached.get(text);
      if (w === undefined) {
        w = measure(text);
        cached.set(text, w);
      }
      return w;
    };
    for (let k = 0; k < 400; k++) {
      const text = Array.from({ length: 2 + (pick() % 9) }, () => words[pick() % words.length]).join(' ');
      // Widths near where a line breaks are the ones an estimate gets wrong.
      for (const width of [40, 80, 120, 150, 200, 260, 300 + (pick() % 100)]) {
        expect(labels.wrap(text, width, once)).toEqual(reference(text, width));
      }
    }
    // A new title of known words costs a measurement per line, not one per prefix.
    calls = 0;
    labels.wrap('des combats au Haut-Karabakh pour l’arrêt immédiat des combats', 150, once);
    const prefixes = calls;
    calls = 0;
    reference('des combats au Haut-Karabakh pour l’arrêt immédiat des combats', 150);
    expect(prefixes).toBeLessThan(calls / 2);
  });
});

describe('widthBound', () => {
  const measure = (text: string) => text.length * 7;
  test('sums the characters of Latin, Greek, Cyrillic and Armenian text', () => {
    expect(widthBound('Çavuşoğlu – «Ελλάδα» Москва Հայաստան', measure)).toBe(36 * 7);
  });
  test('gives no bound where shaping joins letters, or for emoji', () => {
    for (const text of ['وقف إطلاق النار', 'הפסקת אש', 'युद्धविराम', '停火', 'Karabakh 🕊️']) {
      expect(widthBound(text, measure)).toBeUndefined();
    }
  });
});
