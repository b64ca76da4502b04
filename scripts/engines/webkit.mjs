// WebKitGTK's MiniBrowser through WebKitWebDriver (classic W3C WebDriver over HTTP, driven with plain fetch calls),
// on an Xvfb display of its own. MiniBrowser's window includes a 38 px toolbar and cannot be narrower than 447 px.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cropPng } from './png.mjs';
import { freePort, sleep, track, withTimeout } from './processes.mjs';

export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const install = 'Debian: apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth';

/** Which of `names` are not on PATH. */
function missingCommands(names) {
  const path = (process.env.PATH ?? '').split(':');
  return names.filter((name) => !path.some((dir) => existsSync(`${dir}/${name}`)));
}

/** Starts Xvfb on the first free display; resolves to `{ display, child }` once it accepts connections. */
async function startXvfb(timeout) {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3 when it is ready.
  const child = track(
    spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      detached: true,
    }),
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-2000);
  });
  const display = await withTimeout(
    new Promise((ok, fail) => {
      let out = '';
      child.stdio[3].on('data', (d) => {
        out += d;
        if (out.includes('\n')) ok(`:${out.trim()}`);
      });
      child.once('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
      child.once('error', fail);
    }),
    timeout,
    'starting Xvfb',
  );
  return { display, child };
}

/** Starts Xvfb, WebKitWebDriver and a MiniBrowser session; resolves to the runner's engine interface. */
export async function webkit({ timeout }) {
  const missing = missingCommands(['Xvfb', 'WebKitWebDriver']);
  if (missing.length || !existsSync(miniBrowserPath)) {
    throw new Error(
      `cannot start WebKit: missing ${[...missing, miniBrowserPath].join(', ')}. Install them (${install}).`,
    );
  }
  const xvfb = await startXvfb(timeout);
  const port = await freePort();
  const driver = track(
    spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: xvfb.display },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    }),
  );
  let driverLog = '';
  driver.stderr.on('data', (d) => {
    driverLog = (driverLog + d).slice(-2000);
  });
  const base = `http://127.0.0.1:${port}`;

  /** One WebDriver command; throws the driver's error message. */
  async function command(method, path, body, ms = timeout) {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(ms),
    }).catch((e) => {
      throw new Error(
        `WebDriver ${method} ${path}: ${e.name === 'TimeoutError' ? `no answer in ${ms} ms` : e.message}`,
      );
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const { error, message } = json.value ?? {};
      throw new Error(`WebDriver ${method} ${path}: ${error ?? response.status}: ${message ?? ''}`.trim());
    }
    return json.value;
  }

  const started = performance.now();
  for (;;) {
    const ready = await command('GET', '/status', undefined, 1000).catch(() => null);
    if (ready?.ready) break;
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${driverLog.trim()}`);
    if (performance.now() - started > timeout) throw new Error('WebKitWebDriver did not answer in time');
    await sleep(100);
  }
  const session = await command('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
        timeouts: { script: timeout, pageLoad: timeout, implicit: 0 },
      },
    },
  });
  const id = session.sessionId;
  const s = `/session/${id}`;
  // The toolbar's height, measured once: window height minus the page's.
  let chrome = 38;

  const engine = {
    name: 'webkit',
    version: `WebKitGTK ${session.capabilities.browserVersion} (MiniBrowser)`,
    minWidth: 447,
    async viewport(width, height) {
      await command('POST', `${s}/window/rect`, { width, height: height + chrome });
      let inner = await engine.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      if (inner.height !== height) {
        chrome += height - inner.height;
        await command('POST', `${s}/window/rect`, { width, height: height + chrome });
        inner = await engine.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      }
      return inner;
    },
    async goto(url) {
      await command('POST', `${s}/url`, { url });
    },
    /** Runs `fn(arg)` in the page (a promise is awaited) and returns its JSON result. */
    evaluate: (fn, arg) =>
      command('POST', `${s}/execute/sync`, { script: `return (${fn})(arguments[0]);`, args: [arg ?? null] }),
    // WebKitGTK 2.50's element screenshot comes back offset, with a black band where the document is shorter
    // than the window. So: let <html> fill the window, take the whole viewport, and cut the element out.
    async screenshot(selector, path) {
      const rect = await engine.evaluate((selector) => {
        const element = document.querySelector(selector);
        if (!element) return null;
        document.documentElement.style.minHeight = '100vh';
        const r = element.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }, selector);
      if (!rect) throw new Error(`no ${selector} to take a screenshot of`);
      await sleep(100);
      const png = Buffer.from(await command('GET', `${s}/screenshot`), 'base64');
      await writeFile(path, cropPng(png, rect));
    },
    async close() {
      try {
        await command('DELETE', s, undefined, 10_000);
      } finally {
        for (const child of [driver, xvfb.child]) {
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {}
        }
      }
    },
  };
  return engine;
}
