// Issue 18 §2: what an app's bundler ships from the published package, per entry, against the self-contained
// bundle. The tarball (scripts/packed.mjs) is bundled as an app build does (minified, code splitting), once per entry
// and per bundler: Vite (Rolldown, the bundler of the example apps) and esbuild. The eager part is the entry chunk and
// every chunk it imports statically, gzipped file by file as a server sends them; the CSV and TimelineJS readers are
// imported dynamically and must stay out of it (reported as on demand). Nothing of d3-transition, d3-interpolate or
// d3-color may be bundled: the shims stand in for them.
// Budget: Vite's eager part is at most dist/event-timeline.bundle.js + 1 KB gzip. esbuild has no notion of modules
// already loaded by the importer of a dynamic import, so the code the element shares with the readers becomes a
// chunk of its own, a second gzip stream: its eager part is allowed + 3 KB, which still fails on the 12 KB that
// d3-transition, d3-interpolate and d3-color cost before issue 18. Issue 14's story chunk (the detail panel, legend,
// autoplay, deep links) shares Lit and the layout with the element: a third stream, about 0.5 KB more: + 3.5 KB.
// Issue 17's live chunk (updates, big documents) shares the parser and the index with it: esbuild splits the
// modules each chunk shares with the element into files of their own, five eager files in all: + 4 KB.
// Both builds inline d3-time with its builders marked pure and src/shims/d3-array.ts for d3-array (vite.config.ts,
// pureTime): an app's bundler, reading d3-time as published, kept every interval and the real d3-array (1.0 KB
// with Vite, 1.7 KB with esbuild, in stop 28).
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { unpack } from './packed.mjs';

const SLACK = { vite: 1 * 1024, esbuild: 4 * 1024 };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

// What an app writes for each entry. The class-only entry is side-effect free: an app defines the tag itself.
const entries = {
  'event-timeline': `import 'event-timeline';`,
  'event-timeline/event-timeline.js': `import { EventTimeline } from 'event-timeline/event-timeline.js';
customElements.define('event-timeline', EventTimeline);`,
  'event-timeline/bundle': `import 'event-timeline/bundle';`,
};

const { examples, dir } = unpack();
const ours = ['dist', 'src'].map((d) => resolve(d) + sep);
const bundle = readFileSync('dist/event-timeline.bundle.js');
const errors = [];
console.log(
  `dist/event-timeline.bundle.js: ${kb(gz(bundle))} min+gzip; eager budget per entry ${kb(gz(bundle) + SLACK.vite)} (Vite), ${kb(gz(bundle) + SLACK.esbuild)} (esbuild)`,
);

/** A bundler's output as { files: name → { code, imports (static), inputs } }, and the entry's name. */
async function withVite(contents) {
  const result = await vite({
    configFile: false,
    root: examples,
    logLevel: 'silent',
    plugins: [
      {
        name: 'app-entry',
        resolveId: (id) => (id === 'app' ? '\0app' : null),
        load: (id) => (id === '\0app' ? contents : null),
      },
    ],
    build: { write: false, minify: true, target: 'es2022', modulePreload: false, rolldownOptions: { input: 'app' } },
  });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
  const files = new Map(
    chunks.map((c) => [c.fileName, { code: c.code, imports: c.imports, inputs: Object.keys(c.modules) }]),
  );
  return { files, entry: chunks.find((c) => c.isEntry).fileName };
}

async function withEsbuild(contents) {
  const result = await esbuild({
    entryPoints: ['app'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'error',
    plugins: [
      {
        name: 'app-entry',
        setup(b) {
          b.onResolve({ filter: /^app$/ }, () => ({ path: 'app', namespace: 'app' }));
          b.onLoad({ filter: /.*/, namespace: 'app' }, () => ({ contents, resolveDir: examples, loader: 'js' }));
        },
      },
    ],
  });
  const cwd = process.cwd();
  const outputs = result.metafile.outputs;
  const bytes = new Map(result.outputFiles.map((f) => [relative(cwd, f.path), f.contents]));
  const files = new Map(
    Object.entries(outputs)
      .filter(([o]) => o.endsWith('.js'))
      .map(([o, meta]) => [
        o,
        {
          code: bytes.get(o),
          imports: meta.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path),
          inputs: Object.keys(meta.inputs),
        },
      ]),
  );
  return { files, entry: Object.keys(outputs).find((o) => outputs[o].entryPoint) };
}

const figures = [];
for (const [name, contents] of Object.entries(entries)) {
  for (const [bundler, run] of [
    ['vite', withVite],
    ['esbuild', withEsbuild],
  ]) {
    const { files, entry } = await run(contents);
    const eager = new Set();
    const visit = (f) => {
      if (eager.has(f)) return;
      eager.add(f);
      for (const i of files.get(f).imports) visit(i);
    };
    visit(entry);
    const lazy = [...files.keys()].filter((f) => !eager.has(f));
    const size = (list) => list.reduce((n, f) => n + gz(files.get(f).code), 0);
    const eagerGz = size([...eager]);
    const budget = gz(bundle) + SLACK[bundler];
    figures.push(
      `${name} (${bundler}): ${kb(eagerGz)} eager in ${eager.size} file${eager.size > 1 ? 's' : ''}, ${kb(size(lazy))} on demand in ${lazy.length}`,
    );
    console.log(figures.at(-1));
    const where = `${name} (${bundler})`;
    if (eagerGz > budget) errors.push(`${where}: ${kb(eagerGz)} eager, over ${kb(budget)} by ${kb(eagerGz - budget)}`);
    // The readers must be a chunk of their own: nothing of d3-dsv or the CSV reader is loaded up front.
    const inputs = (list) => list.flatMap((f) => files.get(f).inputs);
    const readers = inputs([...eager]).filter((i) => /d3-dsv|data\/csv\.js/.test(i));
    if (readers.length) errors.push(`${where}: the readers are loaded eagerly: ${readers.join(', ')}`);
    if (!lazy.length) errors.push(`${where}: no chunk is loaded on demand; the readers were inlined`);
    const all = inputs([...files.keys()]);
    const real = all.filter((i) => /node_modules\/d3-(transition|interpolate|color)\//.test(i));
    if (real.length) errors.push(`${where}: bundles ${real.join(', ')}`);
    // The tarball, not the repository's own dist/ or src/ (which a package self-reference would reach).
    const leaks = all.map((i) => resolve(i.replace(/^\0/, ''))).filter((i) => ours.some((dir) => i.startsWith(dir)));
    if (leaks.length) errors.push(`${where}: bundles the repository's files, not the tarball's: ${leaks[0]}`);
    if (!all.some((i) => resolve(i).startsWith(dir)))
      errors.push(`${where}: nothing was bundled from the tarball (${dir})`);
  }
}

if (errors.length) {
  for (const e of errors) console.error(`bundlers: ${e}`);
  process.exit(1);
}
console.log('bundlers: every entry within its budget');
