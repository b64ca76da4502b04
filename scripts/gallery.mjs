// Screenshots of stories as a reader sees them, for looking at before an issue is resolved: every story given (or
// the showcase set) at 1040 and 380 px, in light, dark and right to left (dir="rtl" on <html>), into
// screenshots/gallery/<story>--<width>-<mode>.png. Needs `npm run build-storybook` first.
// Usage: node scripts/gallery.mjs [story-id …]
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './engines/server.mjs';

const stories = process.argv.slice(2);
if (stories.length === 0)
  stories.push('karabakh-showcase--french', 'newsroom--karabakh-with-media', 'newsroom--categories');
const root = 'storybook-static';
if (!existsSync(root)) throw new Error('Run `npm run build-storybook` first.');
const dir = 'screenshots/gallery';
mkdirSync(dir, { recursive: true });
const server = await serve(root);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const story of stories) {
    for (const width of [1040, 380]) {
      for (const mode of ['light', 'dark', 'rtl']) {
        const page = await browser.newPage({
          viewport: { width: width + 40, height: 800 },
          colorScheme: mode === 'dark' ? 'dark' : 'light',
        });
        await page.goto(`${server.origin}/iframe.html?id=${story}&viewMode=story`);
        await page.waitForSelector('event-timeline');
        // Stories fix the element's width for the showcase; the gallery asks for the reader's width instead. The
        // page's direction is set once loaded (the parser replaces an <html> set up before it); the element follows.
        await page.evaluate(
          ([w, rtl]) => {
            if (rtl) document.documentElement.setAttribute('dir', 'rtl');
            for (const el of document.querySelectorAll('event-timeline')) el.style.width = `${w}px`;
          },
          [width, mode === 'rtl'],
        );
        await page.waitForTimeout(3000);
        const out = `${dir}/${story}--${width}-${mode}.png`;
        await page.locator('event-timeline').first().screenshot({ path: out });
        console.log(`wrote ${out}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
