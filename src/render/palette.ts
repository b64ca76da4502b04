/** The categories' built-in colours. Pure (no Lit): the unit tests compute their contrast in Node. */

/**
 * The palette for categories without a colour, as `[light, dark]` pairs: each keeps at least 3:1 contrast against
 * the default light (#ffffff) and dark (#17181c) backgrounds (test/unit/categories.test.ts computes it). Orange is
 * left out: it is the selection's colour.
 */
export const PALETTE: readonly (readonly [light: string, dark: string])[] = [
  ['#1d5fd1', '#7fb0ff'],
  ['#2e7d32', '#6fcf7f'],
  ['#8e3fb3', '#d19cff'],
  ['#c0245f', '#ff85b0'],
  ['#00758a', '#4fd0e0'],
  ['#7a6200', '#dcc257'],
];
