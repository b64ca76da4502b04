/**
 * What an element needs only after its first document, or for a big one: live updates (update.ts), reading in
 * slices (steps.ts) and, while the reader zooms, drawing labels new to the view a few at a time (draw-controller.ts).
 * The `event-timeline.live.js` chunk, loaded the first time any is needed.
 */

export { drawItems } from './controllers/draw-controller.js';
export { readInSlices } from './data/steps.js';
export { appendTo } from './data/update.js';
