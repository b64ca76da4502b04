import { describe, expect, test } from 'vitest';
import { installPlainDay, parseDate } from '../../src/data/dates.js';
import { plainDay } from '../../src/data/plain-day.js';

installPlainDay(plainDay);

describe('YYYY-MM-DD read on the fast path', () => {
  test('gives what the grammar gives (read through the "~" form), and rejects what it rejects', () => {
    let seed = 5;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    let compared = 0;
    for (let k = 0; k < 3000; k++) {
      const text = `${pad(Math.floor(random() * 10_000), 4)}-${pad(Math.floor(random() * 14), 2)}-${pad(Math.floor(random() * 33), 2)}`;
      const fast = parseDate(text);
      const slow = parseDate(`${text}~`);
      expect(fast.ok).toBe(slow.ok);
      if (fast.ok && slow.ok) {
        compared++;
        expect({ ...fast.date, text: '' }).toEqual({ ...slow.date, text: '', approximate: false });
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(parseDate('2020-02-30')).toMatchObject({ ok: false });
    expect(parseDate('2020-09-27')).toMatchObject({ ok: true, date: { precision: 'day', text: '2020-09-27' } });
  });
});
