// The real d3-array, imported by path in shims.test.ts (its package ships no types).
declare module '*/d3-array/dist/d3-array.min.mjs' {
  export function tickStep(start: number, stop: number, count: number): number;
  export function bisector<T>(f: (d: T) => number): { right(a: readonly T[], x: number): number };
}
