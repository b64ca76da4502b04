/** Types for bench/generate.js, which the stories' data generator shares. */
export declare function mulberry32(seed: number): () => number;
export declare function generate(
  n: number,
  seed?: number,
  peers?: ('tc' | 'tljs')[],
): { groups: string[]; ours: unknown[]; vis: unknown[]; tc?: unknown[]; tljs?: { events: unknown[] } };
