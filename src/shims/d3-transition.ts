/**
 * Stands in for d3-transition in both builds: the bundle, and d3-zoom as the npm build inlines it (see
 * vite.config.ts). d3-zoom imports `interrupt` to stop transitions on the element it zooms; this component never
 * starts a d3 transition (it animates with requestAnimationFrame), so there is nothing to interrupt, and the real
 * module's side effect would add about 5 KB gzip of attribute, style and colour tweening.
 */
export function interrupt(): void {}
