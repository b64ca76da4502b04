/** Types for bench/generate.js, which the stories' data generator shares. */
export declare function mulberry32(seed: number): () => number;
export declare function generate(n: number, seed?: number): { groups: string[]; ours: unknown[]; vis: unknown[] };
