/**
 * Stands in for d3-interpolate in both builds: the bundle, and d3-zoom as the npm build inlines it (see
 * vite.config.ts). d3-zoom calls `interpolateZoom` only to tween a d3 transition, and we start none (d3-transition
 * is shimmed too: this component animates with requestAnimationFrame). The real module would bring every
 * interpolator and d3-color, whose top-level colour tables no bundler can drop: about 4 KB gzip.
 */
export function interpolateZoom(): never {
  throw new Error('event-timeline: d3 zoom transitions are not included in the bundle');
}
