// Issue 18 §4: the React and Vue examples as apps are built. Each imports `event-timeline` from the packed tarball
// (scripts/packed.mjs); the React one is type-checked first, README's JSX declaration included, against the
// tarball's declarations. Then `vitest run --project examples` (test/examples/) runs the built pages in Chromium.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { unpack } from './packed.mjs';

const { examples } = unpack();
execFileSync(join(import.meta.dirname, '../node_modules/.bin/tsc'), ['-p', join(examples, 'react/tsconfig.json')], {
  stdio: 'inherit',
});
console.log('examples: react type-checks against the packed declarations');
for (const app of ['react', 'vue']) {
  await build({ root: join(examples, app), configFile: join(examples, app, 'vite.config.ts') });
  const assets = join(examples, app, 'dist/assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const sizes = js.map(
    (f) => `${f}: ${(gzipSync(readFileSync(join(assets, f)), { level: 9 }).length / 1024).toFixed(1)} KB`,
  );
  console.log(`examples: ${app} built (min+gzip ${sizes.join(', ')})`);
}
