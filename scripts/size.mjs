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
// The chunks beside it, each loaded only when needed; `required` ones must be there (check-pack checks them too).
const chunks = [
  ['input', 'CSV and TimelineJS readers, loaded on demand', true],
  ['languages', 'languages beyond en, fr, on demand', false],
  ['calendars', 'month and year ticks of other calendars, on demand', true],
  ['story', 'detail panel, walk, autoplay, legend, deep links: on demand, prefetched when idle', true],
  ['live', 'live updates and big documents, loaded on demand', false],
];
for (const [name, what, required] of chunks) {
  const chunk = `dist/event-timeline.${name}.js`;
  if (existsSync(chunk)) {
    const c = measure(chunk);
    console.log(`${chunk}: ${kb(c.min)} min, ${kb(c.gz)} min+gzip (${what})`);
  } else if (required) {
    console.error(`size: ${chunk} is missing: the ${name} chunk must sit beside the bundle`);
    process.exit(1);
  }
}
// The bundle and its chunks start with V8's compile hint (vite.config.ts, compileHint): without it, a first render
// at 1,000 events spends about 10 ms more compiling functions on the main thread.
const HINT = '//# allFunctionsCalledOnLoad\n';
for (const [name] of [['bundle'], ...chunks]) {
  const f = `dist/event-timeline.${name}.js`;
  if (existsSync(f) && !readFileSync(f, 'utf8').startsWith(HINT)) {
    console.error(`size: ${f} does not start with V8's compile hint (${HINT.trim()})`);
    process.exit(1);
  }
}
if (gz > BUDGET) {
  console.error(`size: over budget by ${kb(gz - BUDGET)}`);
  process.exit(1);
}
