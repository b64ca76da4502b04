// The package as an app installs it: `npm pack` (without scripts: run after `npm run build`), unpacked as
// examples/node_modules/event-timeline. The example apps and the bundler size check import it from there, so they
// see the tarball's files, exports and types, not src/. Its dependencies (lit, d3-…) resolve from the repository's
// node_modules, one folder up, as they would from an app's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Packs the package and unpacks it as examples/node_modules/event-timeline; returns that folder and the tarball. */
export function unpack() {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/event-timeline.bundle.js')))
    throw new Error('dist/ is not built: run `npm run build` first (npm run check:pack does)');
  const out = join(root, '.pack');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const [pack] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const tarball = join(out, pack.filename);
  const dir = join(root, 'examples/node_modules/event-timeline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
  return { dir, tarball, examples: join(root, 'examples') };
}
