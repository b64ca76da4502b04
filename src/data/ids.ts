import type { Ids } from './find.js';

/**
 * The ids of one big document, each with a value (the event holding it): a hash table in a typed array, sized
 * once for the whole document. A `Map` of a million ids costs about 400 ms to fill (it grows 20 times, and each
 * probe lands on a fresh cache line); this costs a quarter of that and leaves little for the garbage collector.
 * In the live chunk, which reads big documents: smaller ones use a Map (`mapIds`).
 */
export class IdTable<V> implements Ids<V> {
  /** 0 = empty, else 1 + the position of the id in `#ids`. Linear probing; at most half full. */
  #slots: Int32Array;
  #mask: number;
  readonly #ids: string[] = [];
  readonly #values: V[] = [];

  /** A table for about `capacity` ids (it grows past that). */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
  }

  /** How many ids it holds. */
  get size(): number {
    return this.#ids.length;
  }

  /** Whether `id` is taken. */
  has(id: string): boolean {
    return this.#find(id) >= 0;
  }

  /** The value `id` was given with, or undefined. */
  get(id: string): V | undefined {
    const at = this.#find(id);
    return at < 0 ? undefined : this.#values[at];
  }

  /** Replaces the value of a taken `id` (nothing when it is free). */
  set(id: string, value: V): void {
    const at = this.#find(id);
    if (at >= 0) this.#values[at] = value;
  }

  /** Gives `id` to `value`, unless it is taken: then returns the value that has it. */
  claim(id: string, value: V): V | undefined {
    for (let s = hash(id) & this.#mask; ; s = (s + 1) & this.#mask) {
      const at = this.#slots[s] as number;
      if (at === 0) {
        this.#ids.push(id);
        this.#values.push(value);
        this.#slots[s] = this.#ids.length;
        if (this.#ids.length * 2 > this.#slots.length) this.#grow();
        return undefined;
      }
      if (this.#ids[at - 1] === id) return this.#values[at - 1];
    }
  }

  /** The position of `id` in `#ids`, or -1. */
  #find(id: string): number {
    for (let s = hash(id) & this.#mask; ; s = (s + 1) & this.#mask) {
      const at = this.#slots[s] as number;
      if (at === 0) return -1;
      if (this.#ids[at - 1] === id) return at - 1;
    }
  }

  /** Twice the slots, for ids beyond the capacity it was made for (a live update's new events). */
  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.#ids.length; k++) {
      let s = hash(this.#ids[k] as string) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = k + 1;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
