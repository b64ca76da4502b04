// Issue 18 §4: the React and Vue examples as apps are built. Each imports `event-timeline` from the packed tarball
// (scripts/packed.mjs); the React one is type-checked first, README's JSX declaration included, against the
// tarball's declarations. Then `vitest run --project examples` (test/examples/) runs the built pages in Chromium.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { unpack } from './packed.mjs';

const root = resolve(import.meta.dirname, '..');
const { examples, dir } = unpack();
/** Files of the repository's own dist/ or src/: what a package self-reference would reach instead of the tarball. */
const leaks = (files) => files.filter((f) => ['dist', 'src'].some((d) => resolve(f).startsWith(join(root, d) + sep)));

const listed = execFileSync(
  join(root, 'node_modules/.bin/tsc'),
  ['-p', join(examples, 'react/tsconfig.json'), '--listFiles'],
  { encoding: 'utf8' },
)
  .split('\n')
  .filter(Boolean);
if (!listed.some((f) => resolve(f) === join(dir, 'dist/index.d.ts')) || leaks(listed).length)
  throw new Error(`examples: react was not type-checked against the tarball's declarations (${dir})`);
console.log('examples: react type-checks against the packed declarations');
for (const app of ['react', 'vue']) {
  const result = await build({ root: join(examples, app), configFile: join(examples, app, 'vite.config.ts') });
  const ids = (Array.isArray(result) ? result : [result]).flatMap((r) =>
    r.output.flatMap((o) => (o.type === 'chunk' ? Object.keys(o.modules) : [])),
  );
  if (!ids.some((id) => id.startsWith(dir + sep)) || leaks(ids).length)
    throw new Error(`examples: ${app} was not built from the tarball (${dir}): ${leaks(ids)[0] ?? 'nothing from it'}`);
  const assets = join(examples, app, 'dist/assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const sizes = js.map(
    (f) => `${f}: ${(gzipSync(readFileSync(join(assets, f)), { level: 9 }).length / 1024).toFixed(1)} KB`,
  );
  console.log(`examples: ${app} built (min+gzip ${sizes.join(', ')})`);
}
