/**
 * The ids of one document, with the input index of the event holding each: a hash table sized once for all of
 * them, in a typed array. A `Map` of a million ids costs about 400 ms to fill (it grows 20 times, and each probe
 * lands on a fresh cache line); this costs a quarter of that and nothing for the garbage collector to trace.
 */
export class IdTable {
  /** 0 = empty, else 1 + the position of the id in `#ids`. Linear probing; at most half full. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #ids: string[] = [];
  readonly #owners: number[] = [];

  /** A table for up to `capacity` ids. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
  }

  /** Whether `id` is taken. */
  has(id: string): boolean {
    return this.owner(id) !== undefined;
  }

  /** The index of the event that holds `id`, or undefined. */
  owner(id: string): number | undefined {
    for (let s = hash(id) & this.#mask; ; s = (s + 1) & this.#mask) {
      const at = this.#slots[s] as number;
      if (at === 0) return undefined;
      if (this.#ids[at - 1] === id) return this.#owners[at - 1];
    }
  }

  /** Gives `id` to the event at `owner`, unless taken: then returns the index of the event that has it. */
  claim(id: string, owner: number): number | undefined {
    for (let s = hash(id) & this.#mask; ; s = (s + 1) & this.#mask) {
      const at = this.#slots[s] as number;
      if (at === 0) {
        if (this.#ids.length * 2 >= this.#slots.length) throw new RangeError('IdTable: more ids than its capacity');
        this.#ids.push(id);
        this.#owners.push(owner);
        this.#slots[s] = this.#ids.length;
        return undefined;
      }
      if (this.#ids[at - 1] === id) return this.#owners[at - 1];
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
