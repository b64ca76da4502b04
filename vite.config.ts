/// <reference types="vitest/config" />
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { transform } from 'lightningcss';
import { defineConfig, type Plugin, parseAst } from 'vite';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Minifies the css`` stylesheet in builds with Lightning CSS (the minifier Vite itself uses): about 0.7 KB gzip of
 * the bundle budget. The stylesheet has no `${}` interpolations, so the template's body is plain CSS, and it is
 * handed to Lit's `unsafeCSS` (the same stylesheet, built once): the `css` tag, with its check of interpolated
 * values and that check's message, then stays out of the bundle (140 bytes gzip).
 */
function minifyStyles(): Plugin {
  return {
    name: 'event-timeline:minify-styles',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      // A stylesheet that imports more than `css` keeps the tag (still minified).
      const tag = /import\s*\{\s*css\s*\}\s*from\s*(['"])lit\1/;
      const plain = tag.test(code);
      return code.replace(tag, "import { unsafeCSS as css } from 'lit'").replace(/css`([^`]*)`/g, (_, body: string) => {
        const { code: min } = transform({
          filename: id,
          code: new TextEncoder().encode(body),
          minify: true,
        });
        const css = new TextDecoder().decode(min);
        return plain ? `css(\`${css}\`)` : `css\`${css}\``;
      });
    },
  };
}

/**
 * Collapses each newline and the indentation after it in the html`` and svg`` templates of `src/` to one space,
 * which HTML renders alike (no template holds a `pre`): about 60 bytes gzip of the bundle budget, and shorter
 * template strings for Lit to parse.
 */
function collapseTemplates(): Plugin {
  return {
    name: 'event-timeline:collapse-templates',
    apply: 'build',
    // After TypeScript is stripped: the parser reads JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) {
          for (const child of node) visit(child);
          return;
        }
        if (!node || typeof node !== 'object') return;
        type Quasi = { start: number; end: number; value: { raw: string } };
        const n = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: Quasi[] } };
        if (
          n.type === 'TaggedTemplateExpression' &&
          n.tag?.type === 'Identifier' &&
          /^(html|svg)$/.test(n.tag.name ?? '')
        ) {
          for (const q of n.quasi?.quasis ?? []) {
            // The element's span is its raw text; anything else means the parser counts otherwise: leave it.
            if (code.slice(q.start, q.end) !== q.value.raw) continue;
            const text = q.value.raw.replace(/\n[ \t]*/g, ' ');
            if (text !== q.value.raw) edits.push({ start: q.start, end: q.end, text });
          }
        }
        for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
      };
      visit(parseAst(code));
      if (edits.length === 0) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * V8's explicit compile hint on the bundle and its chunks: a page runs most of the bundle's functions at once (the
 * first render), and a chunk is loaded only when its code is about to run. V8 otherwise compiles each function the
 * first time it is called, on the main thread, in the middle of that render: about 10 ms at 1,000 events. With the
 * hint, they are compiled while the file streams in, off the main thread (Chromium 136 and later; other engines
 * read a comment). Added after minifying, which drops comments.
 */
function compileHint(): Plugin {
  return {
    name: 'event-timeline:compile-hint',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  };
}

/**
 * d3-time builds every interval at its top level (local and UTC, each weekday, the tick pickers) with calls and
 * property reads a minifier must assume have effects, so all of them stayed in the bundle though the axis uses six
 * UTC ones: 0.85 KB gzip. Its calls are marked pure, and its `x.range` aliases read in pure functions, so what is
 * not used is dropped (they are pure: each only builds an interval object). Both builds.
 */
function pureTime(): Plugin {
  return {
    name: 'event-timeline:pure-time',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]d3-time[\\/]dist[\\/]d3-time\.mjs$/.test(id)) return null;
      return code
        .replace(/^(const [^=]+= )(timeInterval|timeWeekday|utcWeekday|ticker)\(/gm, '$1/* @__PURE__ */ $2(')
        .replace(/^const (\w+) = (\w+)\.range;$/gm, 'const $1 = /* @__PURE__ */ (() => $2.range)();');
    },
  };
}

/**
 * Vitest's browser mode rewrites every dynamic `import()` it serves into a call to its runner, which exists in the
 * test page but not in the iframes the embed and example tests load built code into: the on-demand chunks (the story
 * chunk loads on every page) would fail there. Built files (dist/, examples/<app>/dist/) get a runner that just imports.
 */
function bundleInFrames(): Plugin {
  return {
    name: 'event-timeline:bundle-in-frames',
    apply: 'serve',
    transform(code, id) {
      if (!/\/(examples\/[\w-]+\/)?dist\/(assets\/)?[\w.-]+\.js$/.test(id)) return null;
      return `globalThis.__vitest_browser_runner__ ??= { wrapDynamicImport: (f) => f() };\n${code}`;
    },
  };
}

