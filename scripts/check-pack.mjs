// Checks what `npm pack` would publish (run after `npm run build`; `npm run check:pack` does both):
// the entry points, types, bundle and manifest are in; tests, stories, benchmarks, sources and tooling are out;
// every `exports` target is shipped; custom-elements.json describes the element's whole public API and names only
// files that ship.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [pack] = JSON.parse(
  execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = pack.files.map((f) => f.path);
const shipped = new Set(files);
const errors = [];

const required = [
  'package.json',
  'README.md',
  'custom-elements.json',
  'dist/index.js',
  'dist/timeline.js',
  'dist/event-timeline.bundle.js',
  'dist/event-timeline.input.js',
  'dist/event-timeline.languages.js',
  'dist/event-timeline.story.js',
  'dist/event-timeline.calendars.js',
  'dist/event-timeline.live.js',
  // The notices of the inlined Lit and d3 modules (their licenses ask for them; the minifier drops the comments).
  'dist/THIRD_PARTY_LICENSES.txt',
  'dist/index.d.ts',
  'dist/timeline.d.ts',
  // Issue 18: d3-zoom inlined, and the shims that stand in for d3-transition and d3-interpolate, as real modules.
  'dist/vendor/d3-zoom.js',
  // d3-time inlined too, with only the intervals the axis uses.
  'dist/vendor/d3-time.js',
  'dist/shims/d3-transition.js',
  'dist/shims/d3-interpolate.js',
  // Authoring (issue 15): the readers the CLI runs on, the CLI itself and the JSON Schema.
  'dist/data/input.js',
  'dist/data/load.js',
  'dist/data/timelinejs.js',
  'dist/data/input.d.ts',
  'dist/data/timelinejs.d.ts',
  'bin/event-timeline.mjs',
  'schema.json',
];
for (const file of required) if (!shipped.has(file)) errors.push(`missing: ${file}`);

