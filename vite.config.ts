/// <reference types="vitest/config" />
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vite';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** A fresh browser config per project: a shared `instances` array makes Vitest reject the second project. */
function browser() {
  if (!existsSync(chromium)) {
    console.error(
      `event-timeline: no Chromium at ${chromium}. Install one (Debian: apt-get install -y chromium fonts-dejavu-core) or set CHROME_PATH.`,
    );
  }
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    viewport: { width: 1280, height: 800 },
    provider: playwright({
      launchOptions: {
        executablePath: chromium,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig(({ mode }) => {
  // `vite build --mode bundle`: one self-contained ES module, Lit and d3 inlined, for a plain <script type="module">.
  if (mode === 'bundle') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: resolve('src/index.ts'), formats: ['es'], fileName: () => 'event-timeline.bundle.js' },
      },
    };
  }
  return {
    // One Lit for the component and Storybook.
    resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
    build: {
      outDir: 'dist',
      target: 'es2022',
      lib: { entry: { index: resolve('src/index.ts'), timeline: resolve('src/timeline.ts') }, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit/, /^@lit\//, /^d3-/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
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
          test: {
            name: 'browser',
            include: ['test/browser/**/*.test.ts'],
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
