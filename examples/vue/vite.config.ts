// The Vue example as an app builds it: Vite and @vitejs/plugin-vue, with the compile-time option README.md shows
// (`isCustomElement`), importing `event-timeline` from the packed tarball (examples/node_modules/event-timeline, see
// scripts/packed.mjs). `base: './'` lets the built page be opened from any folder: test/examples/ loads it.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'event-timeline' } } })],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