const forbidden = [
  [/^(test|tests|__tests__)\//, 'tests'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'tests'],
  [/^stories\/|\.stories\.[cm]?[jt]sx?$|\.mdx$/, 'stories'],
  [/^bench\//, 'benchmarks'],
  [/^src\//, 'TypeScript sources'],
  [/^\.storybook\/|^storybook-static\//, 'Storybook'],
  [/^(examples|data|scripts|\.ci|\.github|node_modules|coverage|\.pack)\//, 'repository-only files'],
  [/^docs\/(?!karabakh-fr(-phone)?\.png$)/, 'repository-only files (the README shows two pictures of docs/)'],
  [
    /^(vite|vitest)\.config\.|^tsconfig.*\.json$|^biome\.json$|^custom-elements-manifest\.config\./,
    'tool configuration',
  ],
  [/(^|\/)__screenshots__\/|\.vitest-attachments|\.log$|\.tgz$/, 'test and build leftovers'],
  [/\.map$/, 'source maps'],
];

for (const file of files) {
  const hit = forbidden.find(([re]) => re.test(file));
  if (hit) errors.push(`should not ship (${hit[1]}): ${file}`);
}

// What shipped modules import: relative paths that ship, or a package in `dependencies`. The npm build inlines
// d3-zoom (and d3-drag, d3-dispatch) with src/shims in place of d3-transition and d3-interpolate (issue 18): if any
// file imported d3-zoom or those two, an app's bundler would bring in the real ones and their 12 KB gzip.
const deps = new Set(Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {}));
const importRe =
  /(?:\bimport|\bexport)\s*(?:[^'"`;()]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
for (const file of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
  for (const [, a, b] of readFileSync(file, 'utf8').matchAll(importRe)) {
    const spec = a ?? b;
    if (spec.startsWith('.')) {
      const target = posix.join(posix.dirname(file), spec);
      if (!shipped.has(target)) errors.push(`${file} imports ${spec}, which is not shipped`);
      continue;
    }
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (!deps.has(name)) errors.push(`${file} imports ${spec}, which is not in dependencies`);
  }
}
for (const gone of ['d3-zoom', 'd3-time', 'd3-transition', 'd3-interpolate', 'd3-color']) {
  if (deps.has(gone))
    errors.push(`package.json: ${gone} is a dependency; the npm build inlines d3-zoom, d3-time and their shims`);
}

// The README is read from the tarball too (npm's page, node_modules): every relative link and picture in it is a
// file that ships. Repository files are named as code, not linked (issue 18).
const readme = readFileSync('README.md', 'utf8').replace(/```[\s\S]*?```/g, '');
for (const [, a, b] of readme.matchAll(/\]\(([^)\s]+)\)|<img[^>]*\ssrc="([^"]+)"/g)) {
  const target = (a ?? b).split('#')[0];
  if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
  if (!shipped.has(target.replace(/^\.\//, ''))) errors.push(`README.md links to ${target}, which is not shipped`);
}

// Every target of `main`, `module`, `types` and `exports` must be in the package.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements].filter(Boolean));
const walk = (value) => {
  if (typeof value === 'string') targets.add(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(walk);
};
walk(pkg.exports);
for (const target of targets) {
  const file = target.replace(/^\.\//, '');
  if (!shipped.has(file)) errors.push(`package.json points at a file that is not shipped: ${target}`);
}
if (!pkg.exports?.['.']?.types) errors.push('package.json: exports["."] has no "types" condition');
for (const bin of Object.values(pkg.bin ?? {})) {
  if (!shipped.has(bin.replace(/^\.\//, ''))) errors.push(`package.json: bin ${bin} is not shipped`);
}
// The CLI must only import what the package ships (dist/…) or Node itself.
for (const [, spec] of readFileSync('bin/event-timeline.mjs', 'utf8').matchAll(/^import .* from '([^']+)';$/gm)) {
  const file = spec.startsWith('../') ? spec.slice(3) : null;
  if (file ? !shipped.has(file) : !spec.startsWith('node:')) errors.push(`bin/event-timeline.mjs imports ${spec}`);
}
try {
  const schema = JSON.parse(readFileSync('schema.json', 'utf8'));
  if (schema.$schema !== 'https://json-schema.org/draft/2020-12/schema') errors.push('schema.json: not draft 2020-12');
} catch (e) {
  errors.push(`schema.json: ${e.message}`);
}

// The manifest: one <event-timeline> with its attributes, events, parts, custom properties and slot.
try {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const decl = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.customElement && d.tagName === 'event-timeline');
  if (!decl) throw new Error('no declaration with tagName "event-timeline"');
  // Issue 18: tools resolve modules from the manifest, so every path and module reference in it names a file of
  // the tarball (dist/…), and every module has its declarations beside it (dist/x.js, dist/x.d.ts).
  for (const mod of manifest.modules) {
    if (!shipped.has(mod.path)) errors.push(`custom-elements.json: module ${mod.path} is not shipped`);
    else if (!shipped.has(mod.path.replace(/\.js$/, '.d.ts')))
      errors.push(`custom-elements.json: module ${mod.path} has no .d.ts beside it`);
  }
  const references = new Set();
  const collect = (node) => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      if (typeof node.module === 'string' && !node.package) references.add(node.module);
      Object.values(node).forEach(collect);
    }
  };
  collect(manifest.modules);
  for (const ref of references) {
    if (!shipped.has(ref)) errors.push(`custom-elements.json: a reference names ${ref}, which is not shipped`);
  }
  if (!manifest.modules.some((m) => m.path === 'dist/timeline.js' && m.declarations?.includes(decl)))
    errors.push('custom-elements.json: <event-timeline> is not declared in dist/timeline.js');
  const names = (list) => (list ?? []).map((x) => x.name);
  const expect = (what, actual, wanted) => {
    const missing = wanted.filter((w) => !actual.includes(w));
    if (missing.length) errors.push(`custom-elements.json: ${what} lacks ${missing.join(', ')}`);
  };
  expect('attributes', names(decl.attributes), ['src', 'locale', 'time-zone', 'start', 'end', 'selected', 'label']);
  expect('members', names(decl.members), ['events', 'issues', 'visibleRange', 'zoomIn', 'zoomOut', 'zoomToFit']);
  expect('events', names(decl.events), ['timeline-select', 'timeline-rangechange', 'timeline-load', 'timeline-error']);
  expect('css parts', names(decl.cssParts), [
    'axis',
    'event',
    'label',
    'range',
    'cluster',
    'detail',
    'controls',
    'error',
  ]);
  expect('css properties', names(decl.cssProperties), [
    '--timeline-font-family',
    '--timeline-background',
    '--timeline-color',
    '--timeline-axis-color',
    '--timeline-event-color',
    '--timeline-range-color',
    '--timeline-selected-color',
    '--timeline-focus-color',
  ]);
  if (!decl.slots?.length) errors.push('custom-elements.json: no slot documented');
  const internal = names(decl.attributes).filter((n) => n.startsWith('_'));
  if (internal.length) errors.push(`custom-elements.json: internal state listed as attributes: ${internal.join(', ')}`);
  if ((decl.events ?? []).some((e) => !e.name)) errors.push('custom-elements.json: an event without a name');
} catch (e) {
  errors.push(`custom-elements.json: ${e.message}`);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${pack.filename}: ${files.length} files, ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked`);
if (errors.length) {
  for (const e of errors) console.error(`check-pack: ${e}`);
  process.exit(1);
}
console.log('check-pack: contents OK');
