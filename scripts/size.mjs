// Prints the min+gzip size of the self-contained bundle and fails above the DESIGN.md budget (45 KB, raised from 40 for the CSV and TimelineJS readers).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 45 * 1024;
const file = 'dist/event-timeline.bundle.js';
const code = readFileSync(file);
const gz = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(code.length)} min, ${kb(gz)} min+gzip (budget ${kb(BUDGET)})`);
if (gz > BUDGET) {
  console.error(`size: over budget by ${kb(gz - BUDGET)}`);
  process.exit(1);
}
