// Prints the min+gzip size of the self-contained bundle and fails above the DESIGN.md budget (45 KB). The CSV and
// TimelineJS readers, the languages and the story chunk are chunks of their own beside it: measured apart.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 45 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const measure = (file) => {
  const code = readFileSync(file);
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
};
const file = 'dist/event-timeline.bundle.js';
const { min, gz } = measure(file);
console.log(`${file}: ${kb(min)} min, ${kb(gz)} min+gzip (budget ${kb(BUDGET)})`);
const readers = 'dist/event-timeline.input.js';
if (existsSync(readers)) {
  const r = measure(readers);
  console.log(`${readers}: ${kb(r.min)} min, ${kb(r.gz)} min+gzip (CSV and TimelineJS readers, loaded on demand)`);
} else {
  console.error(`size: ${readers} is missing: the readers chunk must sit beside the bundle`);
  process.exit(1);
}
const languages = 'dist/event-timeline.languages.js';
if (existsSync(languages)) {
  const l = measure(languages);
  console.log(`${languages}: ${kb(l.min)} min, ${kb(l.gz)} min+gzip (languages beyond en, fr, on demand)`);
}
const calendars = 'dist/event-timeline.calendars.js';
if (existsSync(calendars)) {
  const c = measure(calendars);
  console.log(
    `${calendars}: ${kb(c.min)} min, ${kb(c.gz)} min+gzip (month and year ticks of other calendars, on demand)`,
  );
} else {
  console.error(`size: ${calendars} is missing: the calendars chunk must sit beside the bundle`);
  process.exit(1);
}
const story = 'dist/event-timeline.story.js';
if (existsSync(story)) {
  const s = measure(story);
  console.log(
    `${story}: ${kb(s.min)} min, ${kb(s.gz)} min+gzip (detail panel, walk, autoplay, legend, deep links: on demand, prefetched when idle)`,
  );
} else {
  console.error(`size: ${story} is missing: the story chunk must sit beside the bundle`);
  process.exit(1);
}
const live = 'dist/event-timeline.live.js';
if (existsSync(live)) {
  const u = measure(live);
  console.log(`${live}: ${kb(u.min)} min, ${kb(u.gz)} min+gzip (live updates and big documents, loaded on demand)`);
}
if (gz > BUDGET) {
  console.error(`size: over budget by ${kb(gz - BUDGET)}`);
  process.exit(1);
}
