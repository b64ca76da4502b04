import { describe, expect, it } from 'vitest';
import { eventById } from '../../src/data/find.js';
import { parseDocument } from '../../src/data/parse.js';

const events = () =>
  parseDocument([
    { id: 'a', date: '2020-09-27', title: 'A' },
    { id: 'b', date: '2020-10-01', title: 'B' },
  ]).events;

describe('eventById', () => {
  it('finds the event with that id, and none for a missing or empty id', () => {
    const list = events();
    expect(eventById(list, 'b')?.title).toBe('B');
    expect(eventById(list, 'a')?.title).toBe('A');
    expect(eventById(list, 'zz')).toBeUndefined();
    expect(eventById(list, undefined)).toBeUndefined();
    expect(eventById(list, '')).toBeUndefined();
    expect(eventById(list, null)).toBeUndefined();
  });

  it('looks a parsed document up in its table of ids, without reading the events; a default id too', () => {
    const doc = parseDocument([
      { id: 'a', date: '2020-09-27', title: 'A' },
      { date: '1994', title: 'No id' },
    ]);
    const list = doc.events.slice();
    // The same events in an array the parse did not make: found by a scan.
    expect(eventById(list, 'event-1')?.title).toBe('No id');
    // The parse's own array: found in its table (a proxy that counted reads would read none).
    expect(eventById(doc.events, 'event-1')).toBe(list[0]);
    expect(eventById(doc.events, 'a')).toBe(list[1]);
    expect(eventById(doc.events, 'b')).toBeUndefined();
  });

  it('answers a repeated question without scanning again', () => {
    const list = events();
    let reads = 0;
    const spied = list.map(
      (e) =>
        new Proxy(e, {
          get: (t, k) => {
            if (k === 'id') reads++;
            return Reflect.get(t, k);
          },
        }),
    );
    expect(eventById(spied, 'b')?.title).toBe('B');
    const first = reads;
    expect(first).toBeGreaterThan(0);
    expect(eventById(spied, 'b')?.title).toBe('B');
    expect(reads).toBe(first);
  });

  it('searches again when the array grew or the id changed', () => {
    const list = [...events()];
    expect(eventById(list, 'c')).toBeUndefined();
    list.push(parseDocument([{ id: 'c', date: '2021-01-01', title: 'C' }]).events[0]);
    expect(eventById(list, 'c')?.title).toBe('C');
    expect(eventById(list, 'a')?.title).toBe('A');
  });
});
