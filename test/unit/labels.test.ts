import { describe, expect, test } from 'vitest';
import fr from '../../data/karabakh.fr.json' with { type: 'json' };
import { parseDocument } from '../../src/data/parse.js';
import { LabelService } from '../../src/labels.js';

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
});
