// Debian's Chromium through Playwright, as in the Vitest browser tests. The runner uses it for the screenshots; its
// stories run in Vitest (`vitest --project storybook`), unless `--engine chromium` asks for them here too.
import { existsSync } from 'node:fs';
import { chromium as playwright } from 'playwright';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { withTimeout } from './processes.mjs';

/** Starts headless Chromium with one page; resolves to the runner's engine interface. */
export async function chromium({ timeout }) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}. Install one (Debian: apt-get install -y chromium fonts-dejavu-core) or set CHROME_PATH.`,
    );
  }
  const browser = await withTimeout(
    playwright.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
      timeout,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }),
    timeout,
    'starting Chromium',
  );
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    minWidth: 0,
    async viewport(width, height) {
      await page.setViewportSize({ width, height });
      return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    },
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async screenshot(selector, path) {
      await page.locator(selector).first().screenshot({ path });
    },
    close: () => withTimeout(browser.close(), 10_000, 'closing Chromium'),
  };
}
