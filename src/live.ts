/**
 * What an element needs only after its first document, or for a big one: live updates (update.ts) and reading in
 * slices (steps.ts). The `event-timeline.live.js` chunk, loaded the first time either is needed.
 */

export { readInSlices } from './steps.js';
export { appendTo } from './update.js';
