// Writes dist/THIRD_PARTY_LICENSES.txt: the notices of the packages the bundle and the npm build inline (Lit is
// BSD-3-Clause, the d3 modules ISC; both ask that the notice travels with copies). The minifier drops license
// comments to keep the bundle small, so the notices ship beside it instead.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// What dist/event-timeline.bundle.js, its chunks and dist/vendor/ contain (d3-array and internmap through d3-time).
const inlined = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  'd3-zoom',
  'd3-drag',
  'd3-dispatch',
  'd3-time',
  'd3-array',
  'internmap',
  'd3-dsv',
];

const sections = inlined.map((name) => {
  // npm installs them at the top of node_modules (some export no package.json to resolve).
  const dir = join('node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const text = readFileSync(join(dir, 'LICENSE'), 'utf8').trim();
  return `${name}@${version} (${license})\n\n${text}\n`;
});
const out = 'dist/THIRD_PARTY_LICENSES.txt';
writeFileSync(
  out,
  `event-timeline includes code from these packages, under their own licenses.\n\n${sections.join(`\n${'-'.repeat(72)}\n\n`)}`,
);
console.log(`wrote ${out} (${inlined.length} packages)`);