/** A fresh browser config per project: a shared `instances` array makes Vitest reject the second project. */
function browser() {
  if (!existsSync(chromiumPath)) {
    console.error(
      `event-timeline: no Chromium at ${chromiumPath}. Install one (Debian: apt-get install -y chromium fonts-dejavu-core) or set CHROME_PATH.`,
    );
  }
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    viewport: { width: 1280, height: 800 },
    provider: playwright({
      launchOptions: {
        executablePath: chromiumPath,
        args: chromiumArgs,
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

/**
 * See src/shims: d3-zoom needs d3-transition's `interrupt` and d3-interpolate's `interpolateZoom` only for d3
 * transitions, and we start none; of d3-selection they and the element call one node's listeners and properties
 * (src/shims/d3-selection.ts: the real module's prototype, which no bundler can tree-shake, is 4 KB gzip). Builds,
 * tests and stories all use them: the npm build inlines d3-zoom with them, so an app's bundler never meets d3-zoom's
 * imports of the real modules (issue 18: 12 KB gzip more for bundler users).
 */
const shims = {
  'd3-transition': resolve('src/shims/d3-transition.ts'),
  'd3-interpolate': resolve('src/shims/d3-interpolate.ts'),
  'd3-selection': resolve('src/shims/d3-selection.ts'),
  'd3-drag': resolve('src/shims/d3-drag.ts'),
  'd3-array': resolve('src/shims/d3-array.ts'),
};

/**
 * The npm build's dependencies: Lit (apps share one) and d3-dsv. d3-zoom is inlined with the shims and the two
 * small modules it imports (d3-drag, d3-dispatch), as dist/vendor/; so is d3-time, pruned (pureTime): an app's
 * bundler reading d3-time as published kept all of it and the real d3-array, 1.0–1.7 KB gzip more.
 */
const external = [/^lit/, /^@lit\//, /^d3-dsv(\/|$)/];

/** dist/ file names of the npm build: src/ modules keep their path; inlined packages go to dist/vendor/<name>.js. */
function fileName(chunk: { name: string; facadeModuleId?: string | null }): string {
  const inlined = chunk.facadeModuleId?.match(/\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (!inlined) return `${chunk.name}.js`;
  const [, pkg, file] = inlined;
  const main = file.replace(/^dist\//, '').replace(/\.m?js$/, '');
  return main === pkg ? `vendor/${pkg}.js` : `vendor/${pkg}/${main}.js`;
}

export default defineConfig(({ mode }) => {
  // `vite build --mode bundle`: one self-contained ES module, Lit and d3 inlined, for a plain <script type="module">.
  if (mode === 'bundle') {
    // EVENT_TIMELINE_DEBUG=1: readable names in the bundle, for a CPU profile (bench/trace.mjs --profile).
    const minify = !process.env.EVENT_TIMELINE_DEBUG;
    return {
      plugins: [minifyStyles(), collapseTemplates(), compileHint(), pureTime()],
      resolve: { alias: shims },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify,
        lib: { entry: resolve('src/index.ts'), formats: ['es'], fileName: () => 'event-timeline.bundle.js' },
        // Library mode keeps whitespace in ES output; this file is for <script> tags, so minify it fully.
        // The CSV and TimelineJS readers are a chunk of their own, loaded only for documents that need them; what
        // they share with the element stays in the bundle, which may export it to them ('allow-extension').
        rolldownOptions: {
          preserveEntrySignatures: 'allow-extension',
          // No comments either: `@__PURE__` annotations are of no use to a page that runs the file as it is.
          output: { minify, comments: false, chunkFileNames: 'event-timeline.[name].js' },
        },
      },
    };
  }
  return {
    plugins: [minifyStyles(), pureTime()],
    // Pre-bundle every dependency the browser tests and stories import: discovering one mid-run makes Vite
    // reload the page, and the test file being imported fails on a fresh clone. `lit/directive-helpers.js` is what
    // Storybook's web-components renderer imports: served raw, it loaded a second lit-html.
    optimizeDeps: {
      include: [
        'lit',
        'lit/directives/repeat.js',
        'lit/directive-helpers.js',
        'd3-time',
        'd3-zoom',
        'axe-core',
        'storybook/test',
        'storybook/actions/decorator',
      ],
    },
    // One Lit for the component and Storybook. The shims everywhere: the tests and stories run the code we ship.
    resolve: {
      dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
      alias: shims,
    },
    build: {
      outDir: 'dist',
      target: 'es2022',
      lib: {
        entry: {
          index: resolve('src/index.ts'),
          timeline: resolve('src/timeline.ts'),
          // The readers, for the CLI (bin/event-timeline.mjs) and `event-timeline/input`, `/timelinejs`.
          'data/input': resolve('src/data/input.ts'),
          'data/load': resolve('src/data/load.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: fileName },
      },
    },
    test: {
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
        },
        {
          extends: true,
          plugins: [bundleInFrames()],
          test: {
            name: 'browser',
            include: ['test/browser/**/*.test.ts'],
            browser: browser(),
          },
        },
        {
          // The React and Vue example apps, built from the packed tarball by scripts/examples.mjs (issue 18).
          extends: true,
          plugins: [bundleInFrames()],
          test: {
            name: 'examples',
            include: ['test/examples/**/*.test.ts'],
            browser: browser(),
          },
        },
        {
          extends: true,
          plugins: [storybookTest({ configDir: resolve('.storybook') })],
          test: {
            name: 'storybook',
            browser: browser(),
          },
        },
      ],
    },
  };
});
